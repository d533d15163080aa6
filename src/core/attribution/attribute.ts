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
import { findCues, type Cue } from '../language/cues';
import { sentenceIndexAt, type Span } from '../language/sentences';
import type { Extraction, Quotation } from '../quotes/extract';
import { attributeBlock, carriedOver, reportedBefore, chainOfName, dashAttribution, endsWithColon, fromContext, introducedBy, labelAttribution, standsAlone, subjectOfSentence } from './context';
import { frameCue, governingCue, readCue } from './cue-subject';
import { reading } from './reading';
import { clauseSubject } from './subjects';
import type { Attribution, Reading } from './types';
import { TIME_PHRASE } from './time-phrase';
export { CONFIDENT, type Attribution, type AttributionHow } from './types';

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
  const before = cues.filter((c) => c.end <= quote.open && !inClosedRelativeClause(a.text, c, sentence.start, quote.open));
  // a signature yields to a cue of the sentence's own (`X insisted it was “…”--Kim Lee`: a reporter's byline)
  const signed = before.length === 0 ? dashAttribution(a, quote, earlier) : undefined;
  if (signed) return signed;
  const labelled = labelAttribution(a, quote, sentence);
  if (labelled) return labelled;
  const owned = ownedWords(a, sentence.start, quote.open);
  if (owned) return owned;
  const after = cues.filter((c) => c.start >= quote.close);
  const last = before[before.length - 1];
  // `Ruiz told friends that the mayor thought it was a “badge of honor”`: a thought reported inside a speaker's
  // that-clause is told in the speaker's words (a thought is not quoted); a speech verb there may be quoted as said
  const outer = last?.kind === 'thought' && !last.participle && !last.nominal ? governingCue(a.text, before.filter((c) => !c.participle && !c.nominal)) : undefined;
  const cue = outer && outer !== last && outer.kind !== 'thought' ? outer : last;
  const next = after[0] ?? frameCue(a, quote, sentence);
  // `“…,” Susan said`: a quotation ending in a comma is attributed right after it, whatever came before
  // … unless a cue stands right before the quotation: `Pell said “…,” and Bishop Kim called them …`
  const adjacent = cue !== undefined && /^[\s,:]*$/.test(a.text.slice(cue.end, quote.open));
  // … nor when a clause of its own follows: `Cruz said he'd make it “glow,” and Reyes vowed to …`
  const coordinated = cue !== undefined && next !== undefined && /\b(?:and|but|while|whereas|yet)\s/.test(a.text.slice(quote.close, next.start));
  // … nor when the cue before is in a clause opening the sentence that the quotation's comma closes: `After Reyes
  // said that it might do better at “…,” Ruiz said: “…”`
  // (not `When Ruiz said so, he “…,” said Reyes`: there the clause closed before the quotation)
  const subordinate = cue !== undefined && SUBORDINATE_OPENING.test(a.text.slice(sentence.start, cue.start)) && !/[,;]/.test(a.text.slice(cue.end, quote.open));
  const framed = !adjacent && !coordinated && !subordinate && next !== undefined && /[,?!]\s*["\u201D\u2019']*\s*$/.test(a.text.slice(quote.start, quote.close)) && next.start - quote.close < 60;
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
  // cues whose subjects were none to read (`The senator emailed supporters saying: “…”`): the sentence's subject
  if (cues.length > 0) return subjectOfSentence(a, sentence, quote);
  // `Ruiz shared her worry with the crowd, “I do not know …”`: a clause handing over to a whole sentence quoted
  // after a comma or a dash most likely hands it to its subject; a guess
  const handOver = /(?:,|\s(?:--|[\u2013\u2014]))\s*$/.exec(a.text.slice(sentence.start, quote.open));
  if (handOver && /^\p{Lu}(?:\S*\s+){3}/u.test(a.text.slice(quote.start, quote.end))) {
    const subject = clauseSubject(a, sentence.start, sentence.start + handOver.index);
    if (subject && subject !== 'unnamed' && subject.form === 'name') return reading(a, subject, 'colon', 0.6);
  }
  if (!standsAlone(a, sentence, quote)) return subjectOfSentence(a, sentence, quote) ?? carriedOver(a, quote, s, k, earlier) ?? reportedBefore(a, s);
  return fromContext(a, quote, s, k, earlier);
}

const SUBORDINATE_OPENING = /^[\s"\u201C]*(?:after|when|while|because|although|though|since|before|once|until|whereas|if)\s[^,;:]*$/i;

/**
 * Words owned by someone named right before the quotation, in a pronoun or a name (group 1 of each pattern), whose
 * owner speaks: `In her words, “…”`, `In Ruiz's own words: “…”`, `In his view, “…”`, `Ruiz's famous line, “…,”`;
 * and, only as a guess, a quotation that is the content of words someone else owns, not the sentence's speaker's
 * (`Reyes rejected Ruiz's description of the plan as “…”`, `quoted Ruiz's own words back at her: “…”`, `the phrase Ruiz
 * had used, “…”`; `Ruiz's claim that …` is left alone: `Ruiz's claim that it was fair is “a lie”` judges the claim,
 * and that reading cost a held-out quotation).
 */
function ownedWords(a: Analysis, from: number, to: number): Reading {
  const head = a.text.slice(from, to);
  for (const { pattern, confidence } of OWNED) {
    const owned = pattern.exec(head);
    if (!owned) continue;
    const at = from + owned.index + owned[0].indexOf(owned[1]!);
    const owner = a.mentions.find((m) => m.end > at && m.start < to && (m.form === 'pronoun' || m.form === 'name'));
    return owner ? reading(a, owner, 'before', confidence) : undefined;
  }
  return undefined;
}
const WORDS_NOUN = String.raw`(?:claim|claims|description|assertion|suggestion|insistence|accusation|charge|remark|remarks|characteri[sz]ation|label|words|phrase|warning|argument|promise|pledge|complaint|boast|prediction|view)`;
const OWNED: ReadonlyArray<{ readonly pattern: RegExp; readonly confidence: number }> = [
  { pattern: /\bin\s+(his|her|their|[\p{Lu}][\p{L}.-]*['\u2019]s?)\s+(?:own\s+)?(?:words|view|opinion|estimation|telling|account|judge?ment)\s*[,:]?\s*$/iu, confidence: 0.9 },
  { pattern: /(\b(?:[Hh]is|[Hh]er|[Tt]heir)|[\p{Lu}][\p{L}.-]*['\u2019]s)\s+(?:[\p{Ll}-]+\s+){0,2}(?:line|motto|slogan|mantra|refrain|catchphrase|phrase|verdict|advice|warning|promise|pledge)\s*,\s*$/u, confidence: 0.9 },
  // `Ruiz's description of it as`, `Ruiz's own words back at her:`
  { pattern: new RegExp(String.raw`(?:^|\s)((?:[\p{Lu}][\p{L}.'\u2019-]*\s+){0,3}[\p{Lu}][\p{L}.-]*)['\u2019]s\s+(?:own\s+|now-?famous\s+|earlier\s+)?${WORDS_NOUN}(?:\s+of\s[^"\u201C\u201D;:]{1,60}\s+as|(?:\s+[\p{Ll}]+){0,4}\s*:)\s*$`, 'u'), confidence: 0.6 },
  // `the phrase Ruiz had used, “…”`
  { pattern: new RegExp(String.raw`\bthe\s+(?:phrase|words|term|label|description)\s+((?:[\p{Lu}][\p{L}.'\u2019-]*\s+){0,3}[\p{Lu}][\p{L}.-]*)\s+(?:had\s+|has\s+)?(?:used|coined|chose)\s*,?\s*$`, 'u'), confidence: 0.6 },
];

/**
 * `Ruiz was asked whether the plan, which the Ledger estimates would cost more, would risk “…”`: a cue in a relative
 * clause that closes before the quotation reports something else.
 */
function inClosedRelativeClause(text: string, cue: Cue, from: number, to: number): boolean {
  const opener = /,\s+(?:which|who|whom|whose)\s[^,]*$/.exec(text.slice(from, cue.start));
  // … closed by a comma and followed by the main clause's words, not the cue's own comma (`X, who said, “…”`)
  return opener !== null && /,\s+\p{L}/u.test(text.slice(cue.end, to));
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
const CLOSING_CUE_TAIL = new RegExp(String.raw`^(?:\s+(?:[\p{Lu}][\p{L}.'\u2019-]*\s+){0,4}[\p{Lu}][\p{L}'\u2019-]*|\s+the(?:\s+[\p{Ll}-]+){1,3})?(?:\s+${TIME_PHRASE})?\s*[.!]?\s*$`, 'u');
