/**
 * Page locators checked against the PDF page of the quoted passage: the citation right after a quotation,
 * `[@key, p. 12]`, `(Report, p. 12)` or a footnote `[^3]` whose note says `p. 12`. A page that the passage is
 * not on is a problem with the right page as its fix.
 */
import type { QuoteFinding } from '../findings';
import { segmentAt } from '../sources/segments';
import { findDefinitions } from './footnotes';

export interface PageLocatorProblem {
  readonly quote: QuoteFinding;
  /** Offsets of the cited page number (or range) in the draft: what the fix replaces. */
  readonly start: number;
  readonly end: number;
  readonly cited: string;
  /** The page the passage starts on: the fix. */
  readonly page: number;
  readonly message: string;
}

/** A citation right after the closing mark (sentence punctuation may come between). */
const CITATION = /^[\s,.;:!?]{0,3}(?:\([^()\n]{0,120}?\bpp?\.\s*(\d+(?:\s*[-–]\s*\d+)?)\s*\)|\[[^\[\]\n]*@[^\[\]\n]*?,\s*pp?\.\s*(\d+(?:\s*[-–]\s*\d+)?)\s*\]|\[\^([^\]\s]+)\])/;
const NOTE_PAGE = /\bpp?\.\s*(\d+(?:\s*[-–]\s*\d+)?)/;

export function pageLocatorProblems(draft: string, quotes: readonly QuoteFinding[]): PageLocatorProblem[] {
  const problems: PageLocatorProblem[] = [];
  let notes: ReturnType<typeof findDefinitions> | undefined;
  for (const quote of quotes) {
    const source = quote.source;
    const first = source ? segmentAt(source.article, source.start)?.page : undefined;
    if (!source || first === undefined) continue;
    const last = segmentAt(source.article, Math.max(source.start, source.end - 1))?.page ?? first;
    const match = CITATION.exec(draft.slice(quote.close, quote.close + 200));
    if (!match) continue;
    let cited: { text: string; at: number } | undefined;
    const pageGroup = match[1] ?? match[2];
    if (pageGroup !== undefined) {
      cited = { text: pageGroup, at: quote.close + match.index + match[0].lastIndexOf(pageGroup) };
    } else {
      notes ??= findDefinitions(draft);
      const note = notes.find((d) => d.label === match[3]);
      const page = note && NOTE_PAGE.exec(draft.slice(note.start, note.end));
      if (note && page) cited = { text: page[1]!, at: note.start + page.index + page[0].lastIndexOf(page[1]!) };
    }
    if (!cited) continue;
    const [from, to] = cited.text.split(/\s*[-–]\s*/).map(Number) as [number, number | undefined];
    if (from <= last && (to ?? from) >= first) continue; // the cited pages hold the passage
    const where = first === last ? `p. ${first}` : `pp. ${first}–${last}`;
    problems.push({
      quote, start: cited.at, end: cited.at + cited.text.length, cited: cited.text, page: first,
      message: `Wrong page: the passage is on ${where} of "${source.article.meta.title}", not p. ${cited.text}.`,
    });
  }
  return problems;
}
