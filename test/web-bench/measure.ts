// Small timing helpers for the web-workbench bench (the Node bench's scripts/bench/stats.ts uses node:perf_hooks,
// which the web worker extension host does not have; `performance` is a global there).

export interface Spread {
  readonly samples: number;
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly minMs: number;
  readonly maxMs: number;
}

/** Nearest-rank percentile (p in 0..100) of unsorted samples; NaN for none. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function spreadOf(samples: readonly number[]): Spread {
  return {
    samples: samples.length,
    medianMs: percentile(samples, 50),
    p95Ms: percentile(samples, 95),
    minMs: samples.length ? Math.min(...samples) : NaN,
    maxMs: samples.length ? Math.max(...samples) : NaN,
  };
}

export function now(): number {
  return performance.now();
}

/** Awaits `fn` and returns its result with the elapsed milliseconds. */
export async function timed<T>(fn: () => Promise<T> | T): Promise<{ result: T; ms: number }> {
  const started = now();
  const result = await fn();
  return { result, ms: now() - started };
}

/**
 * A promise settled from outside, rejected after `timeoutMs` with a message naming `what`; cancel() stops the
 * timer (the promise then never settles: only for promises nobody awaits any more).
 */
export interface Deferred<T> {
  readonly promise: Promise<T>;
  resolve(value: T): void;
  cancel(): void;
}

export function deferred<T>(what: string, timeoutMs: number): Deferred<T> {
  let resolve!: (value: T) => void;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const promise = new Promise<T>((ok, fail) => {
    timer = setTimeout(() => fail(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`)), timeoutMs);
    resolve = (value) => {
      clearTimeout(timer);
      ok(value);
    };
  });
  return { promise, resolve, cancel: () => clearTimeout(timer) };
}

export function progress(message: string): void {
  console.log(`bench-web: ${message}`);
}
