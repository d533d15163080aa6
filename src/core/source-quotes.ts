/**
 * What the indexed sources quote a person saying: every source quotation whose speaker is that person.
 * Only articles that mention the surname at all are read, and each article's quotations are worked out once.
 */
import { attributeQuotations } from './attribution/attribute';
import { sameActor, surname } from './language/names';
import { extractQuotations } from './quotes/extract';
import type { Article } from './sources/article';
import { escapeRegExp } from './text/regexp';

export interface SourceQuote {
  readonly article: Article;
  /** Offsets of the quotation in `article.body`. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly speaker: string;
}

const quotedIn = new WeakMap<Article, SourceQuote[]>();

/** The attributed quotations of one article, worked out once per article. */
export function quotationsOf(article: Article): SourceQuote[] {
  let found = quotedIn.get(article);
  if (!found) {
    const extraction = extractQuotations(article.body);
    const attributions = attributeQuotations(extraction.prose, extraction);
    found = extraction.quotations.flatMap((q, k) => {
      const speaker = attributions[k]?.speaker.name;
      return speaker ? [{ article, start: q.start, end: q.end, text: article.body.slice(q.start, q.end), speaker }] : [];
    });
    quotedIn.set(article, found);
  }
  return found;
}

export function quotesBySpeaker(articles: Iterable<Article>, name: string, limit = 50): SourceQuote[] {
  const family = surname(name);
  if (family.length < 2) return [];
  const written = name.trim().split(/\s+/).pop() ?? family; // as spelled, accents and all
  const mentions = new RegExp(`${escapeRegExp(family)}|${escapeRegExp(written)}`, 'i');
  const quotes: SourceQuote[] = [];
  for (const article of articles) {
    if (!mentions.test(article.body)) continue;
    for (const q of quotationsOf(article)) {
      if (sameActor(q.speaker, name)) quotes.push(q);
      if (quotes.length >= limit) return quotes;
    }
  }
  return quotes;
}
