/**
 * Turns a file's bytes into an Article, or a reason why it cannot be one. Never throws: a source folder is
 * whatever the writer saved into it.
 */
import { OffsetMap } from '../text/offset-map';
import { LineIndex } from '../text/positions';
import type { Article, SourceMeta } from './article';
import { decodeUtf8 } from './decode';
import { parseFrontMatter } from './front-matter';
import { readHtml } from './html-source';

export const DEFAULT_MAX_SOURCE_BYTES = 5 * 1024 * 1024;

export type SourceFormat = 'markdown' | 'text' | 'html';

export type ReadResult =
  | { readonly kind: 'article'; readonly article: Article; readonly warning?: string }
  | { readonly kind: 'skipped'; readonly reason: string };

const FORMATS: Record<string, SourceFormat> = {
  md: 'markdown', markdown: 'markdown', mdown: 'markdown', txt: 'text', text: 'text',
  html: 'html', htm: 'html', xhtml: 'html',
};

/** The format a source file is read as, from its extension; undefined when unsupported. */
export function sourceFormat(file: string): SourceFormat | undefined {
  const dot = file.lastIndexOf('.');
  const slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  return dot > slash ? FORMATS[file.slice(dot + 1).toLowerCase()] : undefined;
}

export function readSource(file: string, bytes: Uint8Array, maxBytes = DEFAULT_MAX_SOURCE_BYTES): ReadResult {
  const format = sourceFormat(file);
  if (!format) return { kind: 'skipped', reason: 'unsupported file type (Markdown, plain text or HTML expected)' };
  const tooLarge = sizeProblem(bytes.length, maxBytes);
  if (tooLarge) return { kind: 'skipped', reason: tooLarge };
  const decoded = decodeUtf8(bytes);
  if (decoded.kind === 'binary') return { kind: 'skipped', reason: 'binary content, not text' };
  const article = parseSource(file, decoded.text, format);
  if (article.body.trim() === '') return { kind: 'skipped', reason: 'no article text' };
  const warning = decoded.invalidSequences > 0
    ? `invalid UTF-8: ${decoded.invalidSequences} byte sequence(s) replaced with U+FFFD`
    : undefined;
  return warning ? { kind: 'article', article, warning } : { kind: 'article', article };
}

/** Why a file of `size` bytes is not read at all (hosts check this before loading a huge file). */
export function sizeProblem(size: number, maxBytes = DEFAULT_MAX_SOURCE_BYTES): string | undefined {
  if (size <= maxBytes) return undefined;
  return `larger than the ${(maxBytes / 1048576).toFixed(1)} MB limit (${(size / 1048576).toFixed(1)} MB)`;
}

export function parseSource(file: string, text: string, format: SourceFormat): Article {
  return { ...parseContent(file, text, format), fileLines: new LineIndex(text) };
}

function parseContent(file: string, text: string, format: SourceFormat): Omit<Article, 'fileLines'> {
  const fallbackId = baseName(file);
  if (format === 'html') {
    const html = readHtml(text);
    return { file, body: html.body, bodyToFile: html.bodyToFile, meta: { id: fallbackId, title: fallbackId, ...html.meta } };
  }
  if (format === 'markdown') {
    const front = parseFrontMatter(text);
    const bodyStart = skipBlankLines(text, front.end);
    const body = text.slice(bodyStart).trimEnd();
    const fields = front.fields;
    const title = fields.get('title') || firstHeading(body) || fallbackId;
    return { file, body, bodyToFile: OffsetMap.identity(bodyStart), meta: metaFrom(fields, fallbackId, title) };
  }
  const firstLineEnd = text.search(/\r?\n/);
  const title = (firstLineEnd < 0 ? text : text.slice(0, firstLineEnd)).trim() || fallbackId;
  const bodyStart = firstLineEnd < 0 ? 0 : skipBlankLines(text, firstLineEnd);
  return { file, body: text.slice(bodyStart).trimEnd(), bodyToFile: OffsetMap.identity(bodyStart), meta: { id: fallbackId, title } };
}

function metaFrom(fields: ReadonlyMap<string, string>, fallbackId: string, title: string): SourceMeta {
  const pick = (...keys: string[]): string | undefined => keys.map((k) => fields.get(k)).find((v) => v);
  const optional = {
    outlet: pick('outlet', 'publisher', 'site', 'source'),
    author: pick('author', 'authors', 'byline'),
    date: pick('date', 'published', 'pubdate'),
    url: pick('url', 'link', 'canonical'),
  };
  const present = Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined)) as Partial<SourceMeta>;
  return { id: fields.get('id') || fallbackId, title, ...present };
}

function skipBlankLines(text: string, from: number): number {
  const match = /^(?:[ \t]*\r?\n)*/.exec(text.slice(from));
  return from + (match ? match[0].length : 0);
}

function firstHeading(body: string): string | undefined {
  return /^#{1,6}[ \t]+(.+)$/m.exec(body)?.[1]?.trim();
}

function baseName(file: string): string {
  const name = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}
