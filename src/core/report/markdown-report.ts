/** The report of one draft as Markdown: a row per quotation with its verdict, speaker, source and message. */
import type { DraftReport } from '../findings';
import { LineIndex } from '../text/positions';

function cell(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/([\\|*_`[\]<>])/g, '\\$1');
}

export function markdownReport(title: string, draft: string, report: DraftReport): string {
  const lines = new LineIndex(draft);
  const counts = new Map<string, number>();
  for (const q of report.quotes) counts.set(q.verdict, (counts.get(q.verdict) ?? 0) + 1);
  const out = [
    `# Sourcecheck report: ${cell(title)}`,
    '',
    `${report.quotes.length} quotation(s): ${[...counts].map(([v, n]) => `${n} ${v}`).join(', ') || 'none'}.`,
    '',
    '| Line | Verdict | Speaker | Quotation | Source | Note |',
    '| ---: | --- | --- | --- | --- | --- |',
  ];
  for (const q of report.quotes) {
    const text = q.text.length > 80 ? `${q.text.slice(0, 77)}...` : q.text;
    const source = q.source ? `${q.source.article.meta.title}${q.source.article.meta.date ? ` (${q.source.article.meta.date})` : ''}` : '';
    out.push(`| ${lines.position(q.start).line} | ${q.verdict} | ${cell(q.speaker?.name ?? '')} | ${cell(text)} | ${cell(source)} | ${cell(q.message)} |`);
  }
  if (report.unbalanced.length) out.push('', `${report.unbalanced.length} unbalanced quotation mark(s), on line(s) ${report.unbalanced.map((o) => lines.position(o).line).join(', ')}.`);
  return `${out.join('\n')}\n`;
}
