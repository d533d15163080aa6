/**
 * Attributed claims without quotation marks: `X said that …`, `according to X, …`, `X told <outlet> …`.
 * With the quotations they make up what the draft says others said.
 */
import { nameAfter, nameBeforeVerb, type NameSpan } from './language/names';
import type { QuoteFinding } from './findings';

export interface Claim {
  /** The sentence's offsets in the draft. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly speaker: NameSpan;
}

const SENTENCE = /[^.!?\n]+(?:[.!?]+|$)/g;
const ACCORDING = /\baccording to\s+/i;
const REPORTED = /\b(?:said|says|told|claimed|claims|argued|argues|insisted|insists|warned|warns|noted|notes|stated|states|believes|believed|thinks|thought|maintained|maintains|denied|denies|admitted|admits|acknowledged|acknowledges)\b(?:\s+\p{Ll}+){0,3}?\s+that\b/iu;

export function findClaims(prose: string, quotes: readonly QuoteFinding[]): Claim[] {
  const claims: Claim[] = [];
  for (const match of prose.matchAll(SENTENCE)) {
    const start = match.index + (/^[\s"'\u201D\u2019)\]]*/.exec(match[0])?.[0].length ?? 0); // after a closing mark
    const end = match.index + match[0].trimEnd().length;
    if (end <= start || quotes.some((q) => q.open < end && start < q.close)) continue; // quotations are checked as such
    const sentence = prose.slice(start, end);
    const speaker = speakerOf(prose, start, sentence);
    if (speaker) claims.push({ start, end, text: sentence, speaker });
  }
  return claims;
}

function speakerOf(prose: string, start: number, sentence: string): NameSpan | undefined {
  const according = ACCORDING.exec(sentence);
  if (according) return nameAfter(prose, start + according.index + according[0].length);
  const reported = REPORTED.exec(sentence);
  return reported ? nameBeforeVerb(prose, start, start + reported.index) : undefined;
}
