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
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let hash = FNV_OFFSET;
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
