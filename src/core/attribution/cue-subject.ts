/**
 * The subject of a cue: before it (`Maria Lopez, for her part, argued`), after it (`said Chief Tom Reyes`), of a
 * participle (`X left, saying`), of a verb joined or listed with others, or the agent of a passive.
 */
import type { Analysis } from '../language/analysis';
import { lastMentionBefore } from '../language/chains';
import { findCues, isCueWord, type Cue } from '../language/cues';
import type { Mention } from '../language/mentions';
import type { Span } from '../language/sentences';
import type { Quotation } from '../quotes/extract';
import { reading } from './reading';
import { clauseSubject, isObjectOfPreposition, mentionAt, subjectBefore, WRITER_SUBJECT } from './subjects';
import type { Reading } from './types';
import { TIME_PHRASE } from './time-phrase';

/**
 * The subject of a cue, read as a speaker. `from` is where the subject may start: the sentence, or what follows
 * the quotation for a cue after it (`“…,” Ruiz said`).
 */
export function readCue(a: Analysis, cue: Cue, sentence: Span, from: number, side: 'before' | 'after'): Reading {
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
  // … `him`, or `her` as an object, not a possessive (`warning her rivals that`)
  const object = /^\s+(?:him|her(?!\s+(?!(?:that|to|of|about|and|in|on|for|with|not|as|at|by|from|again|over)\b)[\p{Ll}]))\b/iu.exec(a.text.slice(cue.end, cue.end + 30));
  if (!object || subject.form !== 'name') return false;
  const chain = a.chainAt(subject);
  const between = a.mentions.slice(lastMentionBefore(a.mentions, subject.end) + 1, lastMentionBefore(a.mentions, cue.start) + 1);
  return chain !== undefined && !between.some((m) => m.form === 'name' && m.start >= from && a.chainAt(m) !== chain && a.chainAt(m)?.entity !== 'organization');
}

/**
 * Of the finite cues before a participle, the one it hangs on: not a verb reported inside an earlier cue's clause
 * (`Ruiz said that Reyes rejected it, calling it “…”` is Ruiz calling), unless `and`, `but` or a semicolon opens a
 * clause of its own (`Ruiz spoke, and Reyes warned that …, adding`) or the verb is a tag after a comma.
 */
export function governingCue(text: string, finites: readonly Cue[]): Cue | undefined {
  let governing: Cue | undefined;
  for (const cue of finites) {
    const between = governing ? text.slice(governing.end, cue.start) : '';
    const tag = /,["\u201D]?\s+(?:[\p{Lu}][\p{L}'\u2019.-]*\s+){1,3}$/u.test(between); // `Reyes cannot say that “…,” Ruiz added`
    if (governing && /\bthat\b/i.test(between) && !/(?:,\s*(?:and|but)\s|;)/i.test(between) && !tag) continue;
    governing = cue;
  }
  return governing;
}

function cueSubject(a: Analysis, cue: Cue, sentence: Span, from: number, side: 'before' | 'after'): Mention | 'unnamed' | undefined {
  if (cue.nominal) return mentionAt(a, cue.end, sentence.end);
  // `The Ledger quoted Tom Reyes as saying`: the one quoted, not the one quoting
  const window = Math.max(sentence.start, cue.start - 80);
  const quotedAs = cue.participle ? /\bquot(?:ed|es|ing)\s+(?=\S[^.;:]{0,60}?\s+as\s+$)/i.exec(a.text.slice(window, cue.start)) : null;
  if (quotedAs) {
    const quoted = mentionAt(a, window + quotedAs.index + quotedAs[0].length, cue.start);
    if (quoted) return quoted;
  }
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
    const finite = governingCue(a.text, findCues(a.text, sentence.start, cue.start, a.quoteSpans).filter((c) => !c.participle && !c.nominal));
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
    // … unless the writer is the subject nearer the verb (`Ruiz thinks I am wrong to call it “…”`): the writer's words
    if (subject && subject !== 'unnamed' && WRITER_SUBJECT.test(a.text.slice(subject.end, cue.start))) return 'unnamed';
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
// (the place's words are split at spaces only, so a long capitalised word is read one way, without backtracking)
const INVERTED_SUBJECT_END = new RegExp(String.raw`^\s*(?:(?:of|from)\s+[\p{Lu}][\p{L}.'\u2019-]*(?:\s+[\p{Lu}][\p{L}.'\u2019-]*)*\s*)?${TIME_PHRASE}?\s*(?:[,.;:!?()\u2014\u2013-]|["\u201C\u201D]|$)`, 'u');

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
export function frameCue(a: Analysis, quote: Quotation, sentence: Span): Cue | undefined {
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
