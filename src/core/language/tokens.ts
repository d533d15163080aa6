/**
 * The words of the text with what the name rules need to know about each: capitalised or not, a possessive,
 * a sentence end after it; and the tests on single words (titles, nationalities, name words) and on word
 * sequences (places).
 */
import { ABBREVIATIONS, DEMONYMS, HEAD_TITLES, MAY_END_SENTENCE, NOISE, PERSON_CONNECTORS, PLACE_HEADS, PLACE_PREFIXES, PLACES, TITLE_MODIFIERS } from './vocabulary';
import { characterAt, isCue, memo, plain } from './words';

export interface Token {
  /** The word, with an abbreviation's point (`Gen.`, `U.S.`) and without a possessive `'s`. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Where the raw word ended (after a possessive or a sentence-final point). */
  readonly rawEnd: number;
  readonly cap: boolean;
  readonly possessive: boolean;
  /** A sentence (or a clause) ends right after the word. */
  readonly stop: boolean;
}

/** What words are made of: letters, marks and digits (ASCII ones are tested directly, see characterAt). */
const WORD_CHARACTER = /^[\p{L}\p{M}\p{N}]$/u;
const PARTICLE_NAME = /^(?:al|el|ad|as|ash|at|ut|ud|ul|ur|bin|ibn|abu|abd|d|de|di|da|du|van|von|le|la)[-'\u2019][\p{Lu}]/u;
/** `Arizona-based`, `Three-term`: adjectives, not names. */
const ADJECTIVE = /-(?:based|born|owned|led|backed|listed|headquartered|registered|run|funded|controlled|term|time|year|old|style|era)$/i;

/** The end of the letters, marks and digits from `i` on. */
function partEnd(text: string, i: number): number {
  let width = characterAt(text, i, WORD_CHARACTER);
  while (width > 0) {
    i += width;
    width = characterAt(text, i, WORD_CHARACTER);
  }
  return i;
}

/** A hyphen or an apostrophe (`Hewlett-Packard`, `O'Brien`, `al-Maliki`). */
const hyphenOrApostrophe = (code: number): boolean => code === 0x2d || code === 0x27 || code === 0x2019;
/** What may join two parts of one word: those, a point (`U.S`) and `&` (`AT&T`). */
const joinsWords = (code: number): boolean => hyphenOrApostrophe(code) || code === 0x2e || code === 0x26;

/**
 * The end of the word starting at `start`: its parts joined by `'`, `.`, `&` or `-`, and a final point
 * (`/[\p{L}\p{M}\p{N}]+(?:['\u2019.&\-][\p{L}\p{M}\p{N}]+)*\.?/u`, scanned by hand).
 */
function wordEnd(text: string, start: number): number {
  let end = partEnd(text, start);
  while (joinsWords(text.charCodeAt(end)) && characterAt(text, end + 1, WORD_CHARACTER) > 0) end = partEnd(text, end + 1);
  return text[end] === '.' ? end + 1 : end;
}

const isPossessive = (word: string): boolean => word.length > 2 && word.endsWith('s') && (word[word.length - 2] === "'" || word[word.length - 2] === '\u2019');

/** A capital first letter, or a particle before a name (`al-Maliki`, `d'Estaing`). */
function capitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code >= 0x41 && code <= 0x5a) return true;
  if (code >= 0x80 && /^\p{Lu}/u.test(word)) return true;
  // the particle is one to three letters, then a hyphen or an apostrophe
  const particle = hyphenOrApostrophe(word.charCodeAt(1)) || hyphenOrApostrophe(word.charCodeAt(2)) || hyphenOrApostrophe(word.charCodeAt(3));
  return particle && PARTICLE_NAME.test(word);
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let start = 0;
  while (start < text.length) {
    if (characterAt(text, start, WORD_CHARACTER) === 0) {
      start++;
      continue;
    }
    const rawEnd = wordEnd(text, start);
    let word = text.slice(start, rawEnd);
    let stop = false;
    if (word.endsWith('.')) {
      const bare = word.slice(0, -1);
      const lower = plain(bare);
      const isAbbreviation = ABBREVIATIONS.has(lower) || /^\p{Lu}$/u.test(bare) || /^(?:\p{L}\.)+\p{L}$/u.test(bare);
      if (!isAbbreviation) {
        word = bare;
        stop = true;
      } else if (MAY_END_SENTENCE.has(lower) || bare.includes('.')) {
        stop = startsSentence(text, rawEnd);
      }
    }
    const possessive = isPossessive(word);
    if (possessive) word = word.slice(0, -2);
    const adjective = word.includes('-') && ADJECTIVE.test(word);
    const cap = !adjective && capitalised(word);
    tokens.push({ text: word, start, end: start + word.length, rawEnd, cap, possessive, stop });
    start = rawEnd;
  }
  return tokens;
}

/** Whether a new sentence starts after `at` (`... Inc. The merger`): a capitalised sentence starter follows. */
function startsSentence(text: string, at: number): boolean {
  const next = /^\s+([\p{Lu}][\p{L}]*)/u.exec(text.slice(at, at + 40));
  return next !== null && NOISE.has(next[1]!.toLowerCase());
}

/** A title word without its point and a `-designate`/`-elect` (`Gen.`, `President-elect`). */
const titleKey = memo((text: string): string => plain(text).replace(/\.$/, '').replace(/-(?:designate|elect)$/, ''));

export function isTitleWord(token: Token): boolean {
  const key = titleKey(token.text);
  return HEAD_TITLES.has(key) || TITLE_MODIFIERS.has(key);
}

export function isHeadTitle(token: Token): boolean {
  return HEAD_TITLES.has(titleKey(token.text));
}

/** A nationality or a religion, or its plural (`Irish`, `Israelis`). */
const demonym = memo((text: string): boolean => {
  const lower = plain(text);
  return DEMONYMS.has(lower) || (lower.endsWith('s') && DEMONYMS.has(lower.slice(0, -1))) || (lower.endsWith('es') && DEMONYMS.has(lower.slice(0, -2)));
});

export const isDemonym = (token: Token): boolean => demonym(token.text);

const noise = memo((text: string): boolean => NOISE.has(text.toLowerCase()) && /^\p{Lu}\p{Ll}*$/u.test(text));

/** A sentence starter (`But`, `However`) written as one. */
export const isNoise = (token: Token): boolean => noise(token.text);

/** A name token of a person (not a title, an organisation word, a place word or a month). */
export function isNameToken(token: Token): boolean {
  if (!token.cap) return PERSON_CONNECTORS.has(token.text);
  return !isTitleWord(token) && !isCue(token.text) && !/^(?:party)$/i.test(token.text);
}

/** The words as the word lists write them: `U.S. Gen.` -> `u.s gen`. */
export const phrase = (tokens: readonly Token[]): string => plain(tokens.map((t) => t.text.replace(/\.$/, '')).join(' '));

const PLACE_OF = /^(?:republic|kingdom|state|province|city|county|gulf|bay|isle|islands?|strait|port|district|region) of /;
const DIRECTION = /^(?:north|south|east|west|northern|southern|eastern|western|central|upper|lower|greater)$/;

/** A country, region or city, a building or a street (`Warsaw Cathedral`), `Republic of X`, `North Waziristan`. */
export function isPlace(tokens: readonly Token[], words = phrase(tokens)): boolean {
  if (tokens.length === 0) return false;
  if (PLACES.has(words) || PLACES.has(words.replace(/^the /, ''))) return true;
  if (tokens.length >= 2 && PLACE_HEADS.has(plain(tokens[tokens.length - 1]!.text))) return true;
  if (tokens.length >= 2 && PLACE_PREFIXES.has(plain(tokens[0]!.text))) return true; // `Camp Hope`, `Mount Kenya`, `Lake Tana`
  if (PLACE_OF.test(words)) return true;
  // `Guantanamo Bay, Cuba`-like forms and `North Waziristan`: a direction or a place word with a known place
  return tokens.length === 2 && DIRECTION.test(plain(tokens[0]!.text)) && PLACES.has(plain(tokens[1]!.text));
}
