/**
 * What the index keeps per source article: the hash of each word, 4 bytes a word. Where the words are in the
 * text is worked out again, on demand, for the few articles a check actually matches (word-positions.ts);
 * keeping positions for the whole corpus would double the index's memory. The host may cache these per file
 * so that re-indexing after one file changes does not re-read the others.
 */
import type { Article } from '../sources/article';
import { scanWordHashes } from '../text/words';
import { SharedBuffers } from './shared-buffers';

export interface ArticleTokens {
  readonly article: Article;
  readonly hashes: Int32Array;
}

export function tokenizeArticle(article: Article): ArticleTokens {
  return { article, hashes: wordHashes(article.body) };
}

/** The hash of each word of `body`, in a buffer shared with other articles' hashes. */
export function wordHashes(body: string): Int32Array {
  return sharedHashes.share(scanWordHashes(body));
}

/** Articles' word hashes, 1 MB buffers shared by many articles (shared-buffers.ts). */
const sharedHashes = new SharedBuffers<Int32Array>((length) => new Int32Array(length), 256 * 1024);
