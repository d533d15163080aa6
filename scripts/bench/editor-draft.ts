/**
 * The editor benchmark's draft: ~5,000 words holding 40 quotations, made deterministically from the DEV drafts.
 *
 * The DEV drafts hold about one quotation per 40 words, so ~5,000 words of them hold ~130 quotations. The
 * draft is their paragraphs, in file order, until 5,000 words; then 40 quotations spread evenly over it keep
 * their marks and the others lose theirs (their words stay, as plain prose). Shared by the Node bench
 * (scripts/bench.ts) and the web-workbench bench (test/web-bench): no Node API here.
 */
import { checkDraft, type PassageIndex, type Verdict } from '../../src/core';
import { extractQuotations, type Quotation } from '../../src/core/quotes/extract';

export const EDITOR_DRAFT_WORDS = 5000;
export const EDITOR_DRAFT_QUOTATIONS = 40;

export interface NamedText {
  readonly name: string;
  readonly text: string;
}

export interface EditorDraft {
  readonly text: string;
  readonly words: number;
  /** Quotations the engine finds in `text`. */
  readonly quotations: number;
  /** Quotations of the concatenated paragraphs before all but `quotations` lost their marks. */
  readonly quotationsBefore: number;
  /** The DEV drafts whose paragraphs were used (the last one possibly in part). */
  readonly parts: string[];
}

const QUOTE_MARK = /["\u201C\u201D\u00AB\u00BB\u201E'\u2018\u2019]/;

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** `drafts` in the order to use them (the DEV drafts sorted by name). */
export function buildEditorDraft(drafts: readonly NamedText[], words = EDITOR_DRAFT_WORDS, quotations = EDITOR_DRAFT_QUOTATIONS): EditorDraft {
  const paragraphs: string[] = [];
  const parts: string[] = [];
  let total = 0;
  for (const draft of drafts) {
    if (total >= words) break;
    parts.push(draft.name);
    for (const paragraph of draft.text.split(/\n[ \t]*\n/)) {
      if (total >= words) break;
      if (paragraph.trim() === '') continue;
      paragraphs.push(paragraph.trim());
      total += wordCount(paragraph);
    }
  }
  const joined = `${paragraphs.join('\n\n')}\n`;
  const found = extractQuotations(joined).quotations;
  const keep = new Set(spread(found.length, quotations));
  // The marks of the quotations not kept (a block quote's `>` markers), removed from the end so that earlier
  // offsets stay valid.
  const drop = found.flatMap((q, k) => (keep.has(k) ? [] : marksOf(joined, q)));
  const ranges = [...new Map(drop.map((r) => [r.from, r])).values()].sort((a, b) => b.from - a.from);
  let text = joined;
  for (const { from, to } of ranges) text = text.slice(0, from) + text.slice(to);
  return { text, words: wordCount(text), quotations: extractQuotations(text).quotations.length, quotationsBefore: found.length, parts };
}

/** What to delete so that `q` is no longer a quotation: its two marks, or its block's `>` line markers. */
function marksOf(text: string, q: Quotation): Array<{ from: number; to: number }> {
  if (q.form !== 'block') {
    return [q.open, q.close - 1].filter((at) => QUOTE_MARK.test(text[at] ?? '')).map((at) => ({ from: at, to: at + 1 }));
  }
  const lineStart = (at: number): number => text.lastIndexOf('\n', at - 1) + 1;
  const ranges: Array<{ from: number; to: number }> = [];
  const marker = (start: number): RegExpExecArray | null => /^[ \t]*>[ \t]?/.exec(text.slice(start, start + 8));
  for (let start = lineStart(q.open); start > 0 && marker(lineStart(start - 1)); start = lineStart(start - 1)) {
    ranges.push({ from: lineStart(start - 1), to: lineStart(start - 1) + marker(lineStart(start - 1))![0].length });
  }
  for (let start = lineStart(q.open); start < text.length; start = text.indexOf('\n', start) + 1) {
    const m = marker(start);
    if (!m) break;
    ranges.push({ from: start, to: start + m[0].length });
    if (text.indexOf('\n', start) < 0) break;
  }
  return ranges;
}

/** `count` indexes spread evenly over 0..n-1 (all of them when n <= count). */
function spread(n: number, count: number): number[] {
  if (n <= count) return Array.from({ length: n }, (_, i) => i);
  return Array.from({ length: count }, (_, i) => Math.floor(((i + 0.5) * n) / count));
}

/** A one-character edit that turns a quotation's verdict from `from` into `to`. */
export interface FlipEdit {
  /** Offset of the character replaced. */
  readonly at: number;
  readonly original: string;
  readonly replacement: string;
  /** Index of the quotation in the report. */
  readonly quote: number;
  readonly quoteText: string;
  readonly from: Verdict;
  readonly to: Verdict;
}

/**
 * The first exact quotation that one changed letter makes misquoted (the letter: the second of the quotation's
 * middle word of 4+ letters, replaced by `x`, or `q` when it is an x). Checked with the engine on `index`.
 */
export function findFlipEdit(text: string, index: PassageIndex): FlipEdit | undefined {
  const report = checkDraft(text, index);
  for (const [k, q] of report.quotes.entries()) {
    if (q.verdict !== 'exact') continue;
    const words = [...q.text.matchAll(/\p{L}{4,}/gu)];
    const word = words[Math.floor(words.length / 2)];
    if (!word) continue;
    const at = q.start + word.index + 1;
    const original = text[at]!;
    const replacement = original.toLowerCase() === 'x' ? 'q' : 'x';
    const edited = text.slice(0, at) + replacement + text.slice(at + 1);
    const after = checkDraft(edited, index).quotes[k];
    if (after?.verdict === 'misquoted' && after.start === q.start) {
      return { at, original, replacement, quote: k, quoteText: q.text, from: q.verdict, to: after.verdict };
    }
  }
  return undefined;
}

/** How many quotations got each verdict. */
export function verdictCounts(text: string, index: PassageIndex): Partial<Record<Verdict, number>> {
  const counts: Partial<Record<Verdict, number>> = {};
  for (const q of checkDraft(text, index).quotes) counts[q.verdict] = (counts[q.verdict] ?? 0) + 1;
  return counts;
}
