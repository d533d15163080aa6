/**
 * What the Corpus keeps of each source file: its stamp (modification time and size) and snapshot shard, and
 * what reading it gave: an article with its word hashes, a reference library, or why it was skipped.
 */
import type { ArticleTokens } from '../index/article-tokens';
import { TokenizedArticle } from '../index/stored-article';
import type { Library } from '../library/entry';
import type { Article } from '../sources/article';

export interface Entry {
  readonly mtime: number;
  readonly size: number;
  readonly shard: number;
  readonly article?: Article;
  /** A reference library (BibTeX, CSL-JSON): its entries give the articles they describe their metadata. */
  readonly library?: Library;
  /** The article's word hashes, worked out when an index is first built over it (a warm CLI run may never). */
  tokens?: ArticleTokens;
  readonly problem?: string;
  readonly warning?: string;
  /** The number of the last listing that named the file (a duplicate is told by it without a set of the files). */
  listed?: number;
}

export type Stamp = Pick<Entry, 'mtime' | 'size' | 'shard'>;

/**
 * An entry with every field present, always in the same order: V8 then gives all entries one hidden class. Made
 * by spreading (`{ ...stamp, article }`) and then given `listed` and `tokens`, each entry had a hidden class, a
 * descriptor array and a property array of its own: ~115,000 more objects at ~100 MB of sources for every full
 * collection to mark.
 */
export function newEntry(stamp: Stamp, what: Pick<Entry, 'article' | 'library' | 'problem' | 'warning'>): Entry {
  return {
    mtime: stamp.mtime, size: stamp.size, shard: stamp.shard, article: what.article, library: what.library, tokens: undefined,
    problem: what.problem, warning: what.warning, listed: undefined,
  };
}

/**
 * A file just read as an article: the entry is the article itself, stored as its saved bytes with its word
 * hashes (stored-article.ts), and is its own tokens. An entry, a stored article and their tokens were three
 * objects a file, 77,000 more at ~100 MB of sources for every full collection to mark, in a pause the
 * editor's thread waits out. (An article restored from a snapshot keeps a plain entry: its hashes come later.)
 */
export class ArticleEntry extends TokenizedArticle implements Entry {
  readonly mtime: number;
  readonly size: number;
  readonly shard: number;
  readonly warning: string | undefined;
  listed: number | undefined = undefined;

  /** `article` is parsed from the file's text: it is stored and tokenized now, and may be dropped. */
  constructor(stamp: Stamp, article: Article, warning: string | undefined) {
    super(article);
    this.mtime = stamp.mtime;
    this.size = stamp.size;
    this.shard = stamp.shard;
    this.warning = warning;
  }

  get tokens(): ArticleTokens {
    return this;
  }
}
