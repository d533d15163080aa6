/**
 * Attributed claims without quotation marks: `X said that …`, `according to X, …`, `…, X warned.` They are read
 * with the same cues, subjects and coreference chains as quotations (attribution/), so `she said that …` is
 * credited to the person `she` stands for, by the fullest form of her name.
 */
import { claimSpeaker } from './attribution/attribute';
import type { QuoteFinding, Speaker } from './findings';
import { analyse } from './language/analysis';
import { extractQuotations } from './quotes/extract';

export interface Claim {
  /** The sentence's offsets in the draft. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Who the claim is credited to: the chain's name, and where the sentence names them (a name, pronoun or description). */
  readonly speaker: Speaker;
}

/** The claims of a checked draft's prose; sentences holding a quotation are left to the quotation's check. */
export function findClaims(prose: string, quotes: readonly QuoteFinding[]): Claim[] {
  const analysis = analyse(prose, extractQuotations(prose).quotations);
  const claims: Claim[] = [];
  for (const sentence of analysis.sentences) {
    const text = prose.slice(sentence.start, sentence.end);
    const start = sentence.start + (/^[\s"'\u201D\u2019)\]]*/.exec(text)?.[0].length ?? 0); // after a closing mark
    const end = sentence.start + text.trimEnd().length;
    if (end <= start || quotes.some((q) => q.open < end && start < q.close)) continue;
    const found = claimSpeaker(analysis, { start, end });
    if (found) claims.push({ start, end, text: prose.slice(start, end), speaker: { ...found.speaker, confidence: found.confidence } });
  }
  return claims;
}
