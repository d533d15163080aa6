/**
 * The report for people, in the manner of ESLint's "stylish": findings grouped by draft, one line each
 * (`line:column  verdict  “quoted words”  message`), a misquotation's difference on an indented line in the
 * source's wording (`[-source words-]{+draft words+}`, explained once by a legend), wrapped to the terminal's
 * width, coloured only when asked (the CLI asks on a TTY without NO_COLOR), and a summary line. Every piece of
 * text from a draft or a source passes through terminalSafe before any colour of ours is added.
 */
import type { QuoteFinding } from '../findings';
import { VERDICTS, type Verdict } from '../verdicts';
import { messageParts } from '../verdict-message';
import { findingFocus } from './finding-focus';
import { passageDiff, type PassagePiece } from './passage-diff';
import { LineIndex } from '../text/positions';
import type { RunSummary } from './json-report';

export interface TextReportOptions {
  /** Columns to wrap to (Infinity: never wrap). */
  readonly width?: number;
  /** ANSI colours. */
  readonly color?: boolean;
}

export const DIFFERENCE_LEGEND = "[-…-] the source's words   {+…+} the draft's words instead";

type Paint = (text: string) => string;
const ansi = (open: number, close: number): Paint => (text) => `\u001b[${open}m${text}\u001b[${close}m`;
const PAINT = {
  dim: ansi(2, 22), bold: ansi(1, 22), underline: ansi(4, 24), red: ansi(31, 39), green: ansi(32, 39), yellow: ansi(33, 39), cyan: ansi(36, 39),
};
const VERDICT_PAINT: Record<Verdict, Paint> = {
  misquoted: PAINT.red, misattributed: PAINT.red, unsourced: PAINT.yellow, edited: PAINT.cyan, exact: PAINT.green, unchecked: PAINT.dim,
};

/** Words of unchanged source text kept on each side of a difference on the difference line. */
const CONTEXT_WORDS = 6;

export function textReport(run: RunSummary, options: TextReportOptions = {}): string {
  const width = options.width ?? Infinity;
  const paint = (p: Paint, text: string): string => (options.color ? p(text) : text);
  const out: string[] = [];
  const counts = new Map<Verdict, number>(VERDICTS.map((v) => [v, 0]));
  let differences = 0;
  for (const draft of run.drafts) {
    const lines = new LineIndex(draft.text);
    const rows = [
      ...draft.report.quotes.map((q) => ({ at: findingFocus(q).start, finding: q as QuoteFinding | undefined })),
      ...draft.report.unbalanced.map((offset) => ({ at: offset, finding: undefined })),
    ].sort((a, b) => a.at - b.at);
    const where = rows.map((r) => { const p = lines.position(r.at); return `${p.line}:${p.column}`; });
    const whereWidth = Math.max(0, ...where.map((w) => w.length));
    const verdictWidth = Math.max(0, ...rows.map((r) => (r.finding?.verdict ?? 'unbalanced').length));
    const indent = 2 + whereWidth + 2 + verdictWidth + 2;
    out.push(paint(PAINT.underline, terminalSafe(draft.file)));
    rows.forEach((row, k) => {
      const q = row.finding;
      const head = `  ${where[k]!.padEnd(whereWidth)}  `;
      const verdict = (q?.verdict ?? 'unbalanced').padEnd(verdictWidth);
      const parts = q ? messageParts(q) : { quoted: '', detail: 'a quotation mark that opens or closes nothing' };
      if (q) counts.set(q.verdict, counts.get(q.verdict)! + 1);
      const quoted = terminalSafe(parts.quoted);
      const body = wrap(`${quoted ? `${quoted}  ` : ''}${terminalSafe(parts.detail)}`, width, indent);
      const [first, ...rest] = body;
      out.push(`${paint(PAINT.dim, head)}${paint(q ? VERDICT_PAINT[q.verdict] : PAINT.yellow, verdict)}  ${first}`, ...rest);
      if (q?.verdict === 'misquoted') {
        differences++;
        const marked = markedPieces(passageDiff(q), options.color ?? false);
        const [firstLine, ...more] = wrap(marked, width, indent);
        out.push(`${' '.repeat(indent)}${firstLine}`, ...more);
      }
    });
    out.push('');
  }
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const breakdown = VERDICTS.filter((v) => counts.get(v)).map((v) => `${counts.get(v)} ${v}`).join(', ');
  if (differences > 0) out.push(...wrap(paint(PAINT.dim, DIFFERENCE_LEGEND), width, 0), '');
  for (const s of run.skipped) out.push(...wrap(terminalSafe(`skipped ${s.file}: ${s.reason}`), width, 2, 0));
  for (const w of run.warnings) out.push(...wrap(terminalSafe(`warning ${w.file}: ${w.reason}`), width, 2, 0));
  out.push(...wrap(paint(PAINT.bold,
    `${run.drafts.length} draft(s), ${run.articles} source(s)` +
      `${run.skipped.length ? ` (${run.skipped.length} skipped)` : ''}: ${total} quotation(s)${breakdown ? ` - ${breakdown}` : ''}`,
  ), width, 2, 0));
  return out.join('\n') + '\n';
}

/** The source passage with each difference as `[-source-]{+draft+}`, long unchanged stretches cut to `…`. */
function markedPieces(pieces: readonly PassagePiece[], color: boolean): string {
  return pieces.map((p, k) => {
    if (p.kind === 'difference') {
      const removed = p.source ? `[-${terminalSafe(p.source)}-]` : '';
      const added = p.draft ? `{+${terminalSafe(p.draft)}+}` : '';
      return color ? `${PAINT.red(removed)}${PAINT.green(added)}` : `${removed}${added}`;
    }
    return trimContext(terminalSafe(p.text), k > 0, k < pieces.length - 1);
  }).join('').replace(/\s+/g, ' ').trim();
}

/** Unchanged words between differences: at most CONTEXT_WORDS next to each difference, the rest as `…`. */
function trimContext(text: string, afterDifference: boolean, beforeDifference: boolean): string {
  const words = text.split(/(\s+)/);
  const keep = CONTEXT_WORDS * 2; // words and the spaces between them
  if (words.length <= keep * (Number(afterDifference) + Number(beforeDifference)) + 1) return text;
  const head = afterDifference ? words.slice(0, keep).join('') : '';
  const tail = beforeDifference ? words.slice(-keep).join('') : '';
  return `${head}${head ? ' ' : ''}…${tail ? ' ' : ''}${tail}`;
}

/**
 * `text` broken at spaces into lines of at most `width` columns (ANSI codes take none). The first line goes
 * after `firstUsed` columns the caller prints; the others start with `indent` spaces. A word longer than a
 * line stays whole.
 */
export function wrap(text: string, width: number, indent: number, firstUsed = indent): string[] {
  const visible = (s: string): number => s.replace(/\u001b\[\d+m/g, '').length;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const room = Math.max(30, width - (lines.length === 0 ? firstUsed : indent));
    if (line && visible(line) + 1 + visible(word) > room) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  lines.push(line);
  return lines.map((l, k) => (k === 0 ? l : `${' '.repeat(indent)}${l}`));
}

/**
 * `text` without control characters other than line breaks and tabs, and without bidi controls: titles and
 * file names come from strangers, and an ANSI escape sequence in one would drive the writer's terminal.
 */
export function terminalSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '');
}
