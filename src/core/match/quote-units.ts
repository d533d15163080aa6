/**
 * A quotation as the aligner sees it: words, bracketed editorial insertions, `[sic]`, and ellipses.
 *
 * `[t]he` is one word with a changed first letter; `[on Sunday]` is a bracket unit that may stand for a few
 * source words or for none; `...`, `…`, `. . .`, `[...]` are ellipsis units that may stand for a stretch of
 * omitted source text. Offsets are in the draft.
 */
import { normalize } from '../text/normalize';
import { scanWords, wordHash } from '../text/words';

export type Unit =
  | { readonly kind: 'word'; readonly hash: number; readonly start: number; readonly end: number; readonly bracketedLetter: boolean }
  | { readonly kind: 'bracket'; readonly text: string; readonly start: number; readonly end: number; readonly sic: boolean; readonly hashes: readonly number[] }
  | { readonly kind: 'ellipsis'; readonly start: number; readonly end: number };

const SPECIAL = /\[([^\[\]]{1,80})\](?:'s\b)?|\.{3,}/g; // `[Saturday]'s` is one clarification

export function quoteUnits(draft: string, start: number, end: number): Unit[] {
  const { text, map } = normalize(draft.slice(start, end));
  const at = (i: number): number => start + map.toOriginal(i);
  const units: Unit[] = [];
  let mergeLetters: { text: string; start: number } | undefined;
  const addWords = (from: number, to: number): void => {
    const words = scanWords(text.slice(from, to));
    words.hashes.forEach((hash, k) => {
      const s = from + words.starts[k]!;
      const e = from + words.ends[k]!;
      if (mergeLetters && k === 0 && s === from) {
        const word = mergeLetters.text + text.slice(s, e);
        units.push({ kind: 'word', hash: wordHash(word), start: at(mergeLetters.start), end: at(e), bracketedLetter: true });
      } else {
        units.push({ kind: 'word', hash, start: at(s), end: at(e), bracketedLetter: false });
      }
      mergeLetters = undefined;
    });
    mergeLetters = undefined;
  };
  let last = 0;
  for (const match of text.matchAll(SPECIAL)) {
    addWords(last, match.index);
    last = match.index + match[0].length;
    const content = match[1]?.trim();
    if (content === undefined || /^\.{3,}$/.test(content)) {
      units.push({ kind: 'ellipsis', start: at(match.index), end: at(last) });
    } else if (/^[\p{L}]{1,2}$/u.test(content) && /[\p{L}]/u.test(text[last] ?? '')) {
      mergeLetters = { text: content, start: match.index };
    } else {
      units.push({ kind: 'bracket', text: content, start: at(match.index), end: at(last), sic: /^sic!?$/i.test(content), hashes: [...scanWords(content).hashes] });
    }
  }
  addWords(last, text.length);
  return units;
}

/** The draft words of the units, as runs of consecutive words for an index lookup. */
export function wordRuns(units: readonly Unit[]): Array<{ position: number; hashes: number[] }> {
  const runs: Array<{ position: number; hashes: number[] }> = [];
  let current: { position: number; hashes: number[] } | undefined;
  units.forEach((unit, position) => {
    if (unit.kind === 'word') {
      if (!current) runs.push((current = { position, hashes: [] }));
      current.hashes.push(unit.hash);
    } else {
      current = undefined;
    }
  });
  return runs;
}
