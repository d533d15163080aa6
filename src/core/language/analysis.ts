/**
 * One reading of a text for attribution: its sentences (quotations opaque), the mentions outside quotations,
 * and their coreference chains. Built once per text and shared by every quotation of it.
 */
import type { Quotation } from '../quotes/extract';
import { buildChains, type Chain, type Chains } from './chains';
import { isCueWord } from './cues';
import { besideCue, findMentions, isPersonRole, type Mention } from './mentions';
import { isDemonym, isNoise, isPlace, isTitleWord, tokenize } from './tokens';
import { movedReading } from './moved';
import { splitSentences, type Span } from './sentences';
import { memo } from './words';
import { escapeRegExp } from '../text/regexp';

export interface Analysis {
  readonly text: string;
  readonly quotations: readonly Quotation[];
  /** Where the quotations are, marks included, in text order: no cue or mention is read inside them. */
  readonly quoteSpans: readonly Span[];
  readonly sentences: readonly Span[];
  readonly mentions: readonly Mention[];
  readonly chains: Chains;
  chainAt(m: Mention): Chain | undefined;
  /** The speaker of the quotation read last, for the pronouns after it. */
  lastSpeaker?: { readonly chain: Chain | undefined; readonly at: number };
}

/**
 * A fresh reading of `text` for one pass (its own last speaker), on the text's sentences, mentions and chains,
 * which are read once: the editor checks a draft and then lists its claims on the same text, and the second
 * pass reuses the first's work. After an edit that leaves the prose outside the quotations as it was (a letter
 * of a quotation replaced), the mentions and chains of the last reading are reused too; so they are, moved, after
 * a letter typed or deleted inside a quotation longer than any window the reading looks through (moved.ts).
 */
export function analyse(text: string, quotations: readonly Quotation[]): Analysis {
  const base = lastRead !== undefined && lastRead.text === text && sameQuotations(lastRead.quotations, quotations) ? lastRead : (lastRead = read(text, quotations, lastRead));
  return { ...base, quotations, chainAt: (m) => base.chainAt(m) };
}

interface Reading extends Omit<Analysis, 'lastSpeaker'> {
  /** The text with the quotations blanked out: all that findMentions and buildChains read. */
  readonly blanked: string;
  /** findMentions' mentions of `blanked`, before the passes that read the sentences. */
  readonly found: readonly Mention[];
}

/** The last text read: one draft at a time is checked, so one is remembered. */
let lastRead: Reading | undefined;
/** How the last new text was read: its prose as before (`same`), the last reading moved (`moved`), or read afresh. */
let lastHow: 'same' | 'moved' | 'read' = 'read';

/** How the last text that differed from the one before was read (for tests and the bench). */
export function howLastRead(): typeof lastHow {
  return lastHow;
}

/**
 * Runs `work` (reading other texts: the sources' speakers) without forgetting the text read last: the editor
 * reads sources between a check of the draft and the draft's next pass (its claims), which reuses the reading.
 */
export function keepingLastRead<T>(work: () => T): T {
  const kept = lastRead;
  try {
    return work();
  } finally {
    if (kept) lastRead = kept;
  }
}

function sameQuotations(x: readonly Quotation[], y: readonly Quotation[]): boolean {
  return x === y || (x.length === y.length && x.every((q, k) => q.open === y[k]!.open && q.close === y[k]!.close && q.end === y[k]!.end && q.form === y[k]!.form));
}

/**
 * Reads `text`. findMentions and buildChains (most of the cost) depend on the blanked text and the mentions alone,
 * so where those equal the `previous` reading's, its mentions and chains are taken as they are.
 */
function read(text: string, quotations: readonly Quotation[], previous: Reading | undefined): Reading {
  const quoteSpans = quotations
    .map((q) => (q.form === 'block' ? { start: q.paragraph.start, end: q.paragraph.end } : { start: q.open, end: Math.max(q.close, q.end) }))
    .sort((x, y) => x.start - y.start);
  const blanked = blank(text, quoteSpans);
  const sentences = splitSentences(text, 0, text.length, quoteSpans);
  const same = previous?.blanked === blanked ? previous : undefined;
  // a letter typed or deleted in a long quotation: the last reading's mentions, moved (the passes below read the sentences, so run again)
  const moved = same || !previous ? undefined : movedReading(previous, blanked);
  lastHow = same ? 'same' : moved ? 'moved' : 'read';
  const found = same ? same.found : moved ? moved.found : findMentions(blanked);
  const filtered = surnamesAtCues(blanked, dropPositionCapitals(blanked, found.slice(), sentences), sentences);
  const earlier = same ? same.mentions : moved?.mentions;
  const kept = earlier !== undefined && sameMentions(earlier, filtered);
  const mentions = kept ? earlier : filtered;
  // chains hold no offsets: the same mentions (moved or not) make the same chains
  const chains = kept ? previous!.chains : buildChains(blanked, mentions, isPersonRole);
  const index = new Map<Mention, number>();
  mentions.forEach((m, k) => index.set(m, k));
  return {
    text,
    quotations,
    quoteSpans,
    sentences,
    mentions,
    chains,
    blanked,
    found,
    chainAt: (m) => {
      const id = chains.chainOf[index.get(m) ?? -1] ?? -1;
      return id >= 0 ? chains.chains[id] : undefined;
    },
  };
}

/** Whether two lists of mentions say the same, field by field (what buildChains reads of them). */
function sameMentions(x: readonly Mention[], y: readonly Mention[]): boolean {
  return x === y || (x.length === y.length && x.every((m, k) => {
    const n = y[k]!;
    return m.start === n.start && m.end === n.end && m.text === n.text && m.form === n.form && m.entity === n.entity &&
      m.gender === n.gender && m.plural === n.plural && m.role === n.role;
  }));
}

/** The text with the quotations' words turned to spaces (line breaks kept), offsets unchanged. */
function blank(text: string, spans: readonly Span[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    parts.push(text.slice(at, span.start), text.slice(span.start, span.end).replace(/[^\n]/g, ' '));
    at = span.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/**
 * `Standing in the hall, …`, `Hours later, …`: a single capitalised word that opens a sentence, is never written
 * again (alone, or as the last word of a fuller name) and is followed by a preposition, a time word or a comma (not `, who`), or ends in -ing, is capitalised
 * for its position, not because it is a name.
 */
function dropPositionCapitals(text: string, mentions: Mention[], sentences: readonly Span[]): Mention[] {
  const starts = new Set(sentences.map((s) => s.start));
  const uses = new Map<string, number>();
  for (const m of mentions) if (m.form === 'name') uses.set(m.text, (uses.get(m.text) ?? 0) + 1);
  // the last word of a fuller name elsewhere (`Tom Reyes` … `Reyes, his lawyer, said`) is a surname
  const surnames = new Set(mentions.filter((m) => m.form === 'name' && m.text.includes(' ')).map((m) => m.text.split(/\s+/).pop()!));
  return mentions.filter((m) => {
    if (m.form !== 'name' || m.entity !== 'unknown' || m.text.includes(' ') || !starts.has(m.start) || uses.get(m.text)! > 1 || surnames.has(m.text)) return true;
    const next = text.slice(m.end, m.end + 14);
    return !(/ing$/.test(m.text) || /^\s*,(?!\s*who\b)|^\s+(?:later|earlier|ago|afterwards|after|before|since|in|on|at|of|for|from|with|by|during|this|that|last|next)\b/.test(next));
  });
}

/**
 * `“…,” Will wrote`, `Israel said`, `said From.`: a word the text uses as the surname of a person it names in
 * full (George Will, Rep. Steve Israel, Al From), standing beside a cue and not opening a sentence, is that person,
 * though alone it reads as a verb, a place or a preposition.
 */
function surnamesAtCues(text: string, mentions: Mention[], sentences: readonly Span[]): Mention[] {
  const surnames = new Set<string>();
  for (const m of mentions) {
    if (m.form !== 'name' || (m.entity !== 'person' && m.entity !== 'unknown') || !/\s/.test(m.text)) continue;
    const surname = m.text.split(/\s+/).pop()!;
    // an ordinary surname is read as a name alone already: only one that reads as another word is looked for
    if (readsAsAnotherWord(surname)) surnames.add(surname);
  }
  if (surnames.size === 0) return mentions;
  const starts = new Set(sentences.map((s) => s.start));
  const byStart = new Map(mentions.map((m, k) => [m.start, k]));
  const added: Mention[] = [];
  let changed = false;
  const words = new RegExp(`(?<![\\p{L}'\u2019-])(?:${[...surnames].map(escapeRegExp).join('|')})(?![\\p{L}'\u2019-])`, 'gu');
  for (const w of text.matchAll(words)) {
    const word = w[0];
    const start = w.index;
    const end = start + word.length;
    if (starts.has(start) || !besideCue(text, start, end)) continue;
    const k = byStart.get(start);
    const existing = k === undefined ? undefined : mentions[k]!;
    if (existing && existing.end === end && existing.entity === 'place') {
      mentions[k!] = { ...existing, entity: 'person' };
      changed = true;
    } else if (!mentions.some((m) => m.start < end && start < m.end)) {
      added.push({ start, end, text: word, form: 'name', entity: 'person' });
    }
  }
  if (added.length === 0 && !changed) return mentions;
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
}

/** A word that alone is read as a nationality, a place, a sentence starter, a cue or a title, not a name (memoised: asked per surname on every reading). */
const readsAsAnotherWord = memo((word: string): boolean => {
  const [token] = tokenize(word);
  return token !== undefined && (isNoise(token) || isDemonym(token) || isPlace([token]) || isTitleWord(token) || isCueWord(word));
});
