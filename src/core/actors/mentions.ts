/**
 * Where each actor is mentioned in the text: people by any of their surnames, organisations by any of their
 * forms (acronyms with their capitals, other forms in any case), as whole words, the longest form first where
 * forms start at the same word, without overlaps. One pass over the words of the text, each looked up in a map
 * of the forms starting with it: a regular expression alternating every form was a hot spot of the profile.
 */
import type { Entry } from './merge';
import { characterAt, isAcronym, lastWord } from '../language/words';

interface Span {
  readonly start: number;
  readonly end: number;
}

/** Letters and digits: the words of the text and of the forms; anything else separates them. */
const WORD = /[\p{L}\p{N}]+/gu;
const WORD_CHARACTER = /^[\p{L}\p{N}]$/u;

/** The words of a text: their offsets, and a hash of each in lowercase, to find the forms starting with it. */
interface Words {
  readonly starts: number[];
  readonly ends: number[];
  readonly hashes: number[];
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
        if (form.length > 1) {
          if (isAcronym(form)) note(sensitive, form, k);
          else note(insensitive, form.toLowerCase(), k);
        }
      }
    }
  });
  const plainText = withoutAccents(text);
  // offsets stay: the one letter whose lowercase is longer, `İ`, is a plain `I` in plainText
  const lower = plainText.toLowerCase();
  const words = splitWords(lower);
  scan(lower, words, insensitive, found);
  scan(plainText, words, sensitive, found);
  return found.map((list) => list.sort((a, b) => a.start - b.start));
}

/** A hash of a word, added to code unit by code unit. */
const extend = (hash: number, code: number): number => (Math.imul(hash, 31) + code) | 0;

function hashOf(word: string): number {
  let hash = 0;
  for (let i = 0; i < word.length; i++) hash = extend(hash, word.charCodeAt(i));
  return hash;
}

/** Whether a letter or a digit starts at `i`: its length (2 for a surrogate pair), else 0. */
const wordCharacter = (text: string, i: number): number => characterAt(text, i, WORD_CHARACTER);

/** One pass over the (lowercase) text's characters: where each word is, and its hash. */
function splitWords(lower: string): Words {
  const words: Words = { starts: [], ends: [], hashes: [] };
  let i = 0;
  while (i < lower.length) {
    let width = wordCharacter(lower, i);
    if (width === 0) {
      i++;
      continue;
    }
    const start = i;
    let hash = 0;
    while (width > 0) {
      for (const end = i + width; i < end; i++) hash = extend(hash, lower.charCodeAt(i));
      width = wordCharacter(lower, i);
    }
    words.starts.push(start);
    words.ends.push(i);
    words.hashes.push(hash);
  }
  return words;
}

/** Whether word `k` of `source` is `word`. */
const isWord = (source: string, words: Words, k: number, word: string): boolean => words.ends[k]! - words.starts[k]! === word.length && source.startsWith(word, words.starts[k]!);

/** Records every occurrence of the forms in `source` (the text or its lowercase), scanning its words left to right. */
function scan(source: string, words: Words, forms: ReadonlyMap<string, readonly number[]>, found: Span[][]): void {
  if (forms.size === 0) return;
  // by the hash of the first word in lowercase, longest form first (as a regular expression alternating them
  // would try them); the word itself is compared as written in `source`
  const byFirstWord = new Map<number, Form[]>();
  for (const form of [...forms.keys()].sort((a, b) => b.length - a.length)) {
    const cut = cutForm(form, forms.get(form)!);
    if (!cut) continue;
    const hash = hashOf(cut.words[0]!.toLowerCase());
    const list = byFirstWord.get(hash) ?? [];
    list.push(cut);
    byFirstWord.set(hash, list);
  }
  for (let k = 0; k < words.starts.length; ) {
    let next = k + 1;
    for (const form of byFirstWord.get(words.hashes[k]!) ?? []) {
      const end = matchAt(source, words, k, form);
      if (end >= 0) {
        for (const actor of form.actors) found[actor]!.push({ start: words.starts[k]!, end });
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
function matchAt(source: string, words: Words, k: number, form: Form): number {
  const last = k + form.words.length - 1;
  if (last >= words.starts.length) return -1;
  for (let n = 0; n < form.words.length; n++) {
    if (!isWord(source, words, k + n, form.words[n]!)) return -1;
    if (n > 0 && separatorEnd(source, words.ends[k + n - 1]!, form.separators[n - 1]!) !== words.starts[k + n]) return -1;
  }
  const end = separatorEnd(source, words.ends[last]!, form.tail);
  // the tail must not run into the next word (`U.N.` is not in `U.N.Security`)
  return end >= 0 && wordCharacter(source, end) === 0 ? end : -1;
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

/** Each character's base letter, remembered: curly quotes and dashes come back throughout a draft. */
const accentFree = new Map<string, string>();

/** Accents removed without shifting offsets: each character becomes its base letter. */
function withoutAccents(text: string): string {
  return text.replace(/[^\u0000-\u007f]/g, (ch) => {
    let base = accentFree.get(ch);
    if (base === undefined) {
      base = ch.normalize('NFD').replace(/\p{M}/gu, '')[0] ?? ch;
      accentFree.set(ch, base);
    }
    return base;
  });
}
