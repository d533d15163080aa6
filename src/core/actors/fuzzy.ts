/**
 * Close spellings of known surnames (`Tikhanovskaya` for `Tsikhanouskaya`, `Lukashenka` for `Lukashenko`):
 * fuse.js ranks the surnames, an edit distance of at most a quarter of the length confirms one.
 *
 * Most words of a draft are close to no surname, and searching fuse.js for every capitalised word (its index
 * rebuilt at every new surname) was most of findActors' time. So fuse.js is asked only when some surname is
 * within that edit distance: a cheap scan, done once per word and surname as surnames are added. What fuse.js
 * then answers is the same as before: its index holds every surname so far, in the order they were added.
 */
import Fuse from 'fuse.js';
import { similarWords } from '../attribution/names';

/** Letter counts, for lowerBound; all zero between calls. */
const counts = new Int32Array(0x10000);

/**
 * A lower bound of the edit distance: half the letters the two words do not share (an edit changes at most two
 * letter counts). Most pairs of different names fail it, which spares their edit distance.
 */
function lowerBound(a: string, b: string): number {
  for (let i = 0; i < a.length; i++) counts[a.charCodeAt(i)]!++;
  for (let i = 0; i < b.length; i++) counts[b.charCodeAt(i)]!--;
  let unshared = 0;
  for (const word of [a, b]) {
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      unshared += Math.abs(counts[code]!);
      counts[code] = 0;
    }
  }
  return Math.ceil(unshared / 2);
}

/** similarWords (names.ts), the same answer with cheap tests first: equal or a close spelling. */
export function closeWords(a: string, b: string): boolean {
  if (a === b) return true;
  const allowed = Math.floor(Math.max(a.length, b.length) / 4);
  if (Math.min(a.length, b.length) < 5 || Math.abs(a.length - b.length) > allowed || lowerBound(a, b) > allowed) return false;
  return similarWords(a, b);
}

interface Lookup {
  /** How many surnames the word has been compared with, until one of them is close. */
  scanned: number;
  close: boolean;
  /** fuse.js's answer, while the surnames stay `answeredAt` many. */
  answer?: string;
  answeredAt?: number;
}

export class CloseSurnames {
  private readonly surnames: string[] = [];
  private readonly fuse = new Fuse<string>([], { includeScore: true, threshold: 0.35, ignoreLocation: true });
  /** Surnames already added to the fuse.js index (it is filled when first searched). */
  private indexed = 0;
  private readonly lookups = new Map<string, Lookup>();

  add(surname: string): void {
    this.surnames.push(surname);
  }

  /** The known surname `word` is a spelling variant of: the first of fuse.js's five best that is close enough. */
  find(word: string): string | undefined {
    if (word.length < 5 || this.surnames.length === 0) return undefined;
    let lookup = this.lookups.get(word);
    if (!lookup) {
      lookup = { scanned: 0, close: false };
      this.lookups.set(word, lookup);
    }
    while (!lookup.close && lookup.scanned < this.surnames.length) lookup.close = closeWords(this.surnames[lookup.scanned++]!, word);
    // no surname within the edit distance: fuse.js could only return ones that closeWords rejects
    if (!lookup.close) return undefined;
    if (lookup.answeredAt !== this.surnames.length) {
      for (; this.indexed < this.surnames.length; this.indexed++) this.fuse.add(this.surnames[this.indexed]!);
      lookup.answer = this.fuse.search(word, { limit: 5 }).map((r) => this.surnames[r.refIndex]!).find((surname) => closeWords(surname, word));
      lookup.answeredAt = this.surnames.length;
    }
    return lookup.answer;
  }
}
