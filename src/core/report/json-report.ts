/** The CLI's JSON document (docs/json-report.md), a draft's actors worked out by the engine when it has none. */
import { draftActors } from '../check';
import { jsonDocument, type RunSummary } from './json-document';

export type { CheckedDraft, RunSummary } from './json-document';

export function jsonReport(run: RunSummary): unknown {
  return jsonDocument(run, draftActors);
}
