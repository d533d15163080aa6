/**
 * Who is quoted: the speaker a text attributes each of its quotations to, on drafts and sources alike.
 *
 * Read as cue -> the cue's subject -> its chain (language/): in the quotation's sentence, the cue nearest the
 * quotation (`said`, `warned that`, `described it as`, `according to`) and its subject, past appositives,
 * relative clauses and adverbials (`Maria Lopez, for her part, argued`), or after it (`said Chief Tom Reyes`);
 * a pronoun or a description (`she`, `the minister`) stands for the chain it refers to, and the speaker is
 * reported by the chain's fullest name. A quotation that is its own sentence takes the speaker of the sentence
 * introducing it with a colon, of the quotation it continues, or of the sentence before that names one.
 * Each attribution has a confidence; where the speaker is unclear there is none: abstaining is better than
 * guessing, since a wrong speaker raises a false `misattributed`.
 */
import { analyse, type Analysis } from '../language/analysis';
import { chainWithRole, lastMentionBefore, type Chain } from '../language/chains';
import { findCues, isCueWord, type Cue } from '../language/cues';
import { isPersonRole, type Mention } from '../language/mentions';
import type { NameSpan } from '../language/names';
import { sentenceIndexAt, type Span } from '../language/sentences';
import { HEAD_TITLES } from '../language/vocabulary';
import type { Extraction, Quotation } from '../quotes/extract';

export type AttributionHow = 'before' | 'after' | 'colon' | 'block' | 'continuation' | 'pronoun' | 'description' | 'previous';

export interface Attribution {
  /** Where the text names the speaker (a name, pronoun or description) and whom that stands for (`name`). */
  readonly speaker: NameSpan;
  readonly how: AttributionHow;
  /** 0..1: how sure the reading is. `misattributed` is only raised on confident readings of both sides. */
  readonly confidence: number;
  /**
   * The speaker is described, not named (`a State Department official`, `a spokesman for Ana Ruiz`): shown as the
   * text describes them, never below UNNAMED_CONFIDENCE, so never compared with another speaker.
   */
  readonly unnamed?: true;
}

/** At or above this confidence a speaker may decide a verdict. */
export const CONFIDENT = 0.7;
/** An unnamed speaker may be anyone the sources name: never confident enough to decide a verdict. */
const UNNAMED_CONFIDENCE = 0.6;

/** A cue whose subject is not a name (`a spokesman said`, `officials said`): the speaker is unnamed. */
type Reading = Attribution | 'unnamed' | undefined;

/** The attribution of every quotation of `extraction` in `text` (undefined where none is clear). */
export function attributeQuotations(text: string, extraction: Extraction): Array<Attribution | undefined> {
  const analysis = analyse(text, extraction.quotations);
  const result: Array<Attribution | undefined> = [];
  extraction.quotations.forEach((quote, k) => {
    const reading = quote.form === 'block' ? attributeBlock(analysis, extraction, quote) : attributeInline(analysis, quote, k, result);
    const attribution = reading === 'unnamed' ? undefined : reading;
    if (attribution && !attribution.unnamed) analysis.lastSpeaker = { chain: chainOfName(analysis, attribution.speaker), at: quote.open };
    result.push(attribution);
  });
  return result;
}

function attributeInline(a: Analysis, quote: Quotation, k: number, earlier: ReadonlyArray<Attribution | undefined>): Reading {
  const s = sentenceIndexAt(a.sentences, quote.open);
  const sentence = a.sentences[s]!;
  const cues = findCues(a.text, sentence.start, sentence.end, a.quoteSpans);
  const before = cues.filter((c) => c.end <= quote.open);
  // a signature yields to a cue of the sentence's own (`X insisted it was “…”--Kim Lee`: a reporter's byline)
  const signed = before.length === 0 ? dashAttribution(a, quote, earlier) : undefined;
  if (signed) return signed;
  const labelled = labelAttribution(a, quote, sentence);
  if (labelled) return labelled;
  const after = cues.filter((c) => c.start >= quote.close);
  const cue = before[before.length - 1];
  const next = after[0] ?? frameCue(a, quote, sentence);
  // `“…,” Susan said`: a quotation ending in a comma is attributed right after it, whatever came before
  // … unless a cue stands right before the quotation: `Pell said “…,” and Bishop Kim called them …`
  const adjacent = cue !== undefined && /^[\s,:]*$/.test(a.text.slice(cue.end, quote.open));
  // … nor when a clause of its own follows: `Cruz said he'd make it “glow,” and Reyes vowed to …`
  const coordinated = cue !== undefined && next !== undefined && /\b(?:and|but|while|whereas|yet)\s/.test(a.text.slice(quote.close, next.start));
  const framed = !adjacent && !coordinated && next !== undefined && /[,?!]\s*["\u201D\u2019']*\s*$/.test(a.text.slice(quote.start, quote.close)) && next.start - quote.close < 60;
  // `She continued to say that “…”`: an infinitive cue has its subject at the verb before it; so has a cue
  // whose own subject is no one (`Ruiz said that fact speaks volumes about “…”`)
  const governing = before[before.length - 2];
  const order: Array<[Cue | undefined, 'before' | 'after']> = [[cue, 'before']];
  if (governing && !a.quoteSpans.some((q) => q.start >= governing.end && q.start < cue!.start)) order.push([governing, 'before']);
  if (framed) order.unshift([next, 'after']);
  else order.push([next, 'after']);
  for (const [c, side] of order) {
    if (!c) continue;
    const reading = readCue(a, c, sentence, side === 'after' ? quote.close : sentence.start, side);
    if (reading) return reading;
  }
  if (endsWithColon(a.text, sentence.start, quote.open)) {
    const subject = clauseSubject(a, sentence.start, quote.open);
    if (subject) return subject === 'unnamed' ? subject : reading(a, subject, 'colon', 0.8);
  }
  // `Ruiz stated that the report “was not good.” Adding, “…”`: a participle opening the sentence has the subject
  // of the sentence before
  if (cue?.participle && /^[\s(]*$/.test(a.text.slice(sentence.start, cue.start)) && s > 0) {
    const previous = introducedBy(a, a.sentences[s - 1]!);
    if (previous && previous !== 'unnamed') return { ...previous, how: 'previous', confidence: Math.min(previous.confidence, 0.75) };
  }
  if (cues.length > 0) return undefined;
  // `Ruiz shared her worry with the crowd, “I do not know …”`: a clause handing over to a whole sentence quoted
  // after a comma or a dash most likely hands it to its subject; a guess
  const handOver = /(?:,|\s(?:--|[\u2013\u2014]))\s*$/.exec(a.text.slice(sentence.start, quote.open));
  if (handOver && /^\p{Lu}(?:\S*\s+){3}/u.test(a.text.slice(quote.start, quote.end))) {
    const subject = clauseSubject(a, sentence.start, sentence.start + handOver.index);
    if (subject && subject !== 'unnamed' && subject.form === 'name') return reading(a, subject, 'colon', 0.6);
  }
  if (!standsAlone(a, sentence, quote)) return subjectOfSentence(a, sentence, quote) ?? carriedOver(a, quote, s, k, earlier);
  return fromContext(a, quote, s, k, earlier);
}

/**
 * The speaker of a claim, a sentence reporting what someone said without quoting it (`Ruiz said that …`,
 * `according to Ruiz, …`, `Taxes will rise, Ruiz warned.`), read as quotations are. Undefined when the sentence
 * reports nobody named.
 */
export function claimSpeaker(a: Analysis, sentence: Span): Attribution | undefined {
  const cues = findCues(a.text, sentence.start, sentence.end, a.quoteSpans);
  // `According to The Ledger, Ruiz said that …`: a verb's subject speaks, the nominal cue names the messenger
  for (const cue of [...cues.filter((c) => !c.nominal), ...cues.filter((c) => c.nominal)]) {
    const frame = reportingFrame(a.text, cue, sentence);
    const reading = frame ? readCue(a, cue, sentence, frame.from, frame.side) : undefined;
    if (reading && reading !== 'unnamed' && !reading.unnamed) return reading;
  }
  return undefined;
}

/**
 * How a cue reports a clause, and where its subject may be: before a `that` clause (`told reporters that`),
 * a nominal cue, or a cue closing the sentence after a comma (`…, Ruiz said.`, `…, said Ruiz on Monday.`).
 * `knows that` reports nobody: the writer vouches for what follows.
 */
function reportingFrame(text: string, cue: Cue, sentence: Span): { from: number; side: 'before' | 'after' } | undefined {
  if (cue.nominal) return { from: sentence.start, side: 'before' };
  if (cue.factive) return undefined;
  const after = text.slice(cue.end, sentence.end);
  if (/^(?:\s+[\p{L}'\u2019-]+){0,3}?\s+that\b/u.test(after)) return { from: sentence.start, side: 'before' };
  const comma = text.lastIndexOf(',', cue.start);
  const claim = text.slice(sentence.start, Math.max(sentence.start, comma));
  if (comma > sentence.start && claim.split(/\s+/).length >= 3 && /^[^,;:]{0,40}$/.test(text.slice(comma + 1, cue.start)) && CLOSING_CUE_TAIL.test(after)) {
    return { from: comma + 1, side: 'after' };
  }
  return undefined;
}

/** After a cue closing a sentence: nothing, a name or a description, then perhaps a time (`said| Chief Ana Ruiz on Monday.`). */
const CLOSING_CUE_TAIL = /^(?:\s+(?:[\p{Lu}][\p{L}.'\u2019-]*\s+){0,4}[\p{Lu}][\p{L}'\u2019-]*|\s+the(?:\s+[\p{Ll}-]+){1,3})?(?:\s+(?:on\s+)?[\p{Lu}][\p{Ll}]+day|\s+(?:last|this)\s+[\p{Ll}]+|\s+(?:earlier|later|yesterday|today|tonight))?\s*[.!]?\s*$/u;

/** The speaker of a quotation that is a sentence of its own: the colon before it, the quotation it continues, the sentence before. */
function fromContext(a: Analysis, quote: Quotation, s: number, k: number, earlier: ReadonlyArray<Attribution | undefined>): Reading {
  const previous = a.sentences[s - 1];
  const adjacent = previous !== undefined && paragraphsApart(a.text, previous.end, quote.open) <= 1;
  if (previous && adjacent && /:\s*$/.test(a.text.slice(previous.start, previous.end))) {
    const introduced = introducedBy(a, previous);
    if (introduced) return introduced === 'unnamed' ? undefined : { ...introduced, how: 'colon', confidence: Math.min(introduced.confidence, 0.85) };
  }
  const inherited = voiceBefore(a, quote, k, earlier, 1);
  // a voice only described yields to a name the sentence before gives (`“…,” the candidate said. ¶ Her rival, Ana
  // Ruiz, chose grace. “…”`)
  const named = inherited?.unnamed ? previousSentenceSpeaker(a, previous, adjacent) : undefined;
  if (named && named !== 'unnamed' && !named.unnamed) return named;
  if (inherited) return { speaker: inherited.speaker, how: 'continuation', confidence: inherited.confidence * 0.95 };
  return previousSentenceSpeaker(a, previous, adjacent) ?? taggedAfter(a, quote, s);
}

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
  if (!m || m.start < next.start || m.form !== 'name' || a.text.slice(next.start, m.start).trim() !== '' || !/^\s+$/.test(a.text.slice(m.end, cue.start))) return undefined;
  return reading(a, m, 'after', 0.6);
}

/** After a speech tag that is all its sentence says: a time, then the end, or a hand-over to the next quotation. */
const TAG_END = /^(?:\s+(?:on\s+)?[\p{Lu}][\p{Ll}]+day|\s+(?:yesterday|today|tonight|later|earlier))?\s*(?:[.!]?\s*$|[,:]\s*["\u201C]|\s+and\s+[\p{Ll}]+,?\s*["\u201C])/u;

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
function labelAttribution(a: Analysis, quote: Quotation, sentence: Span): Reading {
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
function dashAttribution(a: Analysis, quote: Quotation, earlier: ReadonlyArray<Attribution | undefined>): Reading {
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
 * `Ruiz thanked the crowd “for everything”`: a quotation inside a sentence with no cue most likely carries the
 * words of the sentence's subject, when that is a name opening it; only a guess.
 */
function subjectOfSentence(a: Analysis, sentence: Span, quote: Quotation): Reading {
  const lead = a.text.slice(sentence.start, quote.open);
  if (!/\p{Ll}/u.test(lead)) return undefined; // `HOW SMALL YIELDS WORK “…”`: a headline in capitals
  if (/,\s*$/.test(lead)) return undefined; // `Ruiz left the stage, “a quiet week” behind her`: no object of her verb
  const subject = clauseSubject(a, sentence.start, quote.open);
  if (!subject || subject === 'unnamed' || subject.form !== 'name' || !opensClause(a.text.slice(sentence.start, subject.start))) return undefined;
  // `Ruiz “kind of misspoke”`: the quotation holds the verb, so it speaks of its subject, not for it
  if (!/\s\p{Ll}/u.test(a.text.slice(subject.end, quote.open))) return undefined;
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
function carriedOver(a: Analysis, quote: Quotation, s: number, k: number, earlier: ReadonlyArray<Attribution | undefined>): Reading {
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

/** The speaker a sentence names with a cue (the last cue of the sentence), or its subject when it ends in a colon. */
function introducedBy(a: Analysis, sentence: Span): Reading {
  const cues = findCues(a.text, sentence.start, sentence.end, a.quoteSpans);
  for (let k = cues.length - 1; k >= 0; k--) {
    const found = readCue(a, cues[k]!, sentence, sentence.start, 'before');
    if (found) return found;
  }
  if (!/:\s*$/.test(a.text.slice(sentence.start, sentence.end))) return undefined;
  const subject = clauseSubject(a, sentence.start, sentence.end);
  return subject === 'unnamed' ? subject : subject ? reading(a, subject, 'colon', 0.75) : undefined;
}

/**
 * The subject of a cue, read as a speaker. `from` is where the subject may start: the sentence, or what follows
 * the quotation for a cue after it (`“…,” Ruiz said`).
 */
function readCue(a: Analysis, cue: Cue, sentence: Span, from: number, side: 'before' | 'after'): Reading {
  const subject = cueSubject(a, cue, sentence, from, side);
  if (!subject) return undefined;
  if (subject === 'unnamed') return subject;
  return reading(a, subject, side, bindsItsObject(a, cue, subject, from) ? 0.6 : cue.kind === 'thought' ? 0.75 : 0.9);
}

/**
 * `Reyes lacks integrity and accused him of …`: `him` cannot be the verb's own subject, yet the only man named
 * before it is the subject found. The sentence has lost its speaker (quoted speech, a slip): the reading stays a
 * guess.
 */
function bindsItsObject(a: Analysis, cue: Cue, subject: Mention, from: number): boolean {
  const object = /^\s+(him|her)\b/i.exec(a.text.slice(cue.end, cue.end + 5));
  if (!object || subject.form !== 'name') return false;
  const chain = a.chainAt(subject);
  const between = a.mentions.slice(lastMentionBefore(a.mentions, subject.end) + 1, lastMentionBefore(a.mentions, cue.start) + 1);
  return chain !== undefined && !between.some((m) => m.form === 'name' && m.start >= from && a.chainAt(m) !== chain && a.chainAt(m)?.entity !== 'organization');
}

function cueSubject(a: Analysis, cue: Cue, sentence: Span, from: number, side: 'before' | 'after'): Mention | 'unnamed' | undefined {
  if (cue.nominal) return mentionAt(a, cue.end, sentence.end);
  if (cue.participle && !/\b(?:is|are|was|were|been|be|am)\s+$/i.test(a.text.slice(Math.max(0, cue.start - 8), cue.start))) {
    // `with Ruiz noting`, `Ruiz recently telling`: the name right before the participle
    const k = lastMentionBefore(a.mentions, cue.start);
    const right = a.mentions[k];
    // … not `on Facebook writing`: the object of a preposition other than the absolute `with`
    const objectOf = right !== undefined && isObjectOfPreposition(a, right, sentence.start) && !/\bwith\s+(?:\S+\s+){0,2}$/i.test(a.text.slice(Math.max(sentence.start, right.start - 30), right.start));
    if (right && right.form === 'name' && right.start >= sentence.start && /^\s+(?:(?:also|then|later|again|now|still|recently|[\p{Ll}]+ly)\s+)?$/u.test(a.text.slice(right.end, cue.start)) && !objectOf) return right;
    // `with Reyes tweeting that … and asking`: a participle joined by `and` to one before it shares its subject
    const joined = /\band\s+$/.test(a.text.slice(Math.max(sentence.start, cue.start - 5), cue.start))
      ? findCues(a.text, sentence.start, cue.start, a.quoteSpans).filter((c) => c.participle).pop() : undefined;
    if (joined) return cueSubject(a, joined, sentence, from, side);
    // `X criticised the accord, saying “…”`: the subject of the finite verb before, else of the clause
    const finite = findCues(a.text, sentence.start, cue.start, a.quoteSpans).filter((c) => !c.participle && !c.nominal).pop();
    const subject = finite ? subjectBefore(a, finite.start, sentence.start) : undefined;
    return subject ?? clauseSubject(a, sentence.start, cue.start);
  }
  // `Ruiz was asked by the host Tom Reyes`: the agent asked
  if (/\b(?:was|were|been|being)\s+$/.test(a.text.slice(Math.max(0, cue.start - 8), cue.start)) && /^\s+by\s/.test(a.text.slice(cue.end, cue.end + 4))) {
    return mentionAt(a, cue.end + a.text.slice(cue.end).indexOf('by') + 2, sentence.end);
  }
  // `Ana Ruiz, an economist, said`; after the quotation, only what follows it: `“…,” Ruiz said`
  const subject = subjectBefore(a, cue.start, from);
  if (subject) return subject;
  // `Ruiz took the stage and called it “…”`: a second verb of the clause shares its subject
  if (side === 'before' && /\b(?:and|but)\s+(?:(?:then|also|later|now|instead|again|still|[\p{Ll}]+ly)\s+)?$/u.test(a.text.slice(Math.max(from, cue.start - 24), cue.start))) {
    return clauseSubject(a, from, cue.start);
  }
  // `Ruiz, a minister, had described it as “…”, said that “…”`: the last of verbs listed with commas
  const listed = /,\s+(?:(?:had|has|have|also|then|later)\s+)?$/.exec(a.text.slice(Math.max(from, cue.start - 10), cue.start));
  if (side === 'before' && listed && listsVerbs(a, from, cue.start - listed[0].length + 1)) {
    return clauseSubject(a, from, cue.start);
  }
  // `Ruiz, the chair, was careful to say only that`: an infinitive takes the clause's subject
  if (side === 'before' && /\bto\s+$/.test(a.text.slice(Math.max(from, cue.start - 4), cue.start))) {
    const subject = clauseSubject(a, from, cue.start);
    if (subject) return subject;
  }
  // `“…,” said Chief Tom Reyes`, `says the minister`: only when nobody stands before the verb, or the verb
  // follows a comma (`“…” if she loses, said Tom Reyes`, `Because of it, explained Reyes, “…”`)
  if (hasSpeakingMention(a, from, cue.start) && !/,\s*$/.test(a.text.slice(Math.max(from, cue.start - 3), cue.start))) return undefined;
  const inverted = mentionAt(a, cue.end, sentence.end);
  // `… thanked Obama for “…”`: before the quotation, a name that the clause goes on after is the verb's object
  if (side === 'before' && inverted && inverted !== 'unnamed' && !INVERTED_SUBJECT_END.test(a.text.slice(inverted.end, inverted.end + 40))) return undefined;
  return inverted;
}

/**
 * What may follow a subject put after its verb (`explained Reyes, “…”`, `said Ruiz of Derry on Monday:`): where
 * they are from, a time, then a stop or a mark.
 */
const INVERTED_SUBJECT_END = /^\s*(?:(?:of|from)\s+(?:[\p{Lu}][\p{L}.'\u2019-]*\s*)+)?(?:(?:on\s+)?[\p{Lu}][\p{Ll}]+day\b|(?:last|this)\s+[\p{Ll}]+|yesterday|today|tonight|earlier|later)?\s*(?:[,.;:!?()\u2014\u2013-]|["\u201C\u201D]|$)/u;

/** `had described the plan`, `said so`: a piece of a sentence that is a verb phrase, not an appositive. */
function opensWithVerb(piece: string): boolean {
  const first = /^\s*([\p{Ll}]+)\b/u.exec(piece)?.[1];
  return first !== undefined && (/^(?:had|has|have|was|were|is|are)$/.test(first) || isCueWord(first));
}

/** Whether the comma-separated piece before `to` opens with a verb (a cue or a past tense): verbs listed with commas. */
function listsVerbs(a: Analysis, from: number, to: number): boolean {
  const before = a.text.slice(from, to).replace(/,\s*$/, '');
  const piece = before.slice(before.lastIndexOf(',') + 1);
  const verb = /^\s*(?:(?:had|has|have|also|then|later)\s+)?([\p{Ll}]+)\b/u.exec(piece)?.[1];
  return verb !== undefined && (isCueWord(verb) || /ed$/.test(verb)) && !/["\u201C\u201D]/.test(piece.replace(/["\u201C][^"\u201C\u201D]*["\u201D]/g, ''));
}

/** Whether a name, pronoun or description stands in [from, to). */
function hasSpeakingMention(a: Analysis, from: number, to: number): boolean {
  const k = lastMentionBefore(a.mentions, to);
  return k >= 0 && a.mentions[k]!.start >= from && a.mentions.slice(lastMentionBefore(a.mentions, from) + 1, k + 1).some((m) => m.entity !== 'place');
}

/**
 * `“Go back,” Ruiz barked.`: a quotation ending in a comma, then a name and a past-tense verb is attributed to
 * that name even when the verb is not in the lexicon.
 */
function frameCue(a: Analysis, quote: Quotation, sentence: Span): Cue | undefined {
  if (!/[,?!]\s*["\u201D\u2019']*\s*$/.test(a.text.slice(quote.start, quote.close))) return undefined;
  const after = a.text.slice(quote.close, Math.min(sentence.end, quote.close + 80));
  const k = lastMentionBefore(a.mentions, quote.close) + 1;
  const m = a.mentions[k];
  if (!m || m.start - quote.close > 3) return undefined;
  const verb = /^\s+(?:[\p{Ll}]+ly\s+)?([\p{Ll}]+ed)\b/u.exec(a.text.slice(m.end, m.end + 40));
  if (!verb || after.length === 0) return undefined;
  const start = m.end + verb[0].length - verb[1]!.length;
  return { start, end: start + verb[1]!.length, kind: 'speech', participle: false, nominal: false };
}

/**
 * The mention right before a verb at `verbAt`, past adverbs and appositives. A name after a preposition is not
 * the subject: after `of`/`at`/`for` it yields to the person before it (`Tom Reyes of Harbour Ledger said`).
 */
function subjectBefore(a: Analysis, verbAt: number, from: number): Mention | 'unnamed' | undefined {
  for (let k = lastMentionBefore(a.mentions, verbAt); k >= 0; k--) {
    const m = a.mentions[k]!;
    if (m.start < from) break;
    const gap = a.text.slice(m.end, verbAt);
    if (/;/.test(gap) || crossesQuotation(gap)) break;
    // `A top aide, Jo Kim, tells`: the name in apposition to an unnamed subject speaks; a place speaks not, but
    // may end the chain of `of` links from the speaker (`Bishop Jo Kim of the Diocese of Lyon told`)
    if (m.entity === 'place') {
      const owner = isSubjectGap(gap) && isObjectOfPreposition(a, m, from) ? ownerOf(a, k, from) : undefined;
      if (owner) return owner;
      // `“…,” Moscow said`: a place right before the verb speaks for its government or its people
      if (/^\s+(?:[\p{Ll}]+ly\s+)?$/u.test(gap) && !isObjectOfPreposition(a, m, from) && isCueWord(a.text.slice(verbAt).split(/\s/)[0]!)) return m;
      continue;
    }
    // `Ana Ruiz, who said, “…”`, `Ana Ruiz, 31, who said`: the relative pronoun's antecedent
    if (m.form === 'name' && /^\s*,\s*(?:\d+,?\s+)?who\s+(?:(?:also|then|later|had|has|once|[\p{Ll}]+ly)\s+)?$/u.test(gap)) return m;
    // … not a name closing a relative clause: `X, who lives near the capital, Cardiff, said`
    const before = a.mentions[k - 1];
    // `China's delegate, Lt. Gen. Jo Kim, insisted`, `the Archbishop, Dr Jo Kim, had said`: titles and roles may lead it
    const apposed = APPOSED_GAP.test(gap) && m.form === 'name' && APPOSITION_LEAD.test(a.text.slice(Math.max(from, m.start - 60), m.start))
      && !(before !== undefined && before.start >= from && /^\s*,\s*(?:who|which|whose)\b/.test(a.text.slice(before.end, m.start)));
    // `Harper's office said`, `Ruiz's campaign said`: those who speak for a person speak as that person
    const speaksFor = m.form === 'name' && SPEAKS_FOR.test(gap);
    if (!apposed && !speaksFor && !isSubjectGap(gap) && !(m.form === 'name' && isUnclosedAppositive(gap))) continue;
    if (m.form === 'unnamed' || !isObjectOfPreposition(a, m, from)) return m;
    const owner = ownerOf(a, k, from);
    if (owner) return owner;
  }
  return undefined;
}

/** `Aris Kim of the Patriarchate of Lyon told`: climbs `of`/`at` links from mention k to the first name that is no object. */
function ownerOf(a: Analysis, k: number, from: number): Mention | 'unnamed' | undefined {
  let owner = k;
  while (owner > 0 && a.mentions[owner - 1]!.start >= from && /^\s+(?:of|at|from|for|with)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}-]*\s+)?$/u.test(a.text.slice(a.mentions[owner - 1]!.end, a.mentions[owner]!.start))) {
    owner--;
    if (!isObjectOfPreposition(a, a.mentions[owner]!, from)) {
      const found = a.mentions[owner]!;
      return found;
    }
  }
  return undefined;
}

/**
 * `X, a senior engineer on the drill said`: an appositive whose closing comma the writer left out, told by a
 * role word in it and no verb.
 */
function isUnclosedAppositive(gap: string): boolean {
  const chunk = /^\s*,\s*(?:(?:a|an|the|his|her|its|their)\s+)?([^,.;:"\u201C\u201D()]{3,90})\s$/u.exec(gap)?.[1];
  if (!chunk) return false;
  const words = chunk.split(/\s+/).map((w) => w.toLowerCase());
  return words.slice(0, 4).some(isPersonRole) && !words.some((w) => isCueWord(w) || /^(?:who|which|that|but|is|was|has|had)$/.test(w));
}

/** After a name in apposition: its closing comma, perhaps an auxiliary or an adverb, then the verb. */
const APPOSED_GAP = /^\s*,\s*(?:(?:had|has|have|was|is|also|then|later|once)\s+)?$/;
/** Before a name in apposition: its opening comma, then up to four title or role words (`, Lt. Gen. `, `, Oslo resident `). */
const APPOSITION_LEAD = /,\s*(?:(?!(?:and|or|but|who|which|that|the|a|an|of|to|in|on|at|for|with|by|from|as)\s)[\p{L}][\p{L}.'\u2019-]*\s+){0,4}$/u;

/** Whether a mention is the object of a preposition right before it (`… of the Harbour Board`), not a subject. */
function isObjectOfPreposition(a: Analysis, m: Mention, from: number): boolean {
  // `Arguing for the publication he said`: a subject pronoun is never a preposition's object
  if (m.form === 'pronoun' && /^(?:he|she|they|we|i)$/i.test(m.text)) return false;
  return PREPOSITION_BEFORE.test(a.text.slice(Math.max(from, m.start - 30), m.start));
}

const SPEAKS_FOR = /^['\u2019]s\s+(?:press\s+)?(?:office|campaign|spokesman|spokeswoman|spokesperson|aides?|staff|lawyers?|attorneys?|camp|team)\s+(?:(?:also|later|then)\s+)?$/u;

/**
 * A preposition, then perhaps `the` and a capitalised modifier (`of the Armenian |Patriarchate`; not `Secretary of
 * Labor |Ana Ruiz`), or up to two lowercase words (`with journalist |Tom Reyes`, `by the host |Ana Ruiz`) that do not end the phrase
 * (`asked for a photo and |Ruiz said`, `prepares for what |Ruiz called`), or an abbreviated title (`worked for Sen. |Ana Ruiz`).
 */
const PREPOSITION_BEFORE = /\b(?:[Oo]f|[Aa]t|[Ff]rom|[Ff]or|[Ww]ith|[Ii]n|[Oo]n|[Tt]o|[Bb]y|[Aa]bout|[Aa]gainst|[Nn]ear|[Tt]han|[Ll]ike|[Ii]nto|[Oo]ver|[Uu]nder|[Bb]ehind)\s+(?:[Tt]he\s+(?:[\p{Lu}][\p{L}-]*\s+)?|(?:(?:the|an?)\s+)?(?:(?!(?:and|or|but|nor|then|so|when|while|as|that|who|which|what|how|where|why)\s)[\p{Ll}-]+\s+){1,2}|[\p{Lu}][\p{Ll}]{1,4}\.\s+)?$/u;

/** A quotation of more than a few words between a name and a verb: the name belongs to another clause. */
function crossesQuotation(gap: string): boolean {
  const quoted = /["\u201C]([^"\u201C\u201D]*)["\u201D]/.exec(gap);
  if (!quoted) return /["\u201C\u201D]/.test(gap);
  return quoted[1]!.split(/\s+/).filter(Boolean).length > 5;
}

const SUBJECT_GAP_WORD = /^(?:also|then|later|again|once|often|repeatedly|has|had|have|having|was|were|is|are|be|been|will|would|could|should|can|may|might|must|did|does|do|not|never|just|only|still|even|now|too|however|himself|herself|themselves|itself|first|recently|previously|reportedly|publicly|privately|subsequently|quickly|today|yesterday|tonight|earlier|in|a|an|the|statement|interview|tweet|post|letter|email|e-mail|on|monday|tuesday|wednesday|thursday|friday|saturday|sunday|last|this|week|month|year|night|morning|afternoon|evening|[\p{Ll}]+ly)$/iu;

/** What may stand between a subject and its verb: adverbs, auxiliaries, a time, and any appositive between commas, brackets or dashes. */
function isSubjectGap(gap: string): boolean {
  // `(D-Ohio), who …,` `(D-Ohio), chair of the panel,` `, chair of the Harbour Board (HB),`: the bracket goes, the
  // appositive's comma stays for the rule below
  let clean = gap.replace(/["\u201C][^"\u201C\u201D]*["\u201D]/g, ' ').replace(/\([^()]*\)(?=\s*,\s*who\b|\s*,[^,]+,\s*$)|(?<=,[^,()]*)\([^()]*\)(?=\s*,\s*$)/g, ' ').replace(/\([^()]*\),?/g, ' ').replace(/\s[\u2014\u2013]\s?[^\u2014\u2013]*[\u2014\u2013]\s/g, ' ');
  // any appositives between commas: `, for her part,` `, a judge appointed by the governor,` `, 35, a salesman from Austin, Texas,`
  const appositives = /^\s*,(?:[^,]+,)+/u.exec(clean);
  if (appositives && !appositives[0].split(',').some(opensWithVerb)) clean = ' ' + clean.slice(appositives[0].length);
  // `a White House official who spoke anonymously said`: a relative clause without commas, then the verb
  if (/^\s+who\s+[^,.;:!?]{3,100}\s$/.test(clean)) return true;
  if (/[,.!?:]/.test(clean)) return false;
  const words = clean.split(/\s+/).filter(Boolean);
  return words.length <= 4 && words.every((w) => SUBJECT_GAP_WORD.test(w));
}

/** The mention that starts right at `at` (after space or a title): `said| Chief Tom Reyes`, `according to| X`. */
function mentionAt(a: Analysis, at: number, to: number): Mention | 'unnamed' | undefined {
  const k = lastMentionBefore(a.mentions, at) + 1;
  const m = a.mentions[k];
  if (!m || m.start >= to) return undefined;
  const gap = a.text.slice(at, m.start);
  if (!/^[\s,]*(?:(?:[\p{L}.]+\.|[\p{Ll}-]+|[\p{Lu}][\p{L}-]*)\s+){0,4}$/u.test(gap) || /["\u201C\u201D]/.test(gap)) return undefined;
  if (gap.trim() !== '' && !/^[\s,]*(?:[\p{Lu}][\p{L}.-]*|[\p{Ll}-]+)(?:\s+(?:[\p{Lu}][\p{L}.-]*|[\p{Ll}-]+)){0,3}\s+$/u.test(gap)) return undefined;
  if (/^[\s,]*(?:a|an|one|another)\s/i.test(gap)) return 'unnamed'; // `said a senior aide to Ruiz`
  if (gap.split(/\s+/).filter(Boolean).some((w) => /^(?:that|to|and|but|as|if|when|because|after|before|on|in|at|for|with|about|from|of|by|into|over|than)$/i.test(w))) return undefined;
  if (m.form === 'unnamed') return m;
  const apposed = apposedToPossessive(a, k, to);
  if (apposed !== undefined) return a.mentions[apposed];
  const owned = possessedName(a, k, to);
  // `said former Ohio Gov. and Board Chair Ana Ruiz`: the person a place's titles lead to (a `Hill` or `Hall` named
  // alone may be a person read as a place)
  const led = owned === undefined && m.entity === 'place' ? personAfterPlace(a, k, to) : undefined;
  if (led) return led;
  return a.mentions[owned !== undefined ? lastOfRun(a, owned, to) : lastOfRun(a, k, to)];
}

/**
 * `Ruiz's campaign manager, Tom Reyes, said`: the person in apposition to a possessive description. The index of
 * that name, if mention k is such a possessor.
 */
function apposedToPossessive(a: Analysis, k: number, to: number): number | undefined {
  const owner = a.mentions[k]!;
  if (owner.form !== 'name') return undefined;
  for (let n = k + 1; n < a.mentions.length && n <= k + 3; n++) {
    const next = a.mentions[n]!;
    if (next.end > to) return undefined;
    if (next.entity === 'place') continue; // `Ruiz's Texas state director, Tom Reyes,`
    // … a role may lead the name: `Ruiz's introducer, actress Ana Kim,`
    const gap = /^['\u2019]s\s+(?:[\p{L}-]+\s+){0,4}[\p{Ll}-]+,(\s+(?:[\p{Ll}-]+\s+){0,2})$/u.exec(a.text.slice(owner.end, next.start));
    if (next.form !== 'name' || !gap || (gap[1]!.trim() !== '' && !isRoleGap(gap[1]!))) return undefined;
    return /^\s*(?:[,(;]|\.(?:\s|$)|$)/.test(a.text.slice(next.end, next.end + 3)) ? n : undefined;
  }
  return undefined;
}

/** `said Ohio's Ann Cole`, `The Ledger's Tom Reyes said`: the person a place or an organisation possesses, if mention k is one. */
function possessedName(a: Analysis, k: number, to: number): number | undefined {
  const owner = a.mentions[k]!;
  const owned = a.mentions[k + 1];
  if (owner.form !== 'name' || owner.entity === 'person' || !owned || owned.form !== 'name' || owned.start >= to || owned.entity === 'organization') return undefined;
  return /^['\u2019]s\s+$/.test(a.text.slice(owner.end, owned.start)) ? k + 1 : undefined;
}

/** Up to three role or title words between two names: ` delegate `, ` Sgt. `, ` MP `. */
function isRoleGap(gap: string): boolean {
  if (FUNCTION_WORD.test(gap)) return false;
  const words = gap.split(/\s+/).filter(Boolean);
  // a verb between two names is no role: `Ruiz praised Reyes`, `Ruiz met Reyes`; the word before the person is a role noun
  if (words.some((w) => isCueWord(w) || /^[\p{Ll}]+ed$/u.test(w))) return false;
  const head = (words[words.length - 1] ?? '').toLowerCase().replace(/\.$/, '');
  if (!isPersonRole(head) && !HEAD_TITLES.has(head) && !ROLE_NOUN_ENDING.test(head)) return false;
  return /^\s/.test(gap) && /\s$/.test(gap) && words.length <= 3 && words.every((w) => /^[\p{L}]*[\p{Ll}-]+$/u.test(w) || HEAD_TITLES.has(w.toLowerCase().replace(/\.$/, '')));
}

/** How role nouns not in the word lists end: `constituent`, `delegate`, `organiser`, `spokesman`. */
const ROLE_NOUN_ENDING = /(?:er|or|ist|ant|ent|man|woman|ian|ee|ate|ive)$/;

/** Words that join a name to another phrase rather than to a role: `X of the Y`, `X when asked about Y`. */
const FUNCTION_WORD = /\b(?:of|at|from|for|with|in|on|to|by|about|the|a|an|and|or|but|who|which|that|when|while|after|before|as|than|was|is|has|had)\b/i;

/**
 * `Ohio delegate Ray Tolson`, `Mendes constituent Ben Pryor`: in names joined by role words, the person is
 * last. The index of that last mention.
 */
function lastOfRun(a: Analysis, k: number, to: number): number {
  let last = k;
  for (let n = k + 1; n < a.mentions.length; n++) {
    const m = a.mentions[last]!;
    const next = a.mentions[n]!;
    if (next.start >= to || next.form !== 'name' || !isRoleGap(a.text.slice(m.end, next.start))) break;
    if (m.entity === 'person' && next.entity !== 'person') break;
    last = n;
  }
  return last;
}

const SUBORDINATE = /^\s*(?:when|after|before|as|while|although|though|because|if|since|once|until|despite|following|asked|in|at|on|during|with|[\p{L}]+ing)\b[^,]*,/iu;

/**
 * The subject of the clause that ends at `to` (`Tom Reyes, a judge, reached the same view:`): its first
 * speaking mention after any leading subordinate clause or headline dash, a person or organisation over an
 * unclassified word, the last of `X and Y`.
 */
function clauseSubject(a: Analysis, from: number, to: number): Mention | 'unnamed' | undefined {
  const head = a.text.slice(from, to);
  const dash = Math.max(head.lastIndexOf(' - '), head.lastIndexOf(' \u2014 '), head.lastIndexOf(' -- '));
  if (dash >= 0) from += dash + 3;
  const subordinate = SUBORDINATE.exec(a.text.slice(from, to));
  if (subordinate) from += subordinate[0].length;
  for (let k = lastMentionBefore(a.mentions, from) + 1; k < a.mentions.length; k++) {
    const m = a.mentions[k]!;
    if (m.end > to) break;
    if (m.start < from || m.entity === 'place') continue;
    if (isObjectOfPreposition(a, m, from)) continue;
    if (m.form !== 'name') {
      // `the senator from Ohio, Dana Whitfield, did not hedge:`: the name in apposition
      let n = k + 1;
      while (a.mentions[n]?.entity === 'place') n++;
      const next = a.mentions[n];
      // … or right after it: `The film director Ana Ruiz had quit`
      const between = a.text.slice(m.end, next?.start ?? m.end);
      if (next && next.form === 'name' && next.end <= to && (/^\s+$/.test(between) || (/^[^,;:.]{0,40},\s*$/.test(between) && /^\s*,/.test(a.text.slice(next.end, next.end + 2))))) return next;
    }
    if (m.form === 'unnamed') return m;
    const apposed = apposedToPossessive(a, k, to) ?? possessedName(a, k, to);
    if (apposed !== undefined) return a.mentions[apposed];
    // `Hours later, …`: a lone unknown word before a comma opens the sentence; `Ruiz, who …,` is its subject
    if (m.form === 'name' && m.entity === 'unknown' && !m.text.includes(' ') && /^,(?!\s*who\b)/.test(a.text.slice(m.end, m.end + 6)) && (a.chainAt(m)?.forms.length ?? 1) === 1) continue;
    return coordinated(a, lastOfRun(a, k, to), to);
  }
  return undefined;
}

/** The person a place's titles and roles lead to: `Ohio| Gov. and Harbour Board Chair |Ana Ruiz`. */
function personAfterPlace(a: Analysis, k: number, to: number): Mention | undefined {
  for (let n = k + 1; n < a.mentions.length && a.mentions[n]!.start < to; n++) {
    if (!/^(?:\s+(?:[\p{Lu}][\p{L}.'\u2019-]*|and|[\p{Ll}-]+))*\s+$/u.test(a.text.slice(a.mentions[n - 1]!.end, a.mentions[n]!.start))) return undefined;
    if (a.mentions[n]!.form === 'name' && a.mentions[n]!.entity === 'person') return a.mentions[n];
  }
  return undefined;
}

/** `Ana Ruiz and Tom Reyes:`: the last of names joined by `and`. */
function coordinated(a: Analysis, k: number, to: number): Mention {
  let m = a.mentions[k]!;
  for (let n = k + 1; n < a.mentions.length; n++) {
    const next = a.mentions[n]!;
    if (next.end > to || next.form !== 'name' || !/^\s+and\s+$/.test(a.text.slice(m.end, next.start))) break;
    m = next;
  }
  return m;
}

/** A mention read as the speaker: its chain's fullest name, a pronoun or description resolved. */
function reading(a: Analysis, m: Mention, how: AttributionHow, confidence: number): Reading {
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
  const start = before?.form === 'name' && before.entity !== 'place' && /^[ \t]+$/.test(a.text.slice(before.end, m.start)) ? before.start : m.start;
  const end = after?.form === 'name' && /^\s+(?:for|to|of|at|with|from|in|on)\s+(?:the\s+)?$/.test(a.text.slice(m.end, after.start)) ? after.end : m.end;
  // read mid-sentence (`quoted as a spokesman`), whether or not the description opened its sentence
  const text = a.text.slice(start, end).replace(/\s+/g, ' ').replace(/^(?:A|An|One|Another|The)\b/, (w) => w.toLowerCase());
  // `a statement`, `a group of voters`: only people are described as speakers
  const qualified = start < m.start || end > m.end || /\s\p{Lu}/u.test(text);
  if (m.entity !== 'person' || (m.plural && !qualified)) return 'unnamed';
  return { speaker: { name: text, start, end }, how, confidence: Math.min(confidence, UNNAMED_CONFIDENCE), unnamed: true };
}

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
  const fits = (chain: Chain | undefined): chain is Chain => chain !== undefined && (pronoun.plural
    ? chain.entity === 'organization'
    : isPersonChain(chain) && (!chain.gender || chain.gender === pronoun.gender));
  let s = sentenceIndexAt(a.sentences, pronoun.start);
  const first = a.sentences[s]!;
  const own = firstChainIn(a, first.start, pronoun.start, pronoun, fits);
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
  return undefined;
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
 * Whom a description stands for: the chain named with its role; else, as a guess, the person the sentence before
 * is about (`Ana Ruiz was asked whether she would go. The president was blunt: “…”`).
 */
function describedChain(a: Analysis, m: Mention): Resolved | undefined {
  const named = resolveDescription(a, m);
  // a role last named paragraphs ago yields to the person the sentence right before is about (`President Hu …
  // ¶ In Washington, Bush was asked whether he would go. The president was blunt:`), as a guess
  if (named && paragraphsApart(a.text, named.last.end, m.start) === 0) return { chain: named.chain, near: true };
  const guess = m.entity === 'person' ? subjectBeforeDescription(a, m) : undefined;
  return guess ?? (named ? { chain: named.chain, near: true } : undefined);
}

/** The person the sentence before a description is about, or the one before it when the nearer names no one. */
function subjectBeforeDescription(a: Analysis, m: Mention): Resolved | undefined {
  // the sentence before, or the one before it when the nearer one names no one (`Then came the history lesson.`)
  const s = sentenceIndexAt(a.sentences, m.start);
  for (let back = 1; back <= 2; back++) {
    const previous = a.sentences[s - back];
    if (!previous || paragraphsApart(a.text, previous.end, m.start) > 0) return undefined;
    const subject = clauseSubject(a, previous.start, previous.end);
    if (subject === 'unnamed') return undefined;
    if (!subject) continue;
    const found = subject.form === 'name' ? a.chainAt(subject) : subject.form === 'pronoun' ? resolvePronoun(a, subject)?.chain : undefined;
    return found && isPersonChain(found) ? { chain: found, near: false } : undefined;
  }
  return undefined;
}

/** `the minister said`: the chain named most recently with that role, and its latest mention. */
function resolveDescription(a: Analysis, m: Mention): { chain: Chain; last: Mention } | undefined {
  if (!m.role) return undefined;
  return chainWithRole(a.mentions, a.chains, m.role, m.start, Math.max(0, m.start - 4000));
}

/** Whether a quotation is its sentence (`“…”` or `“…,” the report goes on` aside, nothing but the quotation). */
function standsAlone(a: Analysis, sentence: Span, quote: Quotation): boolean {
  const before = a.text.slice(sentence.start, quote.open);
  return before.trim() === '' || /^\s*(?:and|but|or|so|then|yes|no|still)?[\s,]*$/i.test(before);
}

/** Whether someone else is named as speaker between two quotations (a cue with a named subject). */
function namesAnotherSpeaker(a: Analysis, from: number, to: number, inherited: Attribution): boolean {
  const between = { start: from, end: to };
  const cues = findCues(a.text, between.start, between.end, a.quoteSpans);
  return cues.some((cue) => {
    const subject = subjectBefore(a, cue.start, from);
    if (!subject || subject === 'unnamed') return subject === 'unnamed';
    if (subject.form === 'unnamed') return !inherited.unnamed || subject.end > inherited.speaker.end || subject.start < inherited.speaker.start;
    const chain = subject.form === 'name' ? a.chainAt(subject) : undefined;
    return chain !== undefined && chain.display !== inherited.speaker.name;
  });
}

function chainOfName(a: Analysis, speaker: NameSpan): Chain | undefined {
  return a.chains.chains.find((c) => c.display === speaker.name);
}

function endsWithColon(text: string, from: number, to: number): boolean {
  return /:\s*$/.test(text.slice(from, to));
}

/** How many paragraph breaks lie between two offsets (0: same paragraph). */
function paragraphsApart(text: string, from: number, to: number): number {
  const between = text.slice(Math.min(from, to), Math.max(from, to));
  return (between.match(/\n[ \t>]*\n/g) ?? []).length;
}

/** Block quotes: a `— Name` line after them, else the sentence introducing them (`She wrote to staff:`). */
function attributeBlock(a: Analysis, extraction: Extraction, quote: Quotation): Reading {
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
