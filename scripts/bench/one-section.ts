/**
 * One section of the bench on its own (`--only=SECTION`), for measuring a change without the whole run:
 * - editor: the 5,000-word draft's checkDraft (plain and with the QuotationCache) and the sidebar, at DEV only;
 * - updates: the ~100 MB Corpus as the editor drives it (first indexing, snapshot, changed files, storm, merge);
 *   `npm run bench` runs it this way, in a process of its own;
 * - speakers: every person's "In the sources" at DEV, and the speaker index built between pauses.
 * Prints the section's figures as JSON.
 */
import type { Dataset } from './dataset';
import { benchEditorDev } from './editor-bench';
import { benchIndexBuild } from './index-bench';
import { CORPUS_SEED, deriveLargeCorpus, LARGE_COPIES } from './large-corpus';
import { benchSpeakers } from './speaker-bench';
import { benchCorpusUpdates } from './update-bench';

export const SECTIONS = ['editor', 'updates', 'speakers'] as const;
export type Section = (typeof SECTIONS)[number];

export function isSection(name: string): name is Section {
  return (SECTIONS as readonly string[]).includes(name);
}

export async function runSection(section: Section, dataset: Dataset): Promise<unknown> {
  if (section === 'updates') return benchCorpusUpdates(() => deriveLargeCorpus(dataset.sources, LARGE_COPIES, CORPUS_SEED), dataset.drafts, 20);
  const dev = benchIndexBuild(() => dataset.sources, 1).indexed.index;
  return section === 'editor' ? benchEditorDev(dataset, dev) : benchSpeakers(dataset, dev);
}
