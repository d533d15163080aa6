/**
 * The YAML front matter that source articles and drafts start with: `key: value` lines between `---` fences.
 * Values may be bare, single- or double-quoted (JSON escapes); lists and nested maps are kept as raw text,
 * since only scalar metadata is used.
 */
export interface FrontMatter {
  readonly fields: ReadonlyMap<string, string>;
  /** Offset of the first character after the front matter (0 when there is none). */
  readonly end: number;
}

// Lines may end in LF, CRLF or a lone CR (old Mac files): all three are line breaks here.
const OPENING = /^\uFEFF?---[ \t]*(?:\r\n|\r|\n)/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*(?:\r\n|\r|\n|$)/m;
/** The key and its colon; the value is the rest of the line, trimmed without a regular expression (linear). */
const KEY = /^([A-Za-z_][\w-]*)[ \t]*:/;

export function parseFrontMatter(text: string): FrontMatter {
  const opening = OPENING.exec(text);
  if (!opening) return { fields: new Map(), end: 0 };
  const rest = text.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) return { fields: new Map(), end: 0 };
  const fields = new Map<string, string>();
  for (const line of rest.slice(0, closing.index).split(/\r\n|\r|\n/)) {
    const key = KEY.exec(line);
    if (key) fields.set(key[1]!.toLowerCase(), unquote(trimBlanks(line.slice(key[0].length))));
  }
  return { fields, end: opening[0].length + closing.index + closing[0].length };
}

/** `value` without leading and trailing spaces and tabs (a `(.*?)[ \t]*$` took 30 s on a line of 200,000 spaces). */
function trimBlanks(value: string): string {
  let from = 0;
  let to = value.length;
  while (from < to && (value.charCodeAt(from) === 32 || value.charCodeAt(from) === 9)) from++;
  while (to > from && (value.charCodeAt(to - 1) === 32 || value.charCodeAt(to - 1) === 9)) to--;
  return value.slice(from, to);
}

function unquote(value: string): string {
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
    try {
      const parsed: unknown = JSON.parse(value);
      if (typeof parsed === 'string') return parsed;
    } catch {
      // not valid JSON: fall through and strip the quotes only
    }
    return value.slice(1, -1);
  }
  if (value.length >= 2 && value.startsWith("'") && value.endsWith("'")) return value.slice(1, -1).replace(/''/g, "'");
  return value;
}
