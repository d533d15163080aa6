/**
 * The set of actors, merging the forms of one actor as they are added: people by surname (titles and
 * possessives dropped, a close spelling found by fuzzy.ts, a single name matching any name word), organisations
 * by name, short form or acronym (same-organisation.ts). Lookups go through maps by surname, by comparable
 * name and by first word, so that adding a form does not compare it with every actor.
 */
import type { ActorKind } from './actors';
import { CloseSurnames, Spelling } from './fuzzy';
import { organisationSame, organisationWords } from './same-organisation';
import { capitalise, isAcronym, isCue, lastWord, personWords } from '../language/words';

export interface Entry {
  name: string;
  readonly kind: ActorKind;
  readonly quotes: number[];
  readonly variants: Set<string>;
}

/** Whether `name` is a fuller form than `current`: more name words, else (for people) without a title. */
function fuller(name: string, current: string, kind: ActorKind): boolean {
  if (kind === 'organization') return organisationWords(name).length > organisationWords(current).length;
  const a = personWords(name).length;
  const b = personWords(current).length;
  if (a !== b) return a > b;
  const words = (s: string): number => s.split(/\s+/).length;
  // `Dana Whitfield` over `Prime Minister Dana Whitfield`; `President Bush` over `Bush`
  return a >= 2 ? words(name) < words(current) : words(name) > words(current) && words(name) <= 3;
}

/** Actors merged by name: people by surname or a close spelling, organisations by name, short form or acronym. */
export class ActorSet {
  private readonly actors: Entry[] = [];
  /** People by the surname of each of their forms; the surnames, for close spellings. */
  private readonly bySurname = new Map<string, Entry>();
  private readonly surnames = new CloseSurnames();
  /** The name words of every form of every person, for a single name that may be any of them. */
  private readonly personNameWords: Array<{ entry: Entry; words: Spelling[] }> = [];
  /** Organisations in the order added, by comparable name, by first word, and those with a one-word form (`RIM`, `Commission`). */
  private readonly organisations: Entry[] = [];
  private readonly organisationByKey = new Map<string, Entry>();
  private readonly organisationsByFirst = new Map<string, Entry[]>();
  private readonly organisationsWithOneWord = new Set<Entry>();

  add(name: string, kind: ActorKind, quote?: number, alias?: string): void {
    const existing = this.find(name, kind, true);
    if (existing) {
      this.variant(existing, name);
      if (alias) this.variant(existing, alias);
      if (fuller(name, existing.name, kind)) existing.name = name;
      if (quote !== undefined && !existing.quotes.includes(quote)) existing.quotes.push(quote);
      return;
    }
    const aliased = alias ? this.find(alias, kind, false) : undefined;
    if (aliased) {
      this.variant(aliased, name);
      if (fuller(name, aliased.name, kind)) aliased.name = name;
      return;
    }
    const entry: Entry = { name, kind, quotes: quote === undefined ? [] : [quote], variants: new Set() };
    this.actors.push(entry);
    if (kind === 'organization') this.organisations.push(entry);
    this.variant(entry, name);
    if (alias) this.variant(entry, alias);
  }

  private variant(entry: Entry, name: string): void {
    const added = !entry.variants.has(name);
    entry.variants.add(name);
    if (entry.kind === 'person') {
      if (added) this.personNameWords.push({ entry, words: personWords(name).map((w) => new Spelling(w)) });
      const surname = lastWord(name);
      if (surname && !this.bySurname.has(surname)) {
        this.bySurname.set(surname, entry);
        this.surnames.add(surname);
      }
      return;
    }
    const words = organisationWords(name);
    if (words.length === 0) return;
    this.organisationByKey.set(words.join(' '), entry);
    const first = this.organisationsByFirst.get(words[0]!) ?? [];
    if (!first.includes(entry)) first.push(entry);
    this.organisationsByFirst.set(words[0]!, first);
    if (words.length === 1) this.organisationsWithOneWord.add(entry);
  }

  /**
   * The actor `name` refers to. People match by surname (`anyWord`: or by any name word, for titled and quoted
   * names) and close spellings; organisations by organisationSame, the latest one for a bare cue word.
   */
  find(name: string, kind: ActorKind | undefined, anyWord: boolean): Entry | undefined {
    if (kind !== 'organization') {
      const person = this.findPerson(name, kind === 'person' || anyWord, anyWord);
      if (person) return person;
    }
    return kind === 'person' ? undefined : this.findOrganisation(name);
  }

  private findPerson(name: string, fuzzy: boolean, anyWord: boolean): Entry | undefined {
    const words = personWords(name);
    const surname = words[words.length - 1];
    // close spellings only for names known to be people or quoted (not for every capitalised word)
    const bySurname = surname ? this.bySurname.get(surname) ?? (fuzzy ? this.closeSurname(surname) : undefined) : undefined;
    if (bySurname || !anyWord || words.length !== 1) return bySurname;
    // a single name is the person's if it is close to any of their name words (`Jiang` = `Jiang Yu`: sameActor);
    // the first such person in the order added
    const single = new Spelling(words[0]!);
    const matching = new Set(this.personNameWords.filter((p) => p.words.some((w) => w.isCloseTo(single))).map((p) => p.entry));
    return matching.size === 0 ? undefined : this.actors.find((a) => matching.has(a));
  }

  private closeSurname(surname: string): Entry | undefined {
    const close = this.surnames.find(surname);
    return close === undefined ? undefined : this.bySurname.get(close);
  }

  private findOrganisation(name: string): Entry | undefined {
    const words = organisationWords(name);
    if (words.length === 0) return undefined;
    const exact = this.organisationByKey.get(words.join(' '));
    if (exact) return exact;
    // what organisationSame can match: the same first word (short forms), one-word forms (acronyms, `the
    // Commission`) for a long name, and any organisation for an acronym or a bare cue word; the latest first
    const bare = words.length === 1 && (isAcronym(name.replace(/^the\s+/i, '')) || isCue(capitalise(words[0]!)));
    const first = this.organisationsByFirst.get(words[0]!) ?? [];
    const possible = bare ? this.organisations : this.organisations.filter((a) => first.includes(a) || (words.length > 1 && this.organisationsWithOneWord.has(a)));
    for (let k = possible.length - 1; k >= 0; k--) {
      if ([...possible[k]!.variants].some((v) => organisationSame(v, name))) return possible[k];
    }
    return undefined;
  }

  list(): readonly Entry[] {
    return this.actors;
  }
}
