/**
 * Collects file-change events and hands them over in batches: after a quiet spell, but never later than
 * `maxWaitMs` after the first event of a batch, so a steady storm of events (a sync tool, a build writing
 * into the sources) still publishes at least once per `maxWaitMs` instead of never. One batch is applied at
 * a time; events arriving meanwhile form the next batch. Timers are injected: the engine has none.
 */
export interface Timers {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface BatchTiming {
  /** Wait this long after the last event... */
  readonly quietMs: number;
  /** ...but no longer than this after the first one. */
  readonly maxWaitMs: number;
}

export class ChangeBatcher {
  private pending = new Set<string>();
  private firstAt = 0;
  private timer: unknown;
  private running: Promise<void> | undefined;
  private disposed = false;

  constructor(
    private readonly apply: (paths: string[]) => Promise<void>,
    private readonly timers: Timers,
    private readonly timing: BatchTiming = { quietMs: 200, maxWaitMs: 1000 },
  ) {}

  /** Notes a changed path (created, changed or deleted; a file or a folder). */
  add(path: string): void {
    if (this.disposed) return;
    if (this.pending.size === 0) this.firstAt = this.timers.now();
    this.pending.add(path);
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    const due = Math.min(this.timing.quietMs, Math.max(0, this.firstAt + this.timing.maxWaitMs - this.timers.now()));
    this.timer = this.timers.setTimeout(() => void this.flush(), due);
  }

  /** Applies what is pending now; resolves when every batch so far is applied. */
  async flush(): Promise<void> {
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = undefined;
    while (this.running) await this.running;
    if (this.pending.size === 0 || this.disposed) return;
    const paths = [...this.pending];
    this.pending = new Set();
    this.running = this.apply(paths).finally(() => (this.running = undefined));
    await this.running;
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
  }
}
