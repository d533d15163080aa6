/**
 * Where each actor is mentioned in the text: people by any of their surnames, organisations by any of their
 * forms (acronyms with their capitals, other forms in any case), as whole words, the longest form first where
 * forms start at the same word, without overlaps. One pass over the words of the text, each looked up in a map
 * of the forms starting with it: a regular expression alternating every form was a hot spot of the profile.
 */
import type { Entry } from './merge';
import { isAcronym, lastWord } from './words';

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Letters and digits: the words of the text and of the forms; anything else separates them. */
const WORD = /[\p{L}\p{N}]+/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/uy;

interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * A form cut at its word boundaries: `time warner, inc.` is the words `time`, `warner`, `inc`, the separators
 * ` ` and `, ` between them and `.` after them.
 */
interface Form {
  readonly words: string[];
  readonly separators: string[];
  readonly tail: string;
  /** The actors (indexes into the entries) with this form. */
  readonly actors: readonly number[];
}

export function mentions(text: string, entries: readonly Entry[]): Span[][] {
  const found: Span[][] = entries.map(() => []);
  const insensitive = new Map<string, number[]>();
  const sensitive = new Map<string, number[]>();
  const note = (map: Map<string, number[]>, form: string, k: number): void => {
    const list = map.get(form) ?? [];
    if (!list.includes(k)) list.push(k);
    map.set(form, list);
  };
  entries.forEach((d, k) => {
    for (const name of [d.name, ...d.variants]) {
      if (d.kind === 'person') {
        const surname = lastWord(name);
        if (surname) note(insensitive, surname, k);
      } else {
        const form = withoutAccents(name).replace(/^the\s+/i, '').replace(/\s+/g, ' ').trim();
        if (form.length > 1) isAcronym(form) ? note(sensitive, form, k) : note(insensitive, form.toLowerCase(), k);
      }
    }
  });
  const plainText = withoutAccents(text);
  const words: Word[] = [...plainText.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  scan(plainText, words, insensitive, true, found);
  scan(plainText, words, sensitive, false, found);
  return found.map((list) => list.sort((a, b) => a.start - b.start));
}

/** Records every occurrence of the forms, scanning the words left to right; `insensitive` compares lowercase. */
function scan(text: string, words: readonly Word[], forms: ReadonlyMap<string, readonly number[]>, insensitive: boolean, found: Span[][]): void {
  const byFirstWord = new Map<string, Form[]>();
  for (const form of [...forms.keys()].sort((a, b) => b.length - a.length)) {
    const cut = cutForm(form, forms.get(form)!);
    if (!cut) continue;
    const list = byFirstWord.get(cut.words[0]!) ?? [];
    list.push(cut);
    byFirstWord.set(cut.words[0]!, list);
  }
  const keys = words.map((w) => (insensitive ? w.text.toLowerCase() : w.text));
  for (let k = 0; k < words.length; ) {
    let next = k + 1;
    for (const form of byFirstWord.get(keys[k]!) ?? []) {
      const end = matchAt(text, words, keys, k, form);
      if (end >= 0) {
        for (const actor of form.actors) found[actor]!.push({ start: words[k]!.start, end });
        next = k + form.words.length;
        break;
      }
    }
    k = next;
  }
}

/** The form cut at its word boundaries; none for what does not start with a letter or a digit (no name does). */
function cutForm(form: string, actors: readonly number[]): Form | undefined {
  const parts = [...form.matchAll(WORD)];
  if (parts[0]?.index !== 0) return undefined;
  const separators = parts.slice(1).map((m, n) => form.slice(parts[n]!.index + parts[n]![0].length, m.index));
  const last = parts[parts.length - 1]!;
  return { words: parts.map((m) => m[0]), separators, tail: form.slice(last.index + last[0].length), actors };
}

/** Where `form` ends if it occurs from word `k` on (whole words, separators alike, a space for any spaces), else -1. */
function matchAt(text: string, words: readonly Word[], keys: readonly string[], k: number, form: Form): number {
  if (k + form.words.length > words.length) return -1;
  for (let n = 1; n < form.words.length; n++) {
    if (keys[k + n] !== form.words[n] || separatorEnd(text, words[k + n - 1]!.end, form.separators[n - 1]!) !== words[k + n]!.start) return -1;
  }
  const end = separatorEnd(text, words[k + form.words.length - 1]!.end, form.tail);
  if (end < 0) return -1;
  // the tail must not run into the next word (`U.N.` is not in `U.N.Security`)
  LETTER_OR_DIGIT.lastIndex = end;
  return LETTER_OR_DIGIT.test(text) ? -1 : end;
}

/** Where `separator` ends when it occurs at `at`: its characters as they are, a space for one or more spaces; else -1. */
function separatorEnd(text: string, at: number, separator: string): number {
  let i = at;
  for (let n = 0; n < separator.length; n++) {
    const ch = separator[n];
    if (ch === ' ') {
      if (!/\s/.test(text[i] ?? '')) return -1;
      while (i < text.length && /\s/.test(text[i]!)) i++;
    } else if (text[i] === ch) {
      i++;
    } else {
      return -1;
    }
  }
  return i;
}

/** Accents removed without shifting offsets: each character becomes its base letter. */
function withoutAccents(text: string): string {
  return text.replace(/[^\u0000-\u007f]/g, (ch) => ch.normalize('NFD').replace(/\p{M}/gu, '')[0] ?? ch);
}
