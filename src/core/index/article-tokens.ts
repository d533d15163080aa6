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

/** `body` is the article's, when it is at hand already (a stored article would decode it again). */
export function tokenizeArticle(article: Article, body = article.body): ArticleTokens {
  return { article, hashes: scanWordHashes(body, sharedHashes) };
}

/** Words of a shared buffer of hashes; an article with more gets one of its own. */
const SHARED_WORDS = 256 * 1024;
let shared = new Int32Array(0);
let used = 0;

/**
 * Room for an article's hashes in a buffer shared with the articles tokenized before it: a buffer of its own
 * is two objects more an article for every full garbage collection to mark and sweep (77,000 at ~100 MB of
 * sources). A buffer lives while any of its articles does.
 */
function sharedHashes(length: number): Int32Array {
  if (length > SHARED_WORDS / 8) return new Int32Array(length);
  if (used + length > shared.length) {
    shared = new Int32Array(SHARED_WORDS);
    used = 0;
  }
  used += length;
  return shared.subarray(used - length, used);
}
