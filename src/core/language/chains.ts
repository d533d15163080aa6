/**
 * Coreference: the names of one actor linked into a chain (`Tom Reyes`, `Reyes`, `Mr. Reyes`), with the roles the
 * text gives it (`Sen. Cruz`, `Kim Lee, the health minister`) and its gender where a title says it, so that a
 * description (`the minister said`) or a pronoun (`she said`) can be resolved to the chain, and a speaker is
 * reported by the fullest form of the name.
 */
import { ChainLookup } from './chain-lookup';
import type { Entity, Gender, Mention } from './mentions';
import { sameActorWords, similarWords } from './names';
import { personWords } from './words';
import { countEndingBy } from '../text/spans';

export interface Chain {
  readonly id: number;
  entity: Entity;
  /** The fullest form of the name. */
  display: string;
  readonly forms: string[];
  /** personWords (nameWords, memoised) of each form, kept alongside: a chain is compared with every later mention. */
  readonly formWords: string[][];
  readonly roles: Set<string>;
  gender?: Gender;
}

export interface Chains {
  readonly chains: Chain[];
  /** The chain of each mention that is a name (by index in the mention list); -1 for other mentions. */
  readonly chainOf: Int32Array;
}

/** Abbreviated titles spelt out, so that `Sen. Cole` and `the senator` meet (a Map: `constructor` is no title). */
const TITLE_ROLES = new Map<string, string>(Object.entries({
  sen: 'senator', senator: 'senator', gov: 'governor', governor: 'governor', rep: 'representative', representative: 'representative',
  gen: 'general', general: 'general', pres: 'president', president: 'president', sec: 'secretary', secretary: 'secretary',
  dr: 'doctor', prof: 'professor', professor: 'professor', lt: 'lieutenant', col: 'colonel', capt: 'captain', sgt: 'sergeant',
  adm: 'admiral', judge: 'judge', justice: 'justice', mayor: 'mayor', minister: 'minister', chancellor: 'chancellor',
  ambassador: 'ambassador', amb: 'ambassador', premier: 'premier', king: 'king', queen: 'queen', speaker: 'speaker',
  chairman: 'chairman', chairwoman: 'chairwoman', chief: 'chief', director: 'director', commissioner: 'commissioner',
  congressman: 'congressman', congresswoman: 'congresswoman', leader: 'leader', candidate: 'candidate', nominee: 'nominee',
  spokesman: 'spokesman', spokeswoman: 'spokeswoman', founder: 'founder', ceo: 'executive', executive: 'executive',
}));
const ROLE_WORD = /^[\p{Ll}-]+$/u;
/** `, the finance minister,` after a name: up to six words before the next comma or stop. */
const APPOSITIVE = /^,\s+(?!(?:who|whom|whose|which|where|when|and|but)\b)(?:(?:the|a|an|his|her|their|its|[\p{Lu}][\p{L}.'\u2019-]*['\u2019]s)\s+)?((?:[\p{L}\p{N}.'\u2019-]+\s+){0,5}[\p{L}-]+)(?=\s*[,.;:)]|\s*$)/u;

export function buildChains(text: string, mentions: readonly Mention[], isRole: (word: string) => boolean): Chains {
  const chains: Chain[] = [];
  const chainOf = new Int32Array(mentions.length).fill(-1);
  /** Last words of the full names read so far. */
  const surnames = new Set<string>();
  const lookup = new ChainLookup();
  mentions.forEach((m, k) => {
    if (m.form !== 'name' || m.entity === 'place') return;
    let chain = findChain(chains, m, surnames, lookup);
    if (!chain) {
      chain = { id: chains.length, entity: m.entity, display: m.text, forms: [], formWords: [], roles: new Set() };
      chains.push(chain);
    }
    if (chain.entity === 'unknown') chain.entity = m.entity;
    if (!chain.forms.includes(m.text)) {
      const words = personWords(m.text);
      chain.forms.push(m.text);
      chain.formWords.push(words);
      lookup.add(chain.id, m.text, words);
      if (words.length > 1 && m.entity !== 'organization') surnames.add(words[words.length - 1]!);
    }
    if (fuller(m.text, chain.display)) chain.display = m.text;
    if (m.gender) chain.gender = m.gender;
    for (const role of rolesAround(text, m, isRole)) chain.roles.add(role);
    chainOf[k] = chain.id;
  });
  return { chains, chainOf };
}

/**
 * The chain a name joins: the most recent one it can be a form of. A person's single word is the surname or the
 * exact given name (`Cruz`, `Hillary`); an organisation's forms must be the same name (the short form and the
 * acronym are the actor rules' business), so `Clinton` never joins `Clinton Foundation`.
 */
function findChain(chains: readonly Chain[], m: Mention, surnames: ReadonlySet<string>, lookup: ChainLookup): Chain | undefined {
  const words = personWords(m.text);
  for (const k of lookup.candidates(m.text, words)) {
    const chain = chains[k]!;
    if (chain.entity === 'organization' || m.entity === 'organization') {
      if (chain.forms.some((form) => form.toLowerCase() === m.text.toLowerCase())) return chain;
      continue;
    }
    // `General Ali` is a surname: a title rules out the given-name reading
    // `Hillary Clinton` does not join the chain of `Bill Clinton` through its `Clinton`
    if (words.length > 1 && chain.formWords.some((form) => form.length > 1) && !chain.formWords.some((form) => form.length > 1 && sameActorWords(words, form))) continue;
    const titled = words.length === 1 && m.text.trim().split(/\s+/).length > 1;
    if (chain.formWords.some((form) => samePerson(words, form, titled, surnames))) return chain;
  }
  return undefined;
}

/**
 * Whether two names can be one person's. A single word is the other's surname, or its given name unless the text
 * already uses it as a surname (`Clinton` of `Bill Clinton` is no given name of `Clinton Global Initiative`).
 */
function samePerson(x: readonly string[], y: readonly string[], titled: boolean, surnames: ReadonlySet<string>): boolean {
  if (x.length === 0 || y.length === 0) return false;
  if (x.length === 1 || y.length === 1) {
    const [one, other] = x.length === 1 ? [x[0]!, y] : [y[0]!, x];
    return similarWords(one, other[other.length - 1]!) || (!titled && !surnames.has(one) && one === other[0]);
  }
  return sameActorWords(x, y);
}

/** More name words, or as many and longer: `Tom Reyes` over `Reyes`, `Ana M. Ruiz` over `Ana Ruiz`. */
function fuller(name: string, current: string): boolean {
  const a = personWords(name).length;
  const b = personWords(current).length;
  return a > b || (a === b && name.length > current.length && !/['\u2019]s$/.test(name));
}

/** Roles the text gives a name: title or role words before it (`Sen.`, `presidential candidate`), an appositive after it. */
function rolesAround(text: string, m: Mention, isRole: (word: string) => boolean): string[] {
  const roles: string[] = [];
  const before = text.slice(Math.max(0, m.start - 40), m.start).split(/\s+/).filter(Boolean).slice(-3);
  for (const word of before) {
    const key = word.toLowerCase().replace(/[.,]$/, '');
    const role = TITLE_ROLES.get(key) ?? (ROLE_WORD.test(key) && isRole(key) ? key : undefined);
    if (role) roles.push(role);
  }
  for (const word of m.text.split(/\s+/)) {
    const role = TITLE_ROLES.get(word.toLowerCase().replace(/\.$/, ''));
    if (role) roles.push(role);
  }
  const appositive = APPOSITIVE.exec(text.slice(m.end, m.end + 120));
  if (appositive) {
    for (const word of appositive[1]!.split(/\s+/)) {
      const key = word.toLowerCase().replace(/[.,]$/, '');
      const role = TITLE_ROLES.get(key) ?? (isRole(key) ? key : undefined);
      if (role) roles.push(role);
    }
  }
  return roles;
}

/** `the senator`: the chain named most recently before `at` that has the role, and that latest mention of it. */
export function chainWithRole(mentions: readonly Mention[], chains: Chains, role: string, before: number, from: number): { chain: Chain; last: Mention } | undefined {
  const wanted = TITLE_ROLES.get(role) ?? role;
  for (let k = lastMentionBefore(mentions, before); k >= 0 && mentions[k]!.start >= from; k--) {
    const id = chains.chainOf[k]!;
    if (id >= 0 && chains.chains[id]!.roles.has(wanted)) return { chain: chains.chains[id]!, last: mentions[k]! };
  }
  return undefined;
}

/** The index of the last mention that ends at or before `at` (-1 when none). */
export function lastMentionBefore(mentions: readonly Mention[], at: number): number {
  return countEndingBy(mentions, at) - 1;
}
