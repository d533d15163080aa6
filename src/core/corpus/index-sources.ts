/**
 * Builds the passage index from source files that a host has read. Files that are not articles are skipped
 * with a reason; nothing here throws on bad input.
 */
import { throwIfCancelled, type CancellationToken } from '../cancellation';
import { tokenizeArticle, type ArticleTokens } from '../index/article-tokens';
import { PassageIndex } from '../index/passage-index';
import type { Library } from '../library/entry';
import { linkLibraries } from '../library/link';
import type { SourceProblem } from '../sources/article';
import { readSource, readSourceAsync, DEFAULT_MAX_SOURCE_BYTES, type ReadResult, type SourceReaders } from '../sources/read-source';

export interface SourceFile {
  readonly file: string;
  readonly bytes: Uint8Array;
}

export interface IndexedSources {
  readonly index: PassageIndex;
  readonly skipped: SourceProblem[];
  /** Files indexed despite a problem (invalid UTF-8 repaired). */
  readonly warnings: SourceProblem[];
}

export interface PreparedSource {
  readonly tokens?: ArticleTokens;
  readonly library?: Library;
  readonly problem?: SourceProblem;
  readonly warning?: SourceProblem;
}

/** Reads one file into index-ready tokens (or a library), or the reason it is skipped. */
export function prepareSource(source: SourceFile, maxBytes = DEFAULT_MAX_SOURCE_BYTES): PreparedSource {
  return prepared(source, readSource(source.file, source.bytes, maxBytes));
}

/** prepareSource for every format, PDF included (its parser is loaded through `readers` on first use). */
export async function prepareSourceAsync(source: SourceFile, maxBytes = DEFAULT_MAX_SOURCE_BYTES, readers: SourceReaders = {}): Promise<PreparedSource> {
  return prepared(source, await readSourceAsync(source.file, source.bytes, maxBytes, readers));
}

function prepared(source: SourceFile, read: ReadResult): PreparedSource {
  if (read.kind === 'skipped') return { problem: { file: source.file, reason: read.reason } };
  if (read.kind === 'library') return read.warning ? { library: read.library, warning: { file: source.file, reason: read.warning } } : { library: read.library };
  const tokens = tokenizeArticle(read.article);
  return read.warning ? { tokens, warning: { file: source.file, reason: read.warning } } : { tokens };
}

export function indexSources(sources: Iterable<SourceFile>, maxBytes = DEFAULT_MAX_SOURCE_BYTES): IndexedSources {
  return collect([...sources].map((source) => prepareSource(source, maxBytes)));
}

/** indexSources for every format, PDF included; `token` is looked at between files (cancelled: throws Cancelled). */
export async function indexSourcesAsync(
  sources: Iterable<SourceFile>, maxBytes = DEFAULT_MAX_SOURCE_BYTES, readers: SourceReaders = {}, token?: CancellationToken,
): Promise<IndexedSources> {
  const all: PreparedSource[] = [];
  for (const source of sources) {
    throwIfCancelled(token, 'Indexing');
    all.push(await prepareSourceAsync(source, maxBytes, readers));
  }
  throwIfCancelled(token, 'Indexing');
  return collect(all);
}

function collect(preparedSources: readonly PreparedSource[]): IndexedSources {
  const articles: ArticleTokens[] = [];
  const libraries: Library[] = [];
  const skipped: SourceProblem[] = [];
  const warnings: SourceProblem[] = [];
  for (const prepared of preparedSources) {
    if (prepared.tokens) articles.push(prepared.tokens);
    if (prepared.library) libraries.push(prepared.library);
    if (prepared.problem) skipped.push(prepared.problem);
    if (prepared.warning) warnings.push(prepared.warning);
  }
  return { index: PassageIndex.build(withLibraries(articles, libraries)), skipped, warnings };
}

/** The articles with the metadata of the library entries that describe them (keys, authors, dates). */
export function withLibraries(articles: readonly ArticleTokens[], libraries: readonly Library[]): ArticleTokens[] {
  if (libraries.length === 0) return [...articles];
  const linked = linkLibraries(articles.map((t) => t.article), libraries);
  return articles.map((t, k) => (linked[k] === t.article ? t : { ...t, article: linked[k]! }));
}
