/**
 * Whom a source article attributes a passage to. The article's own quotations and their attributions are
 * worked out once per article (on first need) and remembered for as long as the article is alive.
 */
import { attributeQuotations, type Attribution } from './attribution/attribute';
import { extractQuotations, type Quotation } from './quotes/extract';
import type { Article } from './sources/article';

interface ArticleQuotes {
  readonly quotations: readonly Quotation[];
  readonly attributions: ReadonlyArray<Attribution | undefined>;
}

const cache = new WeakMap<Article, ArticleQuotes>();

function quotesOf(article: Article): ArticleQuotes {
  let found = cache.get(article);
  if (!found) {
    const extraction = extractQuotations(article.body);
    found = { quotations: extraction.quotations, attributions: attributeQuotations(extraction.prose, extraction) };
    cache.set(article, found);
  }
  return found;
}

/** The speaker of the source quotation that contains body offsets [start, end), or null. */
export function sourceSpeaker(article: Article, start: number, end: number): string | null {
  const { quotations, attributions } = quotesOf(article);
  for (let k = 0; k < quotations.length; k++) {
    const q = quotations[k]!;
    if (q.start <= end && start <= q.end) return attributions[k]?.speaker.name || null;
  }
  return null;
}
