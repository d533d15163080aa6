/**
 * Hides the parts of a Markdown draft that are not prose, by overwriting them with spaces so that every offset
 * stays valid: front matter, fenced code, inline code, HTML comments and tags, link targets, footnote
 * definitions and a Sources/References section (citations quote titles; they are not quotations).
 * Block-quote markers (`>`) are blanked too, so a quotation spanning quoted lines reads as one text.
 */
import { parseFrontMatter } from '../sources/front-matter';
import { ignoreScope } from './ignore-comments';

export interface Directive {
  readonly offset: number;
  readonly scope: 'next' | 'file';
}

export interface MaskedDraft {
  /** Same length as the draft; hidden characters are spaces, line breaks are kept. */
  readonly text: string;
  /** Offsets of lines that started with a block-quote marker, by line start. */
  readonly blockQuoteLines: ReadonlySet<number>;
  /** `<!-- sourcecheck-ignore -->` (next quotation) and `<!-- sourcecheck-ignore-file -->` comments. */
  readonly directives: readonly Directive[];
}

/**
 * Every pass is a linear scan (no backtracking regular expression over the draft, no per-match search of
 * what is already hidden): a draft is whatever the writer pasted, 200 KB of backticks or `](` included.
 */
export function maskMarkdown(draft: string): MaskedDraft {
  const hidden = new Uint8Array(draft.length);
  const blank = (from: number, to: number): void => {
    if (to > from) hidden.fill(1, from, to);
  };
  const isHidden = (at: number): boolean => hidden[at] === 1;
  blank(0, parseFrontMatter(draft).end);
  const directives: Directive[] = [];
  for (let open = draft.indexOf('<!--'), end = 0; open >= 0; open = draft.indexOf('<!--', end)) {
    const close = draft.indexOf('-->', open + 4);
    end = close < 0 ? draft.length : close + 3;
    const scope = ignoreScope(draft.slice(open, end));
    if (scope) directives.push({ offset: open, scope });
    blank(open, end);
  }
  const lines = lineStarts(draft);
  maskFences(draft, lines, blank);
  maskCodeSpans(draft, isHidden, blank);
  // Citations are not quotations: footnote definitions, and the list under a Sources/References heading.
  maskCitationLines(draft, lines, blank);
  maskLinkTargetsAndTags(draft, blank);
  const blockQuoteLines = new Set<number>();
  for (const lineStart of lines) {
    const marker = /^ {0,3}((?:> ?)+)/.exec(draft.slice(lineStart, Math.min(draft.length, lineStart + 400)));
    if (marker && !isHidden(lineStart + marker[0].indexOf('>'))) {
      blockQuoteLines.add(lineStart);
      blank(lineStart, lineStart + marker[0].length);
    }
  }
  return { text: blankHidden(draft, hidden), blockQuoteLines, directives };
}

type Blank = (from: number, to: number) => void;

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineEnd(text: string, lines: readonly number[], k: number): number {
  return k + 1 < lines.length ? lines[k + 1]! - 1 : text.length;
}

/** Fenced code: a line of 3+ backticks or tildes (up to 3 spaces in) to a line of the same fence, or the end. */
function maskFences(draft: string, lines: readonly number[], blank: Blank): void {
  const FENCE = /^ {0,3}(`{3,}|~{3,})/;
  for (let k = 0; k < lines.length; k++) {
    const start = lines[k]!;
    const open = FENCE.exec(draft.slice(start, Math.min(lineEnd(draft, lines, k), start + 3 + 1000)));
    if (!open || k + 1 >= lines.length) continue; // a fence needs a line break after it
    const fence = open[1]!;
    let close = k + 1;
    while (close < lines.length && !isClosingFence(draft.slice(lines[close]!, lineEnd(draft, lines, close)), fence)) close++;
    blank(start, close < lines.length ? lineEnd(draft, lines, close) : draft.length);
    k = close;
  }
}

function isClosingFence(line: string, fence: string): boolean {
  const indent = line.length - line.trimStart().length;
  return indent <= 3 && line.startsWith(fence, indent) && /^[ \t]*\r?$/.test(line.slice(indent + fence.length));
}

/**
 * Inline code: a run of backticks up to the next run of the same length (not hidden where it opens, not
 * followed by a line break). Runs are listed once; per length, a pointer only moves forward.
 */
function maskCodeSpans(draft: string, isHidden: (at: number) => boolean, blank: Blank): void {
  const runs: Array<{ start: number; end: number }> = [];
  for (let i = draft.indexOf('`'); i >= 0; i = draft.indexOf('`', i)) {
    let j = i + 1;
    while (draft.charCodeAt(j) === 96) j++;
    runs.push({ start: i, end: j });
    i = j;
  }
  const byLength = new Map<number, number[]>();
  runs.forEach((r, k) => {
    const list = byLength.get(r.end - r.start) ?? [];
    list.push(k);
    byLength.set(r.end - r.start, list);
  });
  const next = new Map<number, number>(); // per length: index into its list of the first run not yet passed
  let covered = 0;
  for (let k = 0; k < runs.length; k++) {
    const run = runs[k]!;
    if (run.start < covered || isHidden(run.start) || run.end >= draft.length || draft[run.end] === '\n') continue;
    const length = run.end - run.start;
    const list = byLength.get(length)!;
    let p = next.get(length) ?? 0;
    while (p < list.length && list[p]! <= k) p++;
    next.set(length, p);
    if (p === list.length) continue;
    const close = runs[list[p]!]!;
    blank(run.start, close.end);
    covered = close.end;
  }
}

/** Footnote definitions (`[^1]: ...` lines) and a Sources/References/Notes section up to the next heading. */
function maskCitationLines(draft: string, lines: readonly number[], blank: Blank): void {
  const HEADING = /^#{1,6}[ \t]/;
  const CITATIONS = /^#{1,6}[ \t]+(?:Sources|References|Bibliography|Works cited|Notes)[ \t]*\r?$/i;
  let section = -1;
  for (let k = 0; k < lines.length; k++) {
    const start = lines[k]!;
    const end = lineEnd(draft, lines, k);
    const head = draft.slice(start, Math.min(end, start + 200));
    if (HEADING.test(head)) {
      if (section >= 0) blank(section, start);
      section = CITATIONS.test(draft.slice(start, end).slice(0, 200)) && end - start < 200 && k + 1 < lines.length ? start : -1;
    }
    if (/^\[\^[^\]\n]+\]:/.test(head)) blank(start, end);
  }
  if (section >= 0) blank(section, draft.length);
}

/**
 * Link targets `](...)` (the `]` is kept), autolinks `<https:...>`, and tags `<a ...>` on one line. A failed
 * scan records how far it looked, so that the next start inside that stretch fails at once.
 */
function maskLinkTargetsAndTags(draft: string, blank: Blank): void {
  let noTargetBefore = -1; // no `](` before this offset can close on its line
  let noAutolinkBefore = -1;
  for (let i = 0; i < draft.length; i++) {
    const c = draft.charCodeAt(i);
    if (c === 93 && draft.charCodeAt(i + 1) === 40 && i >= noTargetBefore) { // `](`
      const end = scanUntil(draft, i + 2, (x) => x === 41 || x === 10); // `)` or a line break
      if (draft.charCodeAt(end) === 41) {
        blank(i + 1, end + 1);
        i = end;
      } else noTargetBefore = end;
    } else if (c === 60) { // `<`
      if (i >= noAutolinkBefore && /^<(?:https?:|mailto:)/.test(draft.slice(i, i + 8))) {
        const end = scanUntil(draft, i + 1, (x) => x === 62 || isWhite(x));
        if (draft.charCodeAt(end) === 62) {
          blank(i, end + 1);
          i = end;
          continue;
        }
        noAutolinkBefore = end;
      }
      const next = draft.charCodeAt(i + 1) === 47 ? i + 2 : i + 1; // `</`
      if (!isLetter(draft.charCodeAt(next))) continue;
      const end = scanUntil(draft, next, (x) => x === 60 || x === 62 || x === 10);
      if (draft.charCodeAt(end) === 62) {
        blank(i, end + 1);
        i = end;
      }
    }
  }
}

function scanUntil(text: string, from: number, stop: (code: number) => boolean): number {
  let i = from;
  while (i < text.length && !stop(text.charCodeAt(i))) i++;
  return i;
}

function isWhite(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

function isLetter(code: number): boolean {
  return (code | 32) >= 97 && (code | 32) <= 122;
}

/** `text` with hidden characters overwritten by spaces, line breaks kept so that lines and offsets stay put. */
function blankHidden(text: string, hidden: Uint8Array): string {
  const parts: string[] = [];
  let at = 0;
  while (at < text.length) {
    let end = hidden.indexOf(1, at);
    if (end < 0) end = text.length;
    parts.push(text.slice(at, end));
    if (end >= text.length) break;
    let stop = hidden.indexOf(0, end);
    if (stop < 0) stop = text.length;
    parts.push(text.slice(end, stop).replace(/[^\r\n]/g, ' '));
    at = stop;
  }
  return parts.join('');
}
