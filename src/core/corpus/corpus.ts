/**
 * The indexed source articles, kept current by the host: one implementation for the CLI and the editor.
 *
 * The host injects its file system (list, stat, read) and, optionally, a snapshot store and a reader for
 * more formats. `sync` lists the sources and reads what is new or changed; `refresh` applies change events
 * (files or folders, created, changed or deleted); `upsert` and `remove` are the primitives. Every read of a
 * file takes a generation number when it starts, and its result is dropped if a newer read or a removal of
 * that file started meanwhile, or if its run was superseded: a slow read can never overwrite newer text or
 * bring back a file that a narrower glob has excluded. Listeners hear once per sync or batch of events.
 */
import { tokenizeArticle, type ArticleTokens } from '../index/article-tokens';
import { IndexSegments } from '../index/index-segments';
import type { PassageIndex } from '../index/passage-index';
import { DEAD_ARTICLE, type DecodedIndex } from '../index/saved-index';
import { SavedTokens } from '../index/saved-tokens';
import { Segment } from '../index/segment';
import type { SnapshotEntry } from '../index/snapshot';
import type { Library } from '../library/entry';
import { linkLibraries } from '../library/link';
import type { Article, SourceProblem } from '../sources/article';
import { DEFAULT_MAX_SOURCE_BYTES, readSource, sizeProblem, type ReadResult } from '../sources/read-source';
import {
  CancellationSource, NEVER_CANCELLED, SILENT_LOG, type CancellationToken, type CorpusLog, type SourceFileSystem, type SourceStat,
} from './file-system';
import { runSteps, runStepsPausing } from '../steps';
import type { Pause } from '../time-slices';
import { ArticlesByFile } from './articles-by-file';
import { ArticleEntry, newEntry, type Entry } from './entry';
import { loadIndex, saveIndex } from './index-store';
import { loadShards, saveShard, shardName, shardOf, type SnapshotStore } from './snapshot-store';

/** Turns a file's bytes into an article (or why not); may be async, for formats parsed in a worker or lazily. */
export type SourceReader = (file: string, bytes: Uint8Array, maxBytes: number) => ReadResult | Promise<ReadResult>;

export interface CorpusOptions {
  readonly fs: SourceFileSystem;
  readonly maxSourceBytes?: number;
  readonly reader?: SourceReader;
  readonly log?: CorpusLog;
  readonly snapshot?: SnapshotStore;
  /** Files read concurrently: each read is a round trip to the file system (over the network in vscode.dev). */
  readonly readsAtOnce?: number;
  /**
   * Called between batches of reads and slices of indexing, so an editor host can give its thread back. With
   * it, the index of changed articles is built before a change is published, and segments are merged in the
   * background; without it (the CLI), the index is built when first asked for.
   */
  readonly pause?: Pause;
  /** Told as each step of a sync ends (a benchmark times them): 'shards and entries', 'index parts', 'hashes', 'listing', 'stat', 'publication'. */
  readonly trace?: (step: string) => void;
}

export interface SyncOptions {
  /** Read every file again, changed or not. */
  readonly force?: boolean;
  readonly token?: CancellationToken;
  readonly onProgress?: (done: number, total: number) => void;
  /** The listing, when the host has just made it (to size its progress display). */
  readonly files?: readonly string[];
}

/** What a sync did: articles restored from the snapshot, files read, files found unchanged. */
export interface RunCounts {
  restored: number;
  read: number;
  unchanged: number;
}

/** What was last published. */
interface Publication {
  readonly byFile: ArticlesByFile;
  /**
   * Whether, for a file not changed since (not in `changed`), its entry's article is the published one: the
   * publication was made from every entry after the snapshot's were all restored, no library linked them, and
   * each article is under its own file. Then lookups read the entries and `byFile` is made only if needed.
   */
  readonly fromEntries: boolean;
  /** Articles of files changed in place, set into `byFile` when this publication is installed. */
  readonly updates: ReadonlyArray<readonly [string, Article]>;
  /** With a pause hook: the articles with their word hashes, in order, and where each file's is. */
  readonly tokens?: ArticleTokens[];
  readonly positionOf?: ReadonlyMap<string, number>;
  readonly orderVersion: number;
  readonly problems: number;
  readonly hasLibraries: boolean;
}

export interface Disposable {
  dispose(): void;
}

const READS_AT_ONCE = 16;
/** Words tokenized between two pauses (about 1 µs each: a few milliseconds, so a slice plus a collection stays far below 50 ms). */
const TOKENIZE_SLICE_WORDS = 8_000;

export class Corpus {
  private readonly entries = new Map<string, Entry>();
  private readonly generations = new Map<string, number>();
  private generation = 0;
  /** Each file of `listing` with its position: made when first needed (see `listingIsEntries`). */
  private orderMap: Map<string, number> | undefined;
  /** The files of `entries` in order (orderedFiles); recomputed when a file comes or goes, or the listing changes. */
  private inOrder: string[] | undefined;
  /** Built when first asked for after a change: a run whose drafts all come from a cache never builds it. */
  private published: PassageIndex | undefined;
  private readonly segments = new IndexSegments();
  private publication: Publication = { byFile: new ArticlesByFile([], new Map()), fromEntries: false, updates: [], orderVersion: -1, problems: 0, hasLibraries: false };
  /** Counts publishes: one that outlasts a newer one (indexing took long) installs nothing. */
  private publishing = 0;
  /** Files changed since they were last published, with the count of changes when they were. */
  private readonly changed = new Map<string, number>();
  private changeCount = 0;
  /** Counts changes to which files there are or to their order (when `inOrder` is dropped). */
  private orderVersion = 0;
  private readonly listeners = new Set<() => void>();
  private readonly dirtyShards = new Set<number>();
  private snapshotLoaded = false;
  /** Set once the snapshot's entries are all in `entries` (they come in without a change mark). */
  private snapshotRestored: boolean;
  /** The last listing, and its number. */
  private listing: readonly string[] = [];
  private listings = 0;
  /**
   * Whether the entries are exactly the files of the last listing, each listed once: they are then in its
   * order, with no map of positions and no sort (a cold start: every restored file listed again).
   */
  private listingIsEntries = false;
  /** The base segment last saved or restored: saved again only once a new base replaces it. */
  private savedBase: Segment | undefined;
  private run: CancellationSource | undefined;
  private counts: RunCounts = { restored: 0, read: 0, unchanged: 0 };
  private readonly log: CorpusLog;
  private readonly reader: SourceReader;
  /** Larger files are skipped; a host may change it (a setting), and the next sync applies it to changed files. */
  maxSourceBytes: number;

  constructor(private readonly options: CorpusOptions) {
    this.log = options.log ?? SILENT_LOG;
    this.reader = options.reader ?? readSource;
    this.maxSourceBytes = options.maxSourceBytes ?? DEFAULT_MAX_SOURCE_BYTES;
    this.snapshotRestored = !options.snapshot;
  }

  /**
   * The passage index of the articles as last published. Only articles new or changed since the last index
   * are indexed (into a small segment); with a `pause` hook they are by the time a change is published.
   */
  get index(): PassageIndex {
    if (!this.published) {
      this.published = this.segments.indexOf(this.publication.tokens ?? this.liveTokens(this.publication));
      if (this.options.pause && this.segments.wantsMerge) void this.mergeSegments(this.options.pause);
    }
    return this.published;
  }

  /** How many articles the index holds (without building it). */
  get articleCount(): number {
    return this.publication.byFile.size;
  }

  /** What the last sync restored, read and found unchanged. */
  get lastRun(): Readonly<RunCounts> {
    return this.counts;
  }

  /** Files that are not articles, with the reason. */
  get problems(): SourceProblem[] {
    return this.collect((file, e) => (e.problem ? { file, reason: e.problem } : undefined));
  }

  /** Files indexed despite a problem (invalid UTF-8 repaired). */
  get warnings(): SourceProblem[] {
    return this.collect((file, e) => (e.warning ? { file, reason: e.warning } : undefined));
  }

  /** Whether `file` is a known source (an article or a skipped file). */
  has(file: string): boolean {
    return this.entries.has(file);
  }

  /** The reference libraries found among the sources. */
  get libraries(): Library[] {
    return this.collect((_, e) => e.library);
  }

  /** Each known source with its size and modification time, in order: what a host keys its caches on. */
  stamps(): Array<{ readonly file: string; readonly mtime: number; readonly size: number }> {
    return this.collect((file, e) => ({ file, mtime: e.mtime, size: e.size }));
  }

  article(file: string): Article | undefined {
    const p = this.publication;
    return this.isPublished(p, file) ? this.entries.get(file)?.article : p.byFile.get(file);
  }

  /** Whether `file`'s entry holds its article as published in `p` (see Publication.fromEntries). */
  private isPublished(p: Publication, file: string): boolean {
    return p.fromEntries && !p.byFile.built && (this.changed.size === 0 || !this.changed.has(file));
  }

  onDidChange(listener: () => void): Disposable {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  /** Lists the sources, drops those no longer listed and reads those new or changed; supersedes a sync going on. */
  async sync(options: SyncOptions = {}): Promise<RunCounts> {
    this.run?.cancel();
    const run = (this.run = new CancellationSource());
    const token = anyOf(run.token, options.token);
    const counts: RunCounts = { restored: await this.loadSnapshot(), read: 0, unchanged: 0 };
    this.counts = counts; // this run's own object: a superseded run still finishing cannot count into the next
    const trace = this.options.trace;
    const files = options.files ?? await this.options.fs.list();
    if (token.isCancellationRequested) return counts;
    this.listing = files;
    this.orderMap = undefined;
    const listing = ++this.listings;
    let listed = 0;
    let duplicate = false;
    for (let k = 0; k < files.length; k++) {
      const e = this.entries.get(files[k]!);
      if (!e) continue;
      if (e.listed === listing) duplicate = true;
      else {
        e.listed = listing;
        listed++;
      }
    }
    if (listed !== this.entries.size) {
      const order = this.order();
      for (const file of this.entries.keys()) if (!order.has(file)) this.remove(file); // deleting while iterating a Map is safe
    }
    this.reorder();
    this.listingIsEntries = !duplicate && listed === files.length && listed === this.entries.size;
    trace?.('listing');
    await this.readMany(files, token, options.force ?? false, counts, options.onProgress);
    trace?.('stat');
    if (this.run !== run) return counts; // superseded: the newer run publishes
    if (token.isCancellationRequested) this.log.warn('Indexing cancelled: the index holds the sources read so far.');
    this.run = undefined;
    await this.publish(counts);
    trace?.('publication');
    return counts;
  }

  /**
   * Applies change events: each path is a file or a folder that was created, changed or deleted. Folders
   * are expanded through the host's listing (so its excludes hold); a path that is gone takes every
   * source at or below it away. Publishes once for the whole batch.
   */
  async refresh(paths: readonly string[]): Promise<void> {
    const counts: RunCounts = { restored: 0, read: 0, unchanged: 0 };
    const files = new Set<string>();
    await this.inBatches(paths, async (path) => {
      const stat = await this.statOf(path);
      if (!stat) return this.removeBelow(path);
      if (!stat.directory) {
        if (this.options.fs.accepts(path)) files.add(path);
        return;
      }
      for (const file of await this.options.fs.list(path).catch(() => [])) if (this.options.fs.accepts(file)) files.add(file);
    });
    await this.readMany([...files], NEVER_CANCELLED, false, counts);
    await this.publish(counts);
  }

  /** Indexes `bytes` as the content of `file` (unless a newer read or a removal of it started meanwhile). */
  async upsert(file: string, stat: Pick<SourceStat, 'mtime' | 'size'>, bytes: Uint8Array): Promise<boolean> {
    return this.parse(file, this.begin(file), stat, bytes, NEVER_CANCELLED);
  }

  /** Drops `file`; a read of it still going on is dropped too when it ends. */
  remove(file: string): void {
    this.begin(file);
    const entry = this.entries.get(file);
    if (!entry) return;
    this.entries.delete(file);
    this.reorder();
    this.changed.set(file, ++this.changeCount);
    this.dirtyShards.add(entry.shard);
  }

  /** Publishes the index now (after upserts and removals made directly). */
  async commit(): Promise<void> {
    await this.publish({ restored: 0, read: 0, unchanged: 0 });
  }

  /** Writes the shards of the snapshot that changed since the last save. */
  async saveSnapshot(): Promise<void> {
    const store = this.options.snapshot;
    if (!store) return;
    await this.saveShards(store);
    await this.saveBase(store);
  }

  private async saveShards(store: SnapshotStore): Promise<void> {
    if (this.dirtyShards.size === 0) return;
    const shards = [...this.dirtyShards];
    this.dirtyShards.clear();
    const byShard = new Map<number, SnapshotEntry[]>(shards.map((s) => [s, []]));
    const pause = this.options.pause ?? noPause;
    await inSlices([...this.entries.values()], (e) => {
      if (e.article) byShard.get(e.shard)?.push({ mtime: e.mtime, size: e.size, article: e.article });
    }, pause);
    for (const shard of shards) {
      try {
        await saveShard(store, shard, byShard.get(shard)!, this.options.pause);
      } catch (error) {
        this.dirtyShards.add(shard);
        this.log.warn(`Could not save the sources snapshot (${shardName(shard)}): ${String(error)}`);
      }
      await this.options.pause?.();
    }
  }

  /**
   * Saves the index's base segment when it is not the one saved or restored already, so the next session
   * reads it back instead of indexing. Without a pause hook (the CLI, whose index is never merged in the
   * background), segments added since the base are merged first when a merge is due, so that what the next
   * session must index afresh stays small.
   */
  private async saveBase(store: SnapshotStore): Promise<void> {
    if (!store.writeBytes) return;
    if (!this.options.pause && this.published && this.segments.wantsMerge && (await this.segments.merge(noPause))) this.published = undefined;
    const base = this.segments.base;
    if (!base || base === this.savedBase) return;
    await this.options.pause?.();
    const stampOf = (tokens: ArticleTokens): { mtime: number; size: number } | undefined => {
      const entry = this.entries.get(tokens.article.file);
      return entry?.tokens === tokens || entry?.tokens?.hashes === tokens.hashes ? entry : undefined;
    };
    try {
      if (await saveIndex(store, base, stampOf, this.options.pause)) this.savedBase = base;
    } catch (error) {
      this.log.warn(`Could not save the passage index: ${String(error)}`);
    }
  }

  get hasUnsavedChanges(): boolean {
    return this.dirtyShards.size > 0;
  }

  /** Fills the corpus from the last session's snapshot, once; returns how many articles it restored. */
  private async loadSnapshot(): Promise<number> {
    const store = this.options.snapshot;
    if (this.snapshotLoaded || !store) return 0;
    this.snapshotLoaded = true;
    let restored = 0;
    const trace = this.options.trace;
    const rewrite = await loadShards(store, this.log, (shard, entries) => {
      for (const { mtime, size, article } of entries) {
        if (this.entries.has(article.file)) continue;
        this.entries.set(article.file, newEntry({ mtime, size, shard }, { article }));
        restored++;
      }
    }, this.options.pause);
    this.snapshotRestored = true;
    for (const shard of rewrite) this.dirtyShards.add(shard);
    if (restored > 0) this.reorder();
    trace?.('shards and entries');
    if (restored === 0) return 0;
    const saved = await loadIndex(store, this.log, this.options.pause);
    trace?.('index parts');
    await this.restoreIndex(saved);
    trace?.('hashes');
    return restored;
  }

  /**
   * Gives the restored articles the word hashes of the saved index and makes its segment the base, when the
   * files are as they were at the save (path, size, modification time): those are never tokenised or indexed
   * again. An article whose file differs is dead in the base, and indexed afresh like any changed file.
   */
  private async restoreIndex(saved: DecodedIndex | undefined): Promise<void> {
    if (!saved) return;
    const pause = this.options.pause;
    const { files, mtimes, sizes, firstWord, hashes } = saved;
    const articles: ArticleTokens[] = [];
    let live = 0;
    for (let k = 0; k < files.length; k++) {
      const entry = this.entries.get(files[k]!);
      if (entry?.article && !entry.tokens && entry.mtime === mtimes[k] && entry.size === sizes[k]) {
        articles.push((entry.tokens = new SavedTokens(entry.article, hashes, firstWord, k)));
        live++;
      } else {
        articles.push(new SavedTokens(DEAD_ARTICLE, hashes, firstWord, k));
      }
      if (pause && k % RESTORE_SLICE === RESTORE_SLICE - 1) await pause();
    }
    if (live === 0) return;
    const base = Segment.fromArrays(articles, firstWord, saved.bucketStart, saved.postings);
    // Segments built meanwhile (a host indexed before its first sync): the hashes given out are indexed afresh.
    if (this.segments.restore(base)) this.savedBase = base;
  }

  private async readMany(
    files: readonly string[], token: CancellationToken, force: boolean, counts: RunCounts, onProgress?: (done: number, total: number) => void,
  ): Promise<void> {
    let done = 0;
    await this.inBatches(files, (file) => this.readOne(file, token, force, counts), () => onProgress?.((done = Math.min(files.length, done + this.batchSize)), files.length), token);
  }

  /** Runs `work` on every item, `readsAtOnce` at a time, pausing between batches. */
  private async inBatches<T>(items: readonly T[], work: (item: T) => Promise<void>, afterBatch?: () => void, token = NEVER_CANCELLED): Promise<void> {
    for (let k = 0; k < items.length && !token.isCancellationRequested; k += this.batchSize) {
      await Promise.all(items.slice(k, k + this.batchSize).map(work));
      afterBatch?.();
      await this.options.pause?.();
    }
  }

  private get batchSize(): number {
    return this.options.readsAtOnce ?? READS_AT_ONCE;
  }

  /**
   * Stats `file` and reads it when it is new or changed. The stat takes no generation of its own (at a cold start
   * every file is stat'ed and almost none read: a generation each was a map entry per file, kept for good); it
   * is dropped if a read or a removal of the file started meanwhile, and a read takes its generation after it.
   */
  private async readOne(file: string, token: CancellationToken, force: boolean, counts: RunCounts): Promise<void> {
    if (token.isCancellationRequested) return;
    const seen = this.generations.get(file);
    let stat: SourceStat | undefined;
    try {
      stat = await this.options.fs.stat(file);
    } catch {
      stat = undefined;
    }
    if (this.generations.get(file) !== seen || token.isCancellationRequested) return;
    if (!stat) return this.remove(file);
    if (stat.directory) return;
    const known = this.entries.get(file);
    if (!force && known && known.mtime === stat.mtime && known.size === stat.size) {
      counts.unchanged++;
      if (seen !== undefined) this.begin(file); // a read of it may be going on: the file as it is now wins
      return;
    }
    const generation = this.begin(file);
    counts.read++;
    const tooLarge = sizeProblem(stat.size, this.maxSourceBytes);
    if (tooLarge) return this.apply(file, newEntry({ mtime: stat.mtime, size: stat.size, shard: shardOf(file) }, { problem: tooLarge }));
    let bytes: Uint8Array;
    try {
      bytes = await this.options.fs.read(file);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const still = await this.statOf(file);
      if (!this.current(file, generation, token)) return;
      if (still && !still.directory) return this.apply(file, newEntry({ mtime: stat.mtime, size: stat.size, shard: shardOf(file) }, { problem: `cannot be read: ${message}` }));
      this.log.info(`${file}: not read (${message}); it may have been deleted`);
      return this.remove(file);
    }
    await this.parse(file, generation, stat, bytes, token);
  }

  private async parse(file: string, generation: number, stat: Pick<SourceStat, 'mtime' | 'size'>, bytes: Uint8Array, token: CancellationToken): Promise<boolean> {
    // Reads that resolve together (a batch from memory or a cache) come here together: the host's pause lets them
    // go on one at a time while its slice lasts (time-slices.ts).
    await this.options.pause?.();
    let read: ReadResult;
    try {
      read = await this.reader(file, bytes, this.maxSourceBytes);
    } catch (error) {
      read = { kind: 'skipped', reason: `cannot be read: ${error instanceof Error ? error.message : String(error)}` };
    }
    if (!this.current(file, generation, token)) return false;
    const base = { mtime: stat.mtime, size: stat.size, shard: shardOf(file) };
    if (read.kind === 'skipped') this.apply(file, newEntry(base, { problem: read.reason }));
    else if (read.kind === 'library') this.apply(file, newEntry(base, { library: read.library, warning: read.warning }));
    else {
      // Kept as its saved bytes and tokenized from the text at hand (entry.ts): the parsed article dies young,
      // where collecting it is cheap (kept for a while, it would be the old generation's garbage).
      const entry = new ArticleEntry(base, read.article, read.warning);
      await this.options.pause?.();
      if (!this.current(file, generation, token)) return false;
      this.apply(file, entry);
    }
    return true;
  }

  private apply(file: string, entry: Entry): void {
    if (!this.entries.has(file)) this.reorder();
    this.entries.set(file, entry);
    this.changed.set(file, ++this.changeCount);
    this.dirtyShards.add(entry.shard);
    if (entry.problem) this.log.info(`Skipped ${file}: ${entry.problem}`);
    if (entry.warning) this.log.warn(`${file}: ${entry.warning}`);
  }

  /** Starts a new generation for `file`: reads of it started earlier no longer count. */
  private begin(file: string): number {
    this.generations.set(file, ++this.generation);
    return this.generation;
  }

  private current(file: string, generation: number, token: CancellationToken): boolean {
    return this.generations.get(file) === generation && !token.isCancellationRequested;
  }

  private removeBelow(path: string): void {
    const prefix = path.endsWith('/') ? path : `${path}/`;
    for (const file of [...this.entries.keys()]) if (file === path || file.startsWith(prefix)) this.remove(file);
    this.begin(path);
  }

  private async statOf(path: string): Promise<SourceStat | undefined> {
    try {
      return await this.options.fs.stat(path);
    } catch {
      return undefined;
    }
  }

  /** Files in listing order; files added by events since the last listing come after, in arrival order. */
  private reorder(): void {
    this.inOrder = undefined;
    this.orderVersion++;
    this.listingIsEntries = false;
  }

  /** Each file of the last listing with its position. */
  private order(): Map<string, number> {
    if (!this.orderMap) {
      const order = new Map<string, number>();
      for (let k = 0; k < this.listing.length; k++) order.set(this.listing[k]!, k);
      this.orderMap = order;
    }
    return this.orderMap;
  }

  /**
   * The files of `entries` in listing order, worked out in steps, each a pass over the files (a few milliseconds;
   * a first indexing orders ~37,000 at ~100 MB of sources). A file come or gone meanwhile starts them over.
   */
  private *orderedFiles(): Generator<void, readonly string[]> {
    for (;;) {
      if (!this.inOrder && this.listingIsEntries) this.inOrder = this.listing.slice();
      if (this.inOrder) return this.inOrder;
      const version = this.orderVersion;
      const listing = this.listing;
      const changed = (): boolean => this.orderVersion !== version || this.listing !== listing;
      const order = this.order();
      yield;
      if (changed()) continue;
      // Sorted as numbers (rank, then position in `entries`) by the native typed-array sort: no comparator calls.
      const files = [...this.entries.keys()];
      const keys = new Float64Array(files.length);
      for (let k = 0; k < files.length; k++) keys[k] = (order.get(files[k]!) ?? order.size + k) * ORDER_SPAN + k;
      yield;
      if (changed()) continue;
      keys.sort();
      yield;
      if (changed()) continue;
      this.inOrder = Array.from(keys, (key) => files[key % ORDER_SPAN]!);
    }
  }

  /** What `pick` gives for each entry, in order, where it gives something (a plain loop: it runs per publish). */
  private collect<T>(pick: (file: string, entry: Entry) => T | undefined): T[] {
    const picked: T[] = [];
    for (const file of runSteps(this.orderedFiles())) {
      const value = pick(file, this.entries.get(file)!);
      if (value !== undefined) picked.push(value);
    }
    return picked;
  }

  /**
   * Makes the current articles the published ones and tells the listeners. With a `pause` hook, the articles
   * new since the last index are indexed first, a slice at a time, and until then the previous index stays
   * published; when files only changed in place, the last publication is patched (no pass over every source).
   */
  private async publish(counts: RunCounts): Promise<void> {
    const ticket = ++this.publishing;
    const covered = this.changeCount;
    const pause = this.options.pause;
    const next = (pause && (await this.patched(pause))) || (await this.rebuilt(pause));
    if (pause && next.tokens) await this.segments.prepare(next.tokens, pause);
    if (ticket !== this.publishing) return; // a newer publish started meanwhile, over newer entries
    for (const [file, change] of this.changed) if (change <= covered) this.changed.delete(file);
    for (const [file, article] of next.updates) next.byFile.set(file, article);
    this.publication = next;
    this.published = undefined;
    const { restored, read, unchanged } = counts;
    this.log.info(`Indexed ${next.byFile.size} source(s); ${next.problems} skipped; ${read} file(s) read, ${unchanged} unchanged, ${restored} restored from the last session.`);
    for (const listener of [...this.listeners]) listener();
  }

  /** A publication made afresh from every entry; with a pause hook, it pauses between passes over them. */
  private async rebuilt(pause: Pause | undefined): Promise<Publication> {
    const own: Article[] = [];
    const libraries: Library[] = [];
    let problems = 0;
    let ownFiles = true;
    const restored = this.snapshotRestored;
    const files = pause ? await runStepsPausing(this.orderedFiles(), pause) : runSteps(this.orderedFiles());
    await inSlices(files, (file) => {
      const e = this.entries.get(file)!;
      if (e.article) {
        own.push(e.article);
        if (e.article.file !== file) ownFiles = false;
      }
      if (e.library) libraries.push(e.library);
      if (e.problem) problems++;
    }, pause ?? noPause);
    const articles = libraries.length ? linkLibraries(own, libraries) : own;
    // Without a pause hook, the map by file is made only if read (ArticlesByFile); with one, a slice at a time now.
    const fromEntries = !pause && restored && ownFiles && libraries.length === 0;
    let byFile = new ArticlesByFile(articles);
    if (!fromEntries) {
      await pause?.();
      const map = new Map<string, Article>();
      await inSlices(articles, (a) => map.set(a.file, a), pause ?? noPause);
      byFile = new ArticlesByFile(articles, map);
    }
    const base = { byFile, fromEntries, updates: [], orderVersion: this.orderVersion, problems, hasLibraries: libraries.length > 0 };
    if (!pause) return base;
    await pause();
    const tokens = await this.tokenized(byFile, pause);
    const positionOf = new Map<string, number>();
    await inSlices(tokens, (t, k) => positionOf.set(t.article.file, k), pause);
    return { ...base, tokens, positionOf };
  }

  /**
   * The last publication with the files changed since put in their places, when nothing else changed: no
   * file came or went, none became or stopped being an article, no reference library is involved.
   */
  private async patched(pause: Pause): Promise<Publication | undefined> {
    const last = this.publication;
    if (!last?.tokens || !last.positionOf || last.hasLibraries || last.orderVersion !== this.orderVersion) return undefined;
    const changes: Array<{ file: string; at: number; entry: Entry & { article: Article } }> = [];
    for (const file of this.changed.keys()) {
      const at = last.positionOf.get(file);
      const entry = this.entries.get(file);
      if (at === undefined || !entry?.article || entry.library) return undefined;
      changes.push({ file, at, entry: entry as Entry & { article: Article } });
    }
    const tokens = last.tokens.slice();
    let words = 0;
    for (const { at, entry } of changes) {
      tokens[at] = entry.tokens ??= tokenizeArticle(entry.article);
      if ((words += tokens[at].hashes.length) >= TOKENIZE_SLICE_WORDS) {
        words = 0;
        await pause();
      }
    }
    return { ...last, tokens, updates: changes.map(({ file, entry }) => [file, entry.article]) };
  }

  /** The articles with their word hashes, in order; the library-linked article (fuller metadata) rides along. */
  private liveTokens(publication: Publication): ArticleTokens[] {
    // Word hashes depend on the body alone, so they are kept per entry for as long as its file is unchanged.
    return this.collect((file, e) => {
      if (!e.article) return undefined;
      const tokens = (e.tokens ??= tokenizeArticle(e.article));
      const linked = this.isPublished(publication, file) ? e.article : publication.byFile.get(file) ?? e.article;
      return linked === tokens.article ? tokens : { article: linked, hashes: tokens.hashes };
    });
  }

  /** liveTokens, tokenizing the articles new since the last index a batch at a time, pausing between batches. */
  private async tokenized(byFile: ArticlesByFile, pause: Pause): Promise<ArticleTokens[]> {
    const entries = [...this.entries.values()];
    let words = 0;
    await inSlices(entries, (e) => {
      if (!e.article || e.tokens) return;
      e.tokens = tokenizeArticle(e.article);
      words += e.tokens.hashes.length;
    }, pause, () => {
      const full = words >= TOKENIZE_SLICE_WORDS;
      if (full) words = 0;
      return full;
    });
    const files = await runStepsPausing(this.orderedFiles(), pause);
    const tokens: ArticleTokens[] = [];
    await inSlices(files, (file) => {
      const e = this.entries.get(file);
      if (!e?.article) return;
      const own = (e.tokens ??= tokenizeArticle(e.article));
      const linked = byFile.get(file) ?? e.article;
      tokens.push(linked === own.article ? own : { article: linked, hashes: own.hashes });
    }, pause);
    return tokens;
  }

  /** Merges the index's segments in the background; the next index asked for reads the merged base. */
  private async mergeSegments(pause: Pause): Promise<void> {
    try {
      if (await this.segments.merge(pause)) this.published = undefined;
    } catch (error) {
      this.log.warn(`Merging the index segments failed (the index stays as it was): ${String(error)}`);
    }
  }
}

const SLICE_ITEMS = 256;
/** Restored articles given their word hashes between two pauses (each an object and a map lookup). */
const RESTORE_SLICE = 4096;
/** More files than a corpus holds: a sort key is rank * ORDER_SPAN + position, exact below 2^53. */
const ORDER_SPAN = 2 ** 24;
const noPause = async (): Promise<void> => undefined;

/**
 * Runs `work` on every item, pausing after every SLICE_ITEMS of them (each costs a memory access or more),
 * and after any item for which `full` says a slice of heavier work is done.
 */
async function inSlices<T>(items: readonly T[], work: (item: T, k: number) => void, pause: Pause, full = (): boolean => false): Promise<void> {
  for (let k = 0; k < items.length; k++) {
    work(items[k]!, k);
    if (k % SLICE_ITEMS === SLICE_ITEMS - 1 || full()) await pause();
  }
}

/** Cancelled when either token is. */
function anyOf(a: CancellationToken, b: CancellationToken | undefined): CancellationToken {
  if (!b) return a;
  return { get isCancellationRequested(): boolean { return a.isCancellationRequested || b.isCancellationRequested; } };
}
