/**
 * Whom a source article attributes a passage to. Only the passage's paragraph and the one before it are read
 * (attributions, continuations and pronouns do not reach further), so a check never scans whole articles.
 */
import { attributeQuotations } from './attribution/attribute';
import { extractQuotations } from './quotes/extract';
import type { Article } from './sources/article';
import { segmentAt } from './sources/segments';

/** Speakers already worked out, per article and passage: re-checking a draft as it is typed asks again. */
const known = new WeakMap<Article, Map<string, string | null>>();

/** The speaker of the source quotation that contains body offsets [start, end), or null. */
export function sourceSpeaker(article: Article, start: number, end: number): string | null {
  let passages = known.get(article);
  if (!passages) known.set(article, (passages = new Map()));
  const key = `${start}:${end}`;
  let speaker = passages.get(key);
  // A transcript's cue names its speaker; words the speaker quotes from someone else keep that someone.
  if (speaker === undefined) passages.set(key, (speaker = findSourceSpeaker(article, start, end) ?? segmentAt(article, start)?.speaker ?? null));
  return speaker;
}

function findSourceSpeaker(article: Article, start: number, end: number): string | null {
  const body = article.body;
  const paragraphStart = body.lastIndexOf('\n\n', start);
  const previous = paragraphStart <= 0 ? -1 : body.lastIndexOf('\n\n', paragraphStart - 1);
  const from = previous < 0 ? 0 : previous + 2;
  const paragraphEnd = body.indexOf('\n\n', end);
  const window = body.slice(from, paragraphEnd < 0 ? body.length : paragraphEnd);
  const extraction = extractQuotations(window);
  const attributions = attributeQuotations(extraction.prose, extraction);
  const quotations = extraction.quotations;
  for (let k = 0; k < quotations.length; k++) {
    const q = quotations[k]!;
    if (from + q.start <= end && start <= from + q.end) return attributions[k]?.speaker.name || null;
  }
  return null;
}
