/**
 * What the indexed sources quote a person saying: every source quotation whose speaker is that person.
 * Only articles that mention the surname at all are read; each article's quotations are worked out once (source-speakers.ts).
 */
import { sameActor, surname } from './language/names';
import { attributedQuotations, type SourceQuote } from './source-speakers';
import type { Article } from './sources/article';
import { escapeRegExp } from './text/regexp';

export type { SourceQuote } from './source-speakers';

export function quotesBySpeaker(articles: Iterable<Article>, name: string, limit = 50): SourceQuote[] {
  const family = surname(name);
  if (family.length < 2) return [];
  const written = name.trim().split(/\s+/).pop() ?? family; // as spelled, accents and all
  const mentions = new RegExp(`${escapeRegExp(family)}|${escapeRegExp(written)}`, 'i');
  const quotes: SourceQuote[] = [];
  for (const article of articles) {
    if (!mentions.test(article.body)) continue;
    for (const q of attributedQuotations(article)) {
      if (sameActor(q.speaker, name)) quotes.push(q);
      if (quotes.length >= limit) return quotes;
    }
  }
  return quotes;
}
