/**
 * Word helpers shared by the actor rules. The string normalisations are memoised: a draft repeats the same
 * words and names hundreds of times, and recomputing them (NFD, regular expressions) dominated the profile.
 */
import { nameWords } from './names';
import { isOrganisationName } from './organisations';
import { MORE_CUES, NOT_ORGANISATION_ACRONYMS } from './vocabulary';

/** A cache of a pure string function; cleared when it grows large (long sessions see many drafts). */
export function memo<T>(f: (s: string) => T): (s: string) => T {
  const cache = new Map<string, T>();
  return (s: string): T => {
    let value = cache.get(s);
    if (value === undefined) {
      if (cache.size > 20000) cache.clear();
      value = f(s);
      cache.set(s, value);
    }
    return value;
  };
}

/** Lowercase and accent-free: the form the word lists use. */
export const plain = memo((text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());

/** A person's name words without titles (names.ts), shared by every rule that compares names. */
export const personWords = memo(nameWords);

/** The surname: the last of personWords. */
export const lastWord = (name: string): string => {
  const words = personWords(name);
  return words[words.length - 1] ?? '';
};

/** An organisation cue word in the name (organisations.ts and a few more). */
export const isCue = memo((word: string): boolean => isOrganisationName(word) || MORE_CUES.test(word));

export function isAcronym(word: string): boolean {
  return /^[A-Z][A-Z0-9&]{1,6}(?:-(?:TV|FM|AM|DT))?$/.test(word) || /^(?:[A-Z]\.){2,4}$/.test(word);
}

export function isExcludedAcronym(word: string): boolean {
  return NOT_ORGANISATION_ACRONYMS.has(word.replace(/\./g, '').toLowerCase());
}

export const capitalise = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** Every non-empty tail of a list (`[a, b, c]`, `[b, c]`, `[c]`): where an acronym's spelling may start. */
export function suffixes<T>(list: readonly T[]): T[][] {
  return list.map((_, k) => list.slice(k)).filter((s) => s.length > 0);
}

const SENTENCE_START = /(?:^|[.!?:]["'\u201D\u2019)]?\s+|\n\s*|^\s*[-*#>]+\s*)$/;

/** Whether `at` starts a sentence or a paragraph (capitals there say nothing). */
export function sentenceStart(text: string, at: number): boolean {
  return SENTENCE_START.test(text.slice(Math.max(0, at - 8), at)) || at === 0;
}

/**
 * The length of the character at `i` (2 for a surrogate pair) if `pattern` (one anchored character class)
 * accepts it, else 0. ASCII letters and digits are answered without the regular expression: scanning a draft
 * character by character this way is several times faster than a global regular expression over Unicode classes.
 */
export function characterAt(text: string, i: number, pattern: RegExp): number {
  if (i >= text.length) return 0;
  const code = text.charCodeAt(i);
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) ? 1 : 0;
  const width = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
  return pattern.test(text.slice(i, i + width)) ? width : 0;
}
