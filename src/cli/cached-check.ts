/**
 * Checks each draft, or takes its findings from the cache when neither the draft nor any source changed
 * since they were saved (the key is the draft's text and every source's path, size and modification time).
 */
import { checkDraft, decodeReport, draftActors, encodeReport, type CheckedDraft, type Corpus } from '../core';
import { sha256 } from './cache-folder';
import type { DiskCache } from './disk-cache';

export function checkDrafts(
  drafts: ReadonlyArray<{ readonly file: string; readonly text: string }>, corpus: Corpus, cache: DiskCache | undefined, wantActors: boolean,
): CheckedDraft[] {
  const corpusKey = cache ? sha256(JSON.stringify([corpus.maxSourceBytes, corpus.stamps()])) : '';
  return drafts.map((draft) => {
    const entry = cache?.findings(draft.text, corpusKey);
    const saved = entry?.text === undefined ? undefined : decodeReport(entry.text, (file) => corpus.article(file));
    if (saved && (saved.actors || !wantActors)) return { ...draft, report: saved.report, ...(saved.actors ? { actors: saved.actors } : {}) };
    const report = saved?.report ?? checkDraft(draft.text, corpus.index);
    const actors = wantActors ? draftActors(report) : null;
    entry?.save(encodeReport(report, actors));
    return { ...draft, report, ...(actors ? { actors } : {}) };
  });
}
