/**
 * Turns a file's bytes into an Article, or a reason why it cannot be one. Never throws: a source folder is
 * whatever the writer saved into it.
 */
import { OffsetMap } from '../text/offset-map';
import { LineIndex } from '../text/positions';
import { parseBibtex } from '../library/bibtex';
import { parseCslJson } from '../library/csl-json';
import type { Library } from '../library/entry';
import type { Article, SourceMeta } from './article';
import { compactArticle } from './compact-article';
import { decodeUtf8 } from './decode';
import { parseFrontMatter } from './front-matter';
import { readHtml } from './html-source';
import { readDocx, type Mammoth } from './docx-source';
import { readPdf, type PdfJs } from './pdf-source';
import { looksLikeTranscript, readPlainTranscript, readSrt, readVtt, type TranscriptResult } from './transcript-source';

export const DEFAULT_MAX_SOURCE_BYTES = 5 * 1024 * 1024;

/** Longer "titles" are a paragraph or a whole file, not a title. */
const MAX_TITLE = 300;

export type SourceFormat = 'markdown' | 'text' | 'html' | 'vtt' | 'srt' | 'bibtex' | 'csl-json' | 'pdf' | 'docx';

export type ReadResult =
  | { readonly kind: 'article'; readonly article: Article; readonly warning?: string }
  | { readonly kind: 'library'; readonly library: Library; readonly warning?: string }
  | { readonly kind: 'skipped'; readonly reason: string };

const FORMATS: Record<string, SourceFormat> = {
  md: 'markdown', markdown: 'markdown', mdown: 'markdown', txt: 'text', text: 'text',
  html: 'html', htm: 'html', xhtml: 'html', vtt: 'vtt', srt: 'srt',
  bib: 'bibtex', bibtex: 'bibtex', json: 'csl-json', pdf: 'pdf', docx: 'docx',
};

/**
 * Parsers too large for the extension's main bundle, loaded by the host on first use (a separate bundle file),
 * and the host's timer (the engine has none) to abandon a parser that runs long.
 */
export interface SourceReaders {
  readonly pdf?: () => Promise<PdfJs>;
  readonly docx?: () => Promise<Mammoth>;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly pdfBudgetMs?: number;
}

/** readSource, and the formats that need a lazily loaded parser (PDF, Word). Never throws. */
export async function readSourceAsync(file: string, bytes: Uint8Array, maxBytes = DEFAULT_MAX_SOURCE_BYTES, readers: SourceReaders = {}): Promise<ReadResult> {
  const format = sourceFormat(file);
  if (format === 'docx') return readWord(file, bytes, maxBytes, readers);
  if (format !== 'pdf') return readSource(file, bytes, maxBytes);
  const tooLarge = sizeProblem(bytes.length, maxBytes);
  if (tooLarge) return { kind: 'skipped', reason: tooLarge };
  const pdfjs = await loadReader(readers.pdf, 'PDF reading is not available here', 'PDF');
  if ('reason' in pdfjs) return { kind: 'skipped', reason: pdfjs.reason };
  const result = await readPdf(bytes, pdfjs.reader, {
    ...(readers.sleep ? { sleep: readers.sleep } : {}),
    ...(readers.pdfBudgetMs !== undefined ? { budgetMs: readers.pdfBudgetMs } : {}),
  });
  if (result.kind === 'skipped') return result;
  const pdf = result.pdf;
  if (pdf.body.trim() === '') return { kind: 'skipped', reason: 'no article text' };
  const fallbackId = baseName(file);
  const meta: SourceMeta = { id: fallbackId, title: pdf.meta.title || fallbackId, ...(pdf.meta.author ? { author: pdf.meta.author } : {}), ...(pdf.meta.date ? { date: pdf.meta.date } : {}) };
  const article: Article = { file, body: pdf.body, bodyToFile: pdf.bodyToFile, meta, fileLines: new LineIndex(pdf.fileText), segments: pdf.segments };
  return pdf.warning ? { kind: 'article', article, warning: pdf.warning } : { kind: 'article', article };
}

/** The format a source file is read as, from its extension; undefined when unsupported. */
export function sourceFormat(file: string): SourceFormat | undefined {
  const dot = file.lastIndexOf('.');
  const slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  return dot > slash ? FORMATS[file.slice(dot + 1).toLowerCase()] : undefined;
}

export function readSource(file: string, bytes: Uint8Array, maxBytes = DEFAULT_MAX_SOURCE_BYTES): ReadResult {
  const format = sourceFormat(file);
  if (!format) return { kind: 'skipped', reason: `unsupported file type (${SUPPORTED} expected)` };
  if (format === 'pdf' || format === 'docx') return { kind: 'skipped', reason: `${format.toUpperCase()} is read by readSourceAsync` };
  const tooLarge = sizeProblem(bytes.length, maxBytes);
  if (tooLarge) return { kind: 'skipped', reason: tooLarge };
  const decoded = decodeUtf8(bytes);
  if (decoded.kind === 'binary') return { kind: 'skipped', reason: 'binary content, not text' };
  if (format === 'bibtex' || format === 'csl-json') return readLibrary(file, decoded.text, format);
  const parsed = parseSource(file, decoded.text, format);
  if ('reason' in parsed) return { kind: 'skipped', reason: parsed.reason };
  const article = parsed.article;
  if (article.body.trim() === '') return { kind: 'skipped', reason: 'no article text' };
  const warnings = [
    ...(decoded.invalidSequences > 0 ? [`invalid UTF-8: ${decoded.invalidSequences} byte sequence(s) replaced with U+FFFD`] : []),
    ...(parsed.warning ? [parsed.warning] : []),
  ];
  return warnings.length ? { kind: 'article', article, warning: warnings.join('; ') } : { kind: 'article', article };
}

async function readWord(file: string, bytes: Uint8Array, maxBytes: number, readers: SourceReaders): Promise<ReadResult> {
  const tooLarge = sizeProblem(bytes.length, maxBytes);
  if (tooLarge) return { kind: 'skipped', reason: tooLarge };
  const mammoth = await loadReader(readers.docx, 'Word documents cannot be read here', 'Word');
  if ('reason' in mammoth) return { kind: 'skipped', reason: mammoth.reason };
  const result = await readDocx(bytes, mammoth.reader);
  if (result.kind === 'skipped') return result;
  const fallbackId = baseName(file);
  const meta: SourceMeta = { id: fallbackId, title: result.title ?? fallbackId };
  return { kind: 'article', article: { file, body: result.text, bodyToFile: OffsetMap.identity(0), meta, fileLines: new LineIndex(result.text) } };
}

/** A lazily loaded parser, or why there is none: not offered by this host, or its bundle failed to load. */
async function loadReader<T>(load: (() => Promise<T>) | undefined, unavailable: string, name: string): Promise<{ reader: T } | { reason: string }> {
  if (!load) return { reason: unavailable };
  try {
    return { reader: await load() };
  } catch (error) {
    return { reason: `the ${name} reader could not be loaded (${error instanceof Error ? error.message : String(error)})` };
  }
}

const SUPPORTED = 'Markdown, plain text, HTML, PDF, Word (.docx), WebVTT, SRT, BibTeX or CSL-JSON';

/** A reference library: its entries, and the entries left out as a warning; a file with none is skipped. */
function readLibrary(file: string, text: string, format: 'bibtex' | 'csl-json'): ReadResult {
  const library = format === 'bibtex' ? parseBibtex(file, text) : parseCslJson(file, text);
  if (!library) return { kind: 'skipped', reason: 'JSON that is not a CSL-JSON library (an array of items with an id)' };
  if (library.entries.length === 0) {
    return { kind: 'skipped', reason: library.problems.length ? `no readable library entry (${library.problems.join('; ')})` : 'no library entries' };
  }
  return library.problems.length ? { kind: 'library', library, warning: library.problems.join('; ') } : { kind: 'library', library };
}

/** Why a file of `size` bytes is not read at all (hosts check this before loading a huge file). */
export function sizeProblem(size: number, maxBytes = DEFAULT_MAX_SOURCE_BYTES): string | undefined {
  if (size <= maxBytes) return undefined;
  return `larger than the ${(maxBytes / 1048576).toFixed(1)} MB limit (${(size / 1048576).toFixed(1)} MB)`;
}

/** The article of a decoded file, or why it is not one (a malformed transcript). */
export function parseSource(file: string, text: string, format: SourceFormat): { article: Article; warning?: string } | { reason: string } {
  const transcript = format === 'vtt' ? readVtt(text)
    : format === 'srt' ? readSrt(text)
    : format === 'text' && looksLikeTranscript(text) ? plainTranscript(text)
    : undefined;
  if (transcript) return transcriptArticle(file, text, transcript);
  return { article: compactArticle({ ...parseContent(file, text, format), fileLines: new LineIndex(text) }) };
}

function plainTranscript(text: string): TranscriptResult {
  const front = parseFrontMatter(text);
  return readPlainTranscript(text, front.end, Object.fromEntries(front.fields));
}

function transcriptArticle(file: string, text: string, result: TranscriptResult): { article: Article; warning?: string } | { reason: string } {
  if (result.kind === 'skipped') return { reason: result.reason };
  const t = result.transcript;
  const fallbackId = baseName(file);
  const { id, title, outlet, author, date, url } = t.meta;
  const optional = Object.entries({ outlet, author, date, url }).filter(([, v]) => v);
  const meta: SourceMeta = { id: id || fallbackId, title: title || fallbackId, ...Object.fromEntries(optional) };
  const article = compactArticle({ file, body: t.body, bodyToFile: t.bodyToFile, meta, fileLines: new LineIndex(text), segments: t.segments });
  return t.warning ? { article, warning: t.warning } : { article };
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
  // The first line is the title, unless it is the whole text or too long to be one (a one-line file became
  // its own 50 MB title): then the file name is the title and every line is body.
  const firstLineEnd = text.search(/\r\n|\r|\n/);
  const firstLine = (firstLineEnd < 0 ? text.slice(0, MAX_TITLE + 1) : text.slice(0, Math.min(firstLineEnd, MAX_TITLE + 1))).trim();
  const isTitle = firstLine.length > 0 && firstLine.length <= MAX_TITLE && (firstLineEnd < 0 ? text.trim().length <= MAX_TITLE : true);
  const title = isTitle ? firstLine : fallbackId;
  const bodyStart = isTitle && firstLineEnd >= 0 ? skipBlankLines(text, firstLineEnd) : 0;
  return { file, body: text.slice(bodyStart).trimEnd(), bodyToFile: OffsetMap.identity(bodyStart), meta: { id: fallbackId, title } };
}

function metaFrom(fields: ReadonlyMap<string, string>, fallbackId: string, title: string): SourceMeta {
  const pick = (...keys: string[]): string | undefined => keys.map((k) => fields.get(k)).find((v) => v);
  const optional = {
    outlet: pick('outlet', 'publisher', 'site', 'source'),
    author: pick('author', 'authors', 'byline'),
    date: pick('date', 'published', 'pubdate'),
    url: pick('url', 'link', 'canonical'),
    doi: pick('doi'),
  };
  const present = Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined)) as Partial<SourceMeta>;
  return { id: fields.get('id') || fallbackId, title, ...present };
}

function skipBlankLines(text: string, from: number): number {
  const match = /^(?:[ \t]*(?:\r\n|\r|\n))*/.exec(text.slice(from, from + 100_000));
  return from + (match ? match[0].length : 0);
}

function firstHeading(body: string): string | undefined {
  const heading = /^#{1,6}[ \t]+(.+)$/m.exec(body)?.[1]?.trim();
  return heading && heading.length <= MAX_TITLE ? heading : undefined;
}

function baseName(file: string): string {
  const name = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}
