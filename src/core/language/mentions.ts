/**
 * Mentions of who may speak: names (from the candidate recogniser, classified as people, organisations or
 * places), pronouns, definite descriptions (`the minister`, `the Florida senator`) and unnamed speakers
 * (`a spokesman`, `officials`). Attribution asks which mention is the subject of a cue; coreference (chains.ts)
 * says whom it stands for.
 */
import { findCandidates } from './candidates';
import { classify } from './classify';
import { isDemonym, isNameToken } from './tokens';
import { DOCUMENTS, HEAD_TITLES, PERSON_ROLES, PLACES } from './vocabulary';
import { isCueWord, SAYING_NOUNS } from './cues';
import { memo } from './words';

export type Entity = 'person' | 'organization' | 'place' | 'unknown';
export type MentionForm = 'name' | 'pronoun' | 'description' | 'unnamed';
export type Gender = 'male' | 'female';

export interface Mention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly form: MentionForm;
  readonly entity: Entity;
  /** He/she for pronouns; Mr/Mrs/Ms before a name. */
  readonly gender?: Gender;
  /** `they`, `officials`: more than one. */
  readonly plural?: boolean;
  /** The role word of a description (`minister` in `the health minister`). */
  readonly role?: string;
}

/** Role words that a description or an appositive may use for a person (`the senator`, `a spokesman`). */
const PERSON_ROLE_WORDS = new Set([...PERSON_ROLES, ...[...HEAD_TITLES].filter((t) => t.length > 3), 'man', 'woman', 'voter', 'resident',
  'source', 'aide', 'nominee', 'frontrunner', 'front-runner', 'contender', 'hopeful', 'billionaire', 'mogul', 'star', 'host',
  'chief', 'boss', 'head', 'veteran', 'father', 'mother', 'son', 'daughter', 'wife', 'husband', 'officer', 'worker', 'farmer',
  'owner', 'pollster', 'demographer', 'scholar', 'fellow', 'supporter', 'opponent', 'critic', 'delegate', 'staffer', 'lawmaker', 'frontbencher', 'backbencher', 'politician', 'employee',
  'year-old', 'grandmother', 'grandfather', 'brother', 'sister', 'friend', 'neighbor', 'neighbour', 'colleague', 'uncle', 'aunt', 'cousin']);
/** Organisations described rather than named (`the company said`, `the campaign said`). */
const ORGANISATION_ROLE_WORDS = new Set(['company', 'campaign', 'firm', 'group', 'party', 'committee', 'agency', 'ministry', 'department',
  'administration', 'government', 'council', 'board', 'union', 'organisation', 'organization', 'network', 'newspaper', 'paper',
  'magazine', 'website', 'site', 'bank', 'court', 'office', 'commission', 'foundation', 'institute', 'association', 'coalition',
  'alliance', 'club', 'team', 'police', 'army', 'military', 'regime', 'embassy', 'consulate', 'station', 'channel', 'outlet',
  'publication', ...DOCUMENTS]);
export const isDocumentRole = (role: string): boolean => DOCUMENTS.has(role);
const INDEFINITE_PRONOUN = /^(?:Nobody|Everybody|Somebody|Anybody|Everyone|Someone|Anyone|None|Nothing|Everything|Something|Anything|Neither|Either|Each)$/;
const PLURAL_UNNAMED = /^(?:officials|critics|analysts|experts|sources|aides|residents|voters|observers|supporters|opponents|protesters|protestors|witnesses|activists|lawmakers|legislators|democrats|republicans|investigators|authorities|police|prosecutors|economists|scientists|researchers|doctors|teachers|students|workers|leaders|members|organizers|organisers|advocates|diplomats|staffers|strategists|insiders|lawyers|attorneys|advisers|advisors|spokesmen|spokeswomen|executives|representatives|delegates|allies|relatives|colleagues|people|many|others|some|both|several)$/i;

const PRONOUNS = /\b(he|she|they|we|i)\b/giu;
const IT_SAID = /\b(it|It)\s+(?:(?:also|later|then|[\p{Ll}]+ly)\s+)?(?:said|says|added|adds|warned|noted|stated|announced|argued|insisted|told|wrote)\b/gu;
const DETERMINER = String.raw`(?:the|this|that|these|those)`;
/** The space after a determiner: a few spaces or one line break, never a blanked quotation or a paragraph break. */
const WORD_GAP = String.raw`(?:[ \t]{1,3}|[ \t]?\n[ \t]?)`;
const INDEFINITE = String.raw`(?:a|an|one|another|two|three|four|several|some|many|other|few)`;
const DEFINITE = new RegExp(`^${DETERMINER}$`, 'i');
// the words after the determiner are looked ahead at, not consumed: they may hold the next description (`… said so. A spokesman`)
const POSSESSED = new RegExp(String.raw`\b(my|our|his|her|their)${WORD_GAP}(?=((?:[\p{L}-]+[ \t]+){0,2}[\p{L}-]+))`, 'giu');
const DESCRIPTION = new RegExp(String.raw`\b(${DETERMINER}|${INDEFINITE})${WORD_GAP}(?=((?:[\p{L}\p{N}.'\u2019-]+[ \t]+){0,4}[\p{L}\p{N}-]+))`, 'giu');

/**
 * Every mention of `text` (quotations already blanked by the caller), in text order. Names found by the
 * candidate recogniser win over a description that overlaps them.
 */
export function findMentions(text: string): Mention[] {
  const { candidates, definedThings } = findCandidates(text);
  classify(text, candidates, definedThings);
  const mentions: Mention[] = [];
  for (const c of candidates) {
    if (c.title || (/^No\.?$/.test(c.name) && /^\.?\s*\d/.test(text.slice(c.end, c.end + 4)))) continue; // `the No. 2 in the party`
    // `Sen. Ana Ruiz, D-Ohio, said`, `(R-Texas)`: a party and a state, no one's name
    if (/^[DRI]-\p{Lu}[\p{L}.]*$/u.test(c.name) && /[,(]\s*$/.test(text.slice(Math.max(0, c.start - 2), c.start))) continue;
    if (c.nothing || c.tokens.length > 6) {
      // `Cuban said`, `… Public Advocate Trish James said`: next to a cue, a word list's nationality or a long run ends in a name
      const tail = c.tokens.slice(c.nothing ? -1 : -2);
      if ((c.nothing && (c.tokens.length > 1 || !isDemonym(c.tokens[0]!))) || c.name === c.name.toUpperCase() || !besideCue(text, c.start, c.end)) continue;
      mentions.push({ start: tail[0]!.start, end: c.end, text: text.slice(tail[0]!.start, c.end), form: 'name', entity: 'person' });
      continue;
    }
    const entity: Entity = c.place && !surnameLikePlace(text, c) ? 'place' : c.place ? 'person' : c.kind ?? 'unknown';
    if (entity === 'unknown' && !c.tokens.every((t) => isNameToken(t) || !t.cap)) continue;
    if (entity === 'unknown' && c.tokens.length === 1 && isCueWord(c.tokens[0]!.text)) continue; // `Said` at a sentence start
    if (entity === 'unknown' && c.tokens.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(c.name) && PLURAL_UNNAMED.test(c.name)) continue; // `Aides to Ruiz said`: people, unnamed
    if (entity === 'unknown' && c.tokens.length === 1 && INDEFINITE_PRONOUN.test(c.name)) continue; // `Nobody put it better`: no one's name
    if (c.tokens.length > 2 && c.name === c.name.toUpperCase()) continue; // a headline, not a name
    const gender = genderBefore(text, c.start);
    mentions.push({ start: c.start, end: c.end, text: c.name, form: 'name', entity, ...(gender ? { gender } : {}) });
    const held = entity === 'place' ? undefined : heldRole(text, c.end);
    if (held) mentions.push({ start: c.start, end: c.end + held.length, text: text.slice(c.start, c.end + held.length), form: 'description', entity: 'person', role: held.role });
  }
  for (const m of text.matchAll(PRONOUNS)) {
    if (m[1] === 'i') continue;
    mentions.push(pronoun(m[1]!, m.index));
  }
  // `Harbour Ltd reported a loss. “…,” it said`: `it` only as the subject of a speech verb, a body speaking
  for (const m of text.matchAll(IT_SAID)) mentions.push(pronoun(m[1]!, m.index));
  // `Her reply was: “…”`: a possessive stands for its speaker before a saying noun
  for (const m of text.matchAll(/\b(his|her|their)\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?/giu)) {
    if (SAYING_NOUNS.test(m[2]!.toLowerCase()) || SAYING_NOUNS.test(m[3]?.toLowerCase() ?? '')) mentions.push(pronoun(m[1]!, m.index));
  }
  for (const m of text.matchAll(DESCRIPTION)) {
    const description = describedRole(m[2]!);
    // `said that Republicans rejected`: a conjunction before a plural, not a determiner
    if (!description || (description.plural && /^th(?:at|is)$/i.test(m[1]!))) continue;
    const definite = DEFINITE.test(m[1]!);
    const end = m.index + m[0].length + description.length;
    mentions.push({ start: m.index, end, text: text.slice(m.index, end), form: definite && !description.plural ? 'description' : 'unnamed', entity: description.person ? 'person' : 'organization', role: description.role, ...(description.plural ? { plural: true } : {}) });
  }
  // `Her finance minister goes further:`, `My grandmother used to say`: someone described by whom they belong to,
  // never resolved by their role (`her finance minister` is not the minister named before)
  for (const m of text.matchAll(POSSESSED)) {
    const description = possessedPerson(text, m.index + m[0].length, m[2]!);
    if (!description) continue;
    const end = m.index + m[0].length + description.length;
    mentions.push({ start: m.index, end, text: text.slice(m.index, end), form: 'unnamed', entity: 'person', role: description.role });
  }
  for (const m of text.matchAll(/\b[\p{L}]+\b/gu)) {
    if (PLURAL_UNNAMED.test(m[0]) && !/\b(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,3}$/iu.test(text.slice(Math.max(0, m.index - 40), m.index))) {
      mentions.push({ start: m.index, end: m.index + m[0].length, text: m[0], form: 'unnamed', entity: 'person', plural: true });
    }
  }
  // `One attendee, who asked not to be named, said`, `a witness told`: someone indefinite right before a speech verb
  for (const m of text.matchAll(INDEFINITE_SPEAKER)) {
    // … as a subject, opening its clause: not the object in `Ruiz delivered a snappy retort`
    if (!SUBJECT_OPENING.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    // the fewest words before a speech verb: `One employee said it`, `one longtime adviser told`
    const words = m[1]!.split(/\s+/);
    const size = [1, 2, 3].find((n) => n <= words.length && agreesWithOnePerson(words[n] ?? m[2]!) && words.slice(0, n).every((w) => !isCueWord(w) && !NOT_A_SPEAKER_NOUN.test(w.toLowerCase())));
    if (size === undefined) continue;
    const end = m.index + m[0].length - m[1]!.length + new RegExp(`^(?:\\S+\\s+){${size - 1}}\\S+`).exec(m[1]!)![0].length;
    mentions.push({ start: m.index, end, text: text.slice(m.index, end), form: 'unnamed', entity: 'person' });
  }
  // `a source familiar with the talks said`, `two people close to Ruiz told`: someone described by what they know
  for (const m of text.matchAll(FAMILIAR_SPEAKER)) {
    if (!SUBJECT_OPENING.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    mentions.push({ start: m.index, end: m.index + m[0].length, text: m[0], form: 'unnamed', entity: 'person', ...(/s$/.test(m[1]!) || m[1] === 'people' ? { plural: true } : {}) });
  }
  return dropOverlaps(mentions.sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start)));
}

/** A speech verb that agrees with one person (`said`, `tells`), not a bare form that is a noun here (`a fundraising email`, `a liberal think tank`). */
function agreesWithOnePerson(verb: string): boolean {
  return isCueWord(verb) && !isCueWord(`${verb}s`) && !isCueWord(`${verb}es`);
}

const INDEFINITE_SPEAKER = /\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)(?=(?:\s*,[^,.;"\u201C\u201D]{1,120},)?\s+(?:[\p{Ll}]+ly\s+)?([\p{Ll}]+)\b)/gu;
const FAMILIAR_SPEAKER = /\b(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]everal)\s+(?:[\p{Ll}-]+\s+){0,2}?(sources?|persons?|people|officials?|aides?|advisers?|advisors?|insiders?)\s+(?:familiar with|close to|with knowledge of|briefed on|involved in)\s[^,.;:"\u201C\u201D]{1,80}?(?=,?\s+(?:[\p{Ll}]+ly\s+)?(?:said|says|told|tells|added|adds|noted|warned|explained|cautioned|insisted|wrote)\b)/gu;
const SUBJECT_OPENING = /(?:^|[.!?:;,\u201D"]\s*|\n\s*| {2,}|\b(?:and|but|while|as|when|after|then)\s+)$/iu; // ` {2,}`: a quotation, blanked
/** Words no indefinite speaker is headed by or holds: times, and words that end a noun phrase early. */
const NOT_A_SPEAKER_NOUN = /^(?:year|years|decade|week|month|day|time|moment|while|later|earlier|ago|before|after|that|which|who|of|and|or|to|in|on|at|for|with|by|from|is|was|has|had|[\p{Ll}]+ly)$/u;

/**
 * The words after a determiner up to the first role word (`Florida senator` in `the Florida senator said`), if
 * only modifiers stand before it.
 */
function describedRole(words: string): { role: string; person: boolean; plural: boolean; length: number } | undefined {
  const parts = words.split(/([ \t]+)/);
  // most determiners stand before no role word at all (`the vote`, `a year`): nothing more to read then
  if (!parts.some(isRoleWord)) return undefined;
  let at = 0;
  // the last of a run of role words heads the description (`the campaign spokesman`)
  let found: { role: string; person: boolean; plural: boolean; length: number } | undefined;
  for (const w of parts) {
    if (/^[ \t]+$/.test(w) || w === '') {
      // `the reforms are “…” Her finance minister`: a quotation, blanked to spaces, ends what a description can be
      if (w.length > 1) return found;
      at += w.length;
      continue;
    }
    const lower = lowerOf(w);
    const singular = singularOf(lower);
    if (PERSON_ROLE_WORDS.has(singular) || ORGANISATION_ROLE_WORDS.has(singular)) {
      // `the company's chief executive`: a possessive is no head; the description goes on to one
      // … unless what it owns is words (`the senator's answer was`): then the possessor is the one described
      if (/['\u2019]s$/.test(w) && SAYING_NOUNS.test(lowerOf(parts[parts.indexOf(w) + 2] ?? ''))) {
        return { role: singular, person: PERSON_ROLE_WORDS.has(singular), plural: singular !== lower, length: at + w.length - 2 };
      }
      if (/['\u2019]s$/.test(w)) {
        found = undefined;
        at += w.length;
        continue;
      }
      found = { role: singular, person: PERSON_ROLE_WORDS.has(singular), plural: singular !== lower, length: at + w.length };
      at += w.length;
      continue;
    }
    if (found) {
      // `a Harbour Board member`: a name between role words qualifies the last one
      if (!/^\p{Lu}/u.test(w) || /[.,;:]$/.test(w)) return found;
      at += w.length;
      continue;
    }
    if (/^(?:a|an|the)$/i.test(w)) return undefined; // `so odd that a spokesman`: `that` is no determiner here
    // `a State Department official`: a capitalised word is part of a name, not a cue
    if ((isCueWord(w) && !/^\p{Lu}/u.test(w)) || /^(?:of|and|or|to|in|on|at|for|with|by|from|who|which|that|is|was|are|were|has|had|said)$/i.test(w) || /[.,;:]$/.test(w)) return undefined;
    at += w.length;
  }
  return found;
}

/**
 * `Oracle's CFO`, `Harbour Ltd's chief executive`, `Ana Ruiz's wife`: a person by a role in a named body or beside a
 * named person, right after the possessive;
 * not one who speaks for the possessor (`Ruiz's spokesman`, `Ruiz's lawyers`: attribution reads those as Ruiz).
 */
function heldRole(text: string, end: number): { role: string; length: number } | undefined {
  const after = /^['\u2019]s[ \t]+((?:[\p{L}-]+[ \t]+){0,2}[\p{L}-]+)/u.exec(text.slice(end, end + 60));
  const lead = after ? after[0].length - after[1]!.length : 0;
  const described = after ? possessedPerson(text, end + lead, after[1]!) : undefined;
  return described && { role: described.role, length: lead + described.length };
}

/**
 * One person described by `words` (at `at`) after a possessive: not a plural, not one who speaks for the possessor,
 * and not a role whose holder's name follows (`Oracle's CFO Safra Catz`, `his campaign manager, Rich Bee,`: that
 * name is the mention).
 */
function possessedPerson(text: string, at: number, words: string): { role: string; length: number } | undefined {
  const described = describedRole(words);
  if (!described || !described.person || described.plural || SPEAKS_FOR_ROLES.test(described.role)) return undefined;
  const rest = at + described.length;
  return /^,?[ \t]+[\p{Lu}]/u.test(text.slice(rest, rest + 4)) ? undefined : described;
}
const SPEAKS_FOR_ROLES = /^(?:spokes(?:man|woman|person)|aide|staff|lawyer|attorney|adviser|advisor)$/;

/** A word lowercased, without a possessive `'s`; an age as `year-old` (`the 40-year-old`: an age stands for a person). */
function lowerOf(word: string): string {
  return word.toLowerCase().replace(/['\u2019]s$/, '').replace(/^\d+-(?=year-old)/, '');
}

function singularOf(lower: string): string {
  return lower.replace(/ies$/, 'y').replace(/(?<=[^s])s$/, '');
}

/** Whether describedRole reads `word` as a role word (`senators`, `company's`). */
const isRoleWord = memo((word: string): boolean => {
  const singular = singularOf(lowerOf(word));
  return PERSON_ROLE_WORDS.has(singular) || ORGANISATION_ROLE_WORDS.has(singular);
});

/** What a personal or possessive pronoun tells of whom it stands for. */
const PRONOUN_FEATURES: Record<string, Pick<Mention, 'entity' | 'gender' | 'plural'>> = {
  he: { entity: 'person', gender: 'male' }, his: { entity: 'person', gender: 'male' },
  she: { entity: 'person', gender: 'female' }, her: { entity: 'person', gender: 'female' },
  they: { entity: 'unknown', plural: true }, their: { entity: 'unknown', plural: true },
  we: { entity: 'person', plural: true }, i: { entity: 'person' }, it: { entity: 'organization' },
};

function pronoun(word: string, start: number): Mention {
  return { start, end: start + word.length, text: word, form: 'pronoun', ...PRONOUN_FEATURES[word.toLowerCase()]! };
}

/** `X said`, `X, 35, said`, `said X,`: a cue right after the words, or right before them and then a stop. */
export function besideCue(text: string, start: number, end: number): boolean {
  const after = /^\s+(?:[\p{Ll}]+ly\s+)?([\p{Ll}]+)\b/u.exec(text.slice(end, end + 30));
  if (after && isCueWord(after[1]!)) return true;
  const before = /([\p{Ll}]+)\s+$/u.exec(text.slice(Math.max(0, start - 20), start));
  return before !== null && isCueWord(before[1]!) && /^\s*[,.;]/.test(text.slice(end, end + 3));
}

/**
 * `Tom Hall said`, `her spokeswoman, Lia Park,`: a two-word name ending in a place word that is also a common surname,
 * right beside a speech verb or in apposition to a person's role, is a person (a park or a hall says nothing).
 */
function surnameLikePlace(text: string, c: { tokens: readonly { text: string }[]; start: number; end: number; words: string }): boolean {
  if (c.tokens.length !== 2 || !SURNAME_PLACE_HEADS.test(c.tokens[1]!.text) || PLACES.has(c.words)) return false;
  const role = /([\p{Ll}-]+)[ \t]*,[ \t]*$/u.exec(text.slice(Math.max(0, c.start - 40), c.start))?.[1];
  return besideCue(text, c.start, c.end) || (role !== undefined && isPersonRole(role) && /^[ \t]*,/.test(text.slice(c.end, c.end + 3)));
}
const SURNAME_PLACE_HEADS = /^(?:Park|Hall|Hill|Lane)$/;

/** Names first, then the longer of two overlapping mentions. */
function dropOverlaps(sorted: Mention[]): Mention[] {
  const kept: Mention[] = [];
  for (const m of sorted) {
    const last = kept[kept.length - 1];
    if (!last || m.start >= last.end) {
      kept.push(m);
      continue;
    }
    // `the Democratic Party` is a name; `the Florida senator`, `the Senate Democratic leader` hold one before their role word
    if (last.form === 'description' && m.form === 'name' && m.entity !== 'place' && m.entity !== 'unknown' && m.end >= last.end) kept[kept.length - 1] = m;
    else if (last.form !== 'name' && m.form === 'name' && m.end > last.end) kept[kept.length - 1] = m;
  }
  return kept;
}

/** `Mr.`, `Mrs.`, `Ms.` right before a name. */
function genderBefore(text: string, at: number): Gender | undefined {
  const before = text.slice(Math.max(0, at - 6), at);
  if (/\bMr\.?\s+$/.test(before)) return 'male';
  if (/\b(?:Mrs|Ms|Miss)\.?\s+$/.test(before)) return 'female';
  return undefined;
}

/** A role word a person can be described by (`senator`, `spokeswoman`, `candidate`). */
export function isPersonRole(word: string): boolean {
  return PERSON_ROLE_WORDS.has(word);
}
