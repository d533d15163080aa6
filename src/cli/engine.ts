/**
 * The part of the CLI that reads the sources and checks drafts: a bundle of its own (dist/cli-engine.js) that
 * main.ts loads only when the cache cannot answer, so a run served from the cache neither compiles nor
 * initialises the engine (attribution rules, word lists, the index, the readers).
 */
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { checkDraft, Corpus, decodeReport, draftActors, encodeReport, readSourceAsync, type CheckedDraft, type Mammoth, type PdfJs, type SourceReaders } from '../core';
import { fromSaved, saveSummary, type Checked, type Draft } from './cached-check';
import type { DiskCache } from './disk-cache';
import { NodeFileSystem } from './node-file-system';

export { draftActors };

/** The PDF and Word parsers are bundles of their own beside this one (dist/readers/), required only when needed. */
const READERS: SourceReaders = {
  pdf: async () => createRequire(__filename)(path.join(__dirname, 'readers', 'pdf.js')) as PdfJs,
  docx: async () => createRequire(__filename)(path.join(__dirname, 'readers', 'docx.js')) as Mammoth,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms).unref()),
};

export interface SourcesRun {
  readonly drafts: readonly Draft[];
  /** The source files, in the order the corpus keeps. */
  readonly files: readonly string[];
  readonly maxSourceBytes: number | undefined;
  readonly cache: DiskCache | undefined;
  /** The sources' cache key (cached-check.ts sourcesKey); '' without a cache. */
  readonly key: string;
  readonly wantActors: boolean;
}

/**
 * Syncs the corpus (from the cache's snapshot when there is one), checks the drafts the cache does not hold,
 * and saves what the next run can reuse; undefined when no source is a readable article.
 */
export async function checkAgainstSources(run: SourcesRun): Promise<Checked | undefined> {
  const { cache, maxSourceBytes } = run;
  const corpus = new Corpus({
    fs: new NodeFileSystem(run.files),
    reader: (file, bytes, maxBytes) => readSourceAsync(file, bytes, maxBytes, READERS),
    ...(maxSourceBytes ? { maxSourceBytes } : {}),
    ...(cache ? { snapshot: cache } : {}),
  });
  await corpus.sync();
  const articles = corpus.articleCount;
  if (articles === 0) return undefined;
  const done = { checked: checkDrafts(run.drafts, corpus, cache, run.key, run.wantActors), sources: { articles, skipped: corpus.problems, warnings: corpus.warnings } };
  await corpus.saveSnapshot();
  if (cache) saveSummary(cache, run.key, done.sources);
  return done;
}

/** Each draft from its saved findings when they fit the current corpus, else checked and saved. */
function checkDrafts(drafts: readonly Draft[], corpus: Corpus, cache: DiskCache | undefined, key: string, wantActors: boolean): CheckedDraft[] {
  return drafts.map((draft) => {
    const entry = cache?.findings(draft.text, key);
    const saved = entry?.text === undefined ? undefined : decodeReport(entry.text, (file) => corpus.article(file));
    const done = fromSaved(draft, saved, wantActors);
    if (done) return done;
    const report = saved?.report ?? checkDraft(draft.text, corpus.index);
    const actors = wantActors ? draftActors(report) : null;
    entry?.save(encodeReport(report, actors));
    return { ...draft, report, ...(actors ? { actors } : {}) };
  });
}
