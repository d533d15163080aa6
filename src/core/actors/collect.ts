/**
 * From classified candidates to the set of actors: first those with evidence, then the forms that refer back
 * to them (a surname alone, a short form, a close spelling), names listed between organisations, and the
 * quoted speakers. Order matters: later forms are recognised by what was added before.
 */
import type { QuoteFinding } from '../findings';
import type { Candidate } from '../language/candidates';
import { canBeOrganisation, speakerKind } from '../language/classify';
import { ActorSet } from './merge';
import { isDemonym, isNameToken, tokenize } from '../language/tokens';
import { PLACES } from '../language/vocabulary';
import { isCue, plain, sentenceStart } from '../language/words';
import { countEndingBy } from '../text/spans';

const LISTED_GAP = /^\s*(?:,|,?\s+(?:and|or))\s+(?:the\s+)?$/;

export function collectActors(text: string, candidates: Candidate[], quotes: readonly QuoteFinding[], definedThings: ReadonlySet<string>): ActorSet {
  const actors = new ActorSet();
  // People and organisations with evidence, in the order of the text.
  for (const c of candidates) if (c.kind) actors.add(c.name, c.kind, undefined, c.acronym);
  // Surnames and short forms of known actors; a person's full name whose surname is used alone.
  // (a surname alone has no article: `the Games` makes `Olympic Games` no person's name)
  const alone = new Set(candidates.filter((c) => !c.kind && c.tokens.length === 1 && !/\bthe\s+$/i.test(text.slice(Math.max(0, c.start - 4), c.start))).map((c) => plain(c.tokens[0]!.text)));
  for (const c of candidates) {
    if (c.kind || c.nothing || c.place) continue;
    // a single word may also be a spelling variant of a person's surname (`Ostrovska` for `Ostrowska`)
    const known = actors.find(c.name, undefined, false) ?? (c.tokens.length === 1 && !sentenceStart(text, c.start) ? actors.find(c.name, 'person', false) : undefined);
    if (known) {
      c.kind = known.kind;
      actors.add(c.name, known.kind);
    } else if (c.tokens.filter((t) => t.cap).length >= 2 && c.tokens.length <= 5 && !c.affiliation && alone.has(plain(c.tokens[c.tokens.length - 1]!.text)) && !PLACES.has(plain(c.tokens[c.tokens.length - 1]!.text)) && !PLACES.has(plain(c.tokens[0]!.text)) && c.tokens.every(isNameToken) && !c.tokens.some(isDemonym)) {
      c.kind = 'person';
      actors.add(c.name, 'person');
    }
  }
  // A name listed between organisations is one (`the Liberal Party of Canada, Bloc Québécois and the Green Party`).
  const listed = (other: Candidate | undefined, gap: string): boolean => other?.kind === 'organization' && LISTED_GAP.test(gap);
  for (const [k, c] of candidates.entries()) {
    if (c.kind || !canBeOrganisation(c) || c.tokens.length < 2) continue;
    const previous = candidates[k - 1];
    const next = candidates[k + 1];
    if (listed(previous, text.slice(previous?.end ?? 0, c.start)) && listed(next, text.slice(c.end, next?.start ?? c.end))) {
      c.kind = 'organization';
      actors.add(c.name, 'organization');
    }
  }
  // The quoted speakers: the actor named at the speaker's place, else the speaker's own name.
  quotes.forEach((q, index) => {
    if (!q.speaker || q.speaker.unnamed) return; // `a State Department official`: no one the draft names
    const speaker = q.speaker;
    const overlapping = candidatesIn(candidates, speaker.start, speaker.end).filter((c) => c.kind || c.place || c.title);
    const at = overlapping.find((c) => c.start < speaker.end && speaker.end <= c.end) ?? overlapping[0];
    if (at?.place || at?.title) return; // `... the United States`, `said the Secretary of State`: no named actor
    if (at?.kind) {
      actors.add(at.name, at.kind, index);
      return;
    }
    const known = actors.find(speaker.name, undefined, true);
    if (known) actors.add(speaker.name, known.kind, index);
    else if (!(tokenize(speaker.name).length === 1 && isCue(speaker.name))) actors.add(speaker.name, speakerKind(speaker.name, definedThings), index); // not `Police said`
  });
  return actors;
}

/** The candidates overlapping [start, end): candidates are in text order and do not overlap. */
function candidatesIn(candidates: readonly Candidate[], start: number, end: number): Candidate[] {
  const found: Candidate[] = [];
  for (let k = countEndingBy(candidates, start); k < candidates.length && candidates[k]!.start < end; k++) found.push(candidates[k]!);
  return found;
}
