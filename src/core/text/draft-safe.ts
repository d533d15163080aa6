/**
 * The one gate for text taken from a source into a draft (citations, bibliographies, "use the source's
 * wording", the speaker a source names). A source is text from strangers; the draft is the writer's work and
 * Sourcecheck reads directives from it (`<!-- sourcecheck-ignore-file -->`). What passes is plain text: no
 * comments, tags, links, images, emphasis or code marks, no control, bidi or invisible format characters, and
 * only http(s) URLs. Every function here is a single linear pass or a fixed number of them.
 */
import type { PersonName } from '../library/entry';
import type { SourceMeta } from '../sources/article';

/** Control characters (C0, DEL, C1) and line/paragraph separators: white space in plain text. */
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g;
/** Bidi controls (they reorder what the writer sees), zero-width and other invisible format characters. */
const FORMAT = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\uFFF9-\uFFFB]/g;
/** Markdown images and links (the text is kept), footnote references, emphasis and code marks. */
const IMAGE_OR_LINK = /!?\[([^\[\]\n]{0,500})\]\([^()\n]{0,2000}\)/g;
const FOOTNOTE_REFERENCE = /\[\^[^\[\]\s]{1,100}\]/g;
const MARKS = /[*`]/g;
/** What could still open markup once the rest is gone: `<` before a letter, `/`, `!`, `?`; `[^`; `](`. */
const MARKUP_OPENING = /<(?=[A-Za-z\/!?])|(?<=\[)\^|(?<=\])(?=\()/g;

/** `text` as plain text for a draft, on one line, at most `maxLength` characters (an ellipsis marks a cut). */
export function plainText(text: string, maxLength = Infinity): string {
  let out = text.replace(CONTROL, ' ').replace(FORMAT, '');
  out = removeComments(out);
  out = removeTags(out);
  out = out.replace(MARKS, '').replace(IMAGE_OR_LINK, '$1').replace(FOOTNOTE_REFERENCE, '');
  out = out.replace(MARKUP_OPENING, (m) => (m === '<' ? '' : m === '^' ? '' : ' '));
  out = out.replace(/\s+/g, ' ').trim();
  return out.length > maxLength ? `${out.slice(0, Math.max(0, maxLength - 1)).trimEnd()}\u2026` : out;
}

/** Drops `<!-- ... -->`; an unclosed comment drops the rest (as a Markdown renderer would hide it). */
function removeComments(text: string): string {
  const parts: string[] = [];
  let at = 0;
  for (let open = text.indexOf('<!--'); open >= 0; open = text.indexOf('<!--', at)) {
    parts.push(text.slice(at, open));
    const close = text.indexOf('-->', open + 4);
    at = close < 0 ? text.length : close + 3;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** Drops tags (`<b>`, `</p>`, `<img ...>`, `<!DOCTYPE>`, `<?xml?>`); one pass (line breaks are already spaces). */
function removeTags(text: string): string {
  const parts: string[] = [];
  let at = 0;
  let close = -1; // the next `>`, searched for again only once passed: linear overall
  for (let i = text.indexOf('<'); i >= 0 && i + 1 < text.length; i = text.indexOf('<', i + 1)) {
    if (!/[A-Za-z\/!?]/.test(text[i + 1]!)) continue;
    if (close !== Infinity && close <= i) close = found(text.indexOf('>', i + 1));
    if (close === Infinity) break; // no tag can close any more; a `<` left over is dealt with later
    parts.push(text.slice(at, i));
    at = close + 1;
    i = close;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

function found(index: number): number {
  return index < 0 ? Infinity : index;
}

/**
 * `url` if it is an http(s) URL, with the characters that could end a Markdown link or start markup
 * percent-encoded; undefined for anything else (`command:`, `javascript:`, `data:`, relative paths).
 */
export function safeUrl(url: string | undefined): string | undefined {
  const trimmed = url?.replace(FORMAT, '').trim();
  if (!trimmed || !/^https?:\/\/[^\s\/?#]/i.test(trimmed) || trimmed.length > 2000) return undefined;
  return trimmed.replace(/[\u0000-\u0020\u007F-\u009F"'<>\\^`{|}()\[\]*]/g, percentEncode);
}

function percentEncode(ch: string): string {
  const code = ch.charCodeAt(0);
  return code < 0x80 ? `%${code.toString(16).toUpperCase().padStart(2, '0')}` : encodeURIComponent(ch);
}

/** A Pandoc citation key from a source id: letters, digits and `_:.#$%&+?~/-` only. */
export function citationKey(id: string): string {
  const key = id.replace(/[^\p{L}\p{N}_:.#$%&+?~\/-]/gu, '').replace(/^[^\p{L}\p{N}_]+/u, '').slice(0, 100);
  return key || 'source';
}

/** Metadata fields are short: a 50 MB "title" is a file that did not say what its title is. */
const MAX_FIELD = 300;

/** `meta` with every field made safe for a draft (see plainText, safeUrl, citationKey). */
export function draftSafeMeta(meta: SourceMeta): SourceMeta {
  const field = (value: string | undefined): string | undefined => {
    const text = value === undefined ? undefined : plainText(value, MAX_FIELD);
    return text || undefined;
  };
  const url = safeUrl(meta.url);
  const doi = meta.doi?.replace(/[^\w.\/:;-]/g, '').slice(0, MAX_FIELD) || undefined; // cited as https://doi.org/<doi>
  const authors = meta.authors?.map((n) => {
    const name = { family: field(n.family), given: field(n.given), literal: field(n.literal) };
    return Object.fromEntries(Object.entries(name).filter(([, v]) => v !== undefined)) as PersonName;
  });
  const optional = { outlet: field(meta.outlet), author: field(meta.author), date: field(meta.date), url, doi, authors };
  const present = Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined)) as Partial<SourceMeta>;
  return { id: citationKey(meta.id), title: field(meta.title) ?? citationKey(meta.id), ...present };
}
