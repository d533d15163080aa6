/**
 * What the index keeps per source article: the hash of each word, 4 bytes a word. Where the words are in the
 * text is worked out again, on demand, for the few articles a check actually matches (word-positions.ts);
 * keeping positions for the whole corpus would double the index's memory. The host may cache these per file
 * so that re-indexing after one file changes does not re-read the others.
 */
import type { Article } from '../sources/article';
import { scanWordHashes } from '../text/words';

export interface ArticleTokens {
  readonly article: Article;
  readonly hashes: Int32Array;
}

export function tokenizeArticle(article: Article): ArticleTokens {
  return { article, hashes: scanWordHashes(article.body) };
}
