/**
 * Turns an alignment into the differences a writer is shown, each with the draft's and the source's wording.
 *
 * Accepted editorial conventions (AP / Chicago): a changed first letter, punctuation, quotation marks turned
 * single inside a quotation, bracketed clarifications, `[sic]`, and omissions marked by an ellipsis (flagged
 * when the omitted words carry a negation or a number). Everything else is an error: substituted, inserted,
 * deleted or transposed words, and changed numbers.
 */
import { normalize } from '../text/normalize';
import type { WordSpans } from '../text/words';
import type { Article } from '../sources/article';
import type { Alignment, Op } from './align';
import type { Unit } from './quote-units';

export type AcceptedKind = 'case' | 'punctuation' | 'quote-marks' | 'bracket' | 'sic' | 'ellipsis';
export type ErrorKind = 'substitution' | 'insertion' | 'deletion' | 'transposition' | 'number';
export type EditKind = AcceptedKind | ErrorKind;

export interface Edit {
  readonly kind: EditKind;
  /** The draft's wording and its offsets in the draft (empty at the place of a deletion). */
  readonly draft: string;
  readonly draftStart: number;
  readonly draftEnd: number;
  /** The source's wording and its offsets in the article body (empty for an insertion). */
  readonly source: string;
  readonly sourceStart: number;
  readonly sourceEnd: number;
  /** An omission that drops a negation or a number, which can reverse what was said. */
  readonly changesMeaning?: boolean;
}

const ERROR_KINDS: ReadonlySet<EditKind> = new Set(['substitution', 'insertion', 'deletion', 'transposition', 'number']);
export const isError = (edit: Edit): boolean => ERROR_KINDS.has(edit.kind);

const NUMBER_WORDS = new Set([
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty',
  'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'thousand', 'million', 'billion',
  'trillion', 'half', 'dozen', 'first', 'second', 'third', 'once', 'twice',
]);
const NEGATIONS = new Set(['not', 'no', 'never', 'none', 'nothing', 'nobody', 'neither', 'nor', 'without', 'cannot']);

export function isNumberWord(word: string): boolean {
  return /\d/.test(word) || NUMBER_WORDS.has(word.toLowerCase());
}

function isNegation(word: string): boolean {
  const w = word.toLowerCase().replace(/\u2019/g, "'");
  return NEGATIONS.has(w) || w.endsWith("n't");
}

/** The edits between the draft's quotation (`units`) and the article's words at `positions`, per `alignment`. */
export function describeEdits(draft: string, units: readonly Unit[], article: Article, positions: WordSpans, alignment: Alignment): Edit[] {
  const body = article.body;
  const sourceWord = (k: number): { start: number; end: number } => ({ start: positions.starts[k]!, end: positions.ends[k]! });
  const edits: Edit[] = [];
  const ops = alignment.ops;
  let k = 0;
  while (k < ops.length) {
    const op = ops[k]!;
    if (op.op === 'match') {
      const unit = units[op.unit]!;
      const s = sourceWord(op.source);
      const draftWord = draft.slice(unit.start, unit.end);
      const sourceText = body.slice(s.start, s.end);
      if (draftWord !== sourceText && normalize(draftWord).text !== normalize(sourceText).text) {
        edits.push({ kind: 'case', draft: draftWord, draftStart: unit.start, draftEnd: unit.end, source: sourceText, sourceStart: s.start, sourceEnd: s.end });
      }
      const next = ops[k + 1];
      if (next?.op === 'match' && next.source === op.source + 1) {
        const nextUnit = units[next.unit]!;
        const nextWord = sourceWord(next.source);
        const punctuation = separatorEdit(draft, unit.end, nextUnit.start, body, s.end, nextWord.start);
        if (punctuation) edits.push(punctuation);
      }
      k++;
    } else if (op.op === 'bracket' || op.op === 'ellipsis') {
      const edit = spanEdit(draft, units[op.unit]!, body, op, sourceWord);
      if (!isInSource(edit, body, op, positions)) edits.push(edit);
      k++;
    } else if (op.op === 'transpose') {
      const first = units[op.unit]!;
      const second = units[op.unit + 1]!;
      const s = { start: sourceWord(op.source).start, end: sourceWord(op.source + 1).end };
      edits.push({
        kind: 'transposition', draft: draft.slice(first.start, second.end), draftStart: first.start, draftEnd: second.end,
        source: body.slice(s.start, s.end), sourceStart: s.start, sourceEnd: s.end,
      });
      k++;
    } else {
      let end = k;
      while (end < ops.length && isWordError(ops[end]!)) end++;
      edits.push(wordErrorEdit(draft, units, body, ops.slice(k, end), sourceWord, alignment));
      k = end;
    }
  }
  return edits;
}

function isWordError(op: Op): boolean {
  return op.op === 'substitute' || op.op === 'insert' || op.op === 'delete';
}

/** A run of substituted, inserted and deleted words, reported as one edit. */
function wordErrorEdit(
  draft: string, units: readonly Unit[], body: string, run: readonly Op[],
  sourceWord: (k: number) => { start: number; end: number }, alignment: Alignment,
): Edit {
  const draftUnits = run.flatMap((op) => ('unit' in op ? [units[op.unit]!] : []));
  const sourceIndexes = run.flatMap((op) => ('source' in op ? [op.source] : []));
  const draftStart = draftUnits[0]?.start ?? placeInDraft(run[0]!, units, alignment);
  const draftEnd = draftUnits[draftUnits.length - 1]?.end ?? draftStart;
  const sourceStart = sourceIndexes.length ? sourceWord(sourceIndexes[0]!).start : placeInSource(run, alignment, sourceWord);
  const sourceEnd = sourceIndexes.length ? sourceWord(sourceIndexes[sourceIndexes.length - 1]!).end : sourceStart;
  const draftText = draft.slice(draftStart, draftEnd);
  const sourceText = body.slice(sourceStart, sourceEnd);
  const allKinds = new Set(run.map((op) => op.op));
  const numeric = [draftText, sourceText].some((t) => t.split(/\s+/).some(isNumberWord));
  const kind: ErrorKind = numeric && allKinds.has('substitute') ? 'number'
    : allKinds.size === 1 && allKinds.has('insert') ? 'insertion'
    : allKinds.size === 1 && allKinds.has('delete') ? 'deletion'
    : numeric ? 'number' : 'substitution';
  return { kind, draft: draftText, draftStart, draftEnd, source: sourceText, sourceStart, sourceEnd };
}

/** Where in the draft a deletion happened: just before the next unit that has a place. */
function placeInDraft(op: Op, units: readonly Unit[], alignment: Alignment): number {
  const index = alignment.ops.indexOf(op);
  for (let k = index + 1; k < alignment.ops.length; k++) {
    const next = alignment.ops[k]!;
    if ('unit' in next) return units[next.unit]!.start;
  }
  return units[units.length - 1]?.end ?? 0;
}

/** Where in the source an insertion happened: just after the previous source word. */
function placeInSource(run: readonly Op[], alignment: Alignment, sourceWord: (k: number) => { start: number; end: number }): number {
  const index = alignment.ops.indexOf(run[0]!);
  for (let k = index - 1; k >= 0; k--) {
    const previous = alignment.ops[k]!;
    if ('source' in previous) return sourceWord(previous.source + (previous.op === 'transpose' ? 1 : 0)).end;
    if ('to' in previous && previous.to > previous.from) return sourceWord(previous.to - 1).end;
  }
  return sourceWord(alignment.from).start;
}

function spanEdit(
  draft: string, unit: Unit, body: string, op: Extract<Op, { from: number }>,
  sourceWord: (k: number) => { start: number; end: number },
): Edit {
  const taken = op.to > op.from;
  const sourceStart = taken ? sourceWord(op.from).start : op.from > 0 ? sourceWord(op.from - 1).end : 0;
  const sourceEnd = taken ? sourceWord(op.to - 1).end : sourceStart;
  const source = body.slice(sourceStart, sourceEnd);
  const kind: AcceptedKind = op.op === 'ellipsis' ? 'ellipsis' : unit.kind === 'bracket' && unit.sic ? 'sic' : 'bracket';
  const edit: Edit = { kind, draft: draft.slice(unit.start, unit.end), draftStart: unit.start, draftEnd: unit.end, source, sourceStart, sourceEnd };
  const words = source.split(/[^\p{L}\p{N}'\u2019]+/u).filter(Boolean);
  return kind === 'ellipsis' && words.some((w) => isNegation(w) || isNumberWord(w)) ? { ...edit, changesMeaning: true } : edit;
}

/** A bracket or ellipsis that the source itself has at that place: quoted verbatim, not an edit. */
function isInSource(edit: Edit, body: string, op: Extract<Op, { from: number }>, positions: WordSpans): boolean {
  const marks = normalize(edit.draft).text;
  if (op.to > op.from) return normalize(body.slice(edit.sourceStart - 1, edit.sourceEnd + 1)).text === marks;
  const gapStart = op.from > 0 ? positions.ends[op.from - 1]! : 0;
  const gapEnd = op.from < positions.starts.length ? positions.starts[op.from]! : body.length;
  return normalize(body.slice(gapStart, gapEnd)).text.includes(marks.replace(/^\[|\]$/g, ''));
}

/** Punctuation between two words that match: a difference is reported, but it is no misquotation. */
function separatorEdit(draft: string, draftFrom: number, draftTo: number, body: string, sourceFrom: number, sourceTo: number): Edit | undefined {
  const rawDraft = draft.slice(draftFrom, draftTo);
  const rawSource = body.slice(sourceFrom, sourceTo);
  if (rawDraft === rawSource) return undefined; // the common case: the same space between two words
  const squeeze = (s: string): string => normalize(s).text.replace(/[\s*_]+/g, '');
  const inDraft = squeeze(rawDraft);
  const inSource = squeeze(rawSource);
  if (inDraft === inSource) return undefined;
  const kind: AcceptedKind = inDraft.replace(/'/g, '"') === inSource.replace(/'/g, '"') ? 'quote-marks' : 'punctuation';
  return { kind, draft: draft.slice(draftFrom, draftTo), draftStart: draftFrom, draftEnd: draftTo, source: body.slice(sourceFrom, sourceTo), sourceStart: sourceFrom, sourceEnd: sourceTo };
}
