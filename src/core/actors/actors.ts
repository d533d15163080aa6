/**
 * The actors of a draft: the people and organisations it quotes or names, with how often each is mentioned
 * and which quotations are theirs. Rule-based (general NLP packages found fewer of an op-ed's speakers), written
 * for English news prose and measured on hand-annotated articles (`npm run eval`; test/fixtures/actors/, whose
 * README gives the annotation rules and the held-out figures). The steps, one file each:
 *
 * - candidates.ts (with tokens.ts, runs.ts): runs of capitalised words outside quotations, cut at sentence ends,
 *   possessives and `-based`-like adjectives, joined over name particles (`von der`), `of`/`on`/`for` after an
 *   organisation or title word (`Bank of England`), `&`, `and` when an acronym spells the whole (`Securities and
 *   Exchange Commission (SEC)`), a company suffix (`Time Warner, Inc.`) and a lowercase `party`; a title inside
 *   a run splits off the person (`NDP Leader Paul Ferrand`, `Lt. Gen. Carlos Mendes`);
 * - classify.ts (with context.ts): people by a title, a role word before, an appositive or a speech verb after,
 *   a possession; organisations by cue words, acronyms, seats of government, the organisation of a role, a
 *   descriptor, lists; places, buildings, nationalities, titles alone, months and days are never actors;
 * - collect.ts and merge.ts: the forms of one actor merged, people by surname (titles, possessives, spelling and
 *   transliteration variants by fuzzy.ts with fuse.js), organisations by full name, short form and acronym
 *   (same-organisation.ts); then the quoted speakers;
 * - mentions.ts: where each actor is named.
 * The word lists are in vocabulary.ts.
 */
import type { QuoteFinding } from '../findings';
import { findCandidates } from '../language/candidates';
import { classify } from '../language/classify';
import { collectActors } from './collect';
import { mentions } from './mentions';

export type { ActorKind } from '../language/candidates';
import type { ActorKind } from '../language/candidates';

export interface Actor {
  /** The fullest form the draft uses. */
  readonly name: string;
  readonly kind: ActorKind;
  readonly mentions: number;
  /** Indexes of this actor's quotations in the report. */
  readonly quotes: number[];
  /** Offsets of each mention in the draft. */
  readonly at: Array<{ start: number; end: number }>;
  /** Other spellings merged into this actor. */
  readonly variants: string[];
}

export function findActors(prose: string, quotes: readonly QuoteFinding[]): Actor[] {
  const text = outsideQuotes(prose, quotes);
  const { candidates, definedThings } = findCandidates(text);
  classify(text, candidates, definedThings);
  const entries = collectActors(text, candidates, quotes, definedThings).list();
  const at = mentions(text, entries);
  return entries
    .map((d, k) => ({ name: d.name, kind: d.kind, quotes: d.quotes, at: at[k]!, mentions: Math.max(at[k]!.length, 1), variants: [...d.variants].filter((v) => v !== d.name) }))
    .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
}

/** The prose with quotation text blanked: what a quoted speaker says does not make its words actors. */
function outsideQuotes(prose: string, quotes: readonly QuoteFinding[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const q of quotes) {
    parts.push(prose.slice(at, q.start), ' '.repeat(q.end - q.start));
    at = q.end;
  }
  parts.push(prose.slice(at));
  return parts.join('');
}
