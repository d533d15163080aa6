/**
 * The workspace's source articles, indexed and kept current: a thin adapter from VS Code to the core Corpus.
 *
 * The Corpus does the work (which files changed, reading them a batch at a time, dropping stale reads,
 * the snapshot); this class supplies the workspace file system, the workspace storage for the snapshot, a
 * watcher per source glob whose events are batched (at least once a second in a storm), the progress
 * notification, and gives the editor its thread back between batches of reads.
 */
import * as vscode from 'vscode';
import { ChangeBatcher, Corpus, EDITOR_SLICE_MS, matchesGlob, readSourceAsync, slicedPause, type Article, type Library, type PassageIndex, type RunCounts, type SourceProblem, type SourceReaders } from '../core';
import type { Log } from './log';
import type { SettingsStore } from './settings';
import { StorageSnapshot } from './storage-snapshot';
import { WorkspaceFileSystem } from './workspace-file-system';

export type { RunCounts } from '../core';

export interface IndexState {
  readonly indexing: boolean;
  readonly done: number;
  readonly total: number;
}

/** Show a notification (rather than the status bar alone) for folders larger than this. */
const NOTIFY_ABOVE = 200;
const WATCH_TIMING = { quietMs: 200, maxWaitMs: 1000 };
const SAVE_DEBOUNCE_MS = 1000;

const TIMERS = {
  now: () => Date.now(),
  setTimeout: (callback: () => void, ms: number): unknown => setTimeout(callback, ms),
  clearTimeout: (handle: unknown): void => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class WorkspaceSources implements vscode.Disposable {
  private readonly corpus: Corpus;
  private readonly batcher: ChangeBatcher;
  private state: IndexState = { indexing: false, done: 0, total: 0 };
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly progressed = new vscode.EventEmitter<IndexState>();
  private watchers: vscode.Disposable[] = [];
  private readonly disposables: vscode.Disposable[] = [];
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private run: vscode.CancellationTokenSource | undefined;
  private readonly files: WorkspaceFileSystem;

  /** Fired after the index changed (sources added, changed, removed). */
  readonly onDidChange = this.changed.event;
  /** Fired while indexing, for the status bar. */
  readonly onDidProgress = this.progressed.event;

  constructor(private readonly settings: SettingsStore, log: Log, storage?: vscode.Uri, readers: SourceReaders = {}) {
    this.files = new WorkspaceFileSystem(() => settings.current);
    this.corpus = new Corpus({
      fs: this.files,
      reader: (file, bytes, maxBytes) => readSourceAsync(file, bytes, maxBytes, readers),
      log,
      maxSourceBytes: settings.current.maxSourceBytes,
      ...(storage ? { snapshot: new StorageSnapshot(storage, log) } : {}),
      pause: this.pause,
    });
    this.batcher = new ChangeBatcher((paths) => this.corpus.refresh(paths), TIMERS, WATCH_TIMING);
    const published = this.corpus.onDidChange(() => {
      this.changed.fire();
      this.scheduleSave();
    });
    this.disposables.push({ dispose: () => published.dispose() }, settings.onDidChange(() => {
      this.watch();
      void this.reindex();
    }));
    this.watch();
  }

  get passageIndex(): PassageIndex {
    return this.corpus.index;
  }

  get progress(): IndexState {
    return this.state;
  }

  /** What the last indexing run restored, read and found unchanged. */
  get lastRun(): Readonly<RunCounts> {
    return this.corpus.lastRun;
  }

  /** The reference libraries found among the sources. */
  get libraries(): Library[] {
    return this.corpus.libraries;
  }

  get problems(): SourceProblem[] {
    return this.corpus.problems;
  }

  /** The indexed article read from `file` (a URI string). */
  article(file: string): Article | undefined {
    return this.corpus.article(file);
  }

  /** Whether `uri` is one of the sources (never treated as a draft, never written to). */
  isSource(document: vscode.TextDocument): boolean {
    // Globs are relative to the workspace folder (as `.sourcecheck.json`'s are to its own), as in WorkspaceFileSystem.
    // (`exclude` does not make a file under a sources glob a draft.)
    const relative = vscode.workspace.asRelativePath(document.uri, false);
    return this.corpus.has(document.uri.toString()) || this.settings.current.sources.some((glob) => matchesGlob(relative, glob));
  }

  /** Finds every source file and reads those that are new or changed (all with `force`); supersedes a run going on. */
  async reindex(force = false): Promise<void> {
    this.run?.cancel();
    const run = (this.run = new vscode.CancellationTokenSource());
    this.corpus.maxSourceBytes = this.settings.current.maxSourceBytes;
    const files = await this.files.list();
    if (run.token.isCancellationRequested) return;
    const location = files.length > NOTIFY_ABOVE ? vscode.ProgressLocation.Notification : vscode.ProgressLocation.Window;
    await vscode.window.withProgress({ location, title: 'Sourcecheck: indexing sources', cancellable: true }, async (progress, token) => {
      token.onCancellationRequested(() => run.cancel());
      let reported = 0;
      this.setState({ indexing: true, done: 0, total: files.length });
      await this.corpus.sync({
        force,
        files,
        token: run.token,
        onProgress: (done, all) => {
          this.setState({ indexing: true, done, total: all });
          progress.report({ message: `${done}/${all}`, increment: (100 * (done - reported)) / Math.max(1, all) });
          reported = done;
        },
      });
    });
    this.setState({ ...this.state, indexing: false });
    run.dispose();
    if (this.run === run) this.run = undefined;
  }

  dispose(): void {
    this.run?.cancel();
    this.batcher.dispose();
    if (this.saveTimer) clearTimeout(this.saveTimer);
    for (const d of [...this.watchers, ...this.disposables]) d.dispose();
    this.changed.dispose();
    this.progressed.dispose();
  }

  /**
   * Gives the thread back to the editor when a slice of work has run long enough (indexing, the speaker index),
   * one slice shared by every caller (time-slices.ts).
   */
  readonly pause = slicedPause({ sliceMs: EDITOR_SLICE_MS, now: () => Date.now(), nextTurn: () => new Promise((resolve) => setTimeout(resolve, 0)) });

  private scheduleSave(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.corpus.saveSnapshot(), SAVE_DEBOUNCE_MS);
  }

  private setState(state: IndexState): void {
    this.state = state;
    this.progressed.fire(state);
  }

  /** One watcher per source glob and workspace folder; events go to the batcher, which re-reads only the touched files. */
  private watch(): void {
    for (const w of this.watchers) w.dispose();
    const folders = vscode.workspace.workspaceFolders ?? [];
    this.watchers = this.settings.current.sources.flatMap((glob) => folders.map((folder) => new vscode.RelativePattern(folder, glob))).flatMap((pattern) => {
      const watcher = vscode.workspace.createFileSystemWatcher(pattern);
      const touch = (uri: vscode.Uri): void => this.batcher.add(uri.toString());
      return [watcher, watcher.onDidCreate(touch), watcher.onDidChange(touch), watcher.onDidDelete(touch)];
    });
  }
}
