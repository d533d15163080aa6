/**
 * A checked draft as JSON, for a host's cache (the CLI re-run over unchanged drafts and sources): the
 * findings with each source named by its file, the actors, and the articles the findings quote (so that a
 * run whose every draft comes from the cache needs no corpus at all: a report quotes a few articles, the
 * corpus holds thousands). Loading takes each article from the current corpus when one is given, else from
 * the saved copy, checked field by field; anything that does not fit (a missing article, a damaged file,
 * another format) is no saved report at all, and the host checks the draft again.
 */
import type { Actor } from '../actors/actors';
import type { DraftReport, QuoteFinding } from '../findings';
import { decodeArticle, encodeArticle, type SavedArticle } from '../index/snapshot';
import type { Article } from '../sources/article';

const FORMAT = 'sourcecheck-report/2';

export interface SavedReport {
  readonly report: DraftReport;
  /** Null when the host did not need them when it saved the report. */
  readonly actors: Actor[] | null;
}

export function encodeReport(report: DraftReport, actors: readonly Actor[] | null): string {
  const articles: Record<string, SavedArticle> = {};
  for (const q of report.quotes) if (q.source) articles[q.source.article.file] ??= encodeArticle(q.source.article);
  const quotes = report.quotes.map((q) => ({ ...q, source: q.source ? { ...q.source, article: q.source.article.file } : null }));
  return JSON.stringify({ format: FORMAT, quotes, prose: report.prose, unbalanced: report.unbalanced, actors, articles });
}

/** The saved report; `articleOf` (the current corpus's articles) is asked first, the saved copies after. */
export function decodeReport(json: string, articleOf?: (file: string) => Article | undefined): SavedReport | undefined {
  try {
    const saved = JSON.parse(json) as { format?: unknown; quotes?: unknown; prose?: unknown; unbalanced?: unknown; actors?: unknown; articles?: unknown };
    if (saved.format !== FORMAT || !Array.isArray(saved.quotes) || typeof saved.prose !== 'string' || !Array.isArray(saved.unbalanced) || !(saved.actors === null || Array.isArray(saved.actors))) return undefined;
    const copies = typeof saved.articles === 'object' && saved.articles !== null ? (saved.articles as Record<string, unknown>) : {};
    const decoded = new Map<string, Article | undefined>();
    const savedCopy = (file: string): Article | undefined => {
      if (!decoded.has(file)) {
        const article = Object.hasOwn(copies, file) ? decodeArticle(copies[file]) : undefined;
        decoded.set(file, article?.file === file ? article : undefined);
      }
      return decoded.get(file);
    };
    const quotes: QuoteFinding[] = [];
    for (const q of saved.quotes as Array<QuoteFinding & { source: { article: unknown } | null }>) {
      if (typeof q.verdict !== 'string' || typeof q.start !== 'number' || typeof q.text !== 'string' || !Array.isArray(q.edits)) return undefined;
      if (!q.source) {
        quotes.push({ ...q, source: null });
        continue;
      }
      const file = q.source.article;
      const article = typeof file === 'string' ? articleOf?.(file) ?? savedCopy(file) : undefined;
      if (!article) return undefined;
      quotes.push({ ...q, source: { ...q.source, article } });
    }
    return { report: { quotes, prose: saved.prose, unbalanced: saved.unbalanced as number[] }, actors: saved.actors as Actor[] | null };
  } catch {
    return undefined;
  }
}
