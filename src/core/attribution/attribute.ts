/**
 * Who is quoted: the speaker a text attributes each of its quotations to. Used on drafts and on sources alike.
 *
 * Patterns (journalism's usual ones): `X said, "…"`, `X said: "…"`, `X said that "…"`, `"…," X said`,
 * `"…," said X`, `according to X`, `as X put it`, `in the words of X`, `X told <outlet>`, `X described it as
 * "…"`, an appositive (`X, the minister, said`), a pronoun after a named speaker (`he said`), a continuation
 * quote in the same paragraph or in a paragraph that is only a quotation, and block quotes introduced by an
 * attribution line or followed by `— X`.
 */
import type { Extraction, Quotation } from '../quotes/extract';
import { isAbbreviation, lastPersonBefore, nameAfter, nameBefore, nameBeforeVerb, type NameSpan } from '../language/names';

export type AttributionHow = 'before' | 'after' | 'block' | 'continuation' | 'pronoun';

/** What a pattern found: a named speaker, a pronoun to resolve, or a speaker left unnamed (`a spokesman said`). */
type Found = Attribution | { readonly how: 'pronoun-unresolved' | 'unnamed' };

export interface Attribution {
  readonly speaker: NameSpan;
  readonly how: AttributionHow;
}

const VERBS = String.raw`(?:said|says|say|added|adds|told|tells|stated|states|noted|notes|argued|argues|warned|warns|explained|explains|wrote|writes|insisted|insists|claimed|claims|declared|declares|remarked|remarks|commented|comments|continued|continues|asked|asks|replied|replies|answered|answers|announced|announces|acknowledged|acknowledges|admitted|admits|observed|observes|suggested|suggests|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|maintained|maintains|predicted|predicts|concluded|concludes|recalled|recalls|urged|urges|conceded|concedes|countered|counters|contended|contends|cautioned|cautions|responded|responds|described|describes|put it|puts it|pointed out|points out|went on|goes on|tweeted|posted|testified|complained|complains|boasted|vowed|promised|reiterated|quipped|joked|shouted|recounted|agreed|agrees|disagreed|denied|denies|confirmed|confirms)`;
const VERB_ANYWHERE = new RegExp(String.raw`\b${VERBS}\b`, 'gi');
const VERB_FIRST = new RegExp(String.raw`^${VERBS}\b`, 'i');
/** How far before or after its marks a quotation's attribution is looked for. */
const CONTEXT_CHARS = 400;
const PRONOUN = /^(he|she|they)\b/i;
const PRONOUN_BEFORE = /\b(he|she|they)\s*$/i;
const UNNAMED_SUBJECT = new RegExp(String.raw`^(?:\p{Ll}[\p{L}'-]*\s+){1,5}${VERBS}\b`, 'u');
const INTRODUCERS = /\b(according to|in the words of|quoting)\s+$/i;
const SENTENCE_END = /[.!?]["\u201D\u2019)]?\s+(?=[\p{Lu}"\u201C]|$)/gu;

/** The attribution of every quotation of `extraction` in `text` (undefined where none is found). */
export function attributeQuotations(text: string, extraction: Extraction): Array<Attribution | undefined> {
  const quotes = extraction.quotations;
  const result: Array<Attribution | undefined> = [];
  let lastNamed: NameSpan | undefined;
  quotes.forEach((quote, k) => {
    const previous = quotes[k - 1];
    const next = quotes[k + 1];
    const samePrevious = previous && previous.paragraph.start === quote.paragraph.start ? previous : undefined;
    const sameNext = next && next.paragraph.start === quote.paragraph.start ? next : undefined;
    const found: Found | undefined = quote.form === 'block'
      ? attributeBlock(text, extraction, quote)
      : attributeInline(text, quote, samePrevious, sameNext);
    let attribution: Attribution | undefined;
    if (found?.how === 'pronoun-unresolved') attribution = resolvePronoun(text, quote, lastNamed);
    else if (found && 'speaker' in found) attribution = found;
    else if (!found && (samePrevious || (previous && continuesPrevious(text, previous, quote)))) {
      const inherited = result[k - 1];
      if (inherited) attribution = { speaker: inherited.speaker, how: 'continuation' };
    }
    if (attribution) lastNamed = attribution.speaker;
    result.push(attribution);
  });
  return result;
}

/** `he said`: the person named last before the quotation (this paragraph or the one before), else the last speaker. */
function resolvePronoun(text: string, quote: Quotation, lastSpeaker: NameSpan | undefined): Attribution | undefined {
  const blankLine = text.lastIndexOf('\n\n', quote.paragraph.start - 3);
  const from = blankLine < 0 ? 0 : blankLine;
  const mentioned = lastPersonBefore(text, Math.max(from, quote.open - 2 * CONTEXT_CHARS), quote.open);
  const speaker = mentioned && (!lastSpeaker || mentioned.start > lastSpeaker.end) ? mentioned : lastSpeaker;
  return speaker ? { speaker, how: 'pronoun' } : undefined;
}

/** A paragraph that opens with a quotation, right after a paragraph with a quotation: the same voice goes on. */
function continuesPrevious(text: string, previous: Quotation, quote: Quotation): boolean {
  if (quote.form === 'block' || previous.form === 'block') return false;
  const opensParagraph = text.slice(quote.paragraph.start, quote.open).trim() === '';
  const nextParagraph = /^\s*$/.test(text.slice(previous.paragraph.end, quote.paragraph.start));
  return opensParagraph && nextParagraph;
}

function attributeInline(text: string, quote: Quotation, previous: Quotation | undefined, next: Quotation | undefined): Found | undefined {
  // Attributions sit within a sentence of the marks: looking no further keeps a paragraph of thousands of
  // quotation marks linear rather than quadratic.
  const windowStart = Math.max(quote.paragraph.start, previous?.close ?? 0, quote.open - CONTEXT_CHARS);
  const windowEnd = Math.min(quote.paragraph.end, next?.open ?? Infinity, quote.close + CONTEXT_CHARS);
  const beforeFrom = lastSentenceStart(text, windowStart, quote.open);
  const afterTo = firstSentenceEnd(text, quote.close, windowEnd);
  const before = fromBefore(text, beforeFrom, quote.open);
  if (before && 'speaker' in before) return before;
  const sentenceEnded = /^\s*[.!?]/.test(text.slice(quote.close, afterTo)); // `"…". Next sentence`
  const after = sentenceEnded ? undefined : fromAfter(text, quote.close, afterTo);
  return after && (after.how !== 'unnamed' || !before) ? after : before ?? after;
}

/** `Harper said, "` / `According to Harper, "` / `As Harper put it: "` / `Harper told the BBC that "`. */
function fromBefore(text: string, from: number, to: number): Found | undefined {
  const context = text.slice(from, to).replace(/[\s,:;\u2014\u2013-]+$/, '');
  if (!context) return undefined;
  const introducer = /\b(?:according to|in the words of|quoting)\s+/gi;
  let lastIntroducer: RegExpExecArray | undefined;
  for (let m = introducer.exec(context); m; m = introducer.exec(context)) lastIntroducer = m;
  if (lastIntroducer) {
    const name = nameAfter(text, from + lastIntroducer.index + lastIntroducer[0].length);
    if (name) return { speaker: name, how: 'before' }; // `according to X, the news "…"`
  }
  let verb: RegExpExecArray | undefined;
  for (const m of context.matchAll(VERB_ANYWHERE)) verb = m;
  if (!verb) return undefined;
  const tail = context.slice(verb.index + verb[0].length);
  if (tail.split(/\s+/).filter(Boolean).length > 9) return undefined;
  const verbAt = from + verb.index;
  const speaker = subjectBefore(text, from, verbAt) ?? nameAfter(text, verbAt + verb[0].length + 1);
  if (speaker && speaker.start >= from) return { speaker, how: 'before' };
  return PRONOUN_BEFORE.test(text.slice(from, verbAt)) ? pronoun() : UNNAMED;
}

/** The subject of a speech verb: the name right before it, or before an appositive (`Harper, the PM, said`). */
function subjectBefore(text: string, from: number, verbAt: number): NameSpan | undefined {
  const direct = nameBeforeVerb(text, from, verbAt);
  if (direct && !INTRODUCERS.test(text.slice(from, direct.start))) return direct;
  const beforeVerb = text.slice(from, verbAt);
  const appositive = /,[^,]{1,80},\s*$/.exec(beforeVerb);
  return appositive ? nameBefore(text, from + appositive.index) : undefined;
}

/** `", said Harper.` / `," Harper said.` / `," Harper, the PM, said` / `," he said.` / `," according to X`. */
function fromAfter(text: string, from: number, to: number): Found | undefined {
  const lead = /^[\s,;:.!?\u2014\u2013-]*/.exec(text.slice(from, to))![0].length;
  const start = from + lead;
  const context = text.slice(start, to);
  const verb = VERB_FIRST.exec(context);
  if (verb) {
    const name = nameAfter(text, start + verb[0].length + 1);
    return name ? { speaker: name, how: 'after' } : PRONOUN.test(context.slice(verb[0].length).trim()) ? pronoun() : UNNAMED;
  }
  const according = /^according to\s+/i.exec(context);
  if (according) {
    const name = nameAfter(text, start + according[0].length);
    return name ? { speaker: name, how: 'after' } : undefined;
  }
  if (PRONOUN.test(context) && VERB_FIRST.test(context.replace(PRONOUN, '').trim())) return pronoun();
  const name = nameAfter(text, start);
  if (!name) return UNNAMED_SUBJECT.test(context) ? UNNAMED : undefined; // `," one pensioner told a paper`
  const rest = text.slice(name.end, to).replace(/^\s*,[^,]{1,80},/, '').trim();
  return VERB_FIRST.test(rest) ? { speaker: name, how: 'after' } : undefined;
}

/** Block quotes: `> …` after a line ending in `:` that names the speaker, or followed by `> — Name`. */
function attributeBlock(text: string, extraction: Extraction, quote: Quotation): Found | undefined {
  const blocks = extraction.blockParagraphs;
  const index = blocks.findIndex((b) => b.start === quote.paragraph.start);
  for (let k = index + 1; k < blocks.length && isAdjacent(text, blocks[k - 1]!.end, blocks[k]!.start); k++) {
    const block = blocks[k]!;
    if (!block.attributionLine) continue;
    const dash = /^\s*(?:[\u2014\u2015\u2013]|--?)\s*/.exec(text.slice(block.start, block.end))!;
    const name = nameAfter(text, block.start + dash[0].length);
    if (name) return { speaker: name, how: 'block' };
  }
  let groupStart = quote.paragraph.start;
  for (let k = index - 1; k >= 0 && isAdjacent(text, blocks[k]!.end, groupStart); k--) groupStart = blocks[k]!.start;
  const introEnd = trimEnd(text, 0, groupStart);
  if (!/[:,]$/.test(text.slice(0, introEnd))) return undefined;
  const blankLine = text.lastIndexOf('\n\n', introEnd - 1);
  const introStart = blankLine < 0 ? 0 : blankLine + 2;
  const before = fromBefore(text, lastSentenceStart(text, Math.max(introStart, introEnd - CONTEXT_CHARS), introEnd), introEnd);
  return before && 'speaker' in before ? { speaker: before.speaker, how: 'block' } : before;
}

function isAdjacent(text: string, end: number, start: number): boolean {
  return end <= start && text.slice(end, start).trim() === '';
}

function pronoun(): Found {
  return { how: 'pronoun-unresolved' };
}

const UNNAMED: Found = { how: 'unnamed' };

function trimEnd(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && /\s/.test(text[end - 1]!)) end--;
  return end;
}

function lastSentenceStart(text: string, from: number, to: number): number {
  let start = from;
  const window = text.slice(from, to);
  for (const m of window.matchAll(SENTENCE_END)) {
    if (!endsWithAbbreviation(window, m.index)) start = from + m.index + m[0].length;
  }
  return start;
}

function firstSentenceEnd(text: string, from: number, to: number): number {
  const window = text.slice(from, to);
  for (const m of window.matchAll(SENTENCE_END)) {
    if (m.index > 0 && !endsWithAbbreviation(window, m.index)) return from + m.index + 1;
  }
  return to;
}

/** `Dr.` `Sgt.` `U.S.` do not end a sentence. */
function endsWithAbbreviation(window: string, periodAt: number): boolean {
  const word = /(\S+)$/.exec(window.slice(0, periodAt + 1))?.[1] ?? '';
  return isAbbreviation(word.replace(/^[^\p{L}]+/u, ''));
}
