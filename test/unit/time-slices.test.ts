import * as assert from 'node:assert/strict';
import { Corpus, slicedPause, type Pause, type SliceClock, type SourceFileSystem } from '../../src/core';
import { readSource } from '../../src/core/sources/read-source';

const SLICE_MS = 12;
const UNIT_MS = 2;

interface FakeLoop {
  /** The fake clock's time: work advances it. */
  now: number;
}

/**
 * Runs `work` with a pause hook made by `hookOf` over a host's event loop on a fake clock: a turn asked for is a
 * timer due at once, and the timers due together run in one task (as a host runs them, microtasks drained after
 * each). Returns the length of each task that ran.
 */
async function tasksOf(hookOf: (clock: SliceClock) => Pause, work: (hook: Pause, loop: FakeLoop) => Promise<unknown>): Promise<number[]> {
  const loop: FakeLoop = { now: 0 };
  let due: Array<() => void> = [];
  const hook = hookOf({ sliceMs: SLICE_MS, now: () => loop.now, nextTurn: () => new Promise((resolve) => due.push(resolve)) });
  let finished = false;
  let started = loop.now;
  const done = work(hook, loop).then(() => (finished = true)); // the first task: work starts at once
  const tasks: number[] = [];
  for (;;) {
    await new Promise((resolve) => setImmediate(resolve)); // the task's microtasks drained: it is over
    tasks.push(loop.now - started);
    if (finished) break;
    const timers = due;
    due = [];
    assert.ok(timers.length > 0, 'work is waiting for a turn');
    started = loop.now;
    for (const resolve of timers) resolve();
  }
  await done;
  return tasks;
}

/** `count` workers at once, each pausing before each of its `units` units of work. */
function workers(count: number, units: number) {
  return (hook: Pause, loop: FakeLoop): Promise<unknown> => Promise.all(Array.from({ length: count }, async () => {
    for (let k = 0; k < units; k++) {
      await hook();
      loop.now += UNIT_MS;
    }
  }));
}

/** The hook as it was: each caller that finds the slice used up waits for a turn of its own. */
function ownTurns(clock: SliceClock): Pause {
  let sliceStart = clock.now();
  return async () => {
    if (clock.now() - sliceStart < clock.sliceMs) return;
    await clock.nextTurn();
    sliceStart = clock.now();
  };
}

const longest = (tasks: number[]): number => Math.max(...tasks);

describe('slicedPause', () => {
  it('bounds every task to a slice and one unit of work, however many callers pause at once', async () => {
    const tasks = await tasksOf(slicedPause, workers(16, 10));
    assert.equal(tasks.reduce((sum, t) => sum + t, 0), 16 * 10 * UNIT_MS, `all the work was done (tasks: ${tasks.join(', ')})`);
    assert.ok(longest(tasks) <= SLICE_MS + UNIT_MS, `longest task ${longest(tasks)} ms`);
  });

  it('where a turn per caller let the turns due together run in one long task', async () => {
    const tasks = await tasksOf(ownTurns, workers(16, 10));
    assert.ok(longest(tasks) >= 16 * UNIT_MS, `longest task ${longest(tasks)} ms`);
  });

  it('one caller working alone gives the thread back once a slice is used up, not before', async () => {
    const tasks = await tasksOf(slicedPause, workers(1, 30));
    for (const task of tasks.slice(0, -1)) assert.ok(task >= SLICE_MS && task <= SLICE_MS + UNIT_MS, `task ${task} ms`);
  });
});

describe('Corpus under a sliced pause', () => {
  it('parses reads that resolve together a slice at a time, never more than one file past it in a task', async () => {
    const files = Array.from({ length: 64 }, (_, k) => `sources/s${k}.md`);
    const text = (file: string): Uint8Array => new TextEncoder().encode(`---\ntitle: "${file}"\n---\n\nThe harbour wall of ${file} was rebuilt.\n`);
    const fs: SourceFileSystem = {
      list: async () => files,
      accepts: () => true,
      stat: async (file) => ({ mtime: 1, size: text(file).length, directory: false }),
      read: async (file) => text(file),
    };
    let corpus: Corpus | undefined;
    const tasks = await tasksOf(slicedPause, (hook, loop) => {
      corpus = new Corpus({ fs, pause: hook, reader: (file, bytes, max) => {
        loop.now += UNIT_MS; // a file parsed
        return readSource(file, bytes, max);
      } });
      return corpus.sync();
    });
    assert.equal(corpus!.articleCount, 64);
    assert.ok(longest(tasks) <= SLICE_MS + UNIT_MS, `longest task ${longest(tasks)} ms (tasks: ${tasks.join(', ')})`);
  });
});
