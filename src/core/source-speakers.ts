/**
 * Whom a source article attributes its quotations to. Each article is read once, whole (coreference needs the
 * names before a passage: `Kim Lee, the minister, ...` three paragraphs before `the minister said`), and the
 * reading is kept with the article: a check asks again on every keystroke, and the sidebar asks per person.
 */
import { attributeQuotations } from './attribution/attribute';
import { extractQuotations } from './quotes/extract';
import type { Article } from './sources/article';
import { segmentAt } from './sources/segments';

export interface SourceQuote {
  readonly article: Article;
  /** Offsets of the quotation in `article.body`. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly speaker: string;
  /** How sure the reading of the source is (see attribution/attribute.ts). */
  readonly confidence: number;
  /** The words naming the speaker where the quotation is attributed (`Clinton`, `he`), before coreference. */
  readonly namedAs: string;
}

const quotedIn = new WeakMap<Article, SourceQuote[]>();

/** The article's quotations that name a speaker, in text order. */
export function attributedQuotations(article: Article): readonly SourceQuote[] {
  let found = quotedIn.get(article);
  if (!found) {
    const extraction = extractQuotations(article.body);
    const attributions = attributeQuotations(extraction.prose, extraction);
    found = extraction.quotations.flatMap((q, k) => {
      const attribution = attributions[k];
      if (!attribution) return [];
      return [{ article, start: q.start, end: q.end, text: article.body.slice(q.start, q.end), speaker: attribution.speaker.name, confidence: attribution.confidence, namedAs: article.body.slice(attribution.speaker.start, attribution.speaker.end) }];
    });
    quotedIn.set(article, found);
  }
  return found;
}

/** Who says the words at body offsets [start, end): the source quotation there, else a transcript's voice. */
export function sourceSpeaker(article: Article, start: number, end: number): { speaker: string; confidence: number; namedAs: string } | null {
  const quoted = attributedQuotations(article).find((q) => q.start <= end && start <= q.end);
  if (quoted) return quoted;
  // A transcript's cue names its speaker outright; words the speaker quotes from someone else keep that someone.
  const voice = segmentAt(article, start)?.speaker;
  return voice === undefined ? null : { speaker: voice, confidence: 1, namedAs: voice };
}
