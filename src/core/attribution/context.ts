/**
 * Quotations whose own sentence gives no cue to read: signed with a dash or labelled with a name, inside a sentence
 * whose subject most likely speaks, set as a sentence of their own after a colon, a cue or a subject in the sentence
 * before or before a bare speech tag, continuing a voice, and block quotes.
 */
import type { Analysis } from '../language/analysis';
import { lastMentionBefore, type Chain } from '../language/chains';
import { findCues, isCueWord } from '../language/cues';
import type { NameSpan } from '../language/names';
import { sentenceIndexAt, type Span } from '../language/sentences';
import type { Extraction, Quotation } from '../quotes/extract';
import { readCue } from './cue-subject';
import { paragraphsApart, reading } from './reading';
import { clauseSubject, isRoleGap, lastOfRun, mentionAt, subjectBefore, WRITER_SUBJECT } from './subjects';
import type { Attribution, AttributionHow, Reading } from './types';
import { TIME_PHRASE } from './time-phrase';

/** The speaker of a quotation that is a sentence of its own: the colon before it, the quotation it continues, the sentence before. */
export function fromContext(a: Analysis, quote: Quotation, s: number, k: number, earlier: ReadonlyArray<Attribution | undefined>): Reading {
  const previous = a.sentences[s - 1];
  const adjacent = previous !== undefined && paragraphsApart(a.text, previous.end, quote.open) <= 1;
  if (previous && adjacent && /:\s*$/.test(a.text.slice(previous.start, previous.end))) {
    const introduced = introducedBy(a, previous);
    if (introduced) return introduced === 'unnamed' ? undefined : { ...introduced, how: 'colon', confidence: Math.min(introduced.confidence, 0.85) };
  }
  const pointed = pointedBackTo(a, quote, s);
  if (pointed) return pointed;
  const inherited = voiceBefore(a, quote, k, earlier, 1);
  // `“…” Gen. Reyes stated in reply, “…”`: a tag right after a quotation opening its paragraph outweighs a voice
  // carried over from the paragraph before
  const tagged = inherited && paragraphsApart(a.text, a.quotations[k - 1]!.close, quote.open) > 0 ? taggedAfter(a, quote, s) : undefined;
  if (tagged) return tagged;
  // a voice only described yields to a name the sentence before gives (`“…,” the candidate said. ¶ Her rival, Ana
  // Ruiz, chose grace. “…”`)
  const named = inherited?.unnamed ? previousSentenceSpeaker(a, previous, adjacent) : undefined;
  if (named && named !== 'unnamed' && !named.unnamed) return named;
  if (inherited) return { speaker: inherited.speaker, how: 'continuation', confidence: inherited.confidence * 0.95 };
  return previousSentenceSpeaker(a, previous, adjacent) ?? taggedAfter(a, quote, s);
}

/**
 * `“…” That was how Ruiz described it.`, `“…” So says Ruiz.`: the sentence after the quotation points back to it and
 * names who said it.
 */
function pointedBackTo(a: Analysis, quote: Quotation, s: number): Reading {
  const next = a.sentences[s + 1];
  if (!next || paragraphsApart(a.text, quote.close, next.start) > 0 || !BACK_REFERENCE.test(a.text.slice(next.start, next.end))) return undefined;
  const cue = findCues(a.text, next.start, next.end, a.quoteSpans)[0];
  const found = cue ? readCue(a, cue, next, next.start, 'before') : undefined;
  return namedAs(found, 'after', 0.85);
}
/** A named speaker found elsewhere, told as found `how`, at most as sure as `cap`; nobody for no one or the unnamed. */
function namedAs(found: Reading, how: AttributionHow, cap: number): Reading {
  return found && found !== 'unnamed' && !found.unnamed ? { ...found, how, confidence: Math.min(found.confidence, cap) } : undefined;
}

const BACK_REFERENCE = /^\s*(?:(?:that|this|those|these|such)\s+(?:(?:is|was|were|are)\s+)?(?:how|what|the words of)\b|so\s+(?:said|says)\b)/i;

/**
 * `“….” Shih said and stressed, “…”`: a stop typed for the comma before a speech tag. The next sentence is the tag
 * alone, or a tag handing over to the next quotation; only a guess.
 */
function taggedAfter(a: Analysis, quote: Quotation, s: number): Reading {
  const next = a.sentences[s + 1];
  if (!next || paragraphsApart(a.text, quote.close, next.start) > 0 || !/[.!?]\s*["\u201D\u2019']*\s*$/.test(a.text.slice(quote.start, quote.close))) return undefined;
  const cue = findCues(a.text, next.start, next.end, a.quoteSpans)[0];
  if (!cue || cue.nominal || cue.participle || !TAG_END.test(a.text.slice(cue.end, next.end))) return undefined;
  const k = lastMentionBefore(a.mentions, cue.start);
  const m = a.mentions[k];
  const lead = m ? a.text.slice(next.start, m.start).trim() : '';
  if (!m || m.start < next.start || m.form !== 'name' || (lead !== '' && !isRoleGap(` ${lead} `)) || !/^\s+$/.test(a.text.slice(m.end, cue.start))) return undefined;
  return reading(a, m, 'after', 0.6);
}

/** After a speech tag that is all its sentence says: a time, then the end, or a hand-over to the next quotation. */
const TAG_END = new RegExp(String.raw`^(?:\s+${TIME_PHRASE})?\s*(?:[.!]?\s*$|(?:\s*(?:in|on|to|at)\s+[^,.;:"\u201C\u201D]{1,40})?[,:]\s*["\u201C]|\s+and\s+[\p{Ll}]+,?\s*["\u201C])`, 'u');

/** The speaker the sentence before a quotation names with a cue, else, as a guess, its subject. */
function previousSentenceSpeaker(a: Analysis, previous: Span | undefined, adjacent: boolean): Reading {
  if (previous && adjacent && !a.quoteSpans.some((q) => q.start >= previous.start && q.start < previous.end)) {
    const introduced = introducedBy(a, previous);
    if (introduced && introduced !== 'unnamed') return { ...introduced, how: 'previous', confidence: Math.min(introduced.confidence, 0.6) };
    // `Ruiz has led the union for years. “…”`: most likely its subject, but only a guess
    const subject = clauseSubject(a, previous.start, previous.end);
    if (subject && subject !== 'unnamed' && subject.form === 'name' && a.chainAt(subject)?.entity !== 'organization') {
      return reading(a, subject, 'previous', 0.5);
    }
  }
  return undefined;
}

/**
 * `Pollsters agree – Ana Ruiz: “…”`: a name heading the quotation with a colon, after a dash or opening the
 * sentence, labels it, whatever verb came before the dash.
 */
export function labelAttribution(a: Analysis, quote: Quotation, sentence: Span): Reading {
  const before = a.text.slice(sentence.start, quote.open);
  const head = /(?:^|\s(?:--|[-\u2013\u2014]))\s*([^-\u2013\u2014:]{2,60}):\s*$/.exec(before);
  if (!head) return undefined;
  const from = sentence.start + head.index + head[0].indexOf(head[1]!);
  const k = lastMentionBefore(a.mentions, quote.open);
  const m = a.mentions[k];
  if (!m || m.form !== 'name' || m.entity === 'place' || m.start < from || !/^\s*:/.test(a.text.slice(m.end, quote.open))) return undefined;
  const previous = a.mentions[k - 1];
  if (previous && previous.start >= from) return undefined; // `– the board of Harbour Ltd:`: more than a name
  const lead = a.text.slice(from, m.start).trim();
  return lead === '' || isRoleGap(` ${lead} `) ? reading(a, m, 'colon', 0.85) : undefined;
}

/**
 * A dash, then a name that ends there: `“…” – Ana Ruiz.`, `“…” —Sen. Ruiz, on Monday`, `“…” - Ruiz (@ruiz)`; or
 * the name alone on the next line (a Markdown list dash is masked out of the prose).
 */
const SIGNATURE_DASH = /^[ \t]*(?:(?:--|[-\u2013\u2014\u2015])|\n(?:[ \t]*\n)?[ \t]*(?:--|[-\u2013\u2014\u2015])?)[ \t]*/;
const SIGNATURE_END = /^\s*(?:[.,;)(]|$)/;

/**
 * `“…” – Ana Ruiz.`: a quotation signed with a dash and a name, as a letter, a debate fact-check or a tweet
 * quotes it; the name is the speaker whatever the sentences around say.
 */
export function dashAttribution(a: Analysis, quote: Quotation, earlier: ReadonlyArray<Attribution | undefined>): Reading {
  const dash = SIGNATURE_DASH.exec(a.text.slice(quote.close, quote.close + 12));
  if (!dash) return undefined;
  const at = quote.close + dash[0].length;
  if (!/^\p{Lu}/u.test(a.text.slice(at, at + 1))) return undefined; // `" - exchange during a hearing`: no name
  const m = mentionAt(a, at, at + 80);
  if (!m || m === 'unnamed' || m.form !== 'name' || m.entity === 'place') return undefined;
  const name = a.mentions[lastOfRun(a, a.mentions.indexOf(m), at + 80)]!;
  // A name on the next line with no dash left (a list's dash is masked) is all its line holds (not `Rep. Tom Reyes
  // (D-Ohio) said …` opening a paragraph), and a person's or an earlier speaker's (not a photo credit, `Getty.`)
  const bare = !/[-\u2013\u2014\u2015]/.test(dash[0]);
  if (bare) {
    const chain = a.chainAt(name);
    const known = name.entity === 'person' || chain?.entity === 'person' || earlier.some((e) => e?.speaker.name === chain?.display);
    if (!known || !/^\.?[ \t]*(?:\n|$)/.test(a.text.slice(name.end, name.end + 3))) return undefined;
  } else if (!SIGNATURE_END.test(a.text.slice(name.end, name.end + 3))) {
    return undefined;
  }
  return reading(a, name, 'after', 0.85);
}

/**
 * `Ruiz thanked the crowd “for everything”`: a quotation inside a sentence with no cue, or none whose subject could
 * be read, most likely carries the words of the sentence's subject, when that is a name opening it; only a guess.
 */
export function subjectOfSentence(a: Analysis, sentence: Span, quote: Quotation): Reading {
  const lead = a.text.slice(sentence.start, quote.open);
  if (!/\p{Ll}/u.test(lead)) return undefined; // `HOW SMALL YIELDS WORK “…”`: a headline in capitals
  if (/,\s*$/.test(lead)) return undefined; // `Ruiz left the stage, “a quiet week” behind her`: no object of her verb
  const subject = clauseSubject(a, sentence.start, quote.open);
  if (!subject || subject === 'unnamed' || subject.form !== 'name' || !opensClause(a.text.slice(sentence.start, subject.start))) return undefined;
  // `Ruiz “kind of misspoke”`: the quotation holds the verb, so it speaks of its subject, not for it
  if (!/\s\p{Ll}/u.test(a.text.slice(subject.end, quote.open))) return undefined;
  // `Unlike Ruiz, I do not think it is “…”`: the writer's own clause
  if (WRITER_SUBJECT.test(a.text.slice(subject.end, quote.open))) return undefined;
  return reading(a, subject, 'before', 0.5);
}

/**
 * Whether what precedes a name leaves it opening its clause: perhaps an adverbial up to a comma (`In 2014, `),
 * then words that may describe it (`the Clinton campaign manager `), no verb, preposition or conjunction
 * (`Photos of it show a flag and `).
 */
function opensClause(lead: string): boolean {
  const words = lead.replace(/^[^,]*,\s*/, '').match(/\p{Ll}[\p{L}'\u2019-]*/gu) ?? [];
  return !words.some((w) => NOT_IN_A_SUBJECT.test(w) || isCueWord(w));
}

const NOT_IN_A_SUBJECT = /^(?:of|at|from|for|with|in|on|to|by|about|into|over|under|and|or|but|who|which|that|when|while|after|before|as|than|is|are|was|were|has|have|had|do|does|did|shows?|[\p{Ll}]+ed)$/u;

/**
 * `“…,” said Ruiz. The plan “will not pass.”`: a quotation inside a sentence without a cue, right after an
 * attributed one, most likely goes on with the same voice; only a guess.
 */
export function carriedOver(a: Analysis, quote: Quotation, s: number, k: number, earlier: ReadonlyArray<Attribution | undefined>): Reading {
  const inherited = voiceBefore(a, quote, k, earlier, 0);
  if (!inherited || sentenceIndexAt(a.sentences, a.quotations[k - 1]!.open) < s - 1) return undefined;
  return { speaker: inherited.speaker, how: 'continuation', confidence: Math.min(inherited.confidence, 0.5) };
}

/**
 * The attribution of the quotation before quotation k, if its voice may go on: at most `paragraphs` paragraph
 * breaks between them, and nobody else named as speaker in between.
 */
function voiceBefore(a: Analysis, quote: Quotation, k: number, earlier: ReadonlyArray<Attribution | undefined>, paragraphs: number): Attribution | undefined {
  const last = a.quotations[k - 1];
  const inherited = earlier[k - 1];
  if (!last || !inherited || paragraphsApart(a.text, last.close, quote.open) > paragraphs) return undefined;
  return namesAnotherSpeaker(a, last.close, quote.open, inherited) ? undefined : inherited;
}

/**
 * `Haddad said she was angry. The move “looked like an attempt to end the count.”`: a quotation in a sentence with
 * no cue, right after a sentence of the same paragraph reporting someone's words, most likely goes on with them;
 * only a guess.
 */
export function reportedBefore(a: Analysis, s: number): Reading {
  const previous = a.sentences[s - 1];
  if (!previous || paragraphsApart(a.text, previous.end, a.sentences[s]!.start) > 0) return undefined;
  // … not the writer's own rephrasing (`In other words, the move “…”`)
  if (WRITERS_VOICE.test(a.text.slice(a.sentences[s]!.start, a.sentences[s]!.end))) return undefined;
  const reported = introducedBy(a, previous);
  return namedAs(reported, 'continuation', 0.5);
}

const WRITERS_VOICE = /^\s*(?:in other words|that is|put simply|simply put|in short|to put it \w+)\b/i;

/** The speaker a sentence names with a cue (the last cue of the sentence), or its subject when it ends in a colon. */
export function introducedBy(a: Analysis, sentence: Span): Reading {
  const cues = findCues(a.text, sentence.start, sentence.end, a.quoteSpans);
  for (let k = cues.length - 1; k >= 0; k--) {
    const found = readCue(a, cues[k]!, sentence, sentence.start, 'before');
    if (found) return found;
  }
  if (!/:\s*$/.test(a.text.slice(sentence.start, sentence.end))) return undefined;
  const subject = clauseSubject(a, sentence.start, sentence.end);
  return subject === 'unnamed' ? subject : subject ? reading(a, subject, 'colon', 0.75) : undefined;
}

/** Whether a quotation is its sentence (`“…”` or `“…,” the report goes on` aside, nothing but the quotation). */
export function standsAlone(a: Analysis, sentence: Span, quote: Quotation): boolean {
  const before = a.text.slice(sentence.start, quote.open);
  return before.trim() === '' || /^\s*(?:and|but|or|so|then|yes|no|still)?[\s,]*$/i.test(before);
}

/** Whether someone else is named as speaker between two quotations (a cue with a named subject). */
function namesAnotherSpeaker(a: Analysis, from: number, to: number, inherited: Attribution): boolean {
  const between = { start: from, end: to };
  const cues = findCues(a.text, between.start, between.end, a.quoteSpans);
  return cues.some((cue) => {
    // `Bolton distanced himself from it by saying he would help. “…”`: a participle's subject is its clause's
    if (cue.participle) {
      const sentence = a.sentences[sentenceIndexAt(a.sentences, cue.start)]!;
      const found = readCue(a, cue, sentence, Math.max(from, sentence.start), 'before');
      if (found && found !== 'unnamed' && !found.unnamed && found.speaker.name !== inherited.speaker.name) return true;
    }
    const subject = subjectBefore(a, cue.start, from);
    if (!subject || subject === 'unnamed') return subject === 'unnamed';
    if (subject.form === 'unnamed') return !inherited.unnamed || subject.end > inherited.speaker.end || subject.start < inherited.speaker.start;
    const chain = subject.form === 'name' ? a.chainAt(subject) : undefined;
    return chain !== undefined && chain.display !== inherited.speaker.name;
  });
}

export function chainOfName(a: Analysis, speaker: NameSpan): Chain | undefined {
  return a.chains.chains.find((c) => c.display === speaker.name);
}

export function endsWithColon(text: string, from: number, to: number): boolean {
  return /:\s*$/.test(text.slice(from, to));
}

/** Block quotes: a `— Name` line after them, else the sentence introducing them (`She wrote to staff:`). */
export function attributeBlock(a: Analysis, extraction: Extraction, quote: Quotation): Reading {
  const blocks = extraction.blockParagraphs;
  const index = blocks.findIndex((b) => b.start === quote.paragraph.start);
  for (let k = index + 1; k < blocks.length && isAdjacent(a.text, blocks[k - 1]!.end, blocks[k]!.start); k++) {
    const block = blocks[k]!;
    if (!block.attributionLine) continue;
    const dash = /^\s*(?:[\u2014\u2015\u2013]|--?)\s*/.exec(a.text.slice(block.start, block.end))!;
    const first = lastMentionBefore(a.mentions, block.start + dash[0].length) + 1;
    const m = a.mentions[first];
    if (m && m.start < block.end) return reading(a, a.mentions[lastOfRun(a, first, block.end)]!, 'block', 0.9);
    return undefined;
  }
  let groupStart = quote.paragraph.start;
  for (let k = index - 1; k >= 0 && isAdjacent(a.text, blocks[k]!.end, groupStart); k--) groupStart = blocks[k]!.start;
  const s = sentenceIndexAt(a.sentences, Math.max(0, groupStart - 1));
  const intro = a.sentences[s];
  if (!intro || intro.end > groupStart || paragraphsApart(a.text, intro.end, groupStart) > 1) return undefined;
  const found = introducedBy(a, intro);
  if (!found || found === 'unnamed') return found;
  const colon = /[:,]\s*$/.test(a.text.slice(intro.start, intro.end));
  return { ...found, how: 'block', confidence: colon ? found.confidence : Math.min(found.confidence, 0.6) };
}

function isAdjacent(text: string, end: number, start: number): boolean {
  return end <= start && text.slice(end, start).trim() === '';
}
