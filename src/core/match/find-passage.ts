/**
 * Where a quotation comes from: index lookup for candidate articles, then alignment inside a window around the
 * most likely start in each, keeping the alignments that differ least from the quotation.
 */
import type { PassageIndex } from '../index/passage-index';
import { align, ALIGNMENT_BUDGET, alignmentWork, MAX_OMISSION, rowWork, type Alignment } from './align';
import { wordRuns, type Unit } from './quote-units';

export interface PassageMatch {
  readonly article: number;
  readonly alignment: Alignment;
  /** Words of the quotation matched verbatim (case aside). */
  readonly matchedWords: number;
}

const MARGIN = 12;
const CANDIDATES = 6;
/**
 * Source words all the ellipses and brackets of one quotation may widen the window by: omissions must be
 * "close together" in the source, and without a cap 3,000 ellipses asked for a window of 240,000 words.
 */
const MAX_SPAN_SLACK = 320;

/**
 * Whether a quotation can be aligned within the work budget at all (a window of at least its own words); a
 * quotation of thousands of ellipses or brackets cannot, and is not checked.
 */
export function fitsAlignmentBudget(units: readonly Unit[]): boolean {
  return rowWork(units) * (units.length + 2 * MARGIN + 1) <= ALIGNMENT_BUDGET;
}

/** The closest passages, best first, ties included (the same quotation often appears in several articles). */
export function findPassages(index: PassageIndex, units: readonly Unit[]): PassageMatch[] {
  if (!fitsAlignmentBudget(units)) return [];
  const hits = index.lookup(wordRuns(units), CANDIDATES);
  if (hits.length === 0) return [];
  const spans = units.filter((u) => u.kind !== 'word');
  const spanSlack = Math.min(MAX_SPAN_SLACK, spans.reduce((sum, u) => sum + (u.kind === 'ellipsis' ? MAX_OMISSION : 4), 0));
  // The window is narrowed to the work budget: ellipses and brackets widen it only as far as the budget allows.
  const widest = Math.floor(ALIGNMENT_BUDGET / rowWork(units)) - 1;
  const slack = Math.max(0, Math.min(MARGIN + spanSlack, Math.floor((widest - units.length) / 2)));
  const enough = hits[0]!.hits / 2; // far fewer shared trigrams: not the same passage
  const matches = hits.filter((h) => h.hits >= enough).map(({ article, diagonal }) => {
    const hashes = index.articles[article]!.hashes;
    const from = Math.max(0, diagonal - slack);
    const to = Math.min(hashes.length, diagonal + units.length + slack);
    const alignment = align(units, hashes, from, to);
    return { article, alignment, matchedWords: matchedWordsOf(alignment) };
  });
  matches.sort((a, b) => a.alignment.cost - b.alignment.cost || b.matchedWords - a.matchedWords || a.article - b.article);
  const best = matches[0]!;
  return matches.filter((m) => m.alignment.cost === best.alignment.cost && m.matchedWords === best.matchedWords);
}

/**
 * The same passage found again further on in its article (a headline repeating the body's quotation, a
 * pull quote): each later place whose first three words match the passage's, aligned there, kept when it is as
 * close. The index gives one place per article; the caller may prefer a repeat the article attributes.
 */
export function repeatsOf(index: PassageIndex, units: readonly Unit[], match: PassageMatch): PassageMatch[] {
  const hashes = index.articles[match.article]!.hashes;
  const { from, to } = match.alignment;
  if (to - from < 3) return [];
  const [h0, h1, h2] = [hashes[from]!, hashes[from + 1]!, hashes[from + 2]!];
  const repeats: PassageMatch[] = [];
  let tries = 0;
  for (let p = to; p + 2 < hashes.length && tries < MAX_REPEATS; p++) {
    if (hashes[p] !== h0 || hashes[p + 1] !== h1 || hashes[p + 2] !== h2) continue;
    tries++;
    const windowTo = Math.min(hashes.length, p + (to - from) + MARGIN);
    if (alignmentWork(units, windowTo - p) > ALIGNMENT_BUDGET) break;
    const alignment = align(units, hashes, p, windowTo);
    const matchedWords = matchedWordsOf(alignment);
    if (alignment.cost === match.alignment.cost && matchedWords === match.matchedWords) repeats.push({ article: match.article, alignment, matchedWords });
    p = Math.max(p, alignment.to - 1);
  }
  return repeats;
}

/** Places looked at again in one article (an article of one word repeated must not cost an alignment per word). */
const MAX_REPEATS = 3;

/** Words of the quotation an alignment matches verbatim (case aside). */
export function matchedWordsOf(alignment: Alignment): number {
  return alignment.ops.filter((op) => op.op === 'match').length;
}
