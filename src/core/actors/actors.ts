/**
 * The actors of a draft: the people and organisations it quotes or names, with how often each is mentioned
 * and which quotations are theirs. Rule-based (speech-verb subjects, titles, organisation cue words, surname
 * coreference), which on real op-eds beat general NLP packages (DESIGN.md).
 */
import type { QuoteFinding } from '../check';
import { nameWords, sameActor } from '../attribution/names';
import { isOrganisationName } from '../attribution/organisations';

export type ActorKind = 'person' | 'organization';

export interface Actor {
  readonly name: string;
  readonly kind: ActorKind;
  readonly mentions: number;
  /** Indexes of this actor's quotations in the report. */
  readonly quotes: number[];
  /** Offsets of each mention in the draft. */
  readonly at: Array<{ start: number; end: number }>;
}

const TITLED = /\b(?:Mr|Mrs|Ms|Dr|Prof|President|Prime Minister|Minister|Secretary|Senator|Sen|Governor|Gov|Mayor|Chancellor|General|Gen|Sgt|Judge|Sheikh|Lord|Sir|Rep)\.?\s+\p{Lu}/u;
const NAME_RUN = /\p{Lu}[\p{L}\p{M}'\u2019.\-]*(?:\s+(?:(?:of|the|for|and|de|van|von|al|bin|la|le|du|da)\s+)?\p{Lu}[\p{L}\p{M}'\u2019.\-]*)+/gu;

interface Draft {
  name: string;
  kind: ActorKind;
  quotes: number[];
}

export function findActors(prose: string, quotes: readonly QuoteFinding[]): Actor[] {
  const drafts: Draft[] = [];
  const add = (name: string, kind: ActorKind, quote?: number): void => {
    const existing = drafts.find((d) => d.kind === kind && sameActor(d.name, name));
    if (existing) {
      if (nameWords(name).length > nameWords(existing.name).length) existing.name = name;
      if (quote !== undefined) existing.quotes.push(quote);
    } else {
      drafts.push({ name, kind, quotes: quote === undefined ? [] : [quote] });
    }
  };
  quotes.forEach((q, k) => {
    if (q.speaker) add(q.speaker.name, isOrganisationName(q.speaker.name) ? 'organization' : 'person', k);
  });
  for (const match of outsideQuotes(prose, quotes).matchAll(NAME_RUN)) {
    const name = match[0].replace(/^(?:The|A|An|But|And|In|On|At|As|For|From|By|With)\s+/, '');
    if (isOrganisationName(name)) add(name, 'organization');
    else if (TITLED.test(name)) add(name, 'person');
  }
  const searchable = withoutAccents(outsideQuotes(prose, quotes));
  return drafts
    .map((d) => ({ name: d.name, kind: d.kind, quotes: d.quotes, at: mentions(searchable, d.name) }))
    .map((d) => ({ ...d, mentions: Math.max(d.at.length, 1) }))
    .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
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

/** Where the actor's surname occurs in `text` (accents already removed). */
function mentions(text: string, name: string): Array<{ start: number; end: number }> {
  const words = nameWords(name);
  const last = words[words.length - 1];
  if (!last) return [];
  const pattern = new RegExp(`\\b${last.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'gi');
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Accents removed without shifting offsets: each character becomes its base letter. */
function withoutAccents(text: string): string {
  return text.replace(/[^\u0000-\u007f]/g, (ch) => ch.normalize('NFD').replace(/\p{M}/gu, '')[0] ?? ch);
}
