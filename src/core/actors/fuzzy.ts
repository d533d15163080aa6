/**
 * Close spellings of known surnames (`Kovalchyk` for `Kowalczyk`, `Ostrovska` for `Ostrowska`):
 * fuse.js ranks the surnames, an edit distance of at most a quarter of the length confirms one.
 *
 * Most words of a draft are close to no surname, and searching fuse.js for every capitalised word (its index
 * rebuilt at every new surname) was most of findActors' time. So fuse.js is asked only when some surname is
 * within that edit distance: a cheap scan (lengths, then the letters the words share), done once per word and
 * surname as surnames are added. What fuse.js then answers is the same as before: its index holds every surname
 * so far, in the order they were added.
 */
import Fuse from 'fuse.js';
import { similarWords } from '../language/names';

/** The number of bits set in a 32-bit integer. */
function bitCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/**
 * A word with the set of its characters folded into 32 bits (characters whose codes agree modulo 32 share a
 * bit, which only weakens the test): made once per word, it rules out most pairs of names in two bit operations.
 */
export class Spelling {
  readonly letters: number;

  constructor(readonly word: string) {
    let letters = 0;
    for (let i = 0; i < word.length; i++) letters |= 1 << (word.charCodeAt(i) & 31);
    this.letters = letters;
  }

  /**
   * similarWords (names.ts), the same answer with cheap tests first: equal, or a close spelling. Each character
   * one word has and the other lacks altogether needs an edit of its own, so more of them than the allowed
   * distance rule the pair out.
   */
  isCloseTo(other: Spelling): boolean {
    const a = this.word;
    const b = other.word;
    if (a === b) return true;
    const allowed = Math.floor(Math.max(a.length, b.length) / 4);
    if (Math.min(a.length, b.length) < 5 || Math.abs(a.length - b.length) > allowed) return false;
    if (Math.max(bitCount(this.letters & ~other.letters), bitCount(other.letters & ~this.letters)) > allowed) return false;
    return similarWords(a, b);
  }
}

interface Lookup {
  readonly spelling: Spelling;
  /** How many surnames the word has been compared with, until one of them is close. */
  scanned: number;
  close: boolean;
  /** fuse.js's answer, while the surnames stay `answeredAt` many. */
  answer?: string;
  answeredAt?: number;
}

/** The surnames known so far, in the order added, and the words found close to one of them. */
export class CloseSurnames {
  private readonly surnames: Spelling[] = [];
  private readonly fuse = new Fuse<string>([], { includeScore: true, threshold: 0.35, ignoreLocation: true });
  /** Surnames already added to the fuse.js index (it is filled when first searched). */
  private indexed = 0;
  private readonly lookups = new Map<string, Lookup>();

  add(surname: string): void {
    this.surnames.push(new Spelling(surname));
  }

  /** The known surname `word` is a spelling variant of: the first of fuse.js's five best that is close enough. */
  find(word: string): string | undefined {
    if (word.length < 5 || this.surnames.length === 0) return undefined;
    let lookup = this.lookups.get(word);
    if (!lookup) {
      lookup = { spelling: new Spelling(word), scanned: 0, close: false };
      this.lookups.set(word, lookup);
    }
    while (!lookup.close && lookup.scanned < this.surnames.length) lookup.close = this.surnames[lookup.scanned++]!.isCloseTo(lookup.spelling);
    // no surname within the edit distance: fuse.js could only return ones that isCloseTo rejects
    if (!lookup.close) return undefined;
    if (lookup.answeredAt !== this.surnames.length) {
      for (; this.indexed < this.surnames.length; this.indexed++) this.fuse.add(this.surnames[this.indexed]!.word);
      const spelling = lookup.spelling;
      lookup.answer = this.fuse.search(word, { limit: 5 }).map((r) => this.surnames[r.refIndex]!).find((surname) => surname.isCloseTo(spelling))?.word;
      lookup.answeredAt = this.surnames.length;
    }
    return lookup.answer;
  }
}
