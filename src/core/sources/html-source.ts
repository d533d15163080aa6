/**
 * Article text and metadata from a saved HTML page.
 *
 * A forgiving one-pass scanner, not a DOM: broken markup (unclosed tags, stray `<`) degrades to text instead of
 * failing. Scripts, styles and page chrome (navigation, header, footer, asides, forms) are skipped; when the
 * page has an `<article>` (else a `<main>`), only its text is kept. Block elements become paragraph breaks.
 * Metadata: the page's JSON-LD article first (json-ld.ts), then `<meta>` tags, `<link rel=canonical>`,
 * `<time datetime>`, `<title>` and the first `<h1>`.
 */
import { OffsetMap } from '../text/offset-map';
import { decodeEntity } from './html-entities';
import { readJsonLd, type JsonLdArticle } from './json-ld';

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
/** Attributes are read from these tags only, and from their first MAX_ATTRIBUTES characters. */
const WITH_ATTRIBUTES = new Set(['meta', 'link', 'time', 'script', 'div', 'section', 'ul', 'ol', 'article', 'table', 'dl', 'a', 'span', 'p', 'address']);
/**
 * Containers that may be hinted away as chrome: elements that are always closed explicitly, so the end of
 * a skipped one is found by counting (a `<p>` or `<li>` may be closed implicitly, and is never hinted).
 */
/** Tags whose attributes are read only while a byline is still looked for. */
const BYLINE_ONLY = new Set(['a', 'span', 'p', 'address']);
const CONTAINERS = new Set(['div', 'section', 'ul', 'ol', 'article', 'table', 'dl']);
/** Class and id words of page chrome (those of Readability's unlikely candidates, and the consent boxes). */
const CHROME = new RegExp(`(?:^|[\\s_-])(?:${[
  'ad', 'ads', 'advert', 'advertisement', 'promo', 'sponsor', 'sponsored', 'banner', 'cookie', 'cookies', 'consent', 'gdpr',
  'newsletter', 'subscribe', 'signup', 'share', 'sharing', 'social', 'related', 'recommended', 'more-stories',
  'comment', 'comments', 'replies', 'disqus', 'breadcrumb', 'breadcrumbs', 'menu', 'sidebar', 'popup', 'modal',
  'footer', 'header', 'masthead', 'nav', 'navbar', 'byline', 'author', 'card', 'teaser', 'top-stories', 'outbrain', 'taboola',
].join('|')})(?=$|[\\s_-])`, 'i');
/** ... unless the same names also say content (`article-header`, `main-story`), as Readability keeps them. */
const CONTENT = /(?:^|[\s_-])(?:article|body|column|content|main|story)(?=$|[\s_-])/i;
const CHROME_ROLES = new Set(['dialog', 'alertdialog', 'navigation', 'banner', 'contentinfo', 'complementary', 'search']);
const MAX_ATTRIBUTES = 4096;
/** The first heading is a title of last resort: its first few thousand characters are plenty. */
const MAX_HEADING = 4000;
/** Elements named as a byline whose text is read before giving up (an author box holds a long biography). */
const MAX_BYLINE_TRIES = 20;
const ATTRIBUTE = /([^\s=/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

export function readHtml(html: string): HtmlArticle {
  const scope = /<article[\s>]/i.test(html) ? 'article' : /<main[\s>]/i.test(html) ? 'main' : undefined;
  let scan = scanHtml(html, scope, true, undefined, true);
  // Several top-level <article>s (teaser cards around the story): the one with the most text is the article.
  const best = scan.scopes.length > 1 ? scan.scopes.reduce((a, b) => (b.chars > a.chars ? b : a)) : undefined;
  if (best) scan = { ...scanHtml(html, scope, true, best, false), meta: scan.meta };
  // Chrome hints hid everything (a page whose story sits in a `class="sidebar"` box), or a hinted element was
  // never closed (a missing `</div>` hid the rest of the page): the hints are wrong for this page; read it without.
  if (scan.text.size === 0 || scan.unclosedHint) scan = { ...scanHtml(html, scope, false, best, false), meta: scan.meta };
  return { ...scan.text.finish(), meta: scan.meta };
}

interface Scan {
  readonly text: TextBuilder;
  readonly meta: HtmlArticle['meta'];
  /** Top-level scoping elements: where each lies in the file and how much text it gave. */
  readonly scopes: ReadonlyArray<{ from: number; to: number; chars: number }>;
  /** A container skipped by its hints was still open at the end of the file. */
  readonly unclosedHint: boolean;
}

/**
 * One pass over the page. `hints`: containers whose class, id or ARIA role names page chrome (CHROME) are
 * skipped; `only`: text is kept inside this stretch of the file alone; `metadata`: read it too (the first
 * pass does; a second or third pass reads the article text alone, and no attribute it does not need).
 */
function scanHtml(html: string, scope: string | undefined, hints: boolean, only: { from: number; to: number } | undefined, metadata: boolean): Scan {
  const text = new TextBuilder();
  const meta: Record<string, string> = {};
  const open = new Map<string, number>(); // depth of skipped and scoping elements
  const depths = new Map<string, number>(); // depth of each kind of container
  const hidden: Array<{ name: string; depth: number }> = []; // containers skipped by their hints, innermost last
  const scopes: Array<{ from: number; to: number; chars: number }> = [];
  let scopeStart = { at: 0, chars: 0 };
  let h1: string | undefined;
  let titleText: string | undefined;
  let byline: string | undefined;
  let bylineTries = 0; // each try reads up to MAX_HEADING characters: a page of a million "author" boxes costs a few
  let jsonLd: JsonLdArticle | undefined;
  const tags = new TagScanner(html);
  const kept = (at: number): boolean => hidden.length === 0 && isKept(open, scope) && (!only || (at >= only.from && at < only.to));
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const textEnd = lt < 0 ? html.length : lt;
    if (textEnd > i && kept(i)) text.addText(html, i, textEnd);
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close < 0 ? html.length : close + 3;
      continue;
    }
    const tag = tags.scan(lt);
    if (!tag) {
      if (html[lt + 1] === '!' || html[lt + 1] === '?') {
        const close = html.indexOf('>', lt);
        i = close < 0 ? html.length : close + 1;
      } else {
        if (kept(lt)) text.addText(html, lt, lt + 1); // a stray '<' is text
        i = lt + 1;
      }
      continue;
    }
    const { closing, name } = tag;
    i = tag.end;
    if (closing) {
      const depth = open.get(name);
      if (depth === 1) open.delete(name);
      else if (depth) open.set(name, depth - 1);
      if (name === scope && depth === 1) scopes.push({ from: scopeStart.at, to: tag.end, chars: text.size - scopeStart.chars });
      const level = depths.get(name);
      if (level) {
        if (hidden.length && hidden[hidden.length - 1]!.name === name && hidden[hidden.length - 1]!.depth === level) hidden.pop();
        depths.set(name, level - 1);
      }
      if (BLOCK.has(name)) text.addBreak(lt);
      continue;
    }
    const selfClosing = html[tag.end - 2] === '/';
    const bylineWanted = metadata && byline === undefined && bylineTries < MAX_BYLINE_TRIES;
    const wanted = metadata ? bylineWanted || !BYLINE_ONLY.has(name) : hints && CONTAINERS.has(name);
    const attributes = WITH_ATTRIBUTES.has(name) && wanted ? parseAttributes(html.slice(tag.attributesFrom, Math.min(tag.end - 1, tag.attributesFrom + MAX_ATTRIBUTES))) : new Map<string, string>();
    if (name === 'meta') readMeta(attributes, meta);
    if (name === 'link' && /\bcanonical\b/i.test(attributes.get('rel') ?? '')) meta['canonical'] ??= attributes.get('href') ?? '';
    if (name === 'time' && attributes.has('datetime')) meta['time'] ??= attributes.get('datetime')!;
    if (RAW_TEXT.has(name)) {
      const end = findClosing(html, name, i);
      if (metadata && name === 'title') titleText ??= decodeText(html.slice(i, end.contentEnd)).trim();
      if (name === 'script' && !jsonLd && /ld\+json/i.test(attributes.get('type') ?? '')) jsonLd = readJsonLd(html.slice(i, end.contentEnd));
      i = end.after;
      continue;
    }
    if (metadata && name === 'h1' && h1 === undefined) h1 = decodeText(textUntil(html, i, 'h1')).trim();
    if (bylineWanted && isByline(attributes)) {
      bylineTries++;
      byline = bylineText(decodeText(textUntil(html, i, name)));
    }
    if (SKIPPED.has(name) || name === scope) {
      if (name === scope && !open.get(scope)) scopeStart = { at: lt, chars: text.size };
      if (!selfClosing) open.set(name, (open.get(name) ?? 0) + 1);
    }
    if (CONTAINERS.has(name) && !selfClosing) {
      const level = (depths.get(name) ?? 0) + 1;
      depths.set(name, level);
      if (hints && isChrome(attributes)) hidden.push({ name, depth: level });
    }
    if (BLOCK.has(name)) text.addBreak(lt);
  }
  const title = jsonLd?.title || meta['title'] || titleText || h1;
  const url = meta['canonical'] || jsonLd?.url || meta['url'];
  const date = jsonLd?.date || meta['date'] || meta['time'];
  const outlet = jsonLd?.outlet || meta['outlet'];
  const author = jsonLd?.author || meta['author'] || byline;
  return {
    text,
    scopes,
    unclosedHint: hidden.length > 0,
    meta: {
      ...(title ? { title } : {}),
      ...(outlet ? { outlet } : {}),
      ...(author ? { author } : {}),
      ...(date ? { date: /^\d{4}-\d\d-\d\d/.test(date) ? date.slice(0, 10) : date } : {}),
      ...(url ? { url } : {}),
    },
  };
}

/** A container named as page chrome by its class or id (as Readability's "unlikely candidates"), or by its role. */
function isChrome(attributes: Map<string, string>): boolean {
  if (CHROME_ROLES.has((attributes.get('role') ?? '').toLowerCase())) return true;
  const names = `${attributes.get('class') ?? ''} ${attributes.get('id') ?? ''}`;
  return CHROME.test(names) && !CONTENT.test(names);
}

function isByline(attributes: Map<string, string>): boolean {
  if (attributes.size === 0) return false;
  return /\bauthor\b/i.test(attributes.get('rel') ?? '') || /^author$/i.test(attributes.get('itemprop') ?? '') ||
    /(?:^|[\s_-])(?:byline|author)(?=$|[\s_-])/i.test(`${attributes.get('class') ?? ''} ${attributes.get('id') ?? ''}`);
}

/** "By Jane Roe" as "Jane Roe"; undefined when it is too long to be a byline. */
function bylineText(raw: string): string | undefined {
  const text = raw.replace(/\s+/g, ' ').trim().replace(/^by\s+/i, '');
  return text && text.length <= 120 ? text : undefined;
}

function isKept(open: Map<string, number>, scope: string | undefined): boolean {
  if (open.size === 0) return scope === undefined;
  for (const [name, depth] of open) if (depth > 0 && SKIPPED.has(name)) return false;
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

/** The text of an element from `from` to its closing tag, tags dropped; within MAX_HEADING characters. */
function textUntil(html: string, from: number, name: string): string {
  const window = html.slice(from, from + MAX_HEADING);
  return window.slice(0, findClosing(window, name, 0).contentEnd).replace(/<[^<>]*>/g, '');
}

export interface Tag {
  readonly closing: boolean;
  /** Lowercase tag name. */
  readonly name: string;
  /** Where the attributes begin (just after the name), and just after the closing `>`. */
  readonly attributesFrom: number;
  readonly end: number;
}

/**
 * Tags found in one linear pass over the file. A tag ends at the first `>` outside a quoted attribute value;
 * when a quotation mark is never closed, quotes are no longer trusted for the rest of the file (the first `>`
 * ends a tag), so that no `<` costs a scan to the end of the file more than once.
 */
class TagScanner {
  private quotesTrusted = true;
  private readonly lastClose: number;

  constructor(private readonly html: string) {
    this.lastClose = html.lastIndexOf('>');
  }

  /** The tag starting at `lt` (a `<`), or undefined when none does (a stray `<` is text). */
  scan(lt: number): Tag | undefined {
    const html = this.html;
    if (lt >= this.lastClose) return undefined;
    const closing = html.charCodeAt(lt + 1) === 47;
    const nameFrom = lt + (closing ? 2 : 1);
    if (!isAsciiLetter(html.charCodeAt(nameFrom))) return undefined;
    let nameTo = nameFrom + 1;
    while (nameTo < html.length && isNameChar(html.charCodeAt(nameTo))) nameTo++;
    const end = this.closeOf(nameTo);
    if (end < 0) return undefined;
    return { closing, name: html.slice(nameFrom, nameTo).toLowerCase(), attributesFrom: nameTo, end: end + 1 };
  }

  private closeOf(from: number): number {
    const html = this.html;
    if (this.quotesTrusted) {
      let quote = 0;
      for (let i = from; i < html.length; i++) {
        const c = html.charCodeAt(i);
        if (quote !== 0) {
          if (c === quote) quote = 0;
        } else if (c === 34 || c === 39) quote = c;
        else if (c === 62) return i;
      }
      this.quotesTrusted = false;
    }
    return html.indexOf('>', from);
  }
}

/** `[\w:-]`: letters, digits, `_`, `:` and `-`. */
function isNameChar(code: number): boolean {
  return isAsciiLetter(code) || (code >= 48 && code <= 58) || code === 95 || code === 45;
}

function isAsciiLetter(code: number): boolean {
  return (code | 32) >= 97 && (code | 32) <= 122;
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

  /** Characters of text so far. */
  get size(): number {
    return this.length;
  }

  addText(html: string, from: number, to: number): void {
    // Searched within [from, to) only: a search to the next space or `&` of the whole file made every short
    // text between tags cost the rest of the file (`<i>a</i>` x 130,000 took 42 s).
    const segment = html.slice(from, to);
    const entity = /&(#\d{1,8}|#x[0-9a-fA-F]{1,8}|[a-zA-Z][a-zA-Z0-9]{0,31});?|\s+/g;
    let i = from;
    for (let found = entity.exec(segment); found; found = entity.exec(segment)) {
      const m = { 0: found[0], index: from + found.index };
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
