/**
 * Article text and metadata from a saved HTML page.
 *
 * A forgiving one-pass scanner, not a DOM: broken markup (unclosed tags, stray `<`) degrades to text instead of
 * failing. Scripts, styles and page chrome (navigation, header, footer, asides, forms) are skipped; when the
 * page has an `<article>` (else a `<main>`), only its text is kept. Block elements become paragraph breaks.
 */
import { OffsetMap } from '../text/offset-map';
import { decodeEntity } from './html-entities';

export interface HtmlArticle {
  readonly body: string;
  readonly bodyToFile: OffsetMap;
  readonly meta: {
    readonly title?: string;
    readonly outlet?: string;
    readonly author?: string;
    readonly date?: string;
    readonly url?: string;
  };
}

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'noscript', 'template', 'xmp']);
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'nav', 'header', 'footer', 'aside', 'form', 'button',
  'select', 'iframe', 'head', 'figure', 'menu', 'dialog',
]);
const BLOCK = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'article', 'section', 'blockquote',
  'tr', 'table', 'pre', 'figcaption', 'dd', 'dt', 'dl', 'hr', 'main', 'body', 'td', 'th',
]);
const META_KEYS: Record<string, keyof HtmlArticle['meta']> = {
  'og:title': 'title', 'twitter:title': 'title', 'title': 'title', 'dc.title': 'title',
  'og:site_name': 'outlet', 'application-name': 'outlet', 'publisher': 'outlet',
  'author': 'author', 'article:author': 'author', 'dc.creator': 'author', 'byl': 'author',
  'article:published_time': 'date', 'date': 'date', 'pubdate': 'date', 'publish-date': 'date',
  'dc.date': 'date', 'datepublished': 'date', 'og:url': 'url',
};
const TAG = /^<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/;
const ATTRIBUTE = /([^\s=/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

export function readHtml(html: string): HtmlArticle {
  const scope = /<article[\s>]/i.test(html) ? 'article' : /<main[\s>]/i.test(html) ? 'main' : undefined;
  const text = new TextBuilder();
  const meta: Record<string, string> = {};
  const open = new Map<string, number>(); // depth of skipped and scoping elements
  let h1: string | undefined;
  let titleText: string | undefined;
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const textEnd = lt < 0 ? html.length : lt;
    if (textEnd > i && isKept(open, scope)) text.addText(html, i, textEnd);
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close < 0 ? html.length : close + 3;
      continue;
    }
    const tag = TAG.exec(html.slice(lt, lt + 4096));
    if (!tag) {
      if (html[lt + 1] === '!' || html[lt + 1] === '?') {
        const close = html.indexOf('>', lt);
        i = close < 0 ? html.length : close + 1;
      } else {
        if (isKept(open, scope)) text.addText(html, lt, lt + 1); // a stray '<' is text
        i = lt + 1;
      }
      continue;
    }
    const closing = tag[1] === '/';
    const name = tag[2]!.toLowerCase();
    i = lt + tag[0].length;
    if (closing) {
      if (open.get(name)) open.set(name, open.get(name)! - 1);
      if (BLOCK.has(name)) text.addBreak(lt);
      continue;
    }
    const attributes = parseAttributes(tag[3]!);
    if (name === 'meta') readMeta(attributes, meta);
    if (name === 'link' && /\bcanonical\b/i.test(attributes.get('rel') ?? '')) meta['canonical'] ??= attributes.get('href') ?? '';
    if (name === 'time' && attributes.has('datetime')) meta['time'] ??= attributes.get('datetime')!;
    if (RAW_TEXT.has(name)) {
      const end = findClosing(html, name, i);
      if (name === 'title') titleText ??= decodeText(html.slice(i, end.contentEnd)).trim();
      i = end.after;
      continue;
    }
    if (name === 'h1' && h1 === undefined) h1 = decodeText(textUntil(html, i, 'h1')).trim();
    if (SKIPPED.has(name) || name === scope) {
      if (!tag[3]!.trimEnd().endsWith('/')) open.set(name, (open.get(name) ?? 0) + 1);
    }
    if (BLOCK.has(name)) text.addBreak(lt);
  }
  const title = meta['title'] || titleText || h1;
  const url = meta['canonical'] || meta['url'];
  const date = meta['date'] || meta['time'];
  return {
    ...text.finish(),
    meta: {
      ...(title ? { title } : {}),
      ...(meta['outlet'] ? { outlet: meta['outlet'] } : {}),
      ...(meta['author'] ? { author: meta['author'] } : {}),
      ...(date ? { date: date.slice(0, 10) } : {}),
      ...(url ? { url } : {}),
    },
  };
}

function isKept(open: Map<string, number>, scope: string | undefined): boolean {
  for (const name of SKIPPED) if (open.get(name)) return false;
  return scope === undefined || (open.get(scope) ?? 0) > 0;
}

function parseAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) {
    attributes.set(match[1]!.toLowerCase(), decodeText(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return attributes;
}

function readMeta(attributes: Map<string, string>, meta: Record<string, string>): void {
  const key = (attributes.get('property') ?? attributes.get('name') ?? attributes.get('itemprop') ?? '').toLowerCase();
  const field = META_KEYS[key];
  const content = attributes.get('content')?.trim();
  if (field && content && !meta[field]) meta[field] = content;
}

function findClosing(html: string, name: string, from: number): { contentEnd: number; after: number } {
  const match = new RegExp(`</${name}\\s*>`, 'i').exec(html.slice(from));
  return match ? { contentEnd: from + match.index, after: from + match.index + match[0].length }
    : { contentEnd: html.length, after: html.length };
}

function textUntil(html: string, from: number, name: string): string {
  return html.slice(from, findClosing(html, name, from).contentEnd).replace(/<[^>]*>/g, '');
}

function decodeText(raw: string): string {
  return raw.replace(/&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);?/g, (entity) => decodeEntity(entity) ?? entity);
}

/** Accumulates extracted text, collapsing white space, with the map back to the HTML file. */
class TextBuilder {
  private readonly parts: string[] = [];
  private readonly map = new OffsetMap();
  private length = 0;
  private pendingBreak = false;
  private pendingSpace = false;
  /** Where in the file the pending white space or tag began: the separator maps there. */
  private pendingAt = 0;

  addText(html: string, from: number, to: number): void {
    const entity = /&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);?|\s+/g;
    entity.lastIndex = from;
    let i = from;
    for (let m = entity.exec(html); m && m.index < to; m = entity.exec(html)) {
      this.addRaw(html.slice(i, m.index), i);
      if (m[0].charCodeAt(0) !== 38) {
        this.addSpace(m.index); // white space run
      } else {
        const decoded = decodeEntity(m[0].slice(0, Math.min(m[0].length, to - m.index)));
        if (decoded === undefined) this.addRaw(m[0], m.index);
        else if (decoded.trim() === '') this.addSpace(m.index);
        else this.addRaw(decoded, m.index, m[0].length);
      }
      i = Math.min(m.index + m[0].length, to);
    }
    this.addRaw(html.slice(i, to), i);
  }

  /** A block boundary (a tag at `at`): a paragraph break before the next text. */
  addBreak(at: number): void {
    if (this.length === 0) return;
    if (!this.pendingBreak && !this.pendingSpace) this.pendingAt = at;
    this.pendingBreak = true;
  }

  private addSpace(at: number): void {
    if (!this.pendingBreak && !this.pendingSpace) this.pendingAt = at;
    this.pendingSpace = true;
  }

  finish(): { body: string; bodyToFile: OffsetMap } {
    return { body: this.parts.join(''), bodyToFile: this.map };
  }

  /** Appends `piece`, found at `origin` in the file; `span` is its length in the file when it was decoded. */
  private addRaw(piece: string, origin: number, span?: number): void {
    if (piece.length === 0) return;
    if (this.length > 0 && (this.pendingBreak || this.pendingSpace)) {
      const separator = this.pendingBreak ? '\n\n' : ' ';
      this.map.add(this.length, this.pendingAt);
      this.parts.push(separator);
      this.length += separator.length;
    }
    this.pendingBreak = false;
    this.pendingSpace = false;
    this.map.add(this.length, origin);
    this.parts.push(piece);
    this.length += piece.length;
    if (span !== undefined) this.map.add(this.length, origin + span);
  }
}
