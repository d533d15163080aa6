/**
 * Word-level alignment of a quotation's units against a window of source words.
 *
 * Semi-global edit distance: the quotation must be used whole, the source window may be entered and left
 * anywhere. Words match, are substituted, inserted (in the draft only), deleted (in the source only) or
 * transposed with their neighbour; a bracket unit stands for up to four source words at a small cost; an
 * ellipsis stands for up to MAX_OMISSION source words at no cost. The backtrace gives one operation per
 * difference, which is what the writer is shown.
 */
import type { Unit } from './quote-units';

export const MAX_OMISSION = 80;
const MAX_BRACKETED = 4;
const WORD_COST = 4;
const BRACKET_COST = 1;

export type Op =
  | { readonly op: 'match' | 'substitute'; readonly unit: number; readonly source: number }
  | { readonly op: 'insert'; readonly unit: number }
  | { readonly op: 'delete'; readonly source: number }
  | { readonly op: 'transpose'; readonly unit: number; readonly source: number }
  | { readonly op: 'bracket' | 'ellipsis'; readonly unit: number; readonly from: number; readonly to: number };

export interface Alignment {
  /** Differences weighted: 4 per word changed, 1 per bracket. */
  readonly cost: number;
  /** Source word range [from, to) the quotation covers. */
  readonly from: number;
  readonly to: number;
  readonly ops: readonly Op[];
}

/**
 * Cell operations one alignment may cost: a row of a word costs one per source word of the window, a bracket
 * row up to MAX_BRACKETED, an ellipsis row up to MAX_OMISSION. Quotations and windows are sized to stay below
 * this (find-passage.ts, check.ts), so no quotation can take more than a few tens of milliseconds or megabytes.
 */
export const ALIGNMENT_BUDGET = 8_000_000;

/** The work of aligning `units` against a window of `sourceWords` words, in cell operations. */
export function alignmentWork(units: readonly Unit[], sourceWords: number): number {
  return rowWork(units) * (sourceWords + 1);
}

/** The work of one source column: what each unit's row costs per cell. */
export function rowWork(units: readonly Unit[]): number {
  let work = 1;
  for (const u of units) work += u.kind === 'word' ? 1 : u.kind === 'bracket' ? MAX_BRACKETED : MAX_OMISSION;
  return work;
}

const enum Step { Start, Match, Substitute, Insert, Delete, Transpose, Span }

export function align(units: readonly Unit[], source: Int32Array, windowFrom: number, windowTo: number): Alignment {
  if (alignmentWork(units, windowTo - windowFrom) > ALIGNMENT_BUDGET) throw new RangeError('alignment over its work budget');
  const rows = units.length + 1;
  const cols = windowTo - windowFrom + 1;
  const cost = new Int32Array(rows * cols);
  const step = new Uint8Array(rows * cols);
  const span = new Uint16Array(rows * cols); // source words taken by a bracket or ellipsis
  const word = (j: number): number => source[windowFrom + j - 1]!;
  for (let i = 1; i < rows; i++) {
    const unit = units[i - 1]!;
    const row = i * cols;
    const above = row - cols;
    for (let j = 0; j < cols; j++) {
      let best = cost[above + j]! + (unit.kind === 'word' ? WORD_COST : unit.kind === 'bracket' ? BRACKET_COST : 0);
      let how: Step = unit.kind === 'word' ? Step.Insert : Step.Span;
      let taken = 0;
      if (unit.kind === 'word') {
        if (j > 0) {
          const diagonal = cost[above + j - 1]! + (unit.hash === word(j) ? 0 : WORD_COST);
          if (diagonal <= best) { // on a tie a substitution beats an insertion: `20,000` for `22,000`, not a new word
            best = diagonal;
            how = unit.hash === word(j) ? Step.Match : Step.Substitute;
          }
          const gap = cost[row + j - 1]! + WORD_COST;
          if (gap < best) [best, how] = [gap, Step.Delete];
        }
        if (i > 1 && j > 1) {
          const previous = units[i - 2]!;
          if (previous.kind === 'word' && previous.hash !== unit.hash && previous.hash === word(j) && unit.hash === word(j - 1)) {
            const swapped = cost[above - cols + j - 2]! + WORD_COST;
            if (swapped < best) [best, how] = [swapped, Step.Transpose];
          }
        }
      } else {
        const limit = Math.min(j, unit.kind === 'bracket' ? MAX_BRACKETED : MAX_OMISSION);
        const spanCost = unit.kind === 'bracket' ? BRACKET_COST : 0;
        // A bracket holding the very source words it stands for (`[and]` over `and`) costs nothing: it is the
        // reading to prefer over one stretching the bracket across other words.
        const restores = unit.kind === 'bracket' && unit.hashes.length > 0 && unit.hashes.length <= limit && endsWith(source, windowFrom + j, unit.hashes);
        for (let k = 1; k <= limit; k++) {
          const c = cost[above + j - k]! + (restores && k === unit.hashes.length ? 0 : spanCost);
          if (c < best) [best, taken] = [c, k];
        }
        if (j > 0 && unit.kind === 'bracket') {
          const gap = cost[row + j - 1]! + WORD_COST;
          if (gap < best) [best, how, taken] = [gap, Step.Delete, 0];
        }
      }
      cost[row + j] = best;
      step[row + j] = how;
      span[row + j] = taken;
    }
  }
  const last = (rows - 1) * cols;
  let end = 0;
  // On a tie an end at a substitution beats one at an insertion; among substitutions the first, so that a
  // bracket is not stretched over source words only to move the substitution further on.
  const substitutes = (j: number): boolean => step[last + j] === Step.Substitute;
  for (let j = 1; j < cols; j++) if (cost[last + j]! < cost[last + end]! || (cost[last + j] === cost[last + end] && substitutes(j) && !substitutes(end))) end = j;
  return backtrace(units, cost, step, span, cols, end, windowFrom);
}

function backtrace(
  units: readonly Unit[], cost: Int32Array, step: Uint8Array, span: Uint16Array, cols: number, end: number, windowFrom: number,
): Alignment {
  const ops: Op[] = [];
  let i = units.length;
  let j = end;
  while (i > 0) {
    const cell = i * cols + j;
    const src = windowFrom + j - 1;
    switch (step[cell] as Step) {
      case Step.Match:
      case Step.Substitute:
        ops.push({ op: step[cell] === Step.Match ? 'match' : 'substitute', unit: i - 1, source: src });
        i--; j--;
        break;
      case Step.Insert:
        ops.push({ op: 'insert', unit: i - 1 });
        i--;
        break;
      case Step.Delete:
        ops.push({ op: 'delete', source: src });
        j--;
        break;
      case Step.Transpose:
        ops.push({ op: 'transpose', unit: i - 2, source: src - 1 });
        i -= 2; j -= 2;
        break;
      default: {
        const taken = span[cell]!;
        ops.push({ op: units[i - 1]!.kind === 'bracket' ? 'bracket' : 'ellipsis', unit: i - 1, from: src - taken + 1, to: src + 1 });
        i--; j -= taken;
      }
    }
  }
  ops.reverse();
  return { cost: cost[units.length * cols + end]!, from: windowFrom + j, to: windowFrom + end, ops };
}

/** Whether the source words just before `end` are `words`. */
function endsWith(source: Int32Array, end: number, words: readonly number[]): boolean {
  for (let k = 0; k < words.length; k++) if (source[end - words.length + k] !== words[k]) return false;
  return true;
}
