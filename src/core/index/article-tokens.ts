/**
 * The words of a source article in compact form: where each starts in the article body, its length, and its
 * hash. This is what the index keeps per article (10 bytes a word), and what the host may cache per file so
 * that re-indexing after one file changes does not re-read the others.
 */
import type { Article } from '../sources/article';
import { scanWords } from '../text/words';

export interface ArticleTokens {
  readonly article: Article;
  /** Offsets in `article.body`. */
  readonly starts: Int32Array;
  /** Length of each word in the body (clamped to 65,535). */
  readonly lengths: Uint16Array;
  readonly hashes: Int32Array;
}

export function tokenizeArticle(article: Article): ArticleTokens {
  const words = scanWords(article.body);
  const lengths = new Uint16Array(words.starts.length);
  for (let i = 0; i < lengths.length; i++) lengths[i] = Math.min(0xffff, words.ends[i]! - words.starts[i]!);
  return { article, starts: words.starts, lengths, hashes: words.hashes };
}
