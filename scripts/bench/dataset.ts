/** The labelled data set the benchmark runs on: source files (bytes read once), drafts, expected quotations. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SourceFile } from '../../src/core';

export interface Draft {
  /** Path relative to the data folder, as in expected.json (`drafts/draft-01.md`). */
  readonly name: string;
  readonly text: string;
}

/** The fields of an expected.json record that the benchmark uses. */
export interface ExpectedQuote {
  readonly draft: string;
  readonly quote: string;
  readonly label: string;
  readonly source_id: string | null;
  readonly alt_sources: readonly string[];
}

export interface Dataset {
  readonly dir: string;
  readonly sourcesDir: string;
  readonly sources: SourceFile[];
  readonly drafts: Draft[];
  readonly expected: ExpectedQuote[];
}

export function loadDataset(dir: string): Dataset {
  const sourcesDir = path.join(dir, 'sources');
  const draftsDir = path.join(dir, 'drafts');
  const sources = sortedFiles(sourcesDir).map((name) => {
    const file = path.join(sourcesDir, name);
    return { file, bytes: new Uint8Array(fs.readFileSync(file)) };
  });
  const drafts = sortedFiles(draftsDir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => ({ name: `drafts/${name}`, text: fs.readFileSync(path.join(draftsDir, name), 'utf8') }));
  const expected = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')) as ExpectedQuote[];
  return { dir, sourcesDir, sources, drafts, expected };
}

export function totalBytes(sources: readonly SourceFile[]): number {
  return sources.reduce((sum, s) => sum + s.bytes.length, 0);
}

/** Labelled quotations per draft name. */
export function quotationCounts(expected: readonly ExpectedQuote[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const record of expected) counts.set(record.draft, (counts.get(record.draft) ?? 0) + 1);
  return counts;
}

/**
 * Drafts with exactly `wanted` labelled quotations; when the data set has none, one draft made by
 * concatenating drafts in order until it holds at least `wanted`.
 */
export function draftsWithQuotations(dataset: Dataset, wanted: number): Draft[] {
  const counts = quotationCounts(dataset.expected);
  const exact = dataset.drafts.filter((d) => counts.get(d.name) === wanted);
  if (exact.length > 0) return exact;
  const parts: Draft[] = [];
  let total = 0;
  for (const draft of dataset.drafts) {
    if (total >= wanted) break;
    parts.push(draft);
    total += counts.get(draft.name) ?? 0;
  }
  return [{ name: parts.map((d) => d.name).join('+'), text: parts.map((d) => d.text).join('\n\n') }];
}

function sortedFiles(dir: string): string[] {
  return fs.readdirSync(dir).filter((name) => !name.startsWith('.')).sort();
}
