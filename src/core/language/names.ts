/**
 * Whether two name forms can refer to the same actor (`Mr Brown` = `Gordon Brown`, `Jiang` = `Jiang Yu`,
 * `Chávez` = `Chavez`, `Ostrowska` ~ `Ostrovska`). Finding names in text is the mention recogniser's work
 * (mentions.ts, candidates.ts); these are the comparisons it and the actor rules share.
 */
import { withinEditDistance } from '../text/edit-distance';
import { bitCount } from '../text/bit-count';

export interface NameSpan {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

/** Lowercase words that may sit inside a name: `José Luis Rodríguez Zapatero`, `Secretary of State Rice`. */
const CONNECTORS = new Set(['de', 'da', 'del', 'della', 'der', 'den', 'di', 'du', 'dos', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'y', 'abu', 'ben']);
/** Titles and honorifics: part of how a name is written, not of who it is. */
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'drs', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'president', 'prime',
  'minister', 'secretary', 'general', 'gen', 'sen', 'senator', 'rep', 'representative', 'gov', 'governor',
  'mayor', 'chancellor', 'ceo', 'cfo', 'sgt', 'sergeant', 'lt', 'col', 'colonel', 'capt', 'captain', 'maj',
  'major', 'adm', 'admiral', 'cmdr', 'commander', 'rev', 'reverend', 'hon', 'judge', 'justice', 'sheikh',
  'imam', 'rabbi', 'father', 'king', 'queen', 'prince', 'princess', 'premier', 'chairman', 'director', 'chief',
  'ambassador', 'deputy', 'interim', 'leader', 'spokesman', 'spokeswoman', 'mp', 'mep', 'state', 'foreign',
  'defence', 'defense', 'attorney', 'police', 'vice', 'former', 'sec', 'pres', 'dep', 'the',
]);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'md', 'esq']);

/** Lowercase, accent-free name words without titles: `Dr. José Chávez Jr.` -> [`jose`, `chavez`]. */
export function nameWords(name: string): string[] {
  const words = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[\s]+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').replace(/['\u2019]s$/, ''))
    .filter((w) => w.length > 0 && !SUFFIXES.has(w.replace(/\./g, '')));
  const personal = words.filter((w) => !TITLES.has(w.replace(/\./g, '')) && !CONNECTORS.has(w) && w !== 'of');
  return personal.length > 0 ? personal : words;
}

export function surname(name: string): string {
  const words = nameWords(name);
  return words[words.length - 1] ?? '';
}

/** Whether two name forms can refer to the same actor. */
export function sameActor(a: string, b: string): boolean {
  return sameActorWords(nameWords(a), nameWords(b));
}

/** sameActor on names already split by nameWords (for callers comparing one name with many). */
export function sameActorWords(x: readonly string[], y: readonly string[]): boolean {
  if (x.length === 0 || y.length === 0) return false;
  const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
  if (shorter.length === 1) return longer.some((w) => similarWords(w, shorter[0]!));
  // The surnames agree, and the shorter form's given name is among the longer's (which may start with a
  // descriptor: `Spanish Prime Minister José Zapatero` is `José Zapatero`, `Bob Jones` is not `Alice Jones`).
  return similarWords(x[x.length - 1]!, y[y.length - 1]!) && longer.slice(0, -1).some((w) => compatibleGivenNames(w, shorter[0]!));
}

/** `Alice Jones` is not `Bob Jones`; `Chris`/`Christopher`, `J.`/`John` and equal names are compatible. */
function compatibleGivenNames(a: string, b: string): boolean {
  const x = a.replace(/\.$/, '');
  const y = b.replace(/\.$/, '');
  return x === y || x.startsWith(y) || y.startsWith(x) || similarWords(x, y);
}

/** Equal, or a spelling/transliteration variant (`Kowalczyk` ~ `Kovalchyk`). */
export function similarWords(a: string, b: string): boolean {
  if (a === b) return true;
  let known = similar.get(a);
  if (!known) {
    if (similar.size > 5000) similar.clear();
    similar.set(a, (known = new Map()));
  }
  let answer = known.get(b);
  if (answer === undefined) known.set(b, (answer = nearlySameWord(withoutArticle(a), withoutArticle(b))));
  return answer;
}

/** What mayBeSimilar compares of a word: the word, the word without its article prefix, and the letters in it. */
export interface WordShape {
  readonly word: string;
  readonly bare: string;
  /** Bit (char code mod 32) set for each letter of `bare`. */
  readonly letters: number;
}

export function wordShape(word: string): WordShape {
  const bare = withoutArticle(word);
  let letters = 0;
  for (let i = 0; i < bare.length; i++) letters |= 1 << (bare.charCodeAt(i) & 31);
  return { word, bare, letters };
}

/**
 * A cheap test that similarWords may hold, for a caller that looks a word up among many (chain-lookup.ts): it
 * never says no where similarWords says yes. Equal once the article prefix is off, or long enough, of lengths
 * close enough, and with letters close enough: one edit adds or removes at most two letters.
 */
export function mayBeSimilar(a: WordShape, b: WordShape): boolean {
  if (a.word === b.word || a.bare === b.bare) return true;
  const x = a.bare.length;
  const y = b.bare.length;
  if (Math.min(x, y) < 5) return false;
  const allowed = Math.floor(Math.max(x, y) / 4);
  return Math.abs(x - y) <= allowed && bitCount(a.letters ^ b.letters) <= 2 * allowed;
}

/** Pairs already compared: a text names the same few people many times, and chains compare every mention. */
const similar = new Map<string, Map<string, boolean>>();

/** `Maliki` is `al-Maliki`: the article prefix is often left out. */
function withoutArticle(word: string): string {
  return word.length > 3 && word[2] === '-' && (word.startsWith('al') || word.startsWith('el')) ? word.slice(3) : word;
}

function nearlySameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 5) return false;
  const allowed = Math.floor(Math.max(a.length, b.length) / 4);
  return withinEditDistance(a, b, allowed); // Gaddafi ~ Qaddafi
}
