/**
 * The CLI's JSON document (its fields are described in docs/json-report.md), built from engine results. The
 * actors of a draft that comes without them are asked of `actorsOf`: this module needs no part of the engine
 * that checks, so a host that renders saved findings loads none of it (json-report.ts passes draftActors).
 */
import type { Actor } from '../actors/actors';
import type { DraftReport, QuoteFinding } from '../findings';
import type { SourceProblem } from '../sources/article';
import { passageLocator } from '../sources/segments';
import { LineIndex } from '../text/positions';

export interface CheckedDraft {
  readonly file: string;
  readonly text: string;
  readonly report: DraftReport;
  /** The draft's actors, when a host already has them (from its cache); else they are worked out here. */
  readonly actors?: readonly Actor[];
}

export interface RunSummary {
  readonly version: string;
  readonly articles: number;
  readonly skipped: readonly SourceProblem[];
  readonly warnings: readonly SourceProblem[];
  readonly drafts: readonly CheckedDraft[];
}

export function jsonDocument(run: RunSummary, actorsOf: (report: DraftReport) => readonly Actor[]): unknown {
  return {
    tool: { name: 'sourcecheck', version: run.version },
    sources: { articles: run.articles, skipped: run.skipped, warnings: run.warnings },
    drafts: run.drafts.map((draft) => {
      const lines = new LineIndex(draft.text);
      return {
        file: draft.file,
        quotes: draft.report.quotes.map((q) => quoteJson(q, lines)),
        actors: (draft.actors ?? actorsOf(draft.report)).map((a) => ({ name: a.name, kind: a.kind, mentions: a.mentions, quotes: a.quotes })),
        unbalanced: draft.report.unbalanced.map((offset) => ({ offset, ...lines.position(offset) })),
      };
    }),
  };
}

function quoteJson(q: QuoteFinding, lines: LineIndex): unknown {
  const toFile = q.source?.article.bodyToFile;
  return {
    start: q.start,
    end: q.end,
    ...lines.position(q.start),
    text: q.text,
    verdict: q.verdict,
    speaker: q.speaker?.name ?? null,
    source: q.source && toFile
      ? {
          ...q.source.article.meta,
          file: q.source.article.file,
          start: toFile.toOriginal(q.source.start),
          end: toFile.toOriginal(q.source.end),
          text: q.source.article.body.slice(q.source.start, q.source.end),
          speaker: q.source.speaker,
          page: passageLocator(q.source.article, q.source.start)?.page ?? null,
          time: passageLocator(q.source.article, q.source.start)?.time ?? null,
        }
      : null,
    edits: q.edits.map((e) => ({
      kind: e.kind,
      draft: e.draft,
      source: e.source,
      ...(e.changesMeaning ? { changesMeaning: true } : {}),
    })),
    message: q.message,
  };
}
