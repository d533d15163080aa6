/**
 * The source sentence(s) a passage sits in: the text before it back to the sentence's start, and after it to
 * the sentence's end, so that a writer sees the quotation as the source printed it (and who it says spoke).
 * Each side is at most `max` characters, cut at a word with `…`.
 */
import type { QuoteFinding } from '../findings';
import { passageDiff, type PassagePiece } from './passage-diff';

export interface PassageContext {
  readonly before: string;
  readonly pieces: readonly PassagePiece[];
  readonly after: string;
}

const SENTENCE_END = /[.!?]["'\u201D\u2019)\]]*(?=\s)|\n\s*\n/g;

export function passageContext(finding: QuoteFinding, max = 160): PassageContext | undefined {
  const source = finding.source;
  if (!source) return undefined;
  const body = source.article.body;
  return { before: before(body, source.start, max), pieces: passageDiff(finding), after: after(body, source.end, max) };
}

function before(body: string, at: number, max: number): string {
  const from = Math.max(0, at - max);
  const window = body.slice(from, at);
  let cut = -1;
  for (const m of window.matchAll(SENTENCE_END)) cut = m.index + m[0].length;
  if (cut >= 0) return window.slice(cut).replace(/^\s+/, '');
  if (from === 0) return window;
  const word = window.search(/\s/);
  return `…${word >= 0 ? window.slice(word) : window}`.replace(/^…\s+/, '…');
}

function after(body: string, at: number, max: number): string {
  const window = body.slice(at, at + max);
  const end = /[.!?]["'\u201D\u2019)\]]*(?=\s|$)|\n\s*\n/.exec(window);
  if (end) return window.slice(0, end.index + (end[0].startsWith('\n') ? 0 : end[0].length));
  if (at + max >= body.length) return window;
  const word = window.search(/\s\S*$/);
  return `${word > 0 ? window.slice(0, word) : window}…`;
}
