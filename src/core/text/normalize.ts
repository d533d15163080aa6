/**
 * Canonical form for matching, with a map back to the original offsets.
 *
 * Quote glyphs, dashes, ellipses and white space are folded so that a draft and a source that differ only
 * typographically compare equal; every canonical position maps back to the original UTF-16 offset so that
 * findings land on the right characters.
 */
import { OffsetMap } from './offset-map';

export interface Normalized {
  readonly text: string;
  readonly map: OffsetMap;
}

const DOUBLE_QUOTES = '"\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033\u301D\u301E\uFF02';
const SINGLE_QUOTES = "'\u2018\u2019\u201A\u201B\u2039\u203A\u2032\uFF07";
const DASHES = '\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D';
/**
 * Soft hyphen, zero-width characters, word joiner, byte-order mark, and the bidi controls (marks U+200E/F,
 * U+061C, embeddings and overrides U+202A-E, isolates U+2066-9): they change how text is shown, not what it says,
 * so a faithful quotation with a U+202E in it still reads as exact.
 */
const INVISIBLE = '\u00AD\u061C\u180E\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\uFEFF';

const COMBINING = /\p{M}/u;

function isCombining(code: number): boolean {
  return code >= 0x300 && (code <= 0x36f || (code >= 128 && COMBINING.test(String.fromCharCode(code))));
}

/** One character (a code point) with the combining marks after it: `e` + U+0301 is one `é`. */
function characterWithMarks(text: string, i: number): string {
  let end = i + (text.codePointAt(i)! > 0xffff ? 2 : 1);
  while (end < text.length && isCombining(text.charCodeAt(end))) end++;
  return text.slice(i, end);
}

/** Folds one character, or a character with its combining marks, to its canonical spelling; '' drops it. */
export function foldChar(ch: string): string {
  const glyph = foldGlyph(ch);
  if (glyph !== undefined) return glyph;
  const nfkc = ch.normalize('NFKC');
  if (nfkc === ch) return ch;
  // NFKC may produce glyphs that fold further (a fullwidth quotation mark); fold those, never normalise again.
  return [...nfkc].map((c) => foldGlyph(c) ?? c).join('');
}

/** Quotation marks, dashes, invisible characters and the ellipsis; undefined for anything else. */
function foldGlyph(ch: string): string | undefined {
  if (DOUBLE_QUOTES.includes(ch)) return '"';
  if (SINGLE_QUOTES.includes(ch)) return "'";
  if (DASHES.includes(ch)) return '-';
  if (INVISIBLE.includes(ch)) return '';
  if (ch === '\u2026') return '...';
  return undefined;
}

export function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f ||
    code === 0x205f || code === 0x3000;
}

/**
 * Normalises `text`: folds glyphs (see foldChar), turns every run of white space into one space and
 * `. . .` into `...`. Case is kept; lookups lowercase tokens themselves.
 */
export function normalize(text: string): Normalized {
  const out: string[] = [];
  const map = new OffsetMap();
  let length = 0;
  const emit = (piece: string, origin: number): void => {
    map.add(length, origin);
    out.push(piece);
    length += piece.length;
  };
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (isSpace(code) && !(code === 32 && !isSpace(text.charCodeAt(i + 1)))) {
      let j = i + 1;
      while (j < text.length && isSpace(text.charCodeAt(j))) j++;
      emit(' ', i);
      i = j;
    } else if (code === 46 && text.startsWith('. . .', i)) {
      emit('...', i);
      map.add(length, i + 5);
      i += 5;
    } else if (code < 128 && !isCombining(text.charCodeAt(i + 1))) {
      let j = i + 1; // copy a run of plain ASCII in one piece: the common case
      while (j < text.length) {
        const c = text.charCodeAt(j);
        if (c >= 128 || (c === 46 && text.startsWith('. . .', j))) break;
        if (isSpace(c) && (c !== 32 || isSpace(text.charCodeAt(j + 1)))) break; // a single space is kept as is
        j++;
      }
      if (j < text.length && j - 1 > i && isCombining(text.charCodeAt(j))) j--; // `e` + U+0301 compose below
      emit(text.slice(i, j), i);
      i = j;
    } else {
      const group = characterWithMarks(text, i);
      const folded = group.length > 1 ? foldChar(group.normalize('NFKC')) : foldChar(group);
      if (folded.length > 0) emit(folded, i);
      i += group.length;
      map.add(length, i);
    }
  }
  map.add(length, text.length);
  return { text: out.join(''), map };
}
