/**
 * The naive peer: fuse.js over every paragraph of the corpus, one search per quotation. The design notes
 * keep fuse.js for fuzzy picking; this measures what using it to locate passages would cost.
 */
import Fuse from 'fuse.js';
import { checkDraft, prepareSource, type PassageIndex, type SourceFile } from '../../src/core';
import type { ExpectedQuote } from './dataset';
import { median, repeatFor, timed } from './stats';

const FUSE_OPTIONS = { includeScore: true, ignoreLocation: true, threshold: 0.4 };
const ENGINE_REPEATS = { budgetMs: 500, minRounds: 5, maxRounds: 200, warmup: 3 };

export interface PeerQuote {
  readonly quote: string;
  readonly label: string;
  readonly expectedSource: string | null;
  readonly fuseMs: number;
  /** Article of fuse's best-scored paragraph, null when it found nothing under the threshold. */
  readonly fuseTopSource: string | null;
  readonly fuseTopScore: number | null;
  /** Top hit is the expected article (or one of its verbatim alternatives); null for unsourced quotations. */
  readonly fuseRightSource: boolean | null;
  /** Median checkDraft time of a one-quotation draft holding this quotation. */
  readonly engineMs: number;
}

export interface PeerFigures {
  readonly paragraphs: number;
  readonly fuseIndexMs: number;
  readonly quotes: PeerQuote[];
  readonly fuseMedianMs: number;
  readonly engineMedianMs: number;
}

export function benchFusePeer(sources: readonly SourceFile[], expected: readonly ExpectedQuote[], count: number, index: PassageIndex): PeerFigures {
  const { texts, sourceIds } = paragraphsOf(sources);
  const { result: fuse, ms: fuseIndexMs } = timed(() => new Fuse(texts, FUSE_OPTIONS));
  const quotes = spreadSample(expected, count).map((record) => {
    const { result: hits, ms: fuseMs } = timed(() => fuse.search(record.quote));
    const top = hits[0];
    const fuseTopSource = top ? sourceIds[top.refIndex]! : null;
    return {
      quote: record.quote,
      label: record.label,
      expectedSource: record.source_id,
      fuseMs,
      fuseTopSource,
      fuseTopScore: top?.score ?? null,
      fuseRightSource: record.source_id === null ? null : fuseTopSource !== null && [record.source_id, ...record.alt_sources].includes(fuseTopSource),
      engineMs: engineQuoteMs(record.quote, index),
    };
  });
  return { paragraphs: texts.length, fuseIndexMs, quotes, fuseMedianMs: median(quotes.map((q) => q.fuseMs)), engineMedianMs: median(quotes.map((q) => q.engineMs)) };
}

/** Every non-empty paragraph (blank-line separated) of every article body, with its article's id. */
function paragraphsOf(sources: readonly SourceFile[]): { texts: string[]; sourceIds: string[] } {
  const texts: string[] = [];
  const sourceIds: string[] = [];
  for (const source of sources) {
    const article = prepareSource(source).tokens?.article;
    if (!article) continue;
    for (const paragraph of article.body.split(/\n[ \t]*\n/)) {
      if (paragraph.trim() === '') continue;
      texts.push(paragraph.trim());
      sourceIds.push(article.meta.id);
    }
  }
  return { texts, sourceIds };
}

/** `count` records spread evenly over the list, so the sample mixes drafts and labels deterministically. */
function spreadSample<T>(items: readonly T[], count: number): T[] {
  const n = Math.min(count, items.length);
  return Array.from({ length: n }, (_, i) => items[Math.floor(((i + 0.5) * items.length) / n)]!);
}

/** The engine on the same quotation: a draft that holds only it. Curly marks, so inner straight quotes stay. */
function engineQuoteMs(quote: string, index: PassageIndex): number {
  const draft = `A speaker said: \u201c${quote}\u201d\n`;
  const samples: number[] = [];
  repeatFor((record) => {
    const { ms } = timed(() => checkDraft(draft, index));
    if (record) samples.push(ms);
  }, ENGINE_REPEATS);
  return median(samples);
}
