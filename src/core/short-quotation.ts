/**
 * Whether a short quotation (fewer words than an unsourced verdict needs) can be checked, and against which
 * passage. A few words ("a great deal", "freak out") occur in many sources, and three words with one changed
 * match something in any large corpus ("a total disaster" and a quoted "a total of"), so a short quotation is
 * checked only against a passage that is clearly the one quoted, and otherwise stays unchecked, never unsourced:
 *
 * - the draft's speaker is the one the source quotes there, and the passage is close: every word but one (of
 *   three or more; none of two), two in a row, and three of them matched when one differs; or
 * - three words or more, verbatim (accepted edits aside) or with one word changed between four matched ones
 *   (`this burden on coming generations`; a changed last word is how unrelated phrases meet: `a deep and sincere
 *   apology` and a quoted `a deep and sincere faith`), someone's words in the source (a quotation there, a
 *   transcript's voice), held by no other passage as close (the same words told again in the same article, a
 *   lead repeating the quotation, aside), nothing closer in narration, and the draft naming no one else with
 *   confidence.
 *
 * It is never misattributed: two people may well use the same few words, and the sources hold only some of
 * what anyone said.
 */
import { CONFIDENT } from './attribution/attribute';
import type { SourcePassage, Speaker } from './findings';
import { findPassages, type PassageMatch } from './match/find-passage';
import { findShortPassages } from './match/find-short-passage';
import type { Unit } from './match/quote-units';
import type { PassageIndex } from './index/passage-index';
import { passageOf, sameSpeaker } from './source-passage';
import { isQuotedInSource } from './source-speakers';

/** One word says nothing about where it comes from. */
export const MIN_SHORT_WORDS = 2;
/** Below this many words only the draft's speaker being the source's can pick a passage. */
const MIN_WORDS_ALONE = 3;
/** Words that must match (a bracket holding the source's own words counts) for one other word to be a misquotation. */
const MIN_EVIDENCE_FOR_ERROR = 3;
/** Without the draft's speaker, a changed word must sit between matched ones, with this many matched. */
const MIN_WORDS_AROUND_ERROR = 4;
/** Close candidates whose speakers are read in search of the draft's speaker. */
const MAX_READ = 8;

export interface ShortMatch {
  readonly match: PassageMatch;
  readonly source: SourcePassage;
}

interface Candidate extends ShortMatch {
  /** Words changed, added or left out. */
  readonly errors: number;
  /** Every difference has matched words on both sides (`this burden on coming generations`). */
  readonly anchored: boolean;
  /** Someone's words in the source: a quotation there (attributed or not) or a transcript's voice. */
  readonly said: boolean;
}

/** The passage a short quotation of `words` words is checked against, or null to leave it unchecked. */
export function shortQuotationPassage(draft: string, index: PassageIndex, units: readonly Unit[], words: number, speaker: Speaker | null): ShortMatch | null {
  if (words < MIN_SHORT_WORDS) return null;
  const quoted = findShortPassages(index, units);
  if (quoted === null) return null; // every pair of its words is a common phrase
  const found = distinct([...(words >= MIN_WORDS_ALONE ? findPassages(index, units) : []), ...quoted]);
  const close = found.flatMap((match) => {
    const how = closeness(match, units, index, words);
    return how ? [{ match, ...how }] : [];
  });
  // Reading whom a source quotes means reading its whole article (cached): only as many as the rules need.
  const read = (c: { match: PassageMatch; errors: number; anchored: boolean }): Candidate => {
    const source = passageOf(index.articles[c.match.article]!.article, c.match);
    return { ...c, source, said: source.speaker !== null || isQuotedInSource(source.article, source.start, source.end) };
  };
  if (speaker) {
    for (const c of close.slice(0, MAX_READ)) {
      const candidate = read(c);
      if (sameSpeaker(draft, speaker, candidate.source, true)) return candidate;
    }
  }
  if (words < MIN_WORDS_ALONE) return null;
  const alone = close.filter((c) => c.errors === 0 || (c.anchored && c.match.matchedWords >= MIN_WORDS_AROUND_ERROR));
  const first = alone[0];
  if (!first || found[0]!.alignment.cost < first.match.alignment.cost) return null; // closer to words no one is quoted saying
  // The same words told again in the article (a lead, a headline) are no rival; anywhere else they are a phrase.
  const cost = first.match.alignment.cost;
  if (close.some((c) => c !== first && c.match.alignment.cost <= cost && (c.match.article !== first.match.article || !sameWords(index, c.match, first.match)))) return null;
  const best = read(first);
  if (!best.said) return null;
  if (speaker && speaker.confidence >= CONFIDENT && best.source.speaker && best.source.speakerConfidence >= CONFIDENT) return null; // someone else's words
  return best;
}

/**
 * How close a passage is for a few words, or null when not close enough: at most one word differs (none of two
 * words), two match in a row, the others match, and MIN_EVIDENCE_FOR_ERROR match when one differs. Bracketed
 * words and ellipses are accepted as in a long quotation.
 */
function closeness(match: PassageMatch, units: readonly Unit[], index: PassageIndex, words: number): { errors: number; anchored: boolean } | null {
  const hashes = index.articles[match.article]!.hashes;
  const ops = match.alignment.ops;
  // a difference is anchored when matched words stand on both sides of it
  const firstMatch = ops.findIndex((o) => o.op === 'match');
  const lastMatch = ops.map((o) => o.op).lastIndexOf('match');
  let errors = 0;
  let anchored = true;
  let restored = 0;
  let run = 0;
  let longestRun = 0;
  ops.forEach((op, k) => {
    if (op.op === 'substitute' || op.op === 'insert' || op.op === 'delete' || op.op === 'transpose') {
      errors++;
      anchored &&= firstMatch < k && k < lastMatch;
    }
    if (op.op === 'bracket') {
      const unit = units[op.unit]!;
      if (unit.kind === 'bracket' && unit.hashes.length === op.to - op.from && unit.hashes.every((h, i) => h === hashes[op.from + i])) restored++;
    }
    run = op.op === 'match' ? run + 1 : 0;
    longestRun = Math.max(longestRun, run);
  });
  const allowed = words < MIN_WORDS_ALONE ? 0 : 1;
  if (errors > allowed || longestRun < 2 || match.matchedWords < words - allowed) return null;
  if (errors > 0 && match.matchedWords + restored < MIN_EVIDENCE_FOR_ERROR) return null;
  return { errors, anchored };
}

/** The same source words, wherever they are. */
function sameWords(index: PassageIndex, a: PassageMatch, b: PassageMatch): boolean {
  const x = index.articles[a.article]!.hashes.subarray(a.alignment.from, a.alignment.to);
  const y = index.articles[b.article]!.hashes.subarray(b.alignment.from, b.alignment.to);
  return x.length === y.length && x.every((h, i) => h === y[i]);
}

/** One match per (article, start), best first. */
function distinct(matches: readonly PassageMatch[]): PassageMatch[] {
  const kept = new Map<string, PassageMatch>();
  for (const m of matches) {
    const key = `${m.article}:${m.alignment.from}`;
    const old = kept.get(key);
    if (!old || m.alignment.cost < old.alignment.cost) kept.set(key, m);
  }
  return [...kept.values()].sort((a, b) => a.alignment.cost - b.alignment.cost || b.matchedWords - a.matchedWords || a.article - b.article);
}
