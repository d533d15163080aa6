/**
 * A restored article's word hashes (saved-index.ts): a view of the saved index's words, made the first time
 * they are read. A view is an object more per article, 384,000 of them at 1 GB of sources, and the first index
 * after a restart over unchanged files reads none (it is the restored base as it is); a check reads the hashes
 * of the few articles it aligns against.
 */
import type { Article } from '../sources/article';
import type { ArticleTokens } from './article-tokens';

export class SavedTokens implements ArticleTokens {
  #hashes: Int32Array | undefined;

  constructor(readonly article: Article, private readonly words: Int32Array, private readonly firstWord: Int32Array, private readonly at: number) {}

  /** The same view every time: the index finds an article by the identity of its hashes (index-segments.ts). */
  get hashes(): Int32Array {
    return (this.#hashes ??= this.words.subarray(this.firstWord[this.at]!, this.firstWord[this.at + 1]!));
  }
}
