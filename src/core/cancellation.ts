/**
 * Cancellation for the engine's long calls (indexing, checking a draft). The token is structurally VS Code's,
 * so the editor passes its own; the CLI and tests use CancellationSource. A cancelled call throws Cancelled
 * (or, for indexing, keeps what it has read so far and says so), never returns a partial report as if whole.
 */
export interface CancellationToken {
  readonly isCancellationRequested: boolean;
}

export const NEVER_CANCELLED: CancellationToken = { isCancellationRequested: false };

/** A token the caller cancels; a newer run cancels the one it supersedes. */
export class CancellationSource {
  private cancelled = false;
  readonly token: CancellationToken;

  constructor() {
    const flag = (): boolean => this.cancelled;
    this.token = { get isCancellationRequested(): boolean { return flag(); } };
  }

  cancel(): void {
    this.cancelled = true;
  }
}

/** Thrown by a call whose token was cancelled before it finished. */
export class Cancelled extends Error {
  constructor(what: string) {
    super(`${what} was cancelled`);
    this.name = 'Cancelled';
  }
}

export function isCancelled(error: unknown): error is Cancelled {
  return error instanceof Cancelled;
}

export function throwIfCancelled(token: CancellationToken | undefined, what: string): void {
  if (token?.isCancellationRequested) throw new Cancelled(what);
}
