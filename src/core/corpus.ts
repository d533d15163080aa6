/**
 * Builds the passage index from source files that a host has read. Files that are not articles are skipped
 * with a reason; nothing here throws on bad input.
 */
import { tokenizeArticle, type ArticleTokens } from './index/article-tokens';
import { PassageIndex } from './index/passage-index';
import type { Library } from './library/entry';
import { linkLibraries } from './library/link';
import type { SourceProblem } from './sources/article';
import { readSource, DEFAULT_MAX_SOURCE_BYTES } from './sources/read-source';

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

/** Reads one file into index-ready tokens, or the reason it is skipped. */
export function prepareSource(source: SourceFile, maxBytes = DEFAULT_MAX_SOURCE_BYTES): { tokens?: ArticleTokens; library?: Library; problem?: SourceProblem; warning?: SourceProblem } {
  const read = readSource(source.file, source.bytes, maxBytes);
  if (read.kind === 'skipped') return { problem: { file: source.file, reason: read.reason } };
  if (read.kind === 'library') return read.warning ? { library: read.library, warning: { file: source.file, reason: read.warning } } : { library: read.library };
  const tokens = tokenizeArticle(read.article);
  return read.warning ? { tokens, warning: { file: source.file, reason: read.warning } } : { tokens };
}

export function indexSources(sources: Iterable<SourceFile>, maxBytes = DEFAULT_MAX_SOURCE_BYTES): IndexedSources {
  const articles: ArticleTokens[] = [];
  const libraries: Library[] = [];
  const skipped: SourceProblem[] = [];
  const warnings: SourceProblem[] = [];
  for (const source of sources) {
    const prepared = prepareSource(source, maxBytes);
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
