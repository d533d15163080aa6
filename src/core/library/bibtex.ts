/**
 * BibTeX and BibLaTeX libraries (`.bib`, as Zotero with Better BibTeX keeps exporting them). A forgiving reader:
 * `@string` macros, `#` concatenation, braced or quoted values; an entry whose braces do not balance is left
 * out with a reason, and the entries after it are still read.
 */
import type { Library, LibraryEntry, PersonName } from './entry';
import { latexToText } from './latex';

const MONTHS: Record<string, string> = {
  jan: '01', feb: '02', mar: '03', apr: '04', may: '05', jun: '06', jul: '07', aug: '08', sep: '09', oct: '10', nov: '11', dec: '12',
};
const CONTAINER_FIELDS = ['journaltitle', 'journal', 'booktitle', 'maintitle', 'publisher', 'institution', 'organization', 'howpublished'];
/** A new entry at the start of a line: where reading resumes after an entry that never closed. */
const NEXT_ENTRY = /\n[ \t]*@[A-Za-z]+[ \t]*[{(]/g;

export function parseBibtex(file: string, text: string): Library {
  const entries: LibraryEntry[] = [];
  const problems: string[] = [];
  const macros = new Map(Object.entries(MONTHS));
  let i = 0;
  for (;;) {
    const at = text.indexOf('@', i);
    if (at < 0) break;
    const head = /^@([A-Za-z]+)[ \t\r\n]*([{(])/.exec(text.slice(at, at + 64));
    if (!head) {
      i = at + 1;
      continue;
    }
    const type = head[1]!.toLowerCase();
    const open = at + head[0].length - 1;
    const close = closingOf(text, open);
    const line = lineOf(text, at);
    if (close.kind === 'unbalanced') {
      problems.push(`line ${line}: ${describe(text, open)} skipped: unbalanced braces`);
      i = close.resume;
      continue;
    }
    i = close.end + 1;
    if (type === 'comment' || type === 'preamble') continue;
    const body = text.slice(open + 1, close.end);
    if (type === 'string') {
      readFields(body, macros, (name, value) => macros.set(name, value));
      continue;
    }
    const comma = body.indexOf(',');
    const key = (comma < 0 ? body : body.slice(0, comma)).trim();
    if (!key || /[\s{}"]/.test(key)) {
      problems.push(`line ${line}: @${type} without a citation key skipped`);
      continue;
    }
    const fields = new Map<string, string>();
    const error = readFields(comma < 0 ? '' : body.slice(comma + 1), macros, (name, value) => fields.set(name, value));
    if (error) {
      problems.push(`line ${line}: @${type}{${key}} skipped: ${error}`);
      continue;
    }
    entries.push(entryOf(key, type, fields));
  }
  return { file, entries, problems };
}

type Closing = { kind: 'closed'; end: number } | { kind: 'unbalanced'; resume: number };

/** The delimiter closing the entry opened at `open`; unbalanced when another entry (or the end) comes first. */
function closingOf(text: string, open: number): Closing {
  const closer = text[open] === '(' ? ')' : '}';
  NEXT_ENTRY.lastIndex = open;
  const next = NEXT_ENTRY.exec(text);
  const limit = next ? next.index : text.length;
  let depth = 0;
  for (let k = open + 1; k < limit; k++) {
    const c = text[k];
    if (c === '\\') {
      k++;
    } else if (c === '{') {
      depth++;
    } else if (c === '}') {
      if (depth === 0 && closer === '}') return { kind: 'closed', end: k };
      depth--;
      if (depth < 0) return { kind: 'unbalanced', resume: limit };
    } else if (c === closer && depth === 0) {
      return { kind: 'closed', end: k };
    }
  }
  return { kind: 'unbalanced', resume: limit };
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let k = text.indexOf('\n'); k >= 0 && k < offset; k = text.indexOf('\n', k + 1)) line++;
  return line;
}

function describe(text: string, open: number): string {
  const key = /^[^,\s{}]+/.exec(text.slice(open + 1, open + 200).trimStart())?.[0];
  return key ? `entry ${key}` : 'an entry';
}

/** Reads `name = value # value, ...`; returns an error message when a value cannot be read. */
function readFields(body: string, macros: ReadonlyMap<string, string>, set: (name: string, value: string) => void): string | undefined {
  let k = 0;
  const skipSpace = (): void => {
    while (k < body.length && /\s/.test(body[k]!)) k++;
  };
  for (;;) {
    skipSpace();
    while (body[k] === ',') {
      k++;
      skipSpace();
    }
    if (k >= body.length) return undefined;
    const name = /^[A-Za-z][\w:.+-]*/.exec(body.slice(k));
    if (!name) return `cannot read a field near "${body.slice(k, k + 20).trim()}"`;
    k += name[0].length;
    skipSpace();
    if (body[k] !== '=') return `field ${name[0]} has no value`;
    k++;
    const parts: string[] = [];
    for (;;) {
      skipSpace();
      const c = body[k];
      if (c === '{' || c === '"') {
        const end = valueEnd(body, k);
        if (end < 0) return `the value of ${name[0]} does not end`;
        parts.push(body.slice(k + 1, end));
        k = end + 1;
      } else {
        const word = /^[\w:.+-]+/.exec(body.slice(k));
        if (!word) return `field ${name[0]} has no value`;
        parts.push(/^\d+$/.test(word[0]) ? word[0] : macros.get(word[0].toLowerCase()) ?? word[0]);
        k += word[0].length;
      }
      skipSpace();
      if (body[k] !== '#') break;
      k++;
    }
    set(name[0].toLowerCase(), parts.join(''));
  }
}

/** The index of the `}` or `"` ending the value that starts at `start`, or -1. */
function valueEnd(body: string, start: number): number {
  let depth = 0;
  for (let k = start + 1; k < body.length; k++) {
    const c = body[k];
    if (c === '\\') k++;
    else if (c === '{') depth++;
    else if (c === '}') {
      if (depth === 0) return body[start] === '{' ? k : -1;
      depth--;
    } else if (c === '"' && depth === 0 && body[start] === '"') return k;
  }
  return -1;
}

function entryOf(key: string, type: string, fields: ReadonlyMap<string, string>): LibraryEntry {
  const text = (name: string): string | undefined => {
    const value = fields.get(name);
    return value === undefined ? undefined : latexToText(value) || undefined;
  };
  const container = CONTAINER_FIELDS.map(text).find(Boolean);
  const date = dateOf(fields);
  const doi = text('doi')?.replace(/^https?:\/\/(?:dx\.)?doi\.org\//i, '');
  const url = fields.get('url')?.trim();
  const entry: LibraryEntry = {
    key, type, authors: names(fields.get('author') ?? fields.get('editor') ?? ''), files: filesOf(fields.get('file') ?? ''),
    ...(text('title') ? { title: text('title')! } : {}),
    ...(date ? { date } : {}),
    ...(container ? { container } : {}),
    ...(doi ? { doi } : {}),
    ...(url ? { url } : {}),
  };
  return entry;
}

function dateOf(fields: ReadonlyMap<string, string>): string | undefined {
  const iso = /^\d{4}(?:-\d{2}(?:-\d{2})?)?/.exec(fields.get('date')?.trim() ?? '');
  if (iso) return iso[0];
  const year = /\d{4}/.exec(fields.get('year') ?? '')?.[0];
  if (!year) return undefined;
  const monthField = (fields.get('month') ?? '').trim().toLowerCase();
  const month = MONTHS[monthField.slice(0, 3)] ?? (/^\d{1,2}$/.test(monthField) ? monthField.padStart(2, '0') : undefined);
  const day = /^\d{1,2}$/.test(fields.get('day')?.trim() ?? '') ? fields.get('day')!.trim().padStart(2, '0') : undefined;
  return [year, month, month && day].filter(Boolean).join('-');
}

/** `Roe, Jane and Smith, John`, `Jane Roe and John Smith`, `{World Health Organization}`. */
export function names(value: string): PersonName[] {
  return splitTopLevel(value, /\s+and\s+/i).map(nameOf).filter((n) => n.literal || n.family);
}

function nameOf(raw: string): PersonName {
  const trimmed = raw.trim();
  if (/^\{[^{}]*\}$/.test(trimmed) || /^\{.*\}$/.test(trimmed) && depthZeroOnlyAtEnds(trimmed)) return { literal: latexToText(trimmed) };
  const parts = splitTopLevel(trimmed, /\s*,\s*/);
  if (parts.length >= 2) {
    const given = latexToText(parts[parts.length - 1]!);
    return { family: latexToText(parts[0]!), ...(given ? { given } : {}) };
  }
  const words = splitTopLevel(trimmed, /\s+/);
  if (words.length === 1) return { family: latexToText(words[0]!) };
  let split = words.length - 1;
  while (split > 1 && /^[a-z]/.test(words[split - 1]!)) split--; // `Ludwig van Beethoven`: `van Beethoven`
  return { given: latexToText(words.slice(0, split).join(' ')), family: latexToText(words.slice(split).join(' ')) };
}

function depthZeroOnlyAtEnds(text: string): boolean {
  let depth = 0;
  for (let k = 0; k < text.length; k++) {
    if (text[k] === '{') depth++;
    else if (text[k] === '}') depth--;
    if (depth === 0 && k < text.length - 1) return false;
  }
  return true;
}

/** Splits at `separator` outside braces. */
function splitTopLevel(value: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  const global = new RegExp(separator.source, `${separator.flags.replace('g', '')}g`);
  for (let k = 0; k < value.length; k++) {
    const c = value[k];
    if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (depth === 0) {
      global.lastIndex = k;
      const m = global.exec(value);
      if (m && m.index === k && m[0].length > 0) {
        parts.push(value.slice(start, k));
        start = k + m[0].length;
        k = start - 1;
      }
    }
  }
  parts.push(value.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** Zotero's `Title:path/file.pdf:application/pdf;...`, Mendeley's `:path:pdf`, or a plain path. */
function filesOf(value: string): string[] {
  return value.split(/(?<!\\);/).map((part) => {
    const pieces = part.split(/(?<!\\):/);
    const path = pieces.length >= 3 ? pieces.slice(1, -1).join(':') : part;
    return path.replace(/\\([:;\\])/g, '$1').trim();
  }).filter(Boolean);
}
