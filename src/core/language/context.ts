/**
 * Evidence from the words around a candidate: what makes a name a person's (`columnist Ana Ruiz`,
 * `Karl Brandt, the executive director of`, `Tom Reyes responded`) or an organisation's (`phone maker
 * Northwind Devices`, `leader of Shas`, `Knesset member`). Each test reads a short window of the text.
 */
import type { Candidate } from './candidates';
import { MEMBER_ROLES, ORGANISATION_DESCRIPTORS, ORGANISATION_NOUNS, ORGANISATION_PLURALS, PERSON_ROLES, PERSONAL_THINGS } from './vocabulary';

const SPACE = /\s/;
/** Spaces no writer types between two words of one phrase. */
const BOUNDARY = /\n[ \t]*\n| {4}/;
const LOWER_OR_HYPHEN = /^[\p{Ll}-]$/u;

/**
 * The words right before `at` within 80 characters (`... political columnist |Ana Ruiz`): the last `count`
 * of the window's space-separated words, leading brackets and quotes dropped (`(president of`), trailing
 * punctuation kept (a clause ends there). Read from the end: only the last few words are needed. A paragraph
 * break or a blanked quotation (a long run of spaces) ends the window: `the system “…” |Carson said` has no
 * `system` before Carson.
 */
export function wordsBefore(text: string, at: number, count = 4): string[] {
  const from = Math.max(0, at - 80);
  const words: string[] = [];
  let end = at;
  while (words.length < count) {
    const spaceEnd = end;
    while (end > from && SPACE.test(text[end - 1]!)) end--;
    if (end === from || (spaceEnd - end > 3 && BOUNDARY.test(text.slice(end, spaceEnd)))) break;
    let start = end;
    while (start > from && !SPACE.test(text[start - 1]!)) start--;
    const word = text.slice(start, end).replace(/^[^\p{L}\p{N}]+/u, '');
    if (word) words.unshift(word);
    end = start;
  }
  return words;
}

/** The word before `at` (within 40 characters) if it is lowercase and only spaces or a comma and spaces follow it (`columnist |`). */
function lowercaseWordBefore(text: string, at: number): string | undefined {
  const from = Math.max(0, at - 40);
  let end = at;
  while (end > from && SPACE.test(text[end - 1]!)) end--;
  if (end === at) return undefined;
  if (end > from && text[end - 1] === ',') end--;
  let start = end;
  for (;;) {
    // a surrogate pair is one character (when both halves are inside the window)
    const width = start - 2 >= from && /[\udc00-\udfff]/.test(text[start - 1]!) && /[\ud800-\udbff]/.test(text[start - 2]!) ? 2 : 1;
    if (start - width < from || !LOWER_OR_HYPHEN.test(text.slice(start - width, start))) break;
    start -= width;
  }
  return start < end ? text.slice(start, end) : undefined;
}

const isPersonRole = (word: string): boolean => PERSON_ROLES.has(word) || PERSON_ROLES.has(word.replace(/^(?:co|vice|deputy|ex|former)-/, ''));
const ROLES_PATTERN = [...PERSON_ROLES].join('|');
/**
 * `, the executive director`, `(Chrétien's former chief of staff)`, `, president of Groupaction`: read word by
 * word, since a pattern with every role word in it was the costliest step of reading a draft.
 */
function hasAppositiveRole(after: string): boolean {
  const lead = /^\s*[,(]\s*(?:(?:currently|now|then|also|himself|herself)\s+)?/i.exec(after);
  if (!lead) return false;
  const words = after.slice(lead[0].length).split(/\s+/, 6).map((w) => w.toLowerCase());
  const clean = (w: string | undefined): string => (w ?? '').replace(/[^\p{L}\p{M}-]+$/u, '');
  if (/^(?:the|a|an|his|her|their|its)$/.test(words[0] ?? '') || /^[\p{L}\p{M}.'\u2019-]+['\u2019]s$/u.test(words[0] ?? '')) {
    for (let k = 1; k <= 4 && k < words.length; k++) {
      if (PERSON_ROLES.has(clean(words[k]))) return true;
      if (!/^[\p{L}-]+$/u.test(words[k]!)) return false;
    }
    return false;
  }
  for (let k = 0; k <= 2 && k + 1 < words.length; k++) {
    if (PERSON_ROLES.has(words[k]!) && /^(?:of|at|for|with)$/.test(words[k + 1]!)) return true;
    if (!/^[\p{L}-]+$/u.test(words[k]!)) return false;
  }
  return false;
}
/** A speech or opinion verb after the name, maybe after an aside: `Tom Reyes, at a press conference, responded`. */
const SPEECH_AFTER = /^(?:\s*,[^,"\u201C\u201D\n]{1,60},)?\s+(?:has\s+|had\s+|have\s+|also\s+|later\s+)?(?:said|says|told|tells|argued|argues|warned|warns|added|adds|noted|notes|claimed|wrote|writes|insisted|insists|believes|thinks|responded|replied|stated|explained|announced|denied|admitted|testified|declared|recalled|acknowledged)\b/;

/** Person evidence from the context of a candidate: a role before, an appositive or a speech verb after, a possession. */
export function personContext(text: string, c: Candidate): boolean {
  // `political columnist Ana Ruiz`, `co-chief executive and chairman, Lena Marsh`
  const role = lowercaseWordBefore(text, c.start);
  if (role && isPersonRole(role)) return true;
  // `the party, headed by Omar Haddad`
  if (c.tokens.filter((t) => t.cap).length >= 2 && /\b(?:headed|led|chaired|founded|co-founded|directed|fronted)\s+by\s+$/.test(text.slice(Math.max(0, c.start - 20), c.start))) return true;
  const after = text.slice(c.end, c.end + 80);
  if (c.tokens.filter((t) => t.cap).length >= 2) {
    // `Karl Brandt, the executive director of`, `Jo Marsh, a founding member`, `Jo Lee, 53,`
    if (/^,\s+(?:who|whose|aged\s+\d+|\d+,)/u.test(after)) return true;
    if (hasAppositiveRole(after)) return true;
    if (SPEECH_AFTER.test(after)) return true;
  }
  if (/^\s+administration\b/.test(after) && !c.tokens[c.tokens.length - 1]!.possessive) return true; // `Bush administration officials`
  if (c.tokens[c.tokens.length - 1]!.possessive) {
    const thing = /^['\u2019]s\s+([\p{Ll}-]+)/u.exec(text.slice(c.end, c.end + 40));
    if (thing && PERSONAL_THINGS.has(thing[1]!)) return true;
  }
  return false;
}

const ROLE_THEN_AT = new RegExp(String.raw`\b(?:${ROLES_PATTERN})\b[^.;:!?",()]{0,70}\s(?:at|with)\s+(?:the\s+)?$`, 'u');
/** `Shas, a small religious party`; not a possessive (`Tom Reyes, the union's president` is a person of the union). */
const ORGANISATION_APPOSITIVE = new RegExp(String.raw`^,\s+(?:the|a|an|its)\s+(?:[\p{L}-]+\s+){0,3}?(?:${[...ORGANISATION_NOUNS].join('|')}|parliament|legislature|assembly|council|body|regulator|watchdog|broadcaster|operator|subsidiary|unit|division|outfit)\b(?!['\u2019]s\b)`, 'iu');
/** `cell phone makers, Motorola`, `groups ..., including Linux Phone Standard Forum`: the head of a list of organisations. */
const LIST_HEAD = new RegExp(String.raw`\b(?:${[...ORGANISATION_PLURALS].join('|')})\b(?:,\s+|:\s+|[^.;:!?"()]{0,60}?,?\s+(?:including|such as|like|namely)\s+)(?:the\s+)?$`, 'u');

/** Organisation evidence from the context of a candidate. */
export function organisationContext(text: string, c: Candidate): boolean {
  const before = wordsBefore(text, c.start, 3).map((w) => w.toLowerCase());
  const last = before[before.length - 1] ?? '';
  const secondLast = before[before.length - 2] ?? '';
  // `phone maker Northwind Devices`, `the rebel group Hamas`
  if (ORGANISATION_DESCRIPTORS.has(last.replace(/,$/, ''))) return true;
  // `leader of Shas`, `president of UPN`, `an MK from the Kadima party`
  const preposition = last === 'the' ? secondLast : last;
  const roleWord = last === 'the' ? before[before.length - 3] : secondLast;
  if (/^(?:of|for|at|from|with)$/.test(preposition) && roleWord && (PERSON_ROLES.has(roleWord) || MEMBER_ROLES.has(roleWord))) return true;
  // `Knesset, the Israeli parliament`, `Shas, a small religious party`
  if (ORGANISATION_APPOSITIVE.test(text.slice(c.end, c.end + 60))) return true;
  // `an analyst at Goldman Sachs`, `executive director of capital projects at PricewaterhouseCoopers`
  if (/^(?:at|with)$/.test(preposition) && ROLE_THEN_AT.test(text.slice(Math.max(0, c.start - 90), c.start))) return true;
  // `Knesset member`, `Likud leader Benjamin Netanyahu`, `Hamas fighters`, `the Gazeta Polska newspaper`
  const after = /^\s+(?:news\s+)?([\p{Ll}-]+)\b/u.exec(text.slice(c.end, c.end + 30));
  if (after && (MEMBER_ROLES.has(after[1]!) || ORGANISATION_NOUNS.has(after[1]!)) && !c.tokens[c.tokens.length - 1]!.possessive) return true;
  return false;
}

/** Whether a list of organisations is introduced right before `at` (`four cell phone makers, |Motorola`). */
export function listHead(text: string, at: number): boolean {
  return LIST_HEAD.test(text.slice(Math.max(0, at - 100), at));
}
