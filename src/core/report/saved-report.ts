/**
 * A checked draft as JSON, for a host's cache (the CLI re-run over unchanged drafts and sources): the
 * findings with each source named by its file, and the actors. Loading resolves the files against the
 * current corpus; anything that does not fit (a missing article, a damaged file, another format) is no
 * saved report at all, and the host checks the draft again.
 */
import type { Actor } from '../actors/actors';
import type { DraftReport, QuoteFinding } from '../findings';
import type { Article } from '../sources/article';

const FORMAT = 'sourcecheck-report/1';

export interface SavedReport {
  readonly report: DraftReport;
  /** Null when the host did not need them when it saved the report. */
  readonly actors: Actor[] | null;
}

export function encodeReport(report: DraftReport, actors: readonly Actor[] | null): string {
  const quotes = report.quotes.map((q) => ({ ...q, source: q.source ? { ...q.source, article: q.source.article.file } : null }));
  return JSON.stringify({ format: FORMAT, quotes, prose: report.prose, unbalanced: report.unbalanced, actors });
}

export function decodeReport(json: string, articleOf: (file: string) => Article | undefined): SavedReport | undefined {
  try {
    const saved = JSON.parse(json) as { format?: unknown; quotes?: unknown; prose?: unknown; unbalanced?: unknown; actors?: unknown };
    if (saved.format !== FORMAT || !Array.isArray(saved.quotes) || typeof saved.prose !== 'string' || !Array.isArray(saved.unbalanced) || !(saved.actors === null || Array.isArray(saved.actors))) return undefined;
    const quotes: QuoteFinding[] = [];
    for (const q of saved.quotes as Array<QuoteFinding & { source: { article: unknown } | null }>) {
      if (typeof q.verdict !== 'string' || typeof q.start !== 'number' || typeof q.text !== 'string' || !Array.isArray(q.edits)) return undefined;
      if (!q.source) {
        quotes.push({ ...q, source: null });
        continue;
      }
      const article = typeof q.source.article === 'string' ? articleOf(q.source.article) : undefined;
      if (!article) return undefined;
      quotes.push({ ...q, source: { ...q.source, article } });
    }
    return { report: { quotes, prose: saved.prose, unbalanced: saved.unbalanced as number[] }, actors: saved.actors as Actor[] | null };
  } catch {
    return undefined;
  }
}
