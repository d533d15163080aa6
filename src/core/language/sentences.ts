/**
 * Sentences of prose in which quotations are opaque: a full stop inside `“We lost. We will win,” she said.` ends
 * no sentence, so the quotation and its attribution stay in one. A sentence ends at a paragraph break, or at
 * `.`, `!`, `?` (after any closing marks) followed by space and a capital or an opening mark, unless the point
 * is an abbreviation's (`Gen.`, `U.S.`).
 */
import { isCueWord } from './cues';
import type { Span } from '../text/spans';

export type { Span } from '../text/spans';

const CLOSERS = new Set(['"', '\u201D', '\u2019', "'", ')', ']', '\u00BB']);
const OPENERS = /[\p{Lu}\p{N}"\u201C\u2018'(\u00AB\[*_#>-]/u;

/**
 * The sentences of text[from, to), with `quotes` (sorted [open, close) pairs) treated as single words; a
 * quotation that ends a sentence (`… win.” Then`) ends it after its closing mark.
 */
export function splitSentences(text: string, from: number, to: number, quotes: ReadonlyArray<Span>): Span[] {
  const sentences: Span[] = [];
  let start = skipSpace(text, from, to);
  let q = 0;
  for (let i = start; i < to; i++) {
    while (q < quotes.length && quotes[q]!.end <= i) q++;
    const quote = quotes[q];
    if (quote && quote.start <= i && i < quote.end) {
      // inside a quotation: only its end may close the sentence, when its text ends with a stop
      const last = quote.end;
      if (last >= to) break;
      const inner = text.slice(quote.start, last).replace(/[\s"\u201D\u2019'\u00BB]+$/, '');
      if (/[.!?]$/.test(inner) && startsNewSentence(text, last, to) && !/[,;:]\s*$/.test(inner) && !(/[!?]$/.test(inner) && attributionFollows(text, last, to))) {
        sentences.push({ start, end: last });
        start = skipSpace(text, last, to);
      }
      i = last - 1;
      continue;
    }
    const c = text[i]!;
    if (c === '\n' && /^\n[ \t]*\n/.test(text.slice(i, i + 4)) || (c === '\n' && /^\n[ \t]*(?:[-*+#>]|\d+[.)])\s/.test(text.slice(i, i + 6)))) {
      if (i > start) sentences.push({ start, end: trimEnd(text, start, i) });
      start = skipSpace(text, i, to);
      i = start - 1;
      continue;
    }
    if (c === '\n' && isTitleLine(text, start, i) && startsNewSentence(text, i, to)) {
      sentences.push({ start, end: trimEnd(text, start, i) });
      start = skipSpace(text, i, to);
      i = start - 1;
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?') continue;
    let end = i + 1;
    while (end < to && CLOSERS.has(text[end]!) && !(quote && end === quote.start)) end++;
    if (c === '.' && endsWithAbbreviation(text, start, i)) continue;
    if (end < to && !startsNewSentence(text, end, to)) continue;
    sentences.push({ start, end });
    start = skipSpace(text, end, to);
    i = start - 1;
  }
  if (start < to) {
    const end = trimEnd(text, start, to);
    if (end > start) sentences.push({ start, end });
  }
  return sentences;
}

/**
 * `“Why?” Ruiz asked.`, `“Never!” shouted the mayor`: a question or exclamation in quotation marks stands where
 * a comma would, and the attribution after it is the same sentence.
 */
function attributionFollows(text: string, at: number, to: number): boolean {
  const rest = text.slice(at, Math.min(to, at + 80));
  if (/^[ \t]+(?:[\p{Lu}][\p{L}.'\u2019-]*[ \t]+){0,3}[\p{Lu}][\p{L}'\u2019-]*,[ \t]/u.test(rest)) return true; // `Ruiz, the mayor, asked`
  const after = /^[ \t]+((?:[\p{Lu}][\p{L}.'\u2019-]*[ \t]+){0,4})([\p{Ll}]+)\b/u.exec(rest);
  if (!after) return false;
  const verb = after[2]!;
  return isCueWord(verb) || (after[1] !== '' && /^[\p{Ll}]+ed$/u.test(verb));
}

/** A line of a few words without a final stop (a headline or a dateline) ends where it ends. */
function isTitleLine(text: string, start: number, at: number): boolean {
  const lineStart = Math.max(start, text.lastIndexOf('\n', at - 1) + 1);
  const line = text.slice(lineStart, at).trim();
  return line.length > 0 && line.length <= 120 && !/[.,;:!?"\u201D\u2019)\]\p{Ll}-]$/u.test(line) && lineStart === start;
}

/** Space, then a capital, a digit or an opening mark: a new sentence may start. */
function startsNewSentence(text: string, at: number, to: number): boolean {
  if (at >= to) return true;
  if (!/\s/.test(text[at]!)) return false;
  const next = skipSpace(text, at, to);
  return next >= to || OPENERS.test(text[next]!);
}

function endsWithAbbreviation(text: string, from: number, pointAt: number): boolean {
  let k = pointAt;
  while (k > from && !/\s/.test(text[k - 1]!)) k--;
  const word = text.slice(k, pointAt + 1).replace(/^[^\p{L}]+/u, '');
  return word.length > 1 && isAbbreviation(word);
}

function skipSpace(text: string, at: number, to: number): number {
  while (at < to && /\s/.test(text[at]!)) at++;
  return at;
}

function trimEnd(text: string, from: number, to: number): number {
  while (to > from && /\s/.test(text[to - 1]!)) to--;
  return to;
}

/** The index of the sentence that contains `at` (or the last one starting before it), by binary search. */
export function sentenceIndexAt(sentences: ReadonlyArray<Span>, at: number): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (sentences[middle]!.start <= at) low = middle;
    else high = middle - 1;
  }
  return low;
}

const ABBREVIATION = /^(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Maj|Adm|Cmdr|St|Jr|Sr|Rev|Hon|Pres|Sec|Amb|Supt|Insp|Det|Cpl|Pvt|Atty|Mt|Ft|Messrs|Mme|Mlle|No|Vol)\.$|^(?:\p{Lu}\.)+$/u;

/** `Dr.`, `Sgt.`, `U.S.`: a word whose full stop abbreviates, not one that ends a sentence. */
function isAbbreviation(word: string): boolean {
  return ABBREVIATION.test(word);
}
