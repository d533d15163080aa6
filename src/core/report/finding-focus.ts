/**
 * The words of a quotation a writer should look at: for a misquotation, the words that differ (a left-out word
 * marks its neighbours, since there is nothing to underline where it is missing); otherwise the whole quotation.
 * The editor underlines this range, and the text report points its line:column at its start.
 */
import type { QuoteFinding } from '../findings';
import { isError } from '../match/edits';

export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * Made on first use, not as a literal: V8 checks a literal's syntax when it compiles the script, and expanding
 * these Unicode classes costs a host that loads this module without using it (the CLI printing JSON) milliseconds.
 */
let word: RegExp | undefined;

/** The words of the quotation, as draft offsets. */
export function quotationWords(finding: Pick<QuoteFinding, 'start' | 'text'>): Span[] {
  word ??= new RegExp(String.raw`[\p{L}\p{N}][\p{L}\p{N}\p{M}'\u2019.,-]*[\p{L}\p{N}\p{M}]|[\p{L}\p{N}]`, 'gu');
  return [...finding.text.matchAll(word)].map((m) => ({ start: finding.start + m.index, end: finding.start + m.index + m[0].length }));
}

export function findingFocus(finding: QuoteFinding): Span {
  const errors = finding.verdict === 'misquoted' ? finding.edits.filter(isError) : [];
  if (errors.length === 0) return { start: finding.start, end: finding.end };
  const words = quotationWords(finding);
  const spans = errors.map((e) => (e.draftEnd > e.draftStart ? { start: e.draftStart, end: e.draftEnd } : neighbours(words, e.draftStart)));
  return { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
}

/** The word before and the word after a point where words are missing. */
export function neighbours(words: readonly Span[], at: number): Span {
  const before = [...words].reverse().find((w) => w.end <= at);
  const after = words.find((w) => w.start >= at);
  return { start: before?.start ?? at, end: after?.end ?? at };
}
