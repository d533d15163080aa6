/**
 * The ~1 GB corpus (issue #10, item 7): DEV's originals plus perturbed copies as for ~100 MB, ten times as
 * many. Off by default (minutes of work and ~10 GB of memory): SOURCECHECK_BENCH_GB=1 npm run bench.
 *
 * Everything is in one process, with the sources on an in-memory file system (no disk, no process start):
 * - build: a Corpus as the CLI has it (no pause) syncs every file and builds the index;
 * - memory: live V8 heap + array buffers grown by the build (after full collections), and the RSS, against the
 *   text's bytes;
 * - check: the 40 DEV drafts and the 15-quotation ones, per draft;
 * - cold start from the persisted cache: the corpus's snapshot shards and its index's base segment are saved, the
 *   corpus dropped, and a new Corpus on the same store syncs (shards decoded, the index's arrays checked, every
 *   file stat'ed, none read) and makes its index (over the restored segment: nothing tokenised or indexed).
 */
import { performance } from 'node:perf_hooks';
import { Corpus, type SourceFile } from '../../src/core';
import { benchCheckLatency, findingsOf, type LatencyFigures } from './check-bench';
import type { Draft } from './dataset';
import { MemoryFileSystem, MemoryStore } from './memory-fs';
import { liveMemory } from './stats';

export interface GigabyteFigures {
  readonly files: number;
  readonly articles: number;
  readonly sourceBytes: number;
  readonly words: number;
  /** sync (read + parse every file) then the index built. */
  readonly buildMs: number;
  readonly syncMs: number;
  readonly retainedHeapBytes: number;
  readonly retainedArrayBufferBytes: number;
  readonly memoryPerSourceByte: number;
  /** Resident set size after the build, the sources' own bytes (the "disk") included. */
  readonly rssBytes: number;
  readonly snapshotSaveMs: number;
  /** Characters of JSON in the saved shards. */
  readonly snapshotChars: number;
  /** Bytes saved as bytes: the shards (where the store keeps bytes) and the persisted index's base segment. */
  readonly binaryBytes: number;
  /** A new Corpus on the saved shards: sync (restored, none read) and the index built (the first restart). */
  readonly coldStart: ColdStart;
  /** Every restart, when more than one was asked for (each a new Corpus on the same store). */
  readonly coldStarts: readonly ColdStart[];
  /** The 40 DEV drafts over the restarted corpus's index: quotations with the same verdict, source and passage. */
  readonly restoredSame: { readonly quotations: number; readonly same: number };
  readonly allDrafts: LatencyFigures;
  readonly fifteenQuotationDrafts: LatencyFigures;
}

export interface ColdStart {
  readonly syncMs: number;
  readonly indexMs: number;
  readonly totalMs: number;
  /** CPU time of the process (every thread, the collector's included) during it: less bent by a shared machine's load than totalMs. */
  readonly cpuMs: number;
  readonly restored: number;
  readonly read: number;
  /** Milliseconds of each step of the sync (Corpus's trace) and of making the index. */
  readonly steps: Readonly<Record<string, number>>;
}

export interface GigabyteOptions {
  /** Cold starts made one after another from the same saved cache (default 1); the first is compared with the build. */
  readonly restarts?: number;
  /** Wraps each cold start (a CPU profile of it, say). */
  readonly around?: <T>(run: () => Promise<T>, restart: number) => Promise<T>;
}

export async function benchGigabyte(
  makeFiles: () => SourceFile[], drafts: readonly Draft[], fifteen: readonly Draft[], progress: (message: string) => void, options: GigabyteOptions = {},
): Promise<GigabyteFigures> {
  let files: SourceFile[] | undefined = makeFiles();
  const sourceBytes = files.reduce((sum, f) => sum + f.bytes.length, 0);
  const fileCount = files.length;
  const fs = new MemoryFileSystem(files);
  files = undefined;
  const store = new MemoryStore();
  progress(`1 GB: ${fileCount} files, ${(sourceBytes / 1e6).toFixed(0)} MB: building`);
  const before = liveMemory();
  let corpus: Corpus | undefined = new Corpus({ fs, snapshot: store });
  let started = performance.now();
  await corpus.sync();
  const syncMs = performance.now() - started;
  const index = corpus.index;
  const buildMs = performance.now() - started;
  const after = liveMemory();
  const rssBytes = process.memoryUsage().rss;
  const heap = after.heap - before.heap;
  const arrayBuffers = after.arrayBuffers - before.arrayBuffers;
  progress(`1 GB: built in ${(buildMs / 1000).toFixed(1)} s; checking`);
  const allDrafts = benchCheckLatency(drafts, index, { budgetMs: 4000, maxRounds: 50 });
  const fifteenQuotationDrafts = benchCheckLatency(fifteen, index, { budgetMs: 3000, maxRounds: 200 });
  const verdicts = outcomes(drafts, index);
  progress('1 GB: saving the snapshot');
  started = performance.now();
  await corpus.saveSnapshot();
  const snapshotSaveMs = performance.now() - started;
  const words = index.wordCount;
  const articles = index.articles.length;
  corpus = undefined; // the restart: nothing of the first corpus is kept
  liveMemory();
  const coldStarts: ColdStart[] = [];
  let restoredVerdicts: string[] = [];
  for (let restart = 0; restart < Math.max(1, options.restarts ?? 1); restart++) {
    liveMemory();
    progress(`1 GB: cold start ${restart + 1} from the saved snapshot`);
    const cold = async (): Promise<{ start: ColdStart; restarted: Corpus }> => {
      const steps: Record<string, number> = {};
      let last = performance.now();
      const step = (name: string): void => {
        const now = performance.now();
        steps[name] = Math.round(now - last);
        last = now;
      };
      const restarted = new Corpus({ fs, snapshot: store, trace: step });
      const began = (last = performance.now());
      const cpu = process.cpuUsage();
      const counts = await restarted.sync();
      const coldSyncMs = performance.now() - began;
      void restarted.index;
      step('index');
      const totalMs = performance.now() - began;
      const { user, system } = process.cpuUsage(cpu);
      return { start: { syncMs: coldSyncMs, indexMs: totalMs - coldSyncMs, totalMs, cpuMs: (user + system) / 1000, restored: counts.restored, read: counts.read, steps }, restarted };
    };
    const { start, restarted } = await (options.around ? options.around(cold, restart) : cold());
    progress(`1 GB: cold start ${restart + 1}: ${(start.totalMs / 1000).toFixed(2)} s (sync ${(start.syncMs / 1000).toFixed(2)} s), CPU ${(start.cpuMs / 1000).toFixed(2)} s; ${JSON.stringify(start.steps)}`);
    coldStarts.push(start);
    if (restart === 0) restoredVerdicts = outcomes(drafts, restarted.index);
  }
  return {
    files: fileCount, articles, sourceBytes, words, buildMs, syncMs,
    retainedHeapBytes: heap, retainedArrayBufferBytes: arrayBuffers, memoryPerSourceByte: (heap + arrayBuffers) / sourceBytes, rssBytes,
    snapshotSaveMs, snapshotChars: store.totalChars, binaryBytes: store.totalBytes,
    coldStart: coldStarts[0]!, coldStarts: coldStarts.length > 1 ? coldStarts : [],
    restoredSame: { quotations: verdicts.length, same: verdicts.filter((v, k) => v === restoredVerdicts[k]).length },
    allDrafts, fifteenQuotationDrafts,
  };
}

/** Each quotation's verdict, source and passage, as text (nothing of the corpus kept). */
function outcomes(drafts: readonly Draft[], index: Parameters<typeof findingsOf>[1]): string[] {
  return findingsOf(drafts, index).flat().map((f) => `${f.verdict} ${f.source?.article.meta.id ?? '-'} ${f.source?.start ?? ''}-${f.source?.end ?? ''}`);
}
