/**
 * Where a short quotation (a few words, or words broken up by brackets) may come from: every place its word
 * bigrams are quoted in the sources (quoted-bigram-index.ts), aligned as find-passage.ts aligns a long one.
 * Unlike findPassages it returns every close-enough place, not only the best: whether a short quotation can
 * be checked at all depends on how many places hold it (short-quotation.ts).
 */
import type { PassageIndex } from '../index/passage-index';
import { QuotedBigramIndex, type BigramPlace } from '../index/quoted-bigram-index';
import { align } from './align';
import { matchedWordsOf, type PassageMatch } from './find-passage';
import { wordRuns, type Unit } from './quote-units';

/** A bigram quoted in more places than this is a common phrase ("we will", "a great"): it says nothing. */
const MAX_PLACES_PER_BIGRAM = 48;
/** Places aligned for one quotation at most. */
const MAX_PLACES = 96;
/** Source words either side of where the quotation would start (brackets stand for up to four words). */
const MARGIN = 6;

/**
 * The places whose quoted bigrams the quotation shares, aligned, best first; null when every bigram of the
 * quotation is a common phrase. Places are distinct by (article, aligned start).
 */
export function findShortPassages(index: PassageIndex, units: readonly Unit[]): PassageMatch[] | null {
  const quoted = QuotedBigramIndex.of(index.articles);
  const lists: BigramPlace[][] = [];
  let looked = 0;
  for (const run of wordRuns(units)) {
    for (let q = 0; q + 1 < run.hashes.length; q++) {
      looked++;
      const places = quoted.places(run.hashes[q]!, run.hashes[q + 1]!, run.position + q, MAX_PLACES_PER_BIGRAM);
      if (places) lists.push(places);
    }
  }
  if (looked > 0 && lists.length === 0) return null;
  lists.sort((x, y) => x.length - y.length); // the rarest bigrams first, within the budget
  const seen = new Set<string>();
  const matches: PassageMatch[] = [];
  let budget = MAX_PLACES;
  for (const places of lists) {
    for (const { article, word, position } of places) {
      const start = word - position;
      const key = `${article}:${start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (--budget < 0) break;
      const hashes = index.articles[article]!.hashes;
      const alignment = align(units, hashes, Math.max(0, start - MARGIN), Math.min(hashes.length, start + units.length + MARGIN));
      matches.push({ article, alignment, matchedWords: matchedWordsOf(alignment) });
    }
  }
  const distinct = new Map<string, PassageMatch>();
  for (const m of matches) {
    const key = `${m.article}:${m.alignment.from}`;
    const kept = distinct.get(key);
    if (!kept || m.alignment.cost < kept.alignment.cost) distinct.set(key, m);
  }
  return [...distinct.values()].sort((a, b) => a.alignment.cost - b.alignment.cost || b.matchedWords - a.matchedWords || a.article - b.article);
}
