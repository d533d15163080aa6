/**
 * Personal and organisation names in running text: finding a name next to a speech verb, and deciding whether
 * two name forms refer to the same actor (`Mr Brown` = `Gordon Brown`, `Jiang` = `Jiang Yu`,
 * `Chávez` = `Chavez`, `Tsikhanouskaya` ~ `Tikhanovskaya`).
 */
import { isOrganisationName } from './organisations';
import { editDistance } from '../text/edit-distance';

export interface NameSpan {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

/** Lowercase words that may sit inside a name: `José Luis Rodríguez Zapatero`, `Secretary of State Rice`. */
const CONNECTORS = new Set(['de', 'da', 'del', 'della', 'der', 'den', 'di', 'du', 'dos', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'y', 'abu', 'ben']);
/** Lowercase role words that may precede a name: `Interim Liberal leader Bill Graham`. */
const ROLES = new Set([
  'partner', 'administrator', 'adviser', 'advisor', 'strategist', 'researcher', 'scientist', 'expert',
  'correspondent', 'editor', 'reporter', 'columnist', 'activist', 'campaigner', 'organiser', 'organizer',
  'coordinator', 'manager', 'owner', 'spokesperson', 'vice-president', 'co-founder', 'commissioner',
  'leader', 'minister', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'president', 'chairman',
  'chairwoman', 'director', 'chief', 'executive', 'officer', 'commander', 'general', 'ambassador', 'governor',
  'mayor', 'senator', 'analyst', 'economist', 'professor', 'lawyer', 'attorney', 'candidate', 'member',
  'head', 'founder', 'chair', 'deputy', 'envoy', 'official', 'representative', 'premier', 'king', 'queen',
]);
/** Capitalised words that start sentences but are not names. */
const NOT_NAMES = new Set([
  'the', 'a', 'an', 'but', 'and', 'or', 'so', 'then', 'yet', 'still', 'also', 'however', 'meanwhile', 'later',
  'earlier', 'now', 'when', 'while', 'if', 'as', 'in', 'on', 'at', 'for', 'from', 'to', 'with', 'by', 'after',
  'before', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'our', 'his', 'her',
  'their', 'its', 'today', 'yesterday', 'tomorrow', 'according', 'speaking', 'asked', 'instead', 'indeed',
  'here', 'there', 'what', 'why', 'how', 'who', 'where', 'since', 'because', 'although', 'though', 'even',
  'last', 'next', 'every', 'each', 'some', 'many', 'most', 'one', 'all', 'both', 'no', 'not', 'only', 'again',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'critics', 'officials',
  'my', 'your', 'mine', 'me', 'him', 'them', 'us', 'is', 'was', 'are', 'were', 'be', 'do', 'did', 'has', 'have',
  'during', 'about', 'against', 'over', 'under', 'into', 'through', 'between', 'among', 'outside', 'inside',
  'near', 'via', 'per', 'amid', 'despite', 'toward', 'towards', 'upon', 'across', 'behind', 'beyond', 'within',
  'until', 'told', 'said', 'says', 'would', 'will', 'could', 'should', 'can', 'may', 'might', 'must',
]);
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
const ABBREVIATION = /^(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Maj|Adm|Cmdr|St|Jr|Sr|Rev|Hon|Pres|Sec|Amb|Supt|Insp|Det|Cpl|Pvt|Atty|Mt|Ft|Messrs|Mme|Mlle|No|Vol)\.$|^(?:\p{Lu}\.)+$/u;

/** `Dr.`, `Sgt.`, `U.S.`: a word whose full stop abbreviates, not one that ends a sentence or a name. */
export function isAbbreviation(word: string): boolean {
  return ABBREVIATION.test(word);
}
const CAPITALISED = /^[\p{Lu}][\p{L}\p{M}'\u2019.\-]*$/u;

/** `al-Maliki`, `bin-Laden`, `d'Estaing`: a lowercase particle joined to a capitalised name. */
const PARTICLE_NAME = /^(?:al|el|ad|ash|as|at|bin|ibn|abu|abd|d|de|di|da|du|van|von|le|la)[-'\u2019][\p{Lu}]/u;

function isCapitalisedWord(word: string): boolean {
  return (CAPITALISED.test(word) && /[\p{L}]/u.test(word)) || PARTICLE_NAME.test(word);
}

/** A token of running text with trailing punctuation split off. */
interface Token {
  readonly word: string;
  readonly start: number;
  readonly end: number;
  /** Punctuation after the word (`,` `.` `;` ...), which may end a name. */
  readonly trail: string;
  /** Punctuation before the word (`(` `"` ...). */
  readonly lead: string;
  /** Whether a blank line separates this token from the previous one (a name never spans paragraphs). */
  readonly afterBreak: boolean;
}

function tokens(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  let previousEnd = from;
  for (const match of text.slice(from, to).matchAll(/\S+/g)) {
    const raw = match[0];
    const lead = /^[^\p{L}\p{N}]*/u.exec(raw)![0];
    let word = raw.slice(lead.length);
    let trail = '';
    const trailing = /[,;:!?()"\u201C\u201D\u2018\u2019\]\[]+$|(?<![.\p{Lu}])\.+$/u.exec(word);
    if (trailing && !isAbbreviation(word)) {
      trail = trailing[0];
      word = word.slice(0, word.length - trail.length);
    }
    word = word.replace(/['\u2019]s$/, ''); // possessive: Harper's -> Harper
    const start = from + match.index + lead.length;
    const afterBreak = /\n\s*\n/.test(text.slice(previousEnd, from + match.index));
    previousEnd = from + match.index + raw.length;
    if (word) out.push({ word, start, end: start + word.length, trail, lead, afterBreak });
  }
  return out;
}

/** True when a name may continue from `previous` to `next` (no comma, sentence end or bracket between). */
function joins(previous: Token, next: Token): boolean {
  return previous.trail === '' && next.lead === '' && !next.afterBreak;
}

/** Cuts non-name words off the front of a candidate name, and returns it if anything capitalised is left. */
function finish(text: string, run: Token[]): NameSpan | undefined {
  let first = 0;
  while (first < run.length && (NOT_NAMES.has(run[first]!.word.toLowerCase()) || !isCapitalisedWord(run[first]!.word))) first++;
  let last = run.length - 1;
  while (last >= first && !isCapitalisedWord(run[last]!.word)) last--;
  if (last < first) return undefined;
  const start = run[first]!.start;
  const end = run[last]!.end;
  return { name: text.slice(start, end).replace(/\s+/g, ' '), start, end };
}

/** `Secretary of State`, `Bank of England`: `of` inside a name only after a title or an organisation word. */
function ofJoins(before: Token | undefined): boolean {
  return before !== undefined && isCapitalisedWord(before.word) &&
    (TITLES.has(before.word.toLowerCase().replace(/\.$/, '')) || isOrganisationName(before.word));
}

/** Lowercase words inside a name: connectors (`de`, `van`) and roles (`Deloitte partner Dan Butters`). */
function joinsInside(token: Token): boolean {
  const lower = token.word.toLowerCase();
  return CONNECTORS.has(lower) || ROLES.has(lower);
}

/** The name that ends just before `end` (`... Prime Minister Stephen Harper| said`). */
export function nameBefore(text: string, end: number, limit = 160): NameSpan | undefined {
  const list = tokens(text, Math.max(0, end - limit), end);
  if (list.length === 0 || list[list.length - 1]!.trail !== '') return undefined;
  const run: Token[] = [];
  for (let k = list.length - 1; k >= 0; k--) {
    const token = list[k]!;
    const following = run[0];
    if (following && !joins(token, following)) break;
    if (isCapitalisedWord(token.word)) {
      run.unshift(token);
    } else if (token.word === 'of' && following) {
      const before = list[k - 1];
      if (ofJoins(before) && joins(before!, token)) run.unshift(token);
      else if (before && isCapitalisedWord(before.word) && joins(before, token)) return nameBefore(text, token.start); // `Dan Butters of Deloitte`
      else break;
    } else if (following && joinsInside(token)) {
      run.unshift(token);
    } else {
      break;
    }
  }
  return finish(text, run);
}

/** `Lula also said`, `Clark has said`: words that may stand between a speaker and the speech verb. */
const ADVERBS_BEFORE_VERB = /(?:\s+(?:also|then|later|again|further|previously|recently|earlier|once|often|repeatedly|has|had|have|would|will|reportedly|simply|subsequently|quickly|today|yesterday|publicly|privately|bluntly|flatly))+\s*$/i;

/** The subject of a verb at `verbAt`: the name before it, past adverbs such as `also` or `has`. */
export function nameBeforeVerb(text: string, from: number, verbAt: number): NameSpan | undefined {
  const adverbs = ADVERBS_BEFORE_VERB.exec(text.slice(from, verbAt));
  let end = adverbs ? from + adverbs.index : verbAt;
  while (end > from && /\s/.test(text[end - 1]!)) end--;
  return nameBefore(text, end);
}

/** The name that starts at `start` (`said| San Jose Police Sgt. Nick Muyo.`, `said| joint administrator Rob Hunt`). */
export function nameAfter(text: string, start: number, limit = 160): NameSpan | undefined {
  const list = tokens(text, start, Math.min(text.length, start + limit));
  if (list.length === 0 || list[0]!.lead !== '') return undefined;
  const run: Token[] = [];
  for (let k = 0; k < list.length; k++) {
    const token = list[k]!;
    const previous = run[run.length - 1];
    const next = list[k + 1];
    if (previous && !joins(previous, token)) break;
    const nextCapitalised = next !== undefined && joins(token, next) && isCapitalisedWord(next.word);
    if (isCapitalisedWord(token.word)) run.push(token);
    else if (token.word === 'of' && nextCapitalised && ofJoins(previous)) run.push(token);
    else if (nextCapitalised && joinsInside(token)) run.push(token);
    else if (!run.some((t) => isCapitalisedWord(t.word)) && k < 3 && !NOT_NAMES.has(token.word.toLowerCase()) && !joinsInside(token) && /^\p{Ll}+$/u.test(token.word)) run.push(token); // `joint administrator`
    else break;
  }
  return finish(text, run);
}

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

/** Equal, or a spelling/transliteration variant (`Tsikhanouskaya` ~ `Tikhanovskaya`). */
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
  return Math.abs(a.length - b.length) <= allowed && editDistance(a, b) <= allowed; // Gaddafi ~ Qaddafi
}

const CAPITALISED_RUN = /[\p{Lu}][\p{L}\p{M}'\u2019.\-]*(?:[ \t]+(?:(?:de|da|van|von|bin|al|le|la|del|di|du)[ \t]+)?[\p{Lu}][\p{L}\p{M}'\u2019.\-]*)*/gu;

/**
 * The last person named in text[from, to): a run of two or more capitalised words, or a title and a name,
 * that is not an organisation. What `he said` most likely points back to.
 */
export function lastPersonBefore(text: string, from: number, to: number): NameSpan | undefined {
  let last: NameSpan | undefined;
  for (const match of text.slice(from, to).matchAll(CAPITALISED_RUN)) {
    const start = from + match.index;
    const run = tokens(text, start, start + match[0].length);
    const name = finish(text, run);
    if (!name || isOrganisationName(name.name)) continue;
    const words = name.name.split(' ');
    const isTitle = (w: string): boolean => TITLES.has(w.toLowerCase().replace(/\.$/, ''));
    if (words.length >= 2 && !isTitle(words[words.length - 1]!)) last = name; // not `Iran's Defense Minister`
  }
  return last;
}
