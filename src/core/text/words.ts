/**
 * Word tokens: what the index and the alignment compare.
 *
 * A word is a run of letters, digits and combining marks; an apostrophe between letters (`don't`, `don’t`) and
 * a comma or point between digits (`22,000`, `72.4`) stay inside it, and `[t]he` is read as `the`. Each word
 * carries a 32-bit hash of its canonical lowercase form (the folding of normalize.ts, applied per character),
 * so the scanner runs on original text, offsets need no mapping, and comparing words is comparing integers.
 */
import { foldChar } from './normalize';

export interface WordSpans {
  /** Start and end offsets in the scanned text, and the hash, of each word. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly hashes: Int32Array;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const APOSTROPHE = 39;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** How a non-ASCII character reads inside words: its folded lowercase form, and whether it is a word character. */
interface Folded {
  readonly codes: number[];
  readonly role: 'word' | 'apostrophe' | 'invisible' | 'separator';
}
const foldedCache = new Map<number, Folded>();

function foldedOf(code: number): Folded {
  let folded = foldedCache.get(code);
  if (!folded) {
    // Decomposed (NFKD), so that `é` and `e` + U+0301 hash alike: both read as `e`, U+0301.
    const text = foldChar(String.fromCharCode(code)).normalize('NFKD').toLowerCase();
    const role = text === '' ? 'invisible' : text === "'" ? 'apostrophe' : WORD_CHAR.test(text) ? 'word' : 'separator';
    folded = { codes: [...text].map((c) => c.charCodeAt(0)), role };
    foldedCache.set(code, folded);
  }
  return folded;
}

function isAsciiWord(code: number): boolean {
  return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
}

function isWordAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code < 128 ? isAsciiWord(code) : foldedOf(code).role === 'word';
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Reused working arrays: scanning thousands of articles allocates only the exact results. */
let scratch = { starts: new Int32Array(4096), ends: new Int32Array(4096), hashes: new Int32Array(4096) };

function scratchFor(capacity: number): typeof scratch {
  if (scratch.starts.length < capacity) {
    const size = Math.max(capacity, scratch.starts.length * 2);
    scratch = { starts: new Int32Array(size), ends: new Int32Array(size), hashes: new Int32Array(size) };
  }
  return scratch;
}

/** The hashes of the words of `text` alone: what indexing needs, without the cost of positions. */
export function scanWordHashes(text: string): Int32Array {
  return scanWords(text, false).hashes;
}

/** Tokenises `text` into words (positions left empty when `withPositions` is false). */
export function scanWords(text: string, withPositions = true): WordSpans {
  const n = text.length;
  const { starts, ends, hashes } = scratchFor((n >> 1) + 1); // a word and its separator take two characters
  let count = 0;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const bracketed = code === 91 ? bracketedLetters(text, i) : 0;
    if (!bracketed && !(code < 128 ? isAsciiWord(code) : foldedOf(code).role === 'word')) {
      i++;
      continue;
    }
    const start = i;
    let hash = FNV_OFFSET;
    if (bracketed) {
      for (let k = i + 1; k < i + bracketed - 1; k++) hash = mix(hash, text.charCodeAt(k) | 32);
      i += bracketed;
    }
    let end = i;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c < 128) {
        if (isAsciiWord(c)) hash = mix(hash, c >= 65 && c <= 90 ? c + 32 : c);
        else if (joinsWord(text, i, c)) hash = mix(hash, c);
        else break;
        end = ++i;
        continue;
      }
      const folded = foldedOf(c);
      if (folded.role === 'word') for (const f of folded.codes) hash = mix(hash, f);
      else if (folded.role === 'apostrophe' && joinsWord(text, i, APOSTROPHE)) hash = mix(hash, APOSTROPHE);
      else if (folded.role !== 'invisible') break;
      i++;
      if (folded.role !== 'invisible') end = i; // an invisible character inside a word does not extend its end
    }
    if (withPositions) {
      starts[count] = start;
      ends[count] = end;
    }
    hashes[count] = hash | 0;
    count++;
  }
  const positions = withPositions ? count : 0;
  return { starts: starts.slice(0, positions), ends: ends.slice(0, positions), hashes: hashes.slice(0, count) };
}

function mix(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME);
}

/**
 * `[t]he`, `[S]i`: an editor's changed first letter, already in a source's own text. The word is read without
 * the brackets; returns how many characters the bracketed part takes (0 when it is not one).
 */
function bracketedLetters(text: string, i: number): number {
  const match = /^\[[\p{L}]{1,2}\][\p{L}]/u.exec(text.slice(i, i + 5));
  return match ? match[0].length - 1 : 0;
}

/** An apostrophe between letters, or a separator inside a number, does not end a word. */
function joinsWord(text: string, i: number, code: number): boolean {
  if (i + 1 >= text.length || !isWordAt(text, i + 1)) return false;
  if (code === APOSTROPHE) return !isDigit(text.charCodeAt(i - 1)) && !isDigit(text.charCodeAt(i + 1));
  if (code === 44 || code === 46) return isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1));
  return false;
}

/** The hash scanWords gives to `word` read as a single word. */
export function wordHash(word: string): number {
  return scanWords(word).hashes[0] ?? FNV_OFFSET;
}
