/**
 * Word tokens of canonical text: what the index and the alignment compare.
 *
 * A word is a run of letters, digits and combining marks; an apostrophe between letters (`don't`) and a comma
 * or point between digits (`22,000`, `72.4`) stay inside it. Each word carries a 32-bit hash of its lowercase
 * form, so comparing words is comparing integers.
 */

export interface WordSpans {
  /** Start and end offsets in the scanned text, and the lowercase hash, of each word. */
  readonly starts: number[];
  readonly ends: number[];
  readonly hashes: number[];
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

export function isWordCode(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  return WORD_CHAR.test(String.fromCharCode(code));
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function lowerCode(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
  return String.fromCharCode(code).toLowerCase().charCodeAt(0);
}

/** Tokenises `text` (already normalised) into words. */
export function scanWords(text: string): WordSpans {
  const starts: number[] = [];
  const ends: number[] = [];
  const hashes: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const bracketed = text.charCodeAt(i) === 91 ? bracketedLetters(text, i) : 0;
    if (!bracketed && !isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let hash = FNV_OFFSET;
    if (bracketed) {
      for (let k = i + 1; k < i + bracketed - 1; k++) hash = Math.imul(hash ^ lowerCode(text.charCodeAt(k)), FNV_PRIME);
      i += bracketed;
    }
    while (i < n) {
      const code = text.charCodeAt(i);
      if (isWordCode(code)) {
        hash = Math.imul(hash ^ lowerCode(code), FNV_PRIME);
        i++;
      } else if (i + 1 < n && isWordCode(text.charCodeAt(i + 1)) && joinsWord(text, i, code)) {
        hash = Math.imul(hash ^ code, FNV_PRIME);
        i++;
      } else {
        break;
      }
    }
    starts.push(start);
    ends.push(i);
    hashes.push(hash | 0);
  }
  return { starts, ends, hashes };
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
  if (code === 39) return !isDigit(text.charCodeAt(i - 1)) && !isDigit(text.charCodeAt(i + 1));
  if (code === 44 || code === 46) return isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1));
  return false;
}

/** The same hash scanWords gives to a single word. */
export function wordHash(word: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ lowerCode(word.charCodeAt(i)), FNV_PRIME);
  return hash | 0;
}
