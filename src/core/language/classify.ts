/**
 * Gives each candidate a kind (person, organisation) or rules it out (a place, a title alone, a nationality,
 * a month, a thing), from the name itself first and then from its context. Later steps read what earlier ones
 * decided (a person's surname is not an organisation), so the order of the steps is part of the rules.
 */
import type { ActorKind } from './candidates';
import { candidate, type Candidate } from './candidates';
import { listHead, organisationContext, personContext, wordsBefore } from './context';
import { isDemonym, isNameToken, isPlace, isTitleWord, tokenize } from './tokens';
import { DEMONYMS, HEAD_TITLES, INSTITUTIONS, KNOWN_ORGANISATIONS, MONTHS_AND_DAYS, PORTFOLIOS, SEATS, THING_NOUNS } from './vocabulary';
import { isAcronym, isCue, isExcludedAcronym, lastWord, personWords, sentenceStart } from './words';

/** A head title before `for` names a portfolio (`Vice President for Network Oversight`), but a spokesperson speaks for someone (`a spokesman for Ana Ruiz`). */
const HEAD_TITLE_FOR = new RegExp(String.raw`\b(?:${[...HEAD_TITLES].filter((t) => !t.startsWith('spokes')).join('|')})\s+for\s+$`, 'iu');
const PRODUCT_AFTER = /^\s+(?:[\p{Ll}-]+\s+)?(?:cars?|jets?|aircraft|planes?|trucks?|vehicles?|models?|phones?|handsets?|devices?|laptops?|computers?|tablets?|consoles?|engines?|tyres?|tires?)\b/u;
const LISTED_PEOPLE_GAP = /^(?:,\s+(?:and\s+)?|\s+and\s+|,[^,.;:"]{1,50},\s+and\s+)$/;
const LISTED_GAP = /^\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?$/;

/** Whether `for` and spaces end the 30 characters before `at`: HEAD_TITLE_FOR's ending, tested first because it is cheap. */
function afterFor(text: string, at: number): boolean {
  const from = Math.max(0, at - 30);
  let end = at;
  while (end > from && /\s/.test(text[end - 1]!)) end--;
  return end < at && end - 3 >= from && text.slice(end - 3, end).toLowerCase() === 'for';
}

/** Whether a candidate can name an organisation at all (not a portfolio, month, title or nationality). */
export function canBeOrganisation(c: Candidate): boolean {
  if (c.place || c.nothing || PORTFOLIOS.has(c.words) || MONTHS_AND_DAYS.has(c.words)) return false;
  if (c.tokens.every((t) => isDemonym(t) || isTitleWord(t))) return false;
  if (c.tokens.length === 1 && isAcronym(c.tokens[0]!.text) && isExcludedAcronym(c.tokens[0]!.text)) return false;
  return true;
}

/** Kind from the name alone: cue words, acronyms, known organisations and seats. */
function kindFromName(c: Candidate, definedThings: ReadonlySet<string>, text?: string): ActorKind | 'nothing' | undefined {
  const words = c.words;
  if (c.tokens.length === 1 && isAcronym(c.tokens[0]!.text)) {
    const acronym = c.tokens[0]!.text.replace(/\./g, '');
    if (isExcludedAcronym(acronym) || definedThings.has(acronym)) return 'nothing';
    return 'organization';
  }
  if (SEATS.has(words.replace(/^the /, ''))) {
    // `the White House said`, but `talks in Downing Street`: a place
    return text !== undefined && /\b(?:in|at|into|inside|outside|near|to|from|on)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, c.start - 12), c.start)) ? 'nothing' : 'organization';
  }
  if (KNOWN_ORGANISATIONS.test(c.name) || INSTITUTIONS.has(words)) return 'organization';
  // a bare `Commission` or `Forces` names an organisation only as a short form of one named before (see ActorSet)
  if (c.tokens.length === 1 && isCue(c.name)) return undefined;
  if (isCue(c.name)) return 'organization';
  return undefined;
}

/** A speaker named where no candidate is (a resolved pronoun, an attribution line): organisation or person. */
export function speakerKind(name: string, definedThings: ReadonlySet<string>): ActorKind {
  const c = candidate(name, tokenize(name));
  if (!c) return 'person';
  return kindFromName(c, definedThings) === 'organization' ? 'organization' : 'person';
}

/** Gives each candidate a kind where the name or its context says which, and marks what is no actor. */
export function classify(text: string, candidates: Candidate[], definedThings: ReadonlySet<string>): void {
  markNonActors(text, candidates);
  // 1. The name itself: organisation cue words, acronyms, known organisations, seats of government.
  for (const c of candidates) {
    if (c.kind || c.place || c.nothing) continue;
    const kind = kindFromName(c, definedThings, text);
    if (kind === 'nothing') c.nothing = true;
    else if (kind) c.kind = kind;
  }
  // 2. People by context: role before, appositive after, possessive of a personal thing.
  for (const c of candidates) {
    if (c.kind || c.place || c.nothing || c.affiliation) continue;
    if (c.tokens.length === 1 && isAcronym(c.tokens[0]!.text)) continue;
    if (c.tokens.some((t) => isDemonym(t)) || PORTFOLIOS.has(c.words) || c.tokens.length > 5) continue;
    if (personContext(text, c)) c.kind = 'person';
  }
  for (const [k, c] of candidates.entries()) {
    if (!c.plural) continue;
    for (let n = k + 1; n < candidates.length; n++) {
      const item = candidates[n]!;
      // `Senators Byron Dorgan, a Democrat from North Dakota, and Mike Enzi`
      if (!LISTED_PEOPLE_GAP.test(text.slice(candidates[n - 1]!.end, item.start))) break;
      if (item.kind || item.place || item.nothing || !item.tokens.every(isNameToken) || item.tokens.filter((t) => t.cap).length < 2) break;
      item.kind = 'person';
    }
  }
  const people = candidates.filter((c) => c.kind === 'person').map((c) => c.name);
  // a surname alone is the person's (`Bush spokesman`); a full name must be the person's own (not `R. T. Pell`
  // for `Sam Pell`: a company named after a family)
  const fullNames = new Set(people.map((p) => personWords(p).join(' ')));
  const surnames = new Set(people.map(lastWord));
  const isPerson = (c: Candidate): boolean => (c.tokens.length === 1 ? surnames.has(lastWord(c.name)) : fullNames.has(personWords(c.name).join(' ')));
  // 3. Organisations by context: an affiliation, an acronym's expansion, the organisation of a role.
  for (const c of candidates) {
    if (c.kind || !canBeOrganisation(c) || isPerson(c)) continue;
    // the context of a sentence's first word says little (`Political analysts`, `Police described`)
    const trusted = c.tokens.length > 1 || !sentenceStart(text, c.start);
    if (c.affiliation || c.acronym || c.the || (trusted && organisationContext(text, c))) c.kind = 'organization';
  }
  // 4. Lists headed by a plural of organisations: `four cell phone makers, Motorola, NEC, Panasonic, and Samsung`.
  for (const [k, c] of candidates.entries()) {
    if (!canBeOrganisation(c) || isPerson(c) || (c.kind && c.kind !== 'organization') || !listHead(text, c.start)) continue;
    for (let n = k; n < candidates.length; n++) {
      const item = candidates[n]!;
      if (n > k && !LISTED_GAP.test(text.slice(candidates[n - 1]!.end, item.start).replace(/^['\u2019]s/, ''))) break;
      if (item.kind === 'person' || isPerson(item)) break;
      if (!item.kind && canBeOrganisation(item)) item.kind = 'organization';
    }
  }
}

/** Affiliations that follow no person, portfolios, makes of product, places, months, nationalities and things. */
function markNonActors(text: string, candidates: Candidate[]): void {
  for (const [k, c] of candidates.entries()) {
    // `Tom Reyes of Harbour Ledger`, but `River Rouge Plant of Dearborn`: an affiliation follows a person's name
    const previous = candidates[k - 1];
    if (c.affiliation && previous && /^ of $/.test(text.slice(previous.end, c.start)) && (previous.kind === 'organization' || isPlace(previous.tokens, previous.words) || isCue(previous.name) || !previous.tokens.every(isNameToken))) c.affiliation = false;
    // `Vice President for Network Oversight`: a portfolio
    if (!c.kind && afterFor(text, c.start) && HEAD_TITLE_FOR.test(text.slice(Math.max(0, c.start - 30), c.start))) c.nothing = true;
    // `MG sports cars`, `Airbus jets`: a make of product
    if (!c.kind && c.tokens.length === 1 && PRODUCT_AFTER.test(text.slice(c.end, c.end + 30))) c.nothing = true;
  }
  for (const c of candidates) {
    if (c.kind || c.nothing) continue;
    const words = c.words;
    if (isPlace(c.tokens, words)) c.place = true;
    else if (MONTHS_AND_DAYS.has(words) || DEMONYMS.has(words) || DEMONYMS.has(words.replace(/s$/, ''))) c.nothing = true;
    else if (!isCue(c.name) && THING_NOUNS.has((wordsBefore(text, c.start, 1)[0] ?? '').toLowerCase())) c.nothing = true;
  }
  // `Katon Dawson of South Carolina`: a full name from a place is a person's
  for (const [k, c] of candidates.entries()) {
    const next = candidates[k + 1];
    if (!c.kind && !c.nothing && !c.place && next?.affiliation && next.place && /^ of $/.test(text.slice(c.end, next.start)) && c.tokens.filter((t) => t.cap).length >= 2 && c.tokens.every(isNameToken)) {
      c.kind = 'person';
    }
  }
}
