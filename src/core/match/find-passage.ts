/**
 * Where a quotation comes from: index lookup for candidate articles, then alignment inside a window around the
 * most likely start in each, keeping the alignments that differ least from the quotation.
 */
import type { PassageIndex } from '../index/passage-index';
import { align, MAX_OMISSION, type Alignment } from './align';
import { wordRuns, type Unit } from './quote-units';

export interface PassageMatch {
  readonly article: number;
  readonly alignment: Alignment;
  /** Words of the quotation matched verbatim (case aside). */
  readonly matchedWords: number;
}

const MARGIN = 12;
const CANDIDATES = 6;

/** The closest passages, best first, ties included (the same quotation often appears in several articles). */
export function findPassages(index: PassageIndex, units: readonly Unit[]): PassageMatch[] {
  const hits = index.lookup(wordRuns(units), CANDIDATES);
  if (hits.length === 0) return [];
  const spans = units.filter((u) => u.kind !== 'word');
  const slack = MARGIN + spans.reduce((sum, u) => sum + (u.kind === 'ellipsis' ? MAX_OMISSION : 4), 0);
  const enough = hits[0]!.hits / 2; // far fewer shared trigrams: not the same passage
  const matches = hits.filter((h) => h.hits >= enough).map(({ article, diagonal }) => {
    const hashes = index.articles[article]!.hashes;
    const from = Math.max(0, diagonal - slack);
    const to = Math.min(hashes.length, diagonal + units.length + slack);
    const alignment = align(units, hashes, from, to);
    const matchedWords = alignment.ops.filter((op) => op.op === 'match').length;
    return { article, alignment, matchedWords };
  });
  matches.sort((a, b) => a.alignment.cost - b.alignment.cost || b.matchedWords - a.matchedWords || a.article - b.article);
  const best = matches[0]!;
  return matches.filter((m) => m.alignment.cost === best.alignment.cost && m.matchedWords === best.matchedWords);
}
