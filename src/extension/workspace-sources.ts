/**
 * The workspace's source articles, indexed and kept current.
 *
 * Files are found by the `sourcecheck.sources` globs and read with `vscode.workspace.fs` (so this works on
 * disk, in vscode.dev and in the web test harness). Each file's tokens are cached with its modification time
 * and size, so a re-index or a watcher event re-reads only what changed; the passage index itself is rebuilt
 * from the cache, which is fast. Reading happens in slices that yield to the event loop, with cancellable
 * progress, so a large folder never freezes the editor. Parsed articles are saved in the workspace storage,
 * so after a restart only files that changed meanwhile are read again.
 */
import * as vscode from 'vscode';
import {
  decodeSnapshot, encodeSnapshot, PassageIndex, prepareSourceAsync, sizeProblem, tokenizeArticle, withLibraries,
  type Article, type ArticleTokens, type Library, type SourceProblem, type SourceReaders,
} from '../core';
import type { Log } from './log';
import type { Settings, SettingsStore } from './settings';

interface CachedSource {
  readonly mtime: number;
  readonly size: number;
  readonly tokens?: ArticleTokens;
  /** A reference library (BibTeX, CSL-JSON): its entries give the articles they describe their metadata. */
  readonly library?: Library;
  readonly problem?: string;
}

/** What the last indexing run did: articles restored from the snapshot, files read, files found unchanged. */
export interface RunCounts {
  restored: number;
  read: number;
  unchanged: number;
}

export interface IndexState {
  readonly indexing: boolean;
  readonly done: number;
  readonly total: number;
}

/** Give the editor the thread back after this much work. */
const SLICE_MS = 12;
/** Files read concurrently: each read is a round trip to the file system (over the network in vscode.dev). */
const READS_AT_ONCE = 16;
/** Show a notification (rather than the status bar alone) for folders larger than this. */
const NOTIFY_ABOVE = 200;
const WATCH_DEBOUNCE_MS = 200;
const SAVE_DEBOUNCE_MS = 1000;
const SNAPSHOT_FILE = 'sources-snapshot.json';

export class WorkspaceSources implements vscode.Disposable {
  private readonly cache = new Map<string, CachedSource>();
  private index = PassageIndex.build([]);
  private readonly byFile = new Map<string, ArticleTokens>();
  private run: vscode.CancellationTokenSource | undefined;
  private state: IndexState = { indexing: false, done: 0, total: 0 };
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly progressed = new vscode.EventEmitter<IndexState>();
  private watchers: vscode.Disposable[] = [];
  private pending = new Set<string>();
  private pendingTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private snapshotLoaded = false;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private counts: RunCounts = { restored: 0, read: 0, unchanged: 0 };

  /** Fired after the index changed (sources added, changed, removed). */
  readonly onDidChange = this.changed.event;
  /** Fired while indexing, for the status bar. */
  readonly onDidProgress = this.progressed.event;

  constructor(private readonly settings: SettingsStore, private readonly log: Log, private readonly storage?: vscode.Uri, private readonly readers: SourceReaders = {}) {
    this.disposables.push(settings.onDidChange(() => {
      this.watch(settings.current);
      void this.reindex();
    }));
    this.watch(settings.current);
  }

  get passageIndex(): PassageIndex {
    return this.index;
  }

  get progress(): IndexState {
    return this.state;
  }

  /** What the last indexing run restored, read and found unchanged. */
  get lastRun(): Readonly<RunCounts> {
    return this.counts;
  }

  /** The reference libraries found among the sources. */
  get libraries(): Library[] {
    return [...this.cache.values()].flatMap((c) => (c.library ? [c.library] : []));
  }

  get problems(): SourceProblem[] {
    return [...this.cache].flatMap(([file, c]) => (c.problem ? [{ file, reason: c.problem }] : []));
  }

  /** The indexed article read from `file` (a URI string). */
  article(file: string): Article | undefined {
    return this.byFile.get(file)?.article;
  }

  /** Whether `uri` is one of the sources (never treated as a draft, never written to). */
  isSource(document: vscode.TextDocument): boolean {
    return this.cache.has(document.uri.toString()) ||
      this.settings.current.sources.some((glob) => vscode.languages.match({ pattern: glob }, document) > 0);
  }

  /** Finds every source file and reads those that are new or changed; cancels a run already going. */
  async reindex(force = false): Promise<void> {
    this.run?.cancel();
    const run = (this.run = new vscode.CancellationTokenSource());
    const settings = this.settings.current;
    const counts: RunCounts = { restored: await this.loadSnapshot(), read: 0, unchanged: 0 };
    this.counts = counts; // this run's own object: a cancelled run still finishing a read cannot count into the next
    const uris = await this.findFiles(settings);
    if (run.token.isCancellationRequested) return;
    // A forced run re-reads every file (readOne's `force`) but does not empty the cache first: a watcher event
    // during the run publishes the index from the cache, and a half-filled cache would check every open draft
    // against part of the sources (exact quotations shown as unsourced).
    const wanted = new Set(uris.map((u) => u.toString()));
    for (const file of [...this.cache.keys()]) if (!wanted.has(file)) this.cache.delete(file);
    const location = uris.length > NOTIFY_ABOVE ? vscode.ProgressLocation.Notification : vscode.ProgressLocation.Window;
    await vscode.window.withProgress(
      { location, title: 'Sourcecheck: indexing sources', cancellable: true },
      async (progress, token) => {
        token.onCancellationRequested(() => run.cancel());
        let reported = 0;
        await this.readAll(uris, settings, run.token, force, counts, (done) => {
          progress.report({ message: `${done}/${uris.length}`, increment: (100 * (done - reported)) / Math.max(1, uris.length) });
          reported = done;
        });
      },
    );
    if (run.token.isCancellationRequested && this.run !== run) return; // superseded by a newer run
    if (run.token.isCancellationRequested) this.log.warn('Indexing cancelled: the index holds the sources read so far.');
    this.publish();
    run.dispose();
    if (this.run === run) this.run = undefined;
  }

  dispose(): void {
    this.run?.cancel();
    if (this.pendingTimer) clearTimeout(this.pendingTimer);
    if (this.saveTimer) clearTimeout(this.saveTimer);
    for (const d of [...this.watchers, ...this.disposables]) d.dispose();
    this.changed.dispose();
    this.progressed.dispose();
  }

  /** The files below `uri` when it is a folder, else undefined. */
  private async filesInside(uri: vscode.Uri): Promise<vscode.Uri[] | undefined> {
    try {
      if (!((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.Directory)) return undefined;
      return await vscode.workspace.findFiles(new vscode.RelativePattern(uri, '**/*'));
    } catch {
      return undefined;
    }
  }

  private async findFiles(settings: Settings): Promise<vscode.Uri[]> {
    const exclude = settings.exclude.length ? `{${settings.exclude.join(',')}}` : null;
    const found = await Promise.all(settings.sources.map((glob) => vscode.workspace.findFiles(glob, exclude)));
    const unique = new Map(found.flat().map((uri) => [uri.toString(), uri]));
    return [...unique.values()].sort((a, b) => a.toString().localeCompare(b.toString()));
  }

  private async readAll(
    uris: vscode.Uri[], settings: Settings, token: vscode.CancellationToken, force: boolean, counts: RunCounts, report: (done: number) => void,
  ): Promise<void> {
    let sliceStart = Date.now();
    for (let k = 0; k < uris.length; k += READS_AT_ONCE) {
      if (token.isCancellationRequested) {
        this.setState({ indexing: false, done: k, total: uris.length });
        return;
      }
      this.setState({ indexing: true, done: k, total: uris.length });
      const batch = uris.slice(k, k + READS_AT_ONCE);
      await Promise.all(batch.map((uri) => this.readOne(uri, settings, force, counts)));
      report(k + batch.length);
      if (Date.now() - sliceStart > SLICE_MS) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        sliceStart = Date.now();
      }
    }
    this.setState({ indexing: false, done: uris.length, total: uris.length });
  }

  /** Reads one file into the cache unless it is unchanged (or `force`); a file or folder that vanished is dropped. */
  private async readOne(uri: vscode.Uri, settings: Settings, force = false, counts = this.counts): Promise<void> {
    const file = uri.toString();
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      // A watcher event for a folder (e.g. the parent of a deleted file) is not a source to read.
      if (stat.type & vscode.FileType.Directory) return;
      const cached = this.cache.get(file);
      if (!force && cached && cached.mtime === stat.mtime && cached.size === stat.size) {
        counts.unchanged++;
        return;
      }
      counts.read++;
      const tooLarge = sizeProblem(stat.size, settings.maxSourceBytes);
      if (tooLarge) return this.remember(file, { mtime: stat.mtime, size: stat.size, problem: tooLarge });
      const bytes = await vscode.workspace.fs.readFile(uri);
      const prepared = await prepareSourceAsync({ file, bytes }, settings.maxSourceBytes, this.readers);
      if (prepared.warning) this.log.warn(`${file}: ${prepared.warning.reason}`);
      this.remember(file, {
        mtime: stat.mtime,
        size: stat.size,
        ...(prepared.tokens ? { tokens: prepared.tokens } : {}),
        ...(prepared.library ? { library: prepared.library } : {}),
        ...(prepared.problem ? { problem: prepared.problem.reason } : {}),
      });
    } catch (error) {
      // A deleted folder of sources comes as one event for the folder, none for its files: drop those too.
      for (const key of [...this.cache.keys()]) if (key === file || key.startsWith(`${file}/`)) this.cache.delete(key);
      this.log.info(`${file}: not read (${error instanceof Error ? error.message : String(error)}); it may have been deleted`);
    }
  }

  private remember(file: string, entry: CachedSource): void {
    this.cache.set(file, entry);
    if (entry.problem) this.log.info(`Skipped ${file}: ${entry.problem}`);
  }

  private publish(): void {
    const articles = withLibraries([...this.cache.values()].flatMap((c) => (c.tokens ? [c.tokens] : [])), this.libraries);
    this.index = PassageIndex.build(articles);
    this.byFile.clear();
    for (const tokens of articles) this.byFile.set(tokens.article.file, tokens);
    const { restored, read, unchanged } = this.counts;
    this.log.info(`Indexed ${articles.length} source(s), ${this.index.wordCount} words; ${this.problems.length} skipped; ${read} file(s) read, ${unchanged} unchanged, ${restored} restored from the last session.`);
    this.changed.fire();
    this.scheduleSave();
  }

  /** Fills the cache from the last session's snapshot, once; returns how many articles it restored. */
  private async loadSnapshot(): Promise<number> {
    if (this.snapshotLoaded || !this.storage) return 0;
    this.snapshotLoaded = true;
    try {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.storage, SNAPSHOT_FILE));
      const entries = decodeSnapshot(new TextDecoder().decode(bytes));
      for (const { mtime, size, article } of entries) {
        if (!this.cache.has(article.file)) this.cache.set(article.file, { mtime, size, tokens: tokenizeArticle(article) });
      }
      return entries.length;
    } catch {
      return 0; // no snapshot yet
    }
  }

  private scheduleSave(): void {
    if (!this.storage) return;
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.saveSnapshot(), SAVE_DEBOUNCE_MS);
  }

  private async saveSnapshot(): Promise<void> {
    const storage = this.storage!;
    const entries = [...this.cache.values()].flatMap((c) => (c.tokens ? [{ mtime: c.mtime, size: c.size, article: c.tokens.article }] : []));
    try {
      await vscode.workspace.fs.createDirectory(storage);
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(storage, SNAPSHOT_FILE), new TextEncoder().encode(encodeSnapshot(entries)));
    } catch (error) {
      this.log.warn(`Could not save the sources snapshot: ${String(error)}`);
    }
  }

  private setState(state: IndexState): void {
    this.state = state;
    this.progressed.fire(state);
  }

  /** One watcher per source glob; events are batched, then only the touched files are re-read. */
  private watch(settings: Settings): void {
    for (const w of this.watchers) w.dispose();
    this.watchers = settings.sources.flatMap((glob) => {
      const watcher = vscode.workspace.createFileSystemWatcher(glob);
      const touch = (uri: vscode.Uri): void => this.schedule(uri);
      return [watcher, watcher.onDidCreate(touch), watcher.onDidChange(touch), watcher.onDidDelete(touch)];
    });
  }

  private schedule(uri: vscode.Uri): void {
    this.pending.add(uri.toString());
    if (this.pendingTimer) clearTimeout(this.pendingTimer);
    this.pendingTimer = setTimeout(() => void this.applyPending(), WATCH_DEBOUNCE_MS);
  }

  private async applyPending(): Promise<void> {
    const files = [...this.pending];
    this.pending = new Set();
    const settings = this.settings.current;
    for (const file of files) {
      const uri = vscode.Uri.parse(file);
      const inside = await this.filesInside(uri); // a folder moved or copied in arrives as one event
      for (const each of inside ?? [uri]) await this.readOne(each, settings); // a deleted file leaves the cache
    }
    this.publish();
  }
}
