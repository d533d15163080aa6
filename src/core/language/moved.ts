/**
 * The last reading moved to a text that differs from it by a letter typed or deleted inside a quotation: in the
 * blanked text (quotations turned to spaces) that is a space more or less in a run of spaces. The mentions and
 * chains are read from the blanked text alone, and every rule of this folder reads it through windows of at most
 * LONGEST_READ characters (test/unit/moved-reading.test.ts holds the rules to it) or through patterns that take
 * any number of spaces alike; so where that run is longer than any window in both texts, no window sees across
 * it, nothing read changes but the offsets after it, and the last reading's mentions moved by the difference are
 * what a fresh reading finds. A shorter quotation can be seen across (`Reyes “…” said` reads `said` after a short
 * one), so it is read afresh.
 */
import { differenceOf } from '../text/difference';
import type { Mention } from './mentions';

/** No window of the reading is this wide: the widest reads 120 characters (a name's appositive, a spelt-out acronym). */
export const LONGEST_READ = 128;

interface LastReading {
  readonly blanked: string;
  /** findMentions' mentions of `blanked`. */
  readonly found: readonly Mention[];
  /** The mentions after the passes that read the sentences (their chains are the reading's). */
  readonly mentions: readonly Mention[];
}

/** `last`'s mentions moved to `blanked`, when the two texts differ only so (see above); undefined otherwise. */
export function movedReading(last: LastReading, blanked: string): { found: Mention[]; mentions: Mention[] } | undefined {
  const before = last.blanked;
  const shift = blanked.length - before.length;
  const edit = shift === 0 ? undefined : differenceOf(before, blanked);
  if (!edit) return undefined;
  const prefix = edit.at;
  // what differs: spaces only, on both sides
  if (!spaces(before, prefix, edit.beforeEnd) || !spaces(blanked, prefix, edit.afterEnd)) return undefined;
  // the run of spaces it is in, in the shorter text (the longer one's is `|shift|` longer)
  const text = shift > 0 ? before : blanked;
  let start = prefix;
  while (start > 0 && text.charCodeAt(start - 1) === SPACE) start--;
  let end = shift > 0 ? edit.beforeEnd : edit.afterEnd;
  while (end < text.length && text.charCodeAt(end) === SPACE) end++;
  if (end - start < LONGEST_READ) return undefined;
  // the offsets from the edit on move; no mention has a space run of this length inside it, but make sure
  const move = (list: readonly Mention[]): Mention[] | undefined => {
    const out: Mention[] = [];
    for (const m of list) {
      if (m.end <= prefix) out.push(m);
      else if (m.start >= prefix) out.push({ ...m, start: m.start + shift, end: m.end + shift });
      else return undefined;
    }
    return out;
  };
  const found = move(last.found);
  const mentions = found && move(last.mentions);
  return found && mentions ? { found, mentions } : undefined;
}

const SPACE = 0x20;

function spaces(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) !== SPACE) return false;
  return true;
}
