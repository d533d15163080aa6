/**
 * What the corpus needs from a host's file system: the source files, their size and modification time, their
 * bytes. The CLI implements it on Node's `fs`, the extension on `vscode.workspace.fs`, the tests in memory.
 * Which files are sources (globs, excludes, conventional folders) is the host's business: `list` and `accepts`
 * answer it, so a folder event honours the same excludes as a full listing.
 */
export interface SourceStat {
  readonly mtime: number;
  readonly size: number;
  readonly directory: boolean;
}

export interface SourceFileSystem {
  /** The source files, in a stable order; with `folder`, only those at or below it. */
  list(folder?: string): Promise<string[]>;
  /** Whether a file named by a change event is a source at all (its globs and excludes). */
  accepts(file: string): boolean;
  /** Undefined when the file does not exist (any more). */
  stat(file: string): Promise<SourceStat | undefined>;
  read(file: string): Promise<Uint8Array>;
}

export { CancellationSource, NEVER_CANCELLED, type CancellationToken } from '../cancellation';

/** Where the corpus says what it skipped, repaired or rebuilt. */
export interface CorpusLog {
  info(message: string): void;
  warn(message: string): void;
}

export const SILENT_LOG: CorpusLog = { info: () => undefined, warn: () => undefined };
