/**
 * Finds the quotations of a draft (Markdown or plain text).
 *
 * Forms: straight and curly double quotes, guillemets, single quotes used as quotation marks (never
 * apostrophes such as `don’t` or `Belarus’`), quotes nested in quotes (part of the outer quotation), quotations
 * across line breaks, Markdown block quotes, and multi-paragraph quotations (the opening mark repeated on each
 * paragraph, no closing mark until the last). Marks are paired within one paragraph, so an unbalanced mark
 * affects at most its own paragraph; it is reported, not guessed at.
 */
import { maskMarkdown, type Directive } from './markdown-mask';

export interface Quotation {
  /** UTF-16 offsets of the quoted text: marks, surrounding space and a trailing `,`/`.` excluded. */
  readonly start: number;
  readonly end: number;
  /** Offset of the opening mark (of the first line, for a block quote). */
  readonly open: number;
  /** Offset just after the closing mark, or the end of the text when there is none. */
  readonly close: number;
  readonly form: 'inline' | 'block' | 'paragraph';
  /** The paragraph the quotation is in: [start, end) offsets. */
  readonly paragraph: { readonly start: number; readonly end: number };
  /** Set by a `sourcecheck-ignore` comment. */
  readonly ignored: boolean;
}

export interface Extraction {
  readonly quotations: Quotation[];
  /** Offsets of quotation marks that open or close nothing. */
  readonly unbalanced: number[];
  /** The draft with non-prose (code, comments, front matter, block markers) blanked out. */
  readonly prose: string;
  /** Paragraphs that are block quotes, and those that are a block quote's `— Name` line. */
  readonly blockParagraphs: ReadonlyArray<{ readonly start: number; readonly end: number; readonly attributionLine: boolean }>;
}

type MarkRole = 'open' | 'close' | 'either';
interface Mark {
  readonly at: number;
  readonly double: boolean;
  readonly role: MarkRole;
}

export function extractQuotations(draft: string): Extraction {
  const masked = maskMarkdown(draft);
  const prose = masked.text;
  const quotations: Omit<Quotation, 'ignored'>[] = [];
  const unbalanced: number[] = [];
  const blockParagraphs: Extraction['blockParagraphs'][number][] = [];
  const paragraphs = splitParagraphs(prose).flatMap((p) =>
    isBlockQuote(p, masked.blockQuoteLines, draft) ? splitAttributionLine(prose, p) : [p]);
  paragraphs.forEach((paragraph, index) => {
    const isBlock = isBlockQuote(paragraph, masked.blockQuoteLines, draft);
    const text = prose.slice(paragraph.start, paragraph.end);
    if (isBlock) {
      const attributionLine = /^\s*(?:[\u2014\u2015\u2013]|--?)\s*\S/.test(text);
      blockParagraphs.push({ ...paragraph, attributionLine });
      if (attributionLine) return;
      if (!/^["\u201C\u201E\u00AB]/.test(text)) {
        const range = trimRange(prose, paragraph.start, paragraph.end, true);
        if (range) quotations.push({ ...range, open: paragraph.start, close: paragraph.end, form: 'block', paragraph });
        return;
      }
    }
    const next = paragraphs[index + 1];
    const continues = next !== undefined && /^\s*["\u201C\u201E\u00AB]/.test(prose.slice(next.start, next.end));
    pairMarks(prose, paragraph, continues, quotations, unbalanced);
  });
  return { quotations: applyDirectives(quotations, masked.directives), unbalanced, prose, blockParagraphs };
}

function splitParagraphs(text: string): Array<{ start: number; end: number }> {
  const paragraphs: Array<{ start: number; end: number }> = [];
  const separator = /\n[ \t]*(?:\r?\n[ \t]*)+/g;
  let start = 0;
  for (const match of text.matchAll(separator)) {
    pushNonEmpty(text, start, match.index, paragraphs);
    start = match.index + match[0].length;
  }
  pushNonEmpty(text, start, text.length, paragraphs);
  return paragraphs;
}

/** `> quoted words` directly followed by `> — Name` on the next line: the name line is a paragraph of its own. */
function splitAttributionLine(text: string, paragraph: { start: number; end: number }): Array<{ start: number; end: number }> {
  const line = /\n[ \t]*(?:[\u2014\u2015\u2013]|--?)[ \t]*\S[^\n]*$/.exec(text.slice(paragraph.start, paragraph.end));
  if (!line) return [paragraph];
  const at = paragraph.start + line.index;
  return [trimRange(text, paragraph.start, at), trimRange(text, at, paragraph.end)].filter((p): p is { start: number; end: number } => p !== undefined);
}

function pushNonEmpty(text: string, start: number, end: number, into: Array<{ start: number; end: number }>): void {
  const range = trimRange(text, start, end);
  if (range) into.push(range);
}

function isBlockQuote(paragraph: { start: number; end: number }, blockLines: ReadonlySet<number>, draft: string): boolean {
  const lineStart = draft.lastIndexOf('\n', paragraph.start - 1) + 1;
  return blockLines.has(lineStart);
}

/** Pairs the quotation marks of one paragraph; nested marks belong to the outer quotation. */
function pairMarks(
  text: string,
  paragraph: { start: number; end: number },
  continuesInNext: boolean,
  into: Omit<Quotation, 'ignored'>[],
  unbalanced: number[],
): void {
  const marks = findMarks(text, paragraph.start, paragraph.end);
  const stack: Mark[] = [];
  for (let k = 0; k < marks.length; k++) {
    const mark = marks[k]!;
    const top = stack[stack.length - 1];
    if (mark.double) {
      const openDouble = lastIndex(stack, (m) => m.double); // the innermost: `“they called it “a farce” yesterday”`
      const straight = text[mark.at] === '"'; // straight marks never nest in each other: a second one closes
      if ((mark.role !== 'open' || straight) && openDouble >= 0) {
        const opener = stack[openDouble]!;
        stack.length = openDouble; // inner single quotes left open were apostrophes after all
        if (openDouble === 0) pushQuotation(text, opener, mark, paragraph, into);
      } else if (mark.role !== 'close') {
        stack.push(mark);
      } else {
        unbalanced.push(mark.at);
      }
    } else if (mark.role !== 'open' && top && !top.double) {
      if (isPossessive(text, mark.at) && laterSingleClose(marks, k)) continue;
      stack.pop();
      if (stack.length === 0) pushQuotation(text, top, mark, paragraph, into);
    } else if (mark.role === 'open' && (stack.length === 0 ? laterSingleClose(marks, k) : true)) {
      stack.push(mark);
    }
  }
  const outer = stack[0];
  if (!outer) return;
  if (outer.double && continuesInNext) {
    const range = trimRange(text, outer.at + 1, paragraph.end);
    if (range) into.push({ ...range, open: outer.at, close: paragraph.end, form: 'paragraph', paragraph });
  } else {
    unbalanced.push(outer.at);
  }
}

function pushQuotation(
  text: string,
  open: Mark,
  close: Mark,
  paragraph: { start: number; end: number },
  into: Omit<Quotation, 'ignored'>[],
): void {
  const range = trimRange(text, open.at + 1, close.at, true);
  if (range) into.push({ ...range, open: open.at, close: close.at + 1, form: 'inline', paragraph });
}

/** Whether a single mark closes later in the paragraph, skipping double-quoted stretches inside (`‘… “…” …’`). */
function laterSingleClose(marks: Mark[], k: number): boolean {
  let doubles = 0;
  for (let j = k + 1; j < marks.length; j++) {
    const m = marks[j]!;
    if (m.double && m.role === 'open') doubles++;
    else if (m.double && doubles > 0) doubles--;
    else if (m.double && m.role === 'close') return false;
    else if (!m.double && m.role !== 'open' && doubles === 0) return true;
  }
  return false;
}

function lastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let k = items.length - 1; k >= 0; k--) if (test(items[k]!)) return k;
  return -1;
}

/** `Belarus’ economy`: a closing single mark that is more likely a plural possessive. */
function isPossessive(text: string, at: number): boolean {
  return /[sz]/.test(text[at - 1] ?? '') && / [a-z]/.test(text.slice(at + 1, at + 3));
}

const OPENERS = new Set(['\u201C', '\u201E', '\u00AB']);
const CLOSERS = new Set(['\u201D', '\u00BB']);

const MARK = /["'\u2018\u2019\u201A\u201C\u201D\u201E\u00AB\u00BB]/g;

function findMarks(text: string, from: number, to: number): Mark[] {
  const marks: Mark[] = [];
  MARK.lastIndex = from;
  for (let m = MARK.exec(text); m && m.index < to; m = MARK.exec(text)) {
    const i = m.index;
    const ch = m[0];
    if (ch === '\u201C') marks.push({ at: i, double: true, role: leftDoubleRole(text, i) });
    else if (ch === '\u201D') marks.push({ at: i, double: true, role: rightDoubleRole(text, i) });
    else if (OPENERS.has(ch)) marks.push({ at: i, double: true, role: 'open' });
    else if (CLOSERS.has(ch)) marks.push({ at: i, double: true, role: 'close' });
    else if (ch === '"') {
      // `"“You don't win,” Ruiz said`, `it.”"`: a straight mark doubling a curly one beside it is a slip, not a quotation
      if (text[i + 1] === '\u201C' || text[i - 1] === '\u201D') continue;
      const role = straightRole(text, i);
      if (role) marks.push({ at: i, double: true, role });
    } else {
      const role = singleRole(text, i);
      if (role) marks.push({ at: i, double: false, role });
    }
  }
  return marks;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const OPENING_CONTEXT = /[\s(\[{\u2014\u2013\-/:;,\u201C"]/;

/** `“` opens in English, but closes German `„…“`: after a word and before a space or punctuation. */
function leftDoubleRole(text: string, i: number): MarkRole {
  const before = text[i - 1];
  const after = text[i + 1];
  const closes = before !== undefined && !/\s/.test(before) && !OPENING_CONTEXT.test(before) && (after === undefined || !LETTER_OR_DIGIT.test(after));
  // `“It's unusual,“ said X`: a mark curled the wrong way after a sentence's comma or stop, a space after it
  const miscurled = before !== undefined && /[,.?!]/.test(before) && (after === undefined || /\s/.test(after));
  return closes || miscurled ? 'either' : 'open';
}

/** `”` closes; typed the wrong way at a word's start after a space (` ”Isis will burn …”`), it may open. */
function rightDoubleRole(text: string, i: number): MarkRole {
  const before = text[i - 1];
  const after = text[i + 1];
  const opens = (before === undefined || /[\s(\[\u2014\u2013\u200E\u200F\u202A-\u202E]/.test(before)) && after !== undefined && LETTER_OR_DIGIT.test(after);
  return opens ? 'either' : 'close';
}

function straightRole(text: string, i: number): MarkRole | undefined {
  const before = text[i - 1];
  const after = text[i + 1];
  const canOpen = (before === undefined || OPENING_CONTEXT.test(before)) && after !== undefined && !/\s/.test(after);
  // `… 'above the law,' "`: a space may part a closing double mark from the single one it closes over
  const afterSingle = /['\u2019] $/.test(text.slice(Math.max(0, i - 2), i));
  // `… doing this, " Trump said`: a stray space after the comma or stop, but a space after the mark too: it closes
  const afterStop = /[,.?!] $/.test(text.slice(Math.max(0, i - 2), i)) && (after === undefined || /\s/.test(after));
  const canClose = before !== undefined && (!/\s/.test(before) || afterSingle || afterStop) && (after === undefined || !LETTER_OR_DIGIT.test(after));
  if (canOpen && canClose) return 'either';
  if (canOpen) return 'open';
  if (canClose) return 'close';
  return undefined; // an inch mark or a stray glyph between letters
}

function singleRole(text: string, i: number): MarkRole | undefined {
  const before = text[i - 1];
  const after = text[i + 1];
  const letterBefore = before !== undefined && LETTER_OR_DIGIT.test(before);
  const letterAfter = after !== undefined && LETTER_OR_DIGIT.test(after);
  if (letterBefore && letterAfter) return undefined; // don’t, O’Brien
  const atOpening = before === undefined || OPENING_CONTEXT.test(before);
  if (atOpening && letterAfter) return text[i] === '\u2019' ? undefined : 'open'; // ’90s, ’em: elisions
  if (before !== undefined && !/\s/.test(before) && !letterAfter) return 'close';
  return undefined;
}

/** Trims white space (and, for inline quotations, one trailing `,` or `.` that is sentence punctuation). */
function trimRange(text: string, start: number, end: number, dropSentencePunctuation = false): { start: number; end: number } | undefined {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (dropSentencePunctuation && e > s && /[,.;:]/.test(text[e - 1]!) && text[e - 2] !== '.') e--;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return e > s ? { start: s, end: e } : undefined;
}

function applyDirectives(quotations: Omit<Quotation, 'ignored'>[], directives: readonly Directive[]): Quotation[] {
  if (directives.some((d) => d.scope === 'file')) return quotations.map((q) => ({ ...q, ignored: true }));
  const ignoredIndexes = new Set<number>();
  for (const directive of directives) {
    const next = quotations.findIndex((q) => q.open >= directive.offset);
    if (next >= 0) ignoredIndexes.add(next);
  }
  return quotations.map((q, index) => ({ ...q, ignored: ignoredIndexes.has(index) }));
}
