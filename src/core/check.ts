/**
 * Checks a draft against the indexed sources: each quotation gets a verdict, the source passage it comes
 * from, the speakers on both sides, and every difference. This is the engine's entry point; hosts only read
 * files and render what it returns.
 */
import { findActors, type Actor } from './actors/actors';
import { throwIfCancelled, type CancellationToken } from './cancellation';
import { attributeQuotations, CONFIDENT } from './attribution/attribute';
import { sameActor } from './language/names';
import type { PassageIndex } from './index/passage-index';
import { wordPositions } from './index/word-positions';
import { describeEdits, isError } from './match/edits';
import { findPassages, fitsAlignmentBudget, repeatsOf, type PassageMatch } from './match/find-passage';
import { quoteUnits, type Unit } from './match/quote-units';
import { extractQuotations, type Extraction, type Quotation } from './quotes/extract';
import type { DraftReport, QuoteFinding, SourcePassage, Speaker, UncheckedReason } from './findings';
import type { QuotationCache } from './quotation-cache';
import { shortQuotationPassage } from './short-quotation';
import { passageOf, sameSpeaker } from './source-passage';
import { runSteps } from './steps';
import { describeFinding } from './verdict-message';

/** A passage matching fewer of a quotation's words than this is not where it comes from. */
const MIN_WORDS = 3;
/**
 * Above this many words a "quotation" is a run of text after a stray mark, not something anyone said; aligning
 * it would cost time and memory in proportion to its square.
 */
const MAX_WORDS = 600;
/**
 * Below this many words a quotation is short: it may be a scare quote or a common phrase, so it is checked only
 * against a passage that is clearly the one quoted (short-quotation.ts), and one not found is not unsourced.
 */
const MIN_WORDS_FOR_UNSOURCED = 6;

export interface CheckOptions {
  /** Looked at between quotations: a cancelled check throws Cancelled instead of returning a partial report. */
  readonly token?: CancellationToken;
  /** Earlier findings of this draft, reused for every quotation whose text and speaker are unchanged. */
  readonly cache?: QuotationCache;
}

export interface AsyncCheckOptions extends CheckOptions {
  /** Gives the host's thread back (an editor's event loop); called whenever a check has run for `sliceMs`. */
  readonly pause: () => Promise<void>;
  readonly sliceMs?: number;
}

export function checkDraft(draft: string, index: PassageIndex, options: CheckOptions = {}): DraftReport {
  return runSteps(checkSteps(draft, index, options));
}

/**
 * checkDraft in slices: between quotations it pauses once `sliceMs` have passed, so an editor stays responsive
 * and a newer edit can cancel the check (the token) before it is finished.
 */
export async function checkDraftAsync(draft: string, index: PassageIndex, options: AsyncCheckOptions): Promise<DraftReport> {
  const steps = checkSteps(draft, index, options);
  const slice = options.sliceMs ?? 15;
  let since = Date.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (Date.now() - since >= slice) {
      await options.pause();
      since = Date.now();
    }
  }
}

/** A draft's quotations and who says each: the reading a check starts from. */
export interface DraftReading {
  readonly extraction: Extraction;
  /** Per quotation, in order. */
  readonly speakers: ReadonlyArray<Speaker | null>;
}

/** checkDraft from a reading made otherwise (provisional-check.ts: the last check's speakers, moved). */
export function checkReading(draft: string, reading: DraftReading, index: PassageIndex, options: CheckOptions = {}): DraftReport {
  return runSteps(checkSteps(draft, index, options, reading));
}

/** The check, yielding after each quotation so the callers above decide when to pause. */
function* checkSteps(draft: string, index: PassageIndex, { token, cache }: CheckOptions, reading?: DraftReading): Generator<void, DraftReport> {
  throwIfCancelled(token, 'The check');
  const { extraction, speakers } = reading ?? readDraft(draft);
  cache?.begin(index);
  const quotes: QuoteFinding[] = [];
  for (const [k, quotation] of extraction.quotations.entries()) {
    yield;
    throwIfCancelled(token, 'The check');
    const speaker = speakers[k] ?? null;
    const check = (): QuoteFinding => checkQuotation(draft, quotation, speaker, index);
    quotes.push(cache ? cache.finding(draft, quotation, speaker, check) : check());
  }
  cache?.end();
  return { quotes, prose: extraction.prose, unbalanced: extraction.unbalanced };
}

/** The quotations of `draft` and their speakers, read from its prose. */
function readDraft(draft: string): DraftReading {
  const extraction = extractQuotations(draft);
  const speakers = attributeQuotations(extraction.prose, extraction).map((a) => (a ? { ...a.speaker, confidence: a.confidence, ...(a.unnamed ? { unnamed: true as const } : {}) } : null));
  return { extraction, speakers };
}

/**
 * The actors of a checked draft. Separate from checkDraft because the editor needs them only when the
 * sidebar shows them, not on every keystroke.
 */
export function draftActors(report: DraftReport): Actor[] {
  return findActors(report.prose, report.quotes);
}

function checkQuotation(draft: string, quotation: Quotation, speaker: Speaker | null, index: PassageIndex): QuoteFinding {
  const text = draft.slice(quotation.start, quotation.end);
  const base = { start: quotation.start, end: quotation.end, open: quotation.open, close: quotation.close, text, speaker };
  const units = quoteUnits(draft, quotation.start, quotation.end);
  const words = units.filter((u) => u.kind === 'word').length;
  if (quotation.ignored) return unchecked(base, 'ignored');
  if (words > MAX_WORDS || !fitsAlignmentBudget(units)) return unchecked(base, 'long'); // thousands of ellipses too
  if (words < MIN_WORDS_FOR_UNSOURCED) {
    const short = shortQuotationPassage(draft, index, units, words, speaker);
    return short ? judged(draft, base, units, index, short.match, short.source, false) : unchecked(base, 'short');
  }
  const matches = findPassages(index, units).filter((m) => isClose(m, words));
  const picked = pickBySpeaker(matches, index, speaker);
  if (!picked) {
    if (looksLikeTitle(text)) return unchecked(base, 'title');
    return finish({ ...base, verdict: 'unsourced', source: null, edits: [] });
  }
  const { match, passage } = picked.passage.speaker === null ? attributedRepeat(picked, units, index) : picked;
  return judged(draft, base, units, index, match, passage, true);
}

/** The verdict against a found passage; a short quotation is never misattributed (short-quotation.ts). */
function judged(draft: string, base: Pick<QuoteFinding, 'start' | 'end' | 'open' | 'close' | 'text' | 'speaker'>, units: readonly Unit[], index: PassageIndex, match: PassageMatch, source: SourcePassage, mayBeMisattributed: boolean): QuoteFinding {
  const article = index.articles[match.article]!.article;
  const edits = describeEdits(draft, units, article, wordPositions(article), match.alignment);
  const verdict = edits.some(isError) ? 'misquoted'
    : mayBeMisattributed && isMisattributed(draft, base.speaker, source) ? 'misattributed'
    : edits.length > 0 ? 'edited' : 'exact';
  return finish({ ...base, verdict, source, edits });
}

function finish(finding: Omit<QuoteFinding, 'message'>): QuoteFinding {
  return { ...finding, message: describeFinding(finding) };
}

function unchecked(base: Pick<QuoteFinding, 'start' | 'end' | 'open' | 'close' | 'text' | 'speaker'>, because: UncheckedReason): QuoteFinding {
  return finish({ ...base, verdict: 'unchecked', source: null, edits: [], uncheckedBecause: because });
}

/**
 * A passage close enough to be the one quoted: most of the quotation's words in order, and the differences
 * few. Anything further off is a different sentence, and the quotation is unsourced.
 */
function isClose(match: PassageMatch, words: number): boolean {
  const errors = match.alignment.ops.filter((op) => op.op === 'substitute' || op.op === 'insert' || op.op === 'delete' || op.op === 'transpose').length;
  return match.matchedWords >= MIN_WORDS && match.matchedWords >= 0.7 * words && errors <= Math.max(2, Math.ceil(words * 0.2));
}

/** A found passage and what its source says of it. */
interface Picked {
  readonly match: PassageMatch;
  readonly passage: SourcePassage;
}

/**
 * Among equally close passages, prefer one whose source names the draft's speaker, else one its source
 * attributes to anyone (the body's `“…,” X said` over the same words in a headline or a bare repeat).
 */
function pickBySpeaker(matches: PassageMatch[], index: PassageIndex, speaker: Speaker | null): Picked | undefined {
  const best = matches[0]?.alignment.cost;
  let first: Picked | undefined;
  let attributed: Picked | undefined;
  // in order, reading each tie's speaker only until the answer is known (copies of one story tie by the dozen)
  for (const match of matches) {
    if (match.alignment.cost !== best) continue;
    const picked = { match, passage: passageOf(index.articles[match.article]!.article, match) };
    first ??= picked;
    if (picked.passage.speaker === null) continue;
    if (!speaker || sameActor(picked.passage.speaker, speaker.name)) return picked;
    attributed ??= picked;
  }
  return attributed ?? first;
}

/** A repeat of an unattributed passage later in its article that the article attributes, else the passage itself. */
function attributedRepeat(picked: Picked, units: readonly Unit[], index: PassageIndex): Picked {
  const article = index.articles[picked.match.article]!.article;
  for (const match of repeatsOf(index, units, picked.match)) {
    const passage = passageOf(article, match);
    if (passage.speaker !== null) return { match, passage };
  }
  return picked;
}

/**
 * Misattributed only when both readings are confident and name different people: the draft names a speaker,
 * the source attributes the passage to someone else, and no way either text names its speaker matches the
 * other's (`Clinton` in a source that also names Hillary Clinton is not a contradiction of `Bill Clinton`).
 * A false alarm on a faithful quotation costs the writer more than a missed one: so the same pronoun on both sides
 * (`she said` in the draft and in the source) counts as agreement, since either side's pronoun may be misread.
 */
function isMisattributed(draft: string, speaker: Speaker | null, source: SourcePassage): boolean {
  if (!speaker || !source.speaker || speaker.confidence < CONFIDENT || source.speakerConfidence < CONFIDENT) return false;
  return !sameSpeaker(draft, speaker, source);
}

/** `"The Audacity of Hope"`: a short title in title case, not a quotation of anyone. */
function looksLikeTitle(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length <= 10 && words.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(?:a|an|the|of|and|or|in|on|for|to|at|by|with)$/.test(w));
}

