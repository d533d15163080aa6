/**
 * The report for people: a line per quotation (line:column, verdict, speaker, source), the source wording
 * with the differences marked for misquotations (`[-source words-]{+draft words+}`), and a summary line.
 */
import type { QuoteFinding } from '../findings';
import { VERDICTS, type Verdict } from '../verdicts';
import { passageDiff } from './passage-diff';
import { LineIndex } from '../text/positions';
import type { RunSummary } from './json-report';

export function textReport(run: RunSummary): string {
  const out: string[] = [];
  const counts = new Map<Verdict, number>(VERDICTS.map((v) => [v, 0]));
  for (const draft of run.drafts) {
    out.push(draft.file);
    const lines = new LineIndex(draft.text);
    for (const q of draft.report.quotes) {
      counts.set(q.verdict, counts.get(q.verdict)! + 1);
      const { line, column } = lines.position(q.start);
      const where = `${line}:${column}`.padStart(8);
      const speaker = (q.speaker?.name ?? '-').padEnd(24);
      out.push(`${where}  ${q.verdict.padEnd(13)} ${speaker} ${sourceLabel(q)}`);
      if (q.verdict !== 'exact') out.push(`${' '.repeat(10)}${q.message}`);
      if (q.verdict === 'misquoted') out.push(`${' '.repeat(10)}source: "${markedSource(q)}"`);
    }
    for (const offset of draft.report.unbalanced) {
      const { line, column } = lines.position(offset);
      out.push(`${`${line}:${column}`.padStart(8)}  unbalanced quotation mark`);
    }
  }
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const breakdown = VERDICTS.filter((v) => counts.get(v)).map((v) => `${counts.get(v)} ${v}`).join(', ');
  out.push('');
  for (const s of run.skipped) out.push(`skipped ${s.file}: ${s.reason}`);
  for (const w of run.warnings) out.push(`warning ${w.file}: ${w.reason}`);
  out.push(
    `${run.drafts.length} draft(s), ${run.articles} source(s)` +
      `${run.skipped.length ? ` (${run.skipped.length} skipped)` : ''}: ${total} quotation(s)${breakdown ? ` - ${breakdown}` : ''}`,
  );
  return terminalSafe(out.join('\n')) + '\n';
}

function sourceLabel(q: QuoteFinding): string {
  if (!q.source) return '';
  const meta = q.source.article.meta;
  const details = [meta.outlet, meta.date].filter(Boolean).join(', ');
  return `${meta.title}${details ? ` (${details})` : ''}`;
}

/** The source passage with each difference shown as `[-source-]{+draft+}`. */
export function markedSource(q: QuoteFinding): string {
  return passageDiff(q)
    .map((p) => (p.kind === 'same' ? p.text : `${p.source ? `[-${p.source}-]` : ''}${p.draft ? `{+${p.draft}+}` : ''}`))
    .join('')
    .replace(/\s+/g, ' ');
}

/**
 * `text` without control characters other than line breaks and tabs, and without bidi controls: titles and
 * file names come from strangers, and an ANSI escape sequence in one would drive the writer's terminal.
 */
export function terminalSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '');
}
