// Watcher events in batches, on a fake clock: a quiet spell ends a batch, and a storm that never goes quiet
// still publishes at least once per second.
import * as assert from 'node:assert/strict';
import { ChangeBatcher, type Timers } from '../../src/core';

/** A clock the test moves by hand; due callbacks run in time order. */
class FakeTimers implements Timers {
  private time = 0;
  private next = 1;
  private readonly due = new Map<number, { at: number; callback: () => void }>();

  now(): number {
    return this.time;
  }
  setTimeout(callback: () => void, ms: number): unknown {
    const id = this.next++;
    this.due.set(id, { at: this.time + ms, callback });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.due.delete(handle as number);
  }
  async advance(ms: number): Promise<void> {
    const end = this.time + ms;
    for (;;) {
      const [id, first] = [...this.due].sort((a, b) => a[1].at - b[1].at)[0] ?? [];
      if (id === undefined || first!.at > end) break;
      this.due.delete(id);
      this.time = first!.at;
      first!.callback();
      await new Promise((resolve) => setImmediate(resolve));
    }
    this.time = end;
  }
}

function recorder(timers: FakeTimers): { batches: Array<{ at: number; paths: string[] }>; apply: (paths: string[]) => Promise<void> } {
  const batches: Array<{ at: number; paths: string[] }> = [];
  return { batches, apply: async (paths) => void batches.push({ at: timers.now(), paths }) };
}

describe('ChangeBatcher', () => {
  it('applies a burst of events once, after a quiet spell', async () => {
    const timers = new FakeTimers();
    const { batches, apply } = recorder(timers);
    const batcher = new ChangeBatcher(apply, timers, { quietMs: 200, maxWaitMs: 1000 });
    for (let k = 0; k < 50; k++) batcher.add(`sources/${k % 10}.md`);
    await timers.advance(199);
    assert.equal(batches.length, 0);
    await timers.advance(1);
    assert.equal(batches.length, 1);
    assert.equal(batches[0]!.paths.length, 10);
  });

  it('a storm of an event every 150 ms for 5 s publishes at least once per second', async () => {
    const timers = new FakeTimers();
    const { batches, apply } = recorder(timers);
    const batcher = new ChangeBatcher(apply, timers, { quietMs: 200, maxWaitMs: 1000 });
    for (let t = 0; t < 5000; t += 150) {
      batcher.add(String(t)); // the path says when the event came
      await timers.advance(150);
    }
    await timers.advance(1000);
    const waits = batches.flatMap((b) => b.paths.map((p) => b.at - Number(p)));
    assert.ok(batches.length >= 5, `published ${batches.length} times`);
    assert.ok(Math.max(...waits) <= 1000, `an event waited ${Math.max(...waits)} ms`);
    assert.equal(batches.flatMap((b) => b.paths).length, 34, 'every event applied exactly once');
  });

  it('events during a batch being applied form the next batch', async () => {
    const timers = new FakeTimers();
    const batches: string[][] = [];
    let release = (): void => undefined;
    const batcher = new ChangeBatcher(async (paths) => {
      batches.push(paths);
      if (batches.length === 1) await new Promise<void>((resolve) => (release = resolve));
    }, timers, { quietMs: 10, maxWaitMs: 100 });
    batcher.add('a');
    await timers.advance(10);
    batcher.add('b');
    await timers.advance(10);
    assert.deepEqual(batches, [['a']]);
    release();
    await batcher.flush();
    assert.deepEqual(batches, [['a'], ['b']]);
  });

  it('does nothing after dispose', async () => {
    const timers = new FakeTimers();
    const { batches, apply } = recorder(timers);
    const batcher = new ChangeBatcher(apply, timers);
    batcher.add('a');
    batcher.dispose();
    batcher.add('b');
    await timers.advance(2000);
    assert.equal(batches.length, 0);
  });
});
