/**
 * Whom a source article attributes its quotations to. Each article is read once, whole (coreference needs the
 * names before a passage: `Kim Lee, the minister, ...` three paragraphs before `the minister said`), and the
 * reading is kept with the article: a check asks again on every keystroke, and the sidebar asks per person.
 */
import { attributeQuotations } from './attribution/attribute';
import { keepingLastRead } from './language/analysis';
import { extractQuotations, type Extraction } from './quotes/extract';
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
  /** Described, not named (`a State Department official`): the speaker of its passage, no one's in the Actors view. */
  readonly unnamed?: true;
}

interface Speakers {
  /** The quotations attributed to someone named or described, in text order. */
  readonly attributed: SourceQuote[];
  /** Of those, the ones that name their speaker. */
  readonly named: SourceQuote[];
}

/** Every quotation of an article as [start, end) in text order: cheap to find, and most passages lie in none. */
const quotedSpans = new WeakMap<Article, ReadonlyArray<readonly [number, number]>>();
/** Whom an article attributes its quotations to: read only for an article whose quotations are asked about. */
const speakerReadings = new WeakMap<Article, Speakers>();

function quotedIn(article: Article): ReadonlyArray<readonly [number, number]> {
  return quotedSpans.get(article) ?? spansOf(article, extractQuotations(article.body));
}

function spansOf(article: Article, extraction: Extraction): ReadonlyArray<readonly [number, number]> {
  const spans = extraction.quotations.map((q) => [q.start, q.end] as const);
  quotedSpans.set(article, spans);
  return spans;
}

function speakersOf(article: Article): Speakers {
  let reading = speakerReadings.get(article);
  if (!reading) {
    const extraction = extractQuotations(article.body);
    if (!quotedSpans.has(article)) spansOf(article, extraction); // the speaker index reads articles first: one extraction
    // a source read now (for a check, or the speaker index between checks) leaves the draft's reading remembered
    const attributions = keepingLastRead(() => attributeQuotations(extraction.prose, extraction));
    const attributed = extraction.quotations.flatMap((q, k) => {
      const attribution = attributions[k];
      if (!attribution) return [];
      const { name, start, end } = attribution.speaker;
      return [{ article, start: q.start, end: q.end, text: article.body.slice(q.start, q.end), speaker: name, confidence: attribution.confidence, namedAs: article.body.slice(start, end), ...(attribution.unnamed ? { unnamed: true as const } : {}) }];
    });
    reading = { attributed, named: attributed.filter((q) => !q.unnamed) };
    speakerReadings.set(article, reading);
  }
  return reading;
}

/** The article's quotations that name a speaker, in text order. */
export function attributedQuotations(article: Article): readonly SourceQuote[] {
  return speakersOf(article).named;
}

/**
 * Whether the words at body offsets [start, end) are someone's words in the article: inside one of its
 * quotations (attributed or not), or a transcript's voice.
 */
export function isQuotedInSource(article: Article, start: number, end: number): boolean {
  if (quotedIn(article).some(([s, e]) => s <= start && end <= e)) return true;
  return segmentAt(article, start)?.speaker !== undefined;
}

/** Who says the words at body offsets [start, end): the source quotation there, else a transcript's voice. */
export function sourceSpeaker(article: Article, start: number, end: number): { speaker: string; confidence: number; namedAs: string } | null {
  // the article's speakers are read only when a quotation of it holds the words: a passage of plain prose costs no reading
  const inQuotation = quotedIn(article).some(([s, e]) => s <= end && start <= e);
  const quoted = inQuotation ? speakersOf(article).attributed.find((q) => q.start <= end && start <= q.end) : undefined;
  if (quoted) return quoted;
  // A transcript's cue names its speaker outright; words the speaker quotes from someone else keep that someone.
  const voice = segmentAt(article, start)?.speaker;
  return voice === undefined ? null : { speaker: voice, confidence: 1, namedAs: voice };
}
