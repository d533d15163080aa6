/**
 * A mention read as a speaker: a name by its chain's fullest form, a pronoun or a description resolved to the chain it
 * stands for, an unnamed speaker as the text describes them.
 */
import type { Analysis } from '../language/analysis';
import { chainWithRole, lastMentionBefore, type Chain } from '../language/chains';
import { isDocumentRole, type Mention } from '../language/mentions';
import { sentenceIndexAt } from '../language/sentences';
import { clauseSubject, lastOfRun, SPEAKING_FOR, WRITER_SUBJECT } from './subjects';
import { UNNAMED_CONFIDENCE, type AttributionHow, type Reading } from './types';

/** A mention read as the speaker: its chain's fullest name, a pronoun or description resolved. */
export function reading(a: Analysis, m: Mention, how: AttributionHow, confidence: number): Reading {
  if (m.form === 'unnamed') return describedSpeaker(a, m, how, confidence);
  if (m.form === 'name') {
    const chain = a.chainAt(m);
    // a place speaks for someone it does not name (`Moscow said`): never enough to call a quotation misattributed
    // (a person read as a place, `Christopher Hill`, has a given name before it)
    const sure = m.entity === 'place' && !m.text.includes(' ') ? Math.min(confidence, 0.6) : confidence;
    return { speaker: { name: chain?.display ?? m.text, start: m.start, end: m.end }, how, confidence: sure };
  }
  const resolved = m.form === 'pronoun' ? resolvePronoun(a, m) : describedChain(a, m);
  if (!resolved?.chain) {
    // `the Vermont senator said`, no senator named before: the person as the text describes them
    const described = m.form === 'description' ? describedSpeaker(a, m, 'description', confidence) : undefined;
    return described === 'unnamed' ? undefined : described;
  }
  // a pronoun read past the sentence before it is a guess: never enough to call a quotation misattributed
  const sure = resolved.near ? 0.75 : 0.6;
  return { speaker: { name: resolved.chain.display, start: m.start, end: m.end }, how: m.form === 'pronoun' ? 'pronoun' : 'description', confidence: Math.min(confidence, sure) };
}

/**
 * An unnamed speaker, or a description that names no one before it, as the text describes them, with whom they
 * work for when it says (`a spokesman for Ana Ruiz`, `Ruiz campaign officials`, `the Vermont senator`). A bare
 * plural (`officials said`) describes no one in particular: unnamed, no speaker.
 */
function describedSpeaker(a: Analysis, m: Mention, how: AttributionHow, confidence: number): Reading {
  const k = a.mentions.indexOf(m);
  const before = a.mentions[k - 1];
  const after = a.mentions[k + 1];
  // `Ruiz officials`, not `Brown and Smith both`: a quantifier qualifies no one by the name before it
  const qualifiedByName = before?.form === 'name' && before.entity !== 'place' && /^[ \t]+$/.test(a.text.slice(before.end, m.start)) && !QUANTIFIER.test(m.text);
  const start = qualifiedByName ? before.start : m.start;
  const end = after?.form === 'name' && /^\s+(?:for|to|of|at|with|from|in|on)\s+(?:the\s+)?$/.test(a.text.slice(m.end, after.start)) ? after.end : m.end;
  // read mid-sentence (`quoted as a spokesman`), whether or not the description opened its sentence
  const text = a.text.slice(start, end).replace(/\s+/g, ' ').replace(/^(?:A|An|One|Another|The|My|Our|His|Her|Their)\b/, (w) => w.toLowerCase());
  const qualified = start < m.start || end > m.end || /\s\p{Lu}/u.test(text);
  // `the Ruiz campaign said`: those who speak for a person speak as that person, as `Ruiz's campaign` does
  const spokenFor = m.entity === 'organization' ? personSpokenFor(a, m) : undefined;
  if (spokenFor) return { speaker: { name: spokenFor.display, start: m.start, end: m.end }, how, confidence };
  // `a statement from the union`, `an editorial in The Ledger`: the one who issued it speaks
  if (m.role !== undefined && isDocumentRole(m.role) && issuedBy(a, m, after)) return reading(a, after!, how, Math.min(confidence, DOCUMENT_CONFIDENCE));
  // `a statement`, `a group of voters`: only people are described as speakers
  if (m.entity !== 'person' || (m.plural && !qualified)) return 'unnamed';
  return { speaker: { name: text, start, end }, how, confidence: Math.min(confidence, UNNAMED_CONFIDENCE), unnamed: true };
}

/** What a document says is its issuer's, but the reading of who issued it is a step removed: never confident. */
const DOCUMENT_CONFIDENCE = 0.6;

/** Whether `after`, a name that is not a place, issued the document `m` (`a statement from`, `an editorial in`, `a report by`). */
function issuedBy(a: Analysis, m: Mention, after: Mention | undefined): boolean {
  return after !== undefined && after.form === 'name' && after.entity !== 'place' && /^\s+(?:(?:issued|released|published|signed|written|posted|sent(?:\s+out)?)\s+)?(?:from|by|in|of)\s+(?:[Tt]he\s+)?$/.test(a.text.slice(m.end, after.start));
}

const SPOKEN_FOR_BY_THE = new RegExp(String.raw`^[Tt]he\s+((?:\p{Lu}[\p{L}'\u2019-]*\s+){1,2})${SPEAKING_FOR}$`, 'u');
/** `The Ruiz campaign`, `the Clinton camp`: a person named earlier, by surname, and a body that speaks for them. */
function personSpokenFor(a: Analysis, m: Mention): Chain | undefined {
  const named = SPOKEN_FOR_BY_THE.exec(m.text)?.[1]?.trim();
  return named === undefined ? undefined : a.chains.chains.find((c) => (c.entity === 'person' || c.entity === 'unknown') && (c.display === named || c.display.endsWith(` ${named}`)));
}

const QUANTIFIER = /^(?:both|many|others|some|several|all)$/i;

interface Resolved {
  readonly chain: Chain | undefined;
  /** Found in the pronoun's own sentence or the one right before it. */
  readonly near: boolean;
}

/** Pronouns resolved in one reading (an attribution run or a claims pass): their answers depend on its last speaker. */
const resolvedPronouns = new WeakMap<Analysis, Map<Mention, Resolved | undefined>>();

/**
 * `he said`: the subject of this sentence before the pronoun, else of the sentences before it (up to three, in
 * this paragraph or the one before; a subject that is itself `he` stands for what that `he` stood for), else the
 * last speaker; a person of the pronoun's gender where known, never a lone word that may be a party or a people.
 */
function resolvePronoun(a: Analysis, pronoun: Mention): Resolved | undefined {
  let resolved = resolvedPronouns.get(a);
  if (!resolved) resolvedPronouns.set(a, (resolved = new Map()));
  if (resolved.has(pronoun)) return resolved.get(pronoun);
  resolved.set(pronoun, undefined); // a cycle reads as unresolved
  const found = findPronounChain(a, pronoun);
  resolved.set(pronoun, found);
  return found;
}

function findPronounChain(a: Analysis, pronoun: Mention): Resolved | undefined {
  if (pronoun.plural && !/^(?:they|their)$/i.test(pronoun.text)) return undefined; // `we`: the writer's side
  if (/^i$/i.test(pronoun.text)) return undefined;
  const fits = (chain: Chain | undefined): chain is Chain => chain !== undefined && (pronoun.plural || pronoun.entity === 'organization'
    ? chain.entity === 'organization'
    : isPersonChain(chain) && (!chain.gender || chain.gender === pronoun.gender));
  let s = sentenceIndexAt(a.sentences, pronoun.start);
  const first = a.sentences[s]!;
  const own = firstChainIn(a, first.start, pronoun.start, pronoun, fits) ?? metByWriter(a, first.start, pronoun.start, fits);
  if (own) return { chain: own, near: true };
  for (let n = 0; n < 3 && s > 0; n++) {
    s--;
    const sentence = a.sentences[s]!;
    if (paragraphsApart(a.text, sentence.end, pronoun.start) > 1) break;
    const opener = a.mentions[lastMentionBefore(a.mentions, sentence.start) + 1];
    if (opener && opener.form === 'pronoun' && opener.start === sentence.start && opener.text.toLowerCase() === pronoun.text.toLowerCase()) {
      const earlier = resolvePronoun(a, opener);
      if (earlier?.chain) return { chain: earlier.chain, near: n === 0 && earlier.near };
    }
    const subject = firstChainIn(a, sentence.start, sentence.end, pronoun, fits);
    if (subject) return { chain: subject, near: n === 0 };
  }
  const last = a.lastSpeaker;
  if (last && fits(last.chain) && paragraphsApart(a.text, last.at, pronoun.start) <= 1) return { chain: last.chain, near: false };
  // `Tell that to Lena Brandt, whose family …. “…,” she told me`: no subject fits, but the sentence before names one
  // person the pronoun can be, as an object: a guess
  const before = a.sentences[sentenceIndexAt(a.sentences, pronoun.start) - 1];
  const only = before && paragraphsApart(a.text, before.end, pronoun.start) === 0 ? onlyPersonIn(a, before.start, before.end, fits) : undefined;
  return only ? { chain: only, near: false } : undefined;
}

/**
 * `When I spoke to Ana Ruiz last week, she was blunt`: the writer (I, we) is the clause's subject and no pronoun
 * stands for them, so the one person the writer met, asked or spoke to there is the pronoun's.
 */
function metByWriter(a: Analysis, from: number, to: number, fits: (c: Chain | undefined) => boolean): Chain | undefined {
  const writer = WRITER_SUBJECT.exec(a.text.slice(from, to));
  if (!writer || a.quoteSpans.some((q) => q.start <= from + writer.index && from + writer.index < q.end)) return undefined;
  return onlyPersonIn(a, from, to, fits);
}

/** The one chain the pronoun fits among the names in [from, to), if there is exactly one. */
function onlyPersonIn(a: Analysis, from: number, to: number, fits: (c: Chain | undefined) => boolean): Chain | undefined {
  const found = new Set<Chain>();
  for (let k = lastMentionBefore(a.mentions, from) + 1; k < a.mentions.length && a.mentions[k]!.end <= to; k++) {
    const chain = a.mentions[k]!.form === 'name' ? a.chainAt(a.mentions[k]!) : undefined;
    if (chain && fits(chain)) found.add(chain);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** A chain a personal pronoun can stand for: a person, or a name of two words or more not known to be anything else. */
function isPersonChain(chain: Chain): boolean {
  return chain.entity === 'person' || (chain.entity === 'unknown' && (chain.display.includes(' ') || chain.gender !== undefined));
}

/**
 * The chain of the first name in [from, to) that is a subject rather than an object of a preposition. When that
 * subject is someone the pronoun cannot be, only a later name whose gender is known to fit will do
 * (`Mr. Reyes met Ms. Ruiz. “…,” she said`).
 */
function firstChainIn(a: Analysis, from: number, to: number, pronoun: Mention, fits: (c: Chain | undefined) => boolean): Chain | undefined {
  // `The Lyon-born politician was greeted by the First Lady, Marie Reyes. “…,” she said`: a description opening the
  // sentence (no name in apposition to it) is its subject, and stands for the person it resolves to
  const opener = a.mentions[lastMentionBefore(a.mentions, from) + 1];
  if (opener && opener.start >= from && opener.end <= to && opener.form === 'description' && opener.entity === 'person' && /^[\s"'\u201C\u2018(]*$/.test(a.text.slice(from, opener.start))
    && clauseSubject(a, from, to) === opener && !apposedName(a, opener, to)) {
    const described = describedChain(a, opener)?.chain;
    if (described && fits(described)) return described;
  }
  let subjectFailed = false;
  for (let k = lastMentionBefore(a.mentions, from) + 1; k < a.mentions.length; k++) {
    const m = a.mentions[k]!;
    if (m.end > to) break;
    if (m.form !== 'name' || m.entity === 'place') continue;
    const chain = a.chainAt(m);
    if (subjectFailed) {
      if (chain && fits(chain) && chain.gender !== undefined && chain.gender === pronoun.gender) return chain;
      continue;
    }
    const before = a.text.slice(Math.max(from, m.start - 16), m.start);
    if (/\b(?:of|at|from|for|with|in|on|to|by|about|than|like|against|and)\s+(?:the\s+)?$/i.test(before) && !/\baccording to\s+$/i.test(before)) continue;
    // `Team Ohio captain Tom Reyes said …. He …`: in names joined by role words, the person is last
    const last = lastOfRun(a, k, to);
    if (last !== k) {
      const person = a.chainAt(a.mentions[last]!);
      if (person && fits(person)) return person;
    }
    if (chain && fits(chain)) return chain;
    if (chain?.entity === 'person') subjectFailed = true;
  }
  return undefined;
}

/**
 * `The Minister for Employment and Workplace Relations, Kevin Andrews, echoed`: a name set off by commas right after
 * a description and its own complement (capitalised words and function words), before any verb.
 */
function apposedName(a: Analysis, description: Mention, to: number): boolean {
  for (let k = lastMentionBefore(a.mentions, description.end) + 1; k < a.mentions.length && a.mentions[k]!.end <= to; k++) {
    const m = a.mentions[k]!;
    const between = a.text.slice(description.end, m.start);
    if (!DESCRIPTION_COMPLEMENT.test(between)) return false;
    if (m.form === 'name' && m.entity !== 'place' && m.entity !== 'organization' && /,\s*$/.test(between) && /^\s*,/.test(a.text.slice(m.end, m.end + 3))) return true;
  }
  return false;
}
// each word ends at a space, a comma or the end, so a long capitalised word is read one way only (no backtracking)
const DESCRIPTION_COMPLEMENT = /^[\s,]*(?:(?:[\p{Lu}][\p{L}'\u2019.&-]*|of|for|the|and|in|at|on|to)(?:[\s,]+|$))*$/u;

/**
 * Whom a description stands for: the chain named with its role; else, as a guess, the person the sentence before
 * is about (`Ana Ruiz was asked whether she would go. The president was blunt: “…”`).
 */
function describedChain(a: Analysis, m: Mention): Resolved | undefined {
  const named = resolveDescription(a, m);
  // a role last named paragraphs ago yields to the person the sentence right before is about (`President Hu …
  // ¶ In Washington, Bush was asked whether he would go. The president was blunt:`), as a guess
  if (named && paragraphsApart(a.text, named.last.end, m.start) === 0) return { chain: named.chain, near: true };
  const guess = subjectBeforeDescription(a, m);
  return guess ?? (named ? { chain: named.chain, near: true } : undefined);
}

/** The person (or body) the sentence before a description is about, or the one before it when the nearer names no one. */
function subjectBeforeDescription(a: Analysis, m: Mention): Resolved | undefined {
  // the sentence before, or the one before it when the nearer one names no one (`Then came the history lesson.`)
  const s = sentenceIndexAt(a.sentences, m.start);
  for (let back = 1; back <= 2; back++) {
    const previous = a.sentences[s - back];
    // an age stands for someone named before, never for someone new (`the 40-year-old said`): it may look one paragraph back
    if (!previous || paragraphsApart(a.text, previous.end, m.start) > (m.role === 'year-old' ? 1 : 0)) return undefined;
    const subject = clauseSubject(a, previous.start, previous.end);
    if (subject === 'unnamed') return undefined;
    if (!subject) continue;
    const found = subject.form === 'name' ? a.chainAt(subject) : subject.form === 'pronoun' ? resolvePronoun(a, subject)?.chain : undefined;
    // `Harbour Ltd reported a loss. The company said`: a body's description stands for the body named before it
    const fits = m.entity === 'person' ? found !== undefined && isPersonChain(found) : found?.entity === 'organization';
    return fits ? { chain: found, near: false } : undefined;
  }
  return undefined;
}

/** `the minister said`: the chain named most recently with that role, and its latest mention. */
function resolveDescription(a: Analysis, m: Mention): { chain: Chain; last: Mention } | undefined {
  if (!m.role) return undefined;
  return chainWithRole(a.mentions, a.chains, m.role, m.start, Math.max(0, m.start - 4000));
}

/** How many paragraph breaks lie between two offsets (0: same paragraph). */
export function paragraphsApart(text: string, from: number, to: number): number {
  const between = text.slice(Math.min(from, to), Math.max(from, to));
  return (between.match(/\n[ \t>]*\n/g) ?? []).length;
}
