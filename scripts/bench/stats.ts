/** Timing, percentiles and heap snapshots for the benchmark. */
import { performance } from 'node:perf_hooks';

export const MB = 1_000_000;

/** Nearest-rank percentile (p in 0..100) of unsorted samples; NaN for none. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export const median = (samples: readonly number[]): number => percentile(samples, 50);

/** Runs `fn` once and returns its result with the elapsed milliseconds. */
export function timed<T>(fn: () => T): { result: T; ms: number } {
  const started = performance.now();
  const result = fn();
  return { result, ms: performance.now() - started };
}

/**
 * Repeats `round(true)` until `budgetMs` is spent (at least `minRounds`, at most `maxRounds` times), after
 * `warmup` unrecorded rounds (`round(false)`): enough samples for a p95 without letting one slow case stretch the run.
 */
export function repeatFor(round: (record: boolean) => void, options: { budgetMs: number; minRounds: number; maxRounds: number; warmup: number }): number {
  for (let i = 0; i < options.warmup; i++) round(false);
  const started = performance.now();
  let rounds = 0;
  while (rounds < options.maxRounds && (rounds < options.minRounds || performance.now() - started < options.budgetMs)) {
    round(true);
    rounds++;
  }
  return rounds;
}

export interface MemorySnapshot {
  /** V8 heap in use: strings, objects, small typed arrays. */
  readonly heap: number;
  /** Backing stores of ArrayBuffers (large typed arrays live here, outside the V8 heap). */
  readonly arrayBuffers: number;
}

/** Memory in use after full collections, so that only live data is counted. */
export function liveMemory(): MemorySnapshot {
  const gc = globalThis.gc;
  if (!gc) throw new Error('bench: global.gc is missing; run node with --expose-gc (npm run bench does)');
  // Two passes: the first may only promote or finalise what the second then frees.
  gc();
  gc();
  const usage = process.memoryUsage();
  return { heap: usage.heapUsed, arrayBuffers: usage.arrayBuffers };
}
