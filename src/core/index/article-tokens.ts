/**
 * The words of a source article in compact form: where each starts and ends in the article body, and its
 * hash. This is what the index keeps per article (10 bytes a word), and what the host may cache per file
 * so that re-indexing after one file changes does not re-read the others.
 */
import type { Article } from '../sources/article';
import { normalize } from '../text/normalize';
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
  const { text, map } = normalize(article.body);
  const words = scanWords(text);
  const n = words.hashes.length;
  const starts = new Int32Array(n);
  const lengths = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    starts[i] = map.toOriginal(words.starts[i]!);
    lengths[i] = Math.min(0xffff, map.toOriginal(words.ends[i]!) - starts[i]!);
  }
  return { article, starts, lengths, hashes: Int32Array.from(words.hashes) };
}
