/**
 * The published articles by file. Without a pause hook (the CLI), the map is made only when first read: at a
 * cold start over 384,000 files it was a pass of map insertions that no check needs, since the Corpus answers
 * most questions from its entries instead (Corpus.article). With a pause hook, the Corpus fills it a slice at a
 * time beforehand, so no read of it later holds the editor's thread for the whole corpus.
 */
import type { Article } from '../sources/article';

export class ArticlesByFile {
  constructor(private readonly articles: readonly Article[], private map?: Map<string, Article>) {}

  /** Whether the map is made (otherwise the articles are one per file, each under its own entry's file). */
  get built(): boolean {
    return this.map !== undefined;
  }

  get size(): number {
    return this.map?.size ?? this.articles.length;
  }

  get(file: string): Article | undefined {
    return this.made().get(file);
  }

  set(file: string, article: Article): void {
    this.made().set(file, article);
  }

  private made(): Map<string, Article> {
    if (!this.map) {
      const map = new Map<string, Article>();
      for (const a of this.articles) map.set(a.file, a);
      this.map = map;
    }
    return this.map;
  }
}
