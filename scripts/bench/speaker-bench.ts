/**
 * "In the sources" for every person of the 5,000-word editor draft at once: the corpus scan (quotesBySpeaker
 * on fresh articles, as the sidebar did) against the speaker index (built once per index, then a lookup per
 * person). Both must return the same quotations.
 */
import { buildSpeakerIndex, checkDraft, draftActors, quotesBySpeaker, SourceSpeakerIndex, type Article, type PassageIndex } from '../../src/core';
import type { Dataset } from './dataset';
import { buildEditorDraft } from './editor-draft';

export interface SpeakerFigures {
  readonly persons: number;
  readonly scanAllMs: number;
  readonly indexBuildMs: number;
  readonly lookupAllMs: number;
  readonly sameResults: boolean;
  /** The index built as the editor builds it, between pauses: wall time, and the longest step between two pauses (one article). */
  readonly slicedBuildMs: number;
  readonly longestStepMs: number;
}

export async function benchSpeakers(dataset: Dataset, index: PassageIndex): Promise<SpeakerFigures> {
  const text = buildEditorDraft(dataset.drafts).text;
  const persons = draftActors(checkDraft(text, index)).filter((a) => a.kind === 'person');
  const fresh = (): Article[] => index.articles.map((a) => ({ ...a.article }));
  const scanArticles = fresh();
  let started = performance.now();
  const scanned = persons.map((p) => quotesBySpeaker(scanArticles, p.name).map((q) => `${q.article.file}:${q.start}`));
  const scanAllMs = performance.now() - started;
  const indexArticles = fresh();
  started = performance.now();
  const speakers = new SourceSpeakerIndex(indexArticles);
  const indexBuildMs = performance.now() - started;
  started = performance.now();
  const looked = persons.map((p) => speakers.quotesBy(p.name).map((q) => `${q.article.file}:${q.start}`));
  const lookupAllMs = performance.now() - started;
  // As the editor's Actors view builds it: a pause after each article gives the thread back
  let longestStepMs = 0;
  let stepStart = performance.now();
  const pause = async (): Promise<void> => {
    longestStepMs = Math.max(longestStepMs, performance.now() - stepStart);
    await new Promise((resolve) => setImmediate(resolve));
    stepStart = performance.now();
  };
  started = performance.now();
  const sliced = await buildSpeakerIndex(fresh(), pause);
  const slicedBuildMs = performance.now() - started;
  const slicedSame = JSON.stringify(persons.map((p) => sliced!.quotesBy(p.name).map((q) => `${q.article.file}:${q.start}`))) === JSON.stringify(looked);
  return { persons: persons.length, scanAllMs, indexBuildMs, lookupAllMs, sameResults: JSON.stringify(scanned) === JSON.stringify(looked) && slicedSame, slicedBuildMs, longestStepMs };
}
