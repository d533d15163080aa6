// Types for attribution-scoring.js (plain CommonJS so `node scripts/eval-attribution.js` runs without a build step).

export interface Span {
  start: number;
  end: number;
  text: string;
}

/** One attribution of the corpus's annotation (fields the scoring reads). */
export interface Attribution {
  source: Span | null;
  cue: Span | null;
  content: Span;
  direct: boolean;
}

export interface Gold {
  article: string;
  start: number;
  end: number;
  content: string;
  source: string;
  sourceStart: number;
  sourceEnd: number;
  cue: string | null;
  surname: string;
}

/** A quotation of the CLI's JSON report (fields the scoring reads). */
export interface FoundQuote {
  start: number;
  end: number;
  text: string;
  speaker?: string | null;
  source?: { file: string; speaker?: string | null } | null;
}

export interface ProbeSpan extends Gold {
  quote: string;
  draft: string;
  qStart: number;
  qEnd: number;
}

export interface Miss<G> {
  gold: G;
  quote: FoundQuote | null;
  got: string | null;
  elsewhere?: boolean;
  /** Draft side, not found: the CLI's quotations overlapping the content span. */
  overlapping?: FoundQuote[];
}

export interface SideScore<G> {
  quotations: number;
  found: number;
  right: number;
  misses: Miss<G>[];
}

export interface SideSummary {
  side: string;
  quotations: number;
  found: number;
  speakerAccuracy: number;
  ofFound: number;
}

export const MIN_DRAFT_WORDS: number;
export const MIN_PROBE_WORDS: number;
export function nameRuns(segment: string): string[][];
export function speakerName(source: string): string | null;
export function speakerWords(text: string | null | undefined): string[];
export function namesSurname(speaker: string | null | undefined, surname: string): boolean;
export function goldOf(article: string, attributions: Attribution[]): Gold[];
export function draftQuoteFor(gold: Gold, quotes: FoundQuote[]): FoundQuote | null;
export function scoreDraftSide(gold: Gold[], quotesByArticle: Map<string, FoundQuote[]>): SideScore<Gold>;
export function probeItems(gold: Gold[]): (Gold & { quote: string })[];
export function probeDrafts(items: (Gold & { quote: string })[]): { drafts: { name: string; body: string }[]; spans: ProbeSpan[] };
export function scoreSourceSide(spans: ProbeSpan[], quotesByProbe: Map<string, FoundQuote[]>): SideScore<ProbeSpan>;
export function summary(side: string, score: SideScore<unknown>): SideSummary;
export function speakerPosition(gold: Gold, text: string): string;
export function wrongSpeakerClass(got: string, gold: Gold, text: string): string;
export function longestQuotedWords(gold: Gold): number;
export function reachable(gold: Gold): boolean;
export function notFoundClass(miss: Miss<Gold>): string;
export function missClass(miss: Miss<Gold>, text: string, side?: 'draft' | 'source'): string;
export function tally(keys: string[]): [string, number][];
