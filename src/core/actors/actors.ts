/**
 * The actors of a draft: the people and organisations it quotes or names, with how often each is mentioned
 * and which quotations are theirs. Rule-based (DESIGN.md measured this beating general NLP packages):
 * speech-verb subjects, titles and roles, organisation cue words, surname coreference. Mentions are merged
 * across surname-only forms, titles, possessives and spelling or transliteration variants; the fuzzy part of
 * that (`Tsikhanouskaya` / `Tikhanovskaya`) is fuse.js's.
 */
import Fuse from 'fuse.js';
import { nameWords, sameActorWords } from '../attribution/names';
import { isOrganisationName } from '../attribution/organisations';
import type { QuoteFinding } from '../check';

export type ActorKind = 'person' | 'organization';

export interface Actor {
  /** The fullest form the draft uses. */
  readonly name: string;
  readonly kind: ActorKind;
  readonly mentions: number;
  /** Indexes of this actor's quotations in the report. */
  readonly quotes: number[];
  /** Offsets of each mention in the draft. */
  readonly at: Array<{ start: number; end: number }>;
  /** Other spellings merged into this actor. */
  readonly variants: string[];
}

const NAME_RUN = /(?:[\p{Lu}][\p{L}\p{M}'\u2019.\-]*|(?:al|el|bin|ibn|abu|de|van|von)-[\p{Lu}][\p{L}\p{M}'\u2019\-]*)(?:[ \t]+(?:(?:of|de|da|del|van|von|bin|al|la|le|du)[ \t]+)?[\p{Lu}][\p{L}\p{M}'\u2019.\-]*)*/gu;
const LEADING_NOISE = /^(?:(?:The|A|An|But|And|Or|So|In|On|At|As|For|From|By|With|When|While|If|Yet|Still|Then|Even|Only|Also|After|Before|Since|Under|Over|Meanwhile|However|Although|Though|Because|Critics|Officials|Others|Many|Some|This|That|These|Those|It|He|She|They|We|I|You|His|Her|Their|Our|Its|Here|There|What|Why|How|Who|Last|Next|Few|Much|Most|Consider|According|Asked|Speaking|Former|Said)\s+)+/;
const TITLES = /^(?:Mr|Mrs|Ms|Dr|Prof|Professor|President|Prime Minister|Minister|Secretary|Senator|Sen|Governor|Gov|Mayor|Chancellor|General|Gen|Sgt|Judge|Justice|Sheikh|Lord|Lady|Sir|Dame|Rep|Representative|King|Queen|Prince|Princess|Pope|Ayatollah|Rabbi|Father|Cardinal|Chief|Commissioner|Ambassador|Premier|Sultan|Emir|Colonel|Col|Captain|Capt|Lieutenant|Lt|Admiral|Adm|Major|Maj|CEO|Chairman|Deputy)\.?\s+\p{Lu}/u;
const ROLE_BEFORE = /\b(?:spokesman|spokeswoman|spokesperson|chief executive|executive|director|chairman|chairwoman|minister|secretary|president|leader|analyst|economist|professor|lawyer|attorney|adviser|advisor|founder|ambassador|envoy|editor|reporter|author|candidate|senator|governor|mayor|official|activist|campaigner|commander|general)\s+$/i;
const PERSON_ROLES = String.raw`(?:spokes\w+|chief executive|executive|director|chair\w*|minister|secretary|president|leader|analyst|economist|professor|lawyer|attorney|advis[eo]r|founder|ambassador|envoy|editor|reporter|author|candidate|senator|governor|mayor|official|activist|campaigner|commander|general|partner|administrator|head|governor|chancellor|manager|researcher|scientist)`;
const AFTER_PERSON = new RegExp(String.raw`^(?:,\s+(?:who|whose|\d+)|,\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}${PERSON_ROLES}|\s+(?:said|says|told|argued|argues|warned|warns|added|noted|claimed|wrote|writes|insisted|believes|thinks))`, 'i');
/** `of` inside a name only after a title or organisation word (`Bank of England`); else `X of Y` is two names. */
const OF_JOINS = /(?:Bank|Ministry|Department|University|Secretary|Minister|Chancellor|Governor|President|Duke|Prince|Queen|King|Council|Court|Office|Board|Institute|School|College|Church|Republic|Kingdom|State|States|Union|House|Chamber|Federation|Association|League|Party|Museum|Academy|Society|Committee|Commission|City|Port|Gulf|Bay|Isle|Cape|Mayor|Lord|Chief|Head|Director|Leader|Speaker|Attorney|General)$/;
const KNOWN_ORGANISATIONS = /^(?:NATO|UN|EU|IMF|WHO|WTO|OPEC|BBC|CNN|FBI|CIA|NSA|NHS|ECB|OECD|UNESCO|UNICEF|Hamas|Hezbollah|Taliban|al-Qaeda|Google|Microsoft|Apple|Amazon|Facebook|Reuters|Wikinews|Wikipedia)$/;

interface Candidate {
  readonly name: string;
  readonly start: number;
  readonly end: number;
  /** Named after `of` following a person: `Dan Butters of Deloitte`. */
  readonly affiliation?: boolean;
}

interface Draft {
  name: string;
  kind: ActorKind;
  quotes: number[];
  variants: Set<string>;
}

export function findActors(prose: string, quotes: readonly QuoteFinding[]): Actor[] {
  const text = outsideQuotes(prose, quotes);
  const candidates = nameCandidates(text);
  const actors = new ActorSet();
  quotes.forEach((q, k) => {
    if (q.speaker) actors.add(q.speaker.name, isOrganisationName(q.speaker.name) ? 'organization' : 'person', k);
  });
  const surnamesAlone = new Set(candidates.filter((c) => !c.name.includes(' ')).map((c) => c.name.toLowerCase()));
  for (const c of candidates) {
    const kind = classify(text, c, surnamesAlone, actors);
    if (kind) actors.add(c.name, kind);
  }
  const searchable = withoutAccents(text);
  return actors.list()
    .map((d) => {
      const at = mentions(searchable, [d.name, ...d.variants]);
      return { name: d.name, kind: d.kind, quotes: d.quotes, at, mentions: Math.max(at.length, 1), variants: [...d.variants].filter((v) => v !== d.name) };
    })
    .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
}

/** Capitalised runs outside quotations, with sentence-initial words and possessives cut off. */
function nameCandidates(text: string): Candidate[] {
  const candidates: Candidate[] = [];
  for (const match of text.matchAll(NAME_RUN)) {
    const noise = LEADING_NOISE.exec(match[0])?.[0].length ?? 0;
    const start = match.index + noise;
    for (const part of splitAtOf(match[0].slice(noise))) {
      const name = part.text.replace(/['\u2019]s$/, '').replace(/[.\-']+$/, '');
      if (name.length >= 2 && !/^[\p{Lu}]\.?$/u.test(name)) {
        candidates.push({ name, start: start + part.offset, end: start + part.offset + name.length, ...(part.affiliation ? { affiliation: true } : {}) });
      }
    }
  }
  return candidates;
}

/** `Dan Butters of Deloitte` is a person and an affiliation; `Bank of England` stays one name. */
function splitAtOf(run: string): Array<{ text: string; offset: number; affiliation?: boolean }> {
  const of = / of /.exec(run);
  if (!of || OF_JOINS.test(run.slice(0, of.index))) return [{ text: run, offset: 0 }];
  const after = of.index + of[0].length;
  return [{ text: run.slice(0, of.index), offset: 0 }, ...splitAtOf(run.slice(after)).map((p) => ({ ...p, offset: p.offset + after, affiliation: true }))];
}

/** Person, organisation, or neither (a place, a month, a sentence's first word). */
function classify(text: string, c: Candidate, surnamesAlone: ReadonlySet<string>, known: ActorSet): ActorKind | undefined {
  if (isOrganisationName(c.name) || KNOWN_ORGANISATIONS.test(c.name)) return 'organization';
  if (c.affiliation) return 'organization';
  const existing = known.find(c.name);
  if (existing) return existing.kind;
  if (TITLES.test(c.name)) return 'person';
  const words = c.name.split(/\s+/);
  if (words.length < 2 || words.length > 5) return undefined;
  const last = words[words.length - 1]!.toLowerCase();
  if (ROLE_BEFORE.test(text.slice(Math.max(0, c.start - 40), c.start))) return 'person';
  if (AFTER_PERSON.test(text.slice(c.end, c.end + 40))) return 'person';
  return surnamesAlone.has(last) ? 'person' : undefined; // `Gordon Brown` ... `Brown`: a person's surname
}

/** Actors merged by name: same surname, a surname-only or titled form, or a close spelling (fuse.js). */
class ActorSet {
  private readonly actors: Draft[] = [];
  private readonly people: Draft[] = [];
  /** Surnames of the people, in `people` order, for fuzzy matching. */
  private readonly surnames = new Fuse<string>([], { includeScore: true, threshold: 0.35, ignoreLocation: true });
  private readonly words = new Map<string, string[]>();

  add(name: string, kind: ActorKind, quote?: number): void {
    const existing = this.find(name) ?? (kind === 'person' ? this.fuzzy(name) : undefined);
    if (existing) {
      existing.variants.add(name);
      if (this.wordsOf(name).length > this.wordsOf(existing.name).length) existing.name = name;
      if (quote !== undefined) existing.quotes.push(quote);
      return;
    }
    const actor: Draft = { name, kind, quotes: quote === undefined ? [] : [quote], variants: new Set([name]) };
    this.actors.push(actor);
    if (kind === 'person') {
      this.people.push(actor);
      this.surnames.add(this.wordsOf(name).at(-1) ?? '');
    }
  }

  /** The actor `name` is a form of (same surname, surname only, title added), if any. */
  find(name: string): Draft | undefined {
    const words = this.wordsOf(name);
    return this.actors.find((a) => [...a.variants].some((v) => sameActorWords(this.wordsOf(v), words)));
  }

  list(): Draft[] {
    return this.actors;
  }

  /** A transliteration variant of a known person's surname (`Tikhanovskaya` for `Tsikhanouskaya`). */
  private fuzzy(name: string): Draft | undefined {
    const surname = this.wordsOf(name).at(-1);
    if (!surname || surname.length < 5) return undefined;
    const [best] = this.surnames.search(surname, { limit: 1 });
    const match = best && this.people[best.refIndex];
    return match && Math.abs((this.wordsOf(match.name).at(-1) ?? '').length - surname.length) <= 3 ? match : undefined;
  }

  private wordsOf(name: string): string[] {
    let words = this.words.get(name);
    if (!words) this.words.set(name, (words = nameWords(name)));
    return words;
  }
}

/** The prose with quotation text blanked: what a quoted speaker says does not make its words actors. */
function outsideQuotes(prose: string, quotes: readonly QuoteFinding[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const q of quotes) {
    parts.push(prose.slice(at, q.start), ' '.repeat(q.end - q.start));
    at = q.end;
  }
  parts.push(prose.slice(at));
  return parts.join('');
}

/** Where any of the names' surnames occurs in `text` (accents already removed). */
function mentions(text: string, names: readonly string[]): Array<{ start: number; end: number }> {
  const surnames = [...new Set(names.map((n) => nameWords(n).pop()).filter((s): s is string => Boolean(s)))];
  if (surnames.length === 0) return [];
  const pattern = new RegExp(`\\b(?:${surnames.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`, 'gi');
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Accents removed without shifting offsets: each character becomes its base letter. */
function withoutAccents(text: string): string {
  return text.replace(/[^\u0000-\u007f]/g, (ch) => ch.normalize('NFD').replace(/\p{M}/gu, '')[0] ?? ch);
}
