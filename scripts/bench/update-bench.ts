/**
 * The Corpus at ~100 MB as the editor drives it: an in-memory file system, a snapshot store in memory, and the
 * editor host's `pause` (slicedPause, the thread given back after EDITOR_SLICE_MS of work, as in
 * src/extension/workspace-sources.ts).
 *
 * - One changed file: `upsert` + `commit` (the changed article indexed into a small segment before it is
 *   published) + the first `corpus.index` after it, per sample, 50 ms apart (background merges run in the
 *   gaps and may still be running into a sample); and, for comparison, the same change done as before
 *   segments (the whole index rebuilt).
 * - The longest synchronous task (event-loop delay, from node:perf_hooks) during the first indexing, the
 *   snapshot write of every shard, a watcher storm of 2,000 changed files, and the background merge of the
 *   segments: what the editor's thread would be blocked for.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { constants, monitorEventLoopDelay, performance, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import { Corpus, EDITOR_SLICE_MS, PassageIndex, slicedPause, tokenizeArticle, type SourceFile } from '../../src/core';
import { findingsOf } from './check-bench';
import type { Draft } from './dataset';
import { MemoryFileSystem, MemoryStore } from './memory-fs';
import { median, percentile } from './stats';

const STORM_FILES = 2000;
const IDLE_MS = 50;
const FULL_REBUILD_SAMPLES = 5;

export interface UpdateFigures {
  readonly samples: number;
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly articles: number;
  /** Segments the index read after the last sample (before a merge). */
  readonly segmentsAfter: number;
  /** Whether the sentence added by the last sample is found (exact) right after its commit. */
  readonly foundNewText: boolean;
  /** The drafts' findings over the base and its segments against an index built afresh over the same articles. */
  readonly sameAsFresh: { readonly quotations: number; readonly sameVerdictAndSource: number };
  /** The longest the event loop was held (wall time: on a busy machine it includes time the process waited for a core). */
  readonly longestTaskMs: Phases;
  /**
   * The longest stretch between two pauses in CPU time of the main thread (Linux: /proc/thread-self/schedstat;
   * elsewhere the process's, GC threads in): what the wall figure would be on a machine to itself.
   */
  readonly longestSliceCpuMs: Phases;
  /**
   * The longest stretch between two pauses in wall time less the time the main thread waited, ready, for a core
   * (Linux; the run-queue wait in /proc/thread-self/schedstat): on a shared machine most of the gap between the
   * wall and CPU figures is that wait, which a machine to itself would not have (GC threads of this process
   * competing for the cores count as wait too, so it is not all other load).
   */
  readonly longestSliceOwnMs: Phases;
  /** The longest full garbage collection (mark-compact) in each phase, wall time. */
  readonly longestMajorGcMs: Phases;
  /** The longest pause of the collector of any kind (young generation, incremental marking step, full) in each phase. */
  readonly longestAnyGcMs: Phases;
  /** All the collector's pauses in each phase, added up. */
  readonly totalGcMs: Phases;
  /** Wall time of each phase, the thread given back all along. */
  readonly wallMs: Phases;
  /** The same change the way it was done before segments: the article re-tokenized and the whole index rebuilt. */
  readonly fullRebuild: { readonly samples: number; readonly medianMs: number; readonly p95Ms: number };
}

export interface Phases {
  readonly indexing: number;
  readonly snapshot: number;
  readonly storm: number;
  readonly merge: number;
}

/** `makeFiles` is called once: the files are copied into the in-memory file system and not kept as given. */
export async function benchCorpusUpdates(makeFiles: () => readonly SourceFile[], drafts: readonly Draft[], samples: number): Promise<UpdateFigures> {
  const memory = new MemoryFileSystem(makeFiles());
  const store = new MemoryStore();
  let sliceStart = performance.now();
  let schedStart = threadSched();
  let longestCpu = 0;
  let longestOwn = 0;
  // The editor's pause (time-slices.ts), each turn measured: the slice that ends, then the turn given back.
  const pause = slicedPause({
    sliceMs: EDITOR_SLICE_MS,
    now: () => performance.now(),
    nextTurn: async () => {
      const sched = threadSched();
      longestCpu = Math.max(longestCpu, sched.cpuMs - schedStart.cpuMs);
      longestOwn = Math.max(longestOwn, performance.now() - sliceStart - (sched.waitMs - schedStart.waitMs));
      await new Promise((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
      schedStart = threadSched();
    },
  });
  const cpuDuring = async <T extends { longestMs: number; wallMs: number }>(work: () => Promise<T>): Promise<T & { cpuMs: number; ownMs: number }> => {
    longestCpu = 0;
    longestOwn = 0;
    sliceStart = performance.now();
    schedStart = threadSched();
    const figures = await work();
    return { ...figures, cpuMs: longestCpu, ownMs: longestOwn };
  };
  const corpus = new Corpus({ fs: memory, snapshot: store, pause });
  const indexing = await cpuDuring(() => blockedDuring(async () => {
    await corpus.sync();
    void corpus.index; // the first check after the index is published
  }));
  const snapshot = await cpuDuring(() => blockedDuring(() => corpus.saveSnapshot()));

  const times: number[] = [];
  const articles = corpus.index.articles;
  let lastSentence = '';
  for (let k = 0; k < samples; k++) {
    const file = articles[Math.floor((k + 0.5) * (articles.length / samples))]!.article.file;
    const before = memory.text(file);
    const sentence = `The harbour master added in revision ${k} that the northern quay reopens on the ninth of March.`;
    const changed = before.replace(/\n*$/, `\n\n${sentence}\n`);
    const bytes = memory.write(file, changed);
    await idle(IDLE_MS); // a writer saves now and then: background merges run in between, as in the editor
    const started = performance.now();
    await corpus.upsert(file, { mtime: k + 2, size: bytes.length }, bytes);
    await corpus.commit();
    void corpus.index;
    times.push(performance.now() - started);
    lastSentence = sentence;
  }
  const segmentsAfter = corpus.index.segmentCount;
  const foundNewText = findingsOf([{ name: 'probe', text: `The harbour master said: "${lastSentence.slice(0, -1)}".` }], corpus.index)[0]?.[0]?.verdict === 'exact';
  const sameAsFresh = compareWithFresh(drafts, corpus.index);

  const paths = articles.slice(0, STORM_FILES).map((a) => a.article.file);
  for (const file of paths) memory.write(file, `${memory.text(file)}\nA storm rewrote this file.\n`);
  const storm = await cpuDuring(() => blockedDuring(async () => {
    await corpus.refresh(paths);
    void corpus.index;
  }));
  const merge = await cpuDuring(() => blockedDuring(async () => {
    while (corpus.index.segmentCount > 1) await idle(20);
  }));
  return {
    samples, medianMs: median(times), p95Ms: percentile(times, 95), articles: articles.length, segmentsAfter, foundNewText, sameAsFresh,
    longestTaskMs: { indexing: indexing.longestMs, snapshot: snapshot.longestMs, storm: storm.longestMs, merge: merge.longestMs },
    longestSliceCpuMs: { indexing: indexing.cpuMs, snapshot: snapshot.cpuMs, storm: storm.cpuMs, merge: merge.cpuMs },
    longestSliceOwnMs: { indexing: indexing.ownMs, snapshot: snapshot.ownMs, storm: storm.ownMs, merge: merge.ownMs },
    longestMajorGcMs: { indexing: indexing.longestGcMs, snapshot: snapshot.longestGcMs, storm: storm.longestGcMs, merge: merge.longestGcMs },
    longestAnyGcMs: { indexing: indexing.longestAnyGcMs, snapshot: snapshot.longestAnyGcMs, storm: storm.longestAnyGcMs, merge: merge.longestAnyGcMs },
    totalGcMs: { indexing: indexing.totalGcMs, snapshot: snapshot.totalGcMs, storm: storm.totalGcMs, merge: merge.totalGcMs },
    wallMs: { indexing: indexing.wallMs, snapshot: snapshot.wallMs, storm: storm.wallMs, merge: merge.wallMs },
    fullRebuild: fullRebuild(corpus.index, FULL_REBUILD_SAMPLES),
  };
}

function compareWithFresh(drafts: readonly Draft[], segmented: PassageIndex): UpdateFigures['sameAsFresh'] {
  const fresh = findingsOf(drafts, PassageIndex.build(segmented.articles));
  const found = findingsOf(drafts, segmented);
  let quotations = 0;
  let same = 0;
  fresh.forEach((quotes, d) => quotes.forEach((f, q) => {
    const other = found[d]?.[q];
    quotations++;
    if (other && other.verdict === f.verdict && other.source?.article.file === f.source?.article.file) same++;
  }));
  return { quotations, sameVerdictAndSource: same };
}

/** One changed article as before segments: re-tokenized, then the whole index rebuilt (PassageIndex.build). */
function fullRebuild(index: PassageIndex, samples: number): UpdateFigures['fullRebuild'] {
  const articles = [...index.articles];
  const times: number[] = [];
  for (let k = 0; k < samples; k++) {
    const at = Math.floor((k + 0.5) * (articles.length / samples));
    const article = articles[at]!.article;
    const changed = { ...article, body: `${article.body} One more sentence, added in revision ${k}.` };
    const started = performance.now();
    articles[at] = tokenizeArticle(changed);
    PassageIndex.build(articles);
    times.push(performance.now() - started);
  }
  return { samples, medianMs: median(times), p95Ms: percentile(times, 95) };
}

/**
 * Milliseconds the main thread has run on a CPU and waited for one while ready (Linux: /proc/thread-self/schedstat;
 * elsewhere the process's CPU time, GC threads in, and no wait known).
 */
function threadSched(): { cpuMs: number; waitMs: number } {
  try {
    const fd = openSync('/proc/thread-self/schedstat', 'r');
    let length: number;
    try {
      length = readSync(fd, SCHEDSTAT, 0, SCHEDSTAT.length, 0);
    } finally {
      closeSync(fd);
    }
    const [cpu, wait] = SCHEDSTAT.toString('latin1', 0, length).split(' ');
    return { cpuMs: Number(cpu) / 1e6, waitMs: Number(wait) / 1e6 };
  } catch {
    const cpu = process.cpuUsage();
    return { cpuMs: (cpu.user + cpu.system) / 1000, waitMs: 0 };
  }
}

/**
 * One buffer for every read of schedstat: readFileSync allocated a fresh 64 KB one per pause, external memory,
 * and each such allocation past V8's external-memory limit lets it start a marking or try to finish one early:
 * the measuring must not add to what it measures.
 */
const SCHEDSTAT = Buffer.alloc(256);

const idle = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `work` and reports the longest the event loop was kept from running meanwhile, and the longest full
 * (mark-compact) collection in that time: one can run between two slices, as a task of its own.
 */
async function blockedDuring(work: () => Promise<void>): Promise<{ longestMs: number; wallMs: number; longestGcMs: number; longestAnyGcMs: number; totalGcMs: number }> {
  const delay = monitorEventLoopDelay({ resolution: 1 });
  let longestGcMs = 0;
  let longestAnyGcMs = 0;
  let totalGcMs = 0;
  const gcs = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (isMajorGc(entry)) longestGcMs = Math.max(longestGcMs, entry.duration);
      longestAnyGcMs = Math.max(longestAnyGcMs, entry.duration);
      totalGcMs += entry.duration;
    }
  });
  gcs.observe({ entryTypes: ['gc'] });
  const started = performance.now();
  delay.enable();
  await work();
  await idle(5); // let the monitor see the last stretch
  delay.disable();
  gcs.disconnect();
  return { longestMs: delay.max / 1e6, wallMs: performance.now() - started, longestGcMs, longestAnyGcMs, totalGcMs };
}

function isMajorGc(entry: PerformanceEntry): boolean {
  return ((entry as { detail?: unknown }).detail as { kind?: number } | undefined)?.kind === constants.NODE_PERFORMANCE_GC_MAJOR;
}
