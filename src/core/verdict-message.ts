/**
 * The one-line explanation of a finding, as the writer reads it in the Problems panel or a terminal: the quoted
 * words first (around the difference when there is one), then what is wrong, then the outlet and date of the
 * source (never its headline, which would push the difference out of sight). The CLI and the editor print the
 * same text.
 */
import type { QuoteFinding } from './findings';
import { parseDate } from './citations/format';
import { isError, type Edit } from './match/edits';
import { neighbours, quotationWords, type Span } from './report/finding-focus';
import type { SourceMeta } from './sources/article';

/** The quoted words (`“…had been…”`) and what is said about them, which a host may lay out apart. */
export interface MessageParts {
  readonly quoted: string;
  readonly detail: string;
}

export function describeFinding(finding: Omit<QuoteFinding, 'message'>): string {
  const { quoted, detail } = messageParts(finding);
  return `${quoted}: ${detail}`;
}

export function messageParts(finding: Omit<QuoteFinding, 'message'>): MessageParts {
  const source = finding.source;
  const label = source ? sourceLabel(source.article.meta) : '';
  switch (finding.verdict) {
    case 'exact':
      return { quoted: quotedWords(finding), detail: `as in ${label}` };
    case 'edited':
      return { quoted: quotedWords(finding), detail: `${listed(finding.edits.map(describeEdit))}, accepted (${label})` };
    case 'misquoted': {
      const errors = finding.edits.filter(isError);
      const first = errors[0]!;
      const focus = first.draftEnd > first.draftStart ? { start: first.draftStart, end: first.draftEnd } : neighbours(quotationWords(finding), first.draftStart);
      return { quoted: quotedWords(finding, focus), detail: `${listed(errors.map(describeEdit))} (${label})` };
    }
    case 'misattributed':
      return {
        quoted: quotedWords(finding),
        detail: `${source?.article.meta.outlet ?? 'the source'} attributes this to ${source?.speaker ?? 'someone else'}, not ${finding.speaker?.name ?? 'the speaker named here'}`,
      };
    case 'unsourced':
      return { quoted: quotedWords(finding), detail: 'not in any indexed source' };
    case 'unchecked':
      return {
        quoted: quotedWords(finding),
        detail: finding.uncheckedBecause === 'ignored' ? 'ignored (sourcecheck-ignore)'
          : finding.uncheckedBecause === 'long' ? 'too long to be one quotation (a stray quotation mark?); not checked'
          : finding.uncheckedBecause === 'title' ? 'looks like a title; not checked'
          : 'too short to check',
      };
  }
}

/** Two differences in full; beyond that, the first two and a count, so the line stays short. */
function listed(items: readonly string[]): string {
  if (items.length <= 2) return items.join('; ');
  return `${items.slice(0, 2).join('; ')}; and ${items.length - 2} more`;
}

/** `Reuters, 3 Mar 2021`: who published the source and when (its title only when the outlet is unknown). */
export function sourceLabel(meta: SourceMeta): string {
  return [meta.outlet ?? clip(meta.title, 32), shortDate(meta.date)].filter(Boolean).join(', ');
}

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `3 Mar 2021` (unambiguous in every locale, and short). */
export function shortDate(date: string | undefined): string | undefined {
  const d = parseDate(date);
  if (!d) return date?.trim() || undefined;
  const month = d.month ? SHORT_MONTHS[Number(/^\d{4}-(\d{1,2})/.exec(date!.trim())![1]) - 1] : undefined;
  return [d.day, month, d.year].filter(Boolean).join(' ');
}

/** Longest quoted-words excerpt, in characters, before it is cut with an ellipsis. */
const MAX_QUOTED = 44;

/**
 * The quotation's words around `focus` (the whole focus, then a word of context on each side while it fits),
 * or its opening words; `…` marks each cut.
 */
export function quotedWords(finding: Pick<QuoteFinding, 'start' | 'text'>, focus?: Span): string {
  const words = quotationWords(finding);
  if (words.length === 0) return `“${clip(finding.text.replace(/\s+/g, ' ').trim(), MAX_QUOTED)}”`;
  let first = 0;
  let last = 0;
  if (focus) {
    first = Math.max(0, words.findIndex((w) => w.end > focus.start));
    last = first;
    while (last + 1 < words.length && words[last + 1]!.start < focus.end) last++;
  }
  const length = (): number => words[last]!.end - words[first]!.start;
  if (length() > MAX_QUOTED) return `${first > 0 ? '…' : ''}“${clip(textOf(finding, words, first, last), MAX_QUOTED)}”`;
  for (let grew = true; grew;) {
    grew = false;
    if (focus && first > 0 && words[last]!.end - words[first - 1]!.start <= MAX_QUOTED) { first--; grew = true; }
    if (last < words.length - 1 && words[last + 1]!.end - words[first]!.start <= MAX_QUOTED) { last++; grew = true; }
  }
  return `“${first > 0 ? '…' : ''}${textOf(finding, words, first, last)}${last < words.length - 1 ? '…' : ''}”`;
}

/** The words `first`..`last`, from the quotation's very start or to its very end when they reach it (`[t]he`). */
function textOf(finding: Pick<QuoteFinding, 'start' | 'text'>, words: readonly Span[], first: number, last: number): string {
  const from = first === 0 ? 0 : words[first]!.start - finding.start;
  const to = last === words.length - 1 ? finding.text.length : words[last]!.end - finding.start;
  return finding.text.slice(from, to).replace(/\s+/g, ' ').trim();
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…` : text;
}

function words(text: string): string {
  return `“${clip(text.replace(/\s+/g, ' ').trim(), 40)}”`;
}

/** One difference or accepted change, in the writer's terms. */
export function describeEdit(edit: Edit): string {
  const d = words(edit.draft);
  const s = words(edit.source);
  switch (edit.kind) {
    case 'substitution':
    case 'number':
    case 'transposition':
      return `source has ${s}, not ${d}`;
    case 'insertion':
      return `${d} is not in the source`;
    case 'deletion':
      return `${s} left out`;
    case 'ellipsis':
      return edit.changesMeaning ? `the ellipsis leaves out ${s}, which changes the meaning` : `ellipsis for ${s}`;
    case 'bracket':
      return edit.source ? `${d} for ${s}` : `${d} added`;
    case 'sic':
      return '[sic]';
    case 'case':
      return `${d} for ${s}`;
    case 'quote-marks':
      return 'inner quotation marks made single';
    case 'punctuation':
      return `punctuation ${words(edit.draft.trim())} for ${words(edit.source.trim())}`;
  }
}
