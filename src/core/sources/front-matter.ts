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

const OPENING = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;
const FIELD = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$/;

export function parseFrontMatter(text: string): FrontMatter {
  const opening = OPENING.exec(text);
  if (!opening) return { fields: new Map(), end: 0 };
  const rest = text.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) return { fields: new Map(), end: 0 };
  const fields = new Map<string, string>();
  for (const line of rest.slice(0, closing.index).split(/\r?\n/)) {
    const field = FIELD.exec(line);
    if (field) fields.set(field[1]!.toLowerCase(), unquote(field[2]!));
  }
  return { fields, end: opening[0].length + closing.index + closing[0].length };
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
