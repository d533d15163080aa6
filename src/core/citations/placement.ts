/**
 * Where a citation of a quotation goes. A parenthetical citation (inline, author-date, Pandoc key, link) comes
 * before the sentence's final punctuation, as AP, Chicago author-date and APA place it:
 *   `…this agreement.” On Monday` becomes `…this agreement” (Reuters, March 3, 2021). On Monday`
 *   `“…this agreement,” she said.` becomes `“…this agreement,” she said (Reuters, March 3, 2021).`
 *   `“…this agreement”.` becomes `“…this agreement” (Reuters, March 3, 2021).`
 * A question or exclamation mark belongs to the quotation and stays inside it; the sentence then ends after
 * the citation. A footnote marker follows the punctuation (`agreement.”[^1]`), as Chicago's notes do.
 */
import type { CitationStyle } from './format';
import type { TextEdit } from '../text/text-edit';
import { ABBREVIATIONS, MAY_END_SENTENCE } from '../language/vocabulary';

export interface QuotedSpan {
  /** Offsets of the opening mark and just after the closing one (equal to the text's for block quotes). */
  readonly open: number;
  readonly close: number;
  readonly start: number;
  readonly end: number;
}

/** How far a sentence is followed for its final punctuation after a quotation. */
const MAX_SENTENCE_TAIL = 300;
const CLOSING_MARKS = /["\u201D\u2019'»]/;
const OPENING_MARKS = /["\u201C\u2018«]/;

/** Where a footnote marker goes: after the closing mark and any punctuation that follows it. */
export function footnoteOffset(text: string, quotation: QuotedSpan): number {
  const trailing = /^[.,;:!?]*/.exec(text.slice(quotation.close))![0];
  return quotation.close + trailing.length;
}

/** The edits that put `citation` (a parenthetical, without leading space) in its place after `quotation`. */
export function placeCitation(text: string, quotation: QuotedSpan, citation: string, style: CitationStyle): TextEdit[] {
  if (style === 'footnote') {
    const at = footnoteOffset(text, quotation);
    return [{ start: at, end: at, text: citation }];
  }
  const close = quotation.close;
  const isBlock = quotation.open === quotation.start && close === quotation.end;
  if (isBlock || !CLOSING_MARKS.test(text[close - 1] ?? '')) return [{ start: close, end: close, text: ` ${citation}` }];
  const inner = text[close - 2] ?? '';
  const after = text.slice(close);
  // `agreement”.` (the period outside the quotation): before that period.
  if (/^[.!?]/.test(after)) return [{ start: close, end: close, text: ` ${citation}` }];
  if (/[.!?]/.test(inner) && endsSentence(after)) {
    // The quotation ends the sentence: the period moves after the citation; `?` and `!` stay inside.
    const edits: TextEdit[] = inner === '.' ? [{ start: close - 2, end: close - 1, text: '' }] : [];
    return [...edits, { start: close, end: close, text: ` ${citation}.` }];
  }
  // The sentence goes on (`,” she said.`): before its final punctuation, unless another quotation comes first.
  const end = sentenceEnd(after);
  const at = end === undefined ? close : close + end;
  return [{ start: at, end: at, text: ` ${citation}` }];
}

/** Whether nothing of the sentence follows: a line break, the end, or the next sentence's capital. */
function endsSentence(after: string): boolean {
  return /^(?:[ \t]*(?:\r?\n|$)|\s+[\p{Lu}\d"\u201C\u2018*_#([])/u.test(after) || after === '';
}

/** The offset, in `after`, of the sentence's final punctuation; undefined past a paragraph or another quotation. */
function sentenceEnd(after: string): number | undefined {
  for (let k = 0; k < Math.min(after.length, MAX_SENTENCE_TAIL); k++) {
    const c = after[k]!;
    if (OPENING_MARKS.test(c) || (c === '\n' && after[k + 1] === '\n')) return undefined;
    if (/[.!?]/.test(c) && (k + 1 === after.length || /[\s"\u201D\u2019)]/.test(after[k + 1]!)) && !isAbbreviation(after.slice(0, k))) return k;
  }
  return undefined;
}

/** `Mr.`, `Gen.`, an initial: a point inside the sentence (`Inc.` may end one, and is taken as ending it). */
function isAbbreviation(before: string): boolean {
  const word = /(\p{L}+)$/u.exec(before)?.[1];
  if (!word) return false;
  const lower = word.toLowerCase();
  return (ABBREVIATIONS.has(lower) && !MAY_END_SENTENCE.has(lower)) || /^\p{Lu}$/u.test(word);
}
