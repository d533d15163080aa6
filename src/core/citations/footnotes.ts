/**
 * Markdown footnotes (`[^1]` markers, `[^1]: text` definitions) for citations.
 *
 * Citing a source adds a marker at the cursor; a source already cited reuses its number. Numbered footnotes
 * are then renumbered in order of first appearance, and their definitions gathered, in that order, in the
 * footnotes section at the end. Named footnotes (`[^note]`) are left alone. The result is a list of edits that
 * touch only markers and definitions, so the rest of the draft stays byte for byte as it was.
 */
import type { SourceMeta } from '../sources/article';
import type { Locator } from '../sources/segments';
import type { TextEdit } from '../text/text-edit';
import { safeUrl } from '../text/draft-safe';
import { formatCitation } from './format';

export { applyEdits, type TextEdit } from '../text/text-edit';

interface Definition {
  readonly label: string;
  readonly text: string;
  /** The whole line, with its line break. */
  readonly start: number;
  readonly end: number;
}

interface Marker {
  readonly label: string;
  readonly start: number;
  readonly end: number;
}

const DEFINITION = /^\[\^([^\]\s]+)\]:[ \t]*(.*)(?:\r?\n|$)/gm;
const MARKER = /\[\^([^\]\s]+)\](?!:)/g;
const NEW = '\u0000new';

export function findDefinitions(draft: string): Definition[] {
  return [...draft.matchAll(DEFINITION)].map((m) => ({ label: m[1]!, text: m[2]!.trim(), start: m.index, end: m.index + m[0].length }));
}

export function findMarkers(draft: string): Marker[] {
  const definitions = findDefinitions(draft);
  return [...draft.matchAll(MARKER)]
    .filter((m) => !definitions.some((d) => d.start === m.index))
    .map((m) => ({ label: m[1]!, start: m.index, end: m.index + m[0].length }));
}

/** The footnote label already citing `source`, if any (same note text, or its URL). */
export function footnoteFor(draft: string, source: SourceMeta, locator?: Locator): string | undefined {
  const note = formatCitation(source, 'footnote', locator);
  const located = note !== formatCitation(source, 'footnote'); // another page or time of the same source is another note
  const url = safeUrl(source.url); // as the note wrote it
  return findDefinitions(draft).find((d) => d.text === note || (!located && url !== undefined && d.text.includes(url)))?.label;
}

/** Edits that cite `source` with a footnote marker at `offset`, renumbering as described above. */
export function citeWithFootnote(draft: string, offset: number, source: SourceMeta, locator?: Locator): TextEdit[] {
  return citeWithFootnotes(draft, [{ offset, source, ...(locator ? { locator } : {}) }]);
}

/** The same for several citations at once (one edit for the whole draft, one undo step). */
export function citeWithFootnotes(draft: string, citations: ReadonlyArray<{ offset: number; source: SourceMeta; locator?: Locator }>): TextEdit[] {
  const definitions = findDefinitions(draft);
  const markers = findMarkers(draft);
  const texts = new Map(definitions.map((d) => [d.label, d.text]));
  const added = citations.map(({ offset, source, locator }) => {
    const note = formatCitation(source, 'footnote', locator);
    const label = footnoteFor(draft, source, locator) ?? `${NEW}:${note}`;
    if (!texts.has(label)) texts.set(label, note);
    return { label, start: offset, end: offset };
  });
  const numbers = numberInOrder([...markers, ...added], texts);
  const edits: TextEdit[] = [];
  for (const marker of markers) {
    const renamed = numbers.get(marker.label);
    if (renamed !== undefined && renamed !== marker.label) edits.push({ start: marker.start, end: marker.end, text: `[^${renamed}]` });
  }
  for (const marker of added) edits.push({ start: marker.start, end: marker.end, text: `[^${numbers.get(marker.label) ?? marker.label}]` });
  edits.push(...definitionEdits(draft, definitions, numbers, texts));
  return mergeSamePlace(edits);
}

/** New numbers for the numbered labels (and the new one): 1, 2, ... by first appearance; unused ones last. */
function numberInOrder(markers: Marker[], texts: Map<string, string>): Map<string, string> {
  const numbered = (label: string): boolean => label.startsWith(NEW) || /^\d+$/.test(label);
  const order: string[] = [];
  // A new marker inserted where an old one starts comes before it in the text.
  for (const m of [...markers].sort((a, b) => a.start - b.start || (a.label.startsWith(NEW) ? -1 : 1))) {
    if (numbered(m.label) && !order.includes(m.label)) order.push(m.label);
  }
  for (const label of texts.keys()) if (numbered(label) && !order.includes(label)) order.push(label); // defined, not used
  return new Map(order.map((label, k) => [label, String(k + 1)]));
}

/** Numbered definitions are removed where they are and written, in order, at the end of the draft. */
function definitionEdits(draft: string, definitions: Definition[], numbers: Map<string, string>, texts: Map<string, string>): TextEdit[] {
  const numbered = definitions.filter((d) => numbers.has(d.label));
  const ordered = [...numbers].sort((a, b) => Number(a[1]) - Number(b[1])).map(([label, n]) => `[^${n}]: ${texts.get(label) ?? ''}`);
  const block = `${ordered.join('\n')}\n`;
  const tail = trailingDefinitions(draft, numbered);
  const edits: TextEdit[] = numbered.filter((d) => d.start < tail.start).map((d) => ({ start: d.start, end: d.end, text: '' }));
  if (tail.start < draft.length) {
    edits.push({ start: tail.start, end: draft.length, text: block });
  } else {
    const separator = draft.endsWith('\n\n') ? '' : draft.endsWith('\n') ? '\n' : '\n\n';
    edits.push({ start: draft.length, end: draft.length, text: `${separator}${block}` });
  }
  return edits;
}

/** Where the run of numbered definitions that ends the draft begins (the draft's end when there is none). */
function trailingDefinitions(draft: string, numbered: Definition[]): { start: number } {
  let start = draft.length;
  for (const d of [...numbered].sort((a, b) => b.start - a.start)) {
    if (draft.slice(d.end, start).trim() !== '') break;
    start = d.start;
  }
  return { start };
}

/** Edits starting at the same offset are joined, so applying them never depends on their order. */
function mergeSamePlace(edits: TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TextEdit[] = [];
  for (const edit of sorted) {
    const last = merged[merged.length - 1];
    if (last && last.start === edit.start && last.end === last.start) {
      merged[merged.length - 1] = { start: last.start, end: edit.end, text: last.text + edit.text }; // insert, then what follows
    } else if (last && last.end > edit.start) {
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, edit.end), text: last.text + edit.text };
    } else {
      merged.push(edit);
    }
  }
  return merged;
}
