/**
 * A draft's findings are taken from the cache when neither the draft nor any source changed since they were
 * saved (the key is the draft's text and every source's path, size and modification time). When every draft
 * is in the cache, the run needs no corpus at all: the saved findings carry the articles they quote, and the
 * sources' summary (articles, skipped files, warnings) is saved under the same key. Checking what the cache
 * does not hold is engine.ts's, a bundle loaded only then.
 */
import { decodeReport, type CheckedDraft, type SavedReport, type SourceProblem, type SourceStat } from '../core';
import { sha256 } from './cache-folder';
import type { DiskCache } from './disk-cache';

export type Draft = { readonly file: string; readonly text: string };

/** What the report says about the sources. */
export interface SourcesSummary {
  readonly articles: number;
  readonly skipped: SourceProblem[];
  readonly warnings: SourceProblem[];
}

/**
 * The sources' state as the cache keys it: the size limit, and each source's path, modification time and size.
 * `stat` is synchronous: over thousands of sources, an await per file cost more than the stat itself.
 */
export function sourcesKey(maxSourceBytes: number, files: readonly string[], stat: (file: string) => SourceStat | undefined): string {
  const stamps: Array<[string, number, number]> = [];
  for (const file of files) {
    const found = stat(file);
    if (found && !found.directory) stamps.push([file, found.mtime, found.size]);
  }
  return sha256(JSON.stringify([maxSourceBytes, stamps]));
}

/** The checked drafts and what the report says about the sources. */
export interface Checked {
  readonly checked: CheckedDraft[];
  readonly sources: SourcesSummary;
}

/** The sources' summary saved under this key, or undefined. */
export function summaryFromCache(cache: DiskCache, key: string): SourcesSummary | undefined {
  return readSummary(cache.entry(summaryName(key)).text);
}

/** Every draft's findings from the cache, with the sources' summary read there, or undefined when any is missing. */
export function fromCache(drafts: readonly Draft[], cache: DiskCache, key: string, sources: SourcesSummary, wantActors: boolean): Checked | undefined {
  const checked: CheckedDraft[] = [];
  for (const draft of drafts) {
    const text = cache.findings(draft.text, key).text;
    const done = fromSaved(draft, text === undefined ? undefined : decodeReport(text), wantActors);
    if (!done) return undefined;
    checked.push(done);
  }
  return { checked, sources };
}

/** The draft as its saved findings have it, when they hold all the run wants (the actors, for JSON). */
export function fromSaved(draft: Draft, saved: SavedReport | undefined, wantActors: boolean): CheckedDraft | undefined {
  return saved && (saved.actors || !wantActors) ? { ...draft, report: saved.report, ...(saved.actors ? { actors: saved.actors } : {}) } : undefined;
}

export function saveSummary(cache: DiskCache, key: string, sources: SourcesSummary): void {
  cache.entry(summaryName(key)).save(JSON.stringify({ format: SUMMARY_FORMAT, ...sources }));
}

const SUMMARY_FORMAT = 'sourcecheck-sources/1';

function summaryName(key: string): string {
  return `sources-${key}.json`;
}

function readSummary(text: string | undefined): SourcesSummary | undefined {
  if (text === undefined) return undefined;
  try {
    const saved = JSON.parse(text) as { format?: unknown; articles?: unknown; skipped?: unknown; warnings?: unknown };
    if (saved.format !== SUMMARY_FORMAT || typeof saved.articles !== 'number' || !(saved.articles > 0)) return undefined;
    if (!isProblems(saved.skipped) || !isProblems(saved.warnings)) return undefined;
    return { articles: saved.articles, skipped: saved.skipped, warnings: saved.warnings };
  } catch {
    return undefined;
  }
}

function isProblems(value: unknown): value is SourceProblem[] {
  return Array.isArray(value) && value.every((p) => typeof p === 'object' && p !== null && typeof (p as SourceProblem).file === 'string' && typeof (p as SourceProblem).reason === 'string');
}
