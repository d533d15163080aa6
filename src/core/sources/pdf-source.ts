/**
 * PDF sources: the text of every page, in reading order, made into article text a quotation can be matched
 * against. Words hyphenated across a line break are joined (`recon-` + `struction`), ligature glyphs expanded,
 * running headers and footers (the same line at the top or bottom of most pages, page numbers) dropped; each
 * page is a segment, so a passage knows its page.
 *
 * The parser (PDF.js) is handed in by the host, loaded only when a PDF is read. The "file text" that offsets
 * point into is the extracted text before repair: one line per text line, pages separated by a form feed.
 */
import type { SourceSegment } from './article';
import { MappedText } from './mapped-text';
import type { OffsetMap } from '../text/offset-map';

/** The part of PDF.js this reader uses. */
export interface PdfJs {
  getDocument(params: {
    data: Uint8Array; isEvalSupported?: boolean; useSystemFonts?: boolean; disableFontFace?: boolean; verbosity?: number; stopAtErrors?: boolean;
  }): { promise: Promise<PdfDocument>; destroy(): Promise<void> };
}
interface PdfDocument {
  readonly numPages: number;
  getPage(n: number): Promise<{ getTextContent(): Promise<{ items: ReadonlyArray<unknown> }>; cleanup?(): unknown }>;
  getMetadata?(): Promise<{ info?: unknown }>;
  destroy(): Promise<void>;
}
interface TextItem {
  readonly str: string;
  readonly transform: readonly number[];
  readonly width?: number;
  readonly height?: number;
  readonly hasEOL?: boolean;
}

export interface PdfReadOptions {
  /** Resolves after `ms`: the host's timer, so a parser that runs long is abandoned (the engine has no timers). */
  readonly sleep?: (ms: number) => Promise<void>;
  /** How long the whole file may take. */
  readonly budgetMs?: number;
  readonly maxPages?: number;
}

export interface PdfArticle {
  readonly body: string;
  readonly bodyToFile: OffsetMap;
  readonly segments: SourceSegment[];
  /** The extracted text the offsets point into. */
  readonly fileText: string;
  readonly meta: { readonly title?: string; readonly author?: string; readonly date?: string };
  readonly warning?: string;
}

export type PdfResult = { readonly kind: 'pdf'; readonly pdf: PdfArticle } | { readonly kind: 'skipped'; readonly reason: string };

export const DEFAULT_PDF_BUDGET_MS = 20_000;
const DEFAULT_MAX_PAGES = 2000;
const LIGATURES: Record<string, string> = { '\uFB00': 'ff', '\uFB01': 'fi', '\uFB02': 'fl', '\uFB03': 'ffi', '\uFB04': 'ffl', '\uFB05': 'st', '\uFB06': 'st' };
const PAGE_NUMBER = /^\s*(?:page\s+|p\.\s*|-\s*)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?(?:\s*-)?\s*$/i;

interface Line {
  readonly text: string;
  /** Offset of the line in the file text. */
  readonly start: number;
  readonly y: number;
  readonly size: number;
}

class TimedOut extends Error {}

export async function readPdf(bytes: Uint8Array, pdfjs: PdfJs, options: PdfReadOptions = {}): Promise<PdfResult> {
  const budget = options.budgetMs ?? DEFAULT_PDF_BUDGET_MS;
  const deadline = options.sleep?.(budget).then(() => {
    throw new TimedOut();
  });
  deadline?.catch(() => undefined); // observed below; never an unhandled rejection
  const within = <T>(step: Promise<T>): Promise<T> => (deadline ? Promise.race([step, deadline]) : step);
  let task: ReturnType<PdfJs['getDocument']> | undefined;
  try {
    task = pdfjs.getDocument({ data: new Uint8Array(bytes), // a copy: PDF.js takes ownership, and refuses a Node Buffer
       isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: 0 });
    const doc = await within(task.promise);
    const pages = Math.min(doc.numPages, options.maxPages ?? DEFAULT_MAX_PAGES);
    const lines: Line[][] = [];
    let fileText = '';
    for (let n = 1; n <= pages; n++) {
      const page = await within(doc.getPage(n));
      const content = await within(page.getTextContent());
      page.cleanup?.();
      if (n > 1) fileText += '\f\n';
      const pageLines = linesOf(content.items.filter(isTextItem), fileText.length);
      fileText += pageLines.map((l) => l.text).join('\n') + (pageLines.length ? '\n' : '');
      lines.push(pageLines);
    }
    const info = await within(doc.getMetadata?.() ?? Promise.resolve({ info: undefined })).catch(() => ({ info: undefined }));
    if (!lines.some((page) => page.some((l) => /\p{L}/u.test(l.text)))) {
      return { kind: 'skipped', reason: 'no text layer (an image-only or scanned PDF; run OCR on it first)' };
    }
    const built = buildBody(lines);
    const meta = metaOf(info.info, lines);
    const warning = doc.numPages > pages ? `only the first ${pages} of ${doc.numPages} pages read` : undefined;
    return { kind: 'pdf', pdf: { ...built, fileText, meta, ...(warning ? { warning } : {}) } };
  } catch (error) {
    return { kind: 'skipped', reason: reasonOf(error, budget) };
  } finally {
    void task?.destroy().catch(() => undefined);
  }
}

function reasonOf(error: unknown, budget: number): string {
  if (error instanceof TimedOut) return `the PDF parser ran longer than ${Math.round(budget / 1000)} s; skipped`;
  const name = (error as { name?: string } | undefined)?.name ?? '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException') return 'encrypted PDF (password-protected): cannot be read';
  if (name === 'InvalidPDFException' || /invalid pdf|truncated|xref|startxref/i.test(message)) return `damaged or truncated PDF (${message})`;
  return `unreadable PDF (${message})`;
}

function isTextItem(item: unknown): item is TextItem {
  return typeof (item as TextItem).str === 'string' && Array.isArray((item as TextItem).transform);
}

/** Text items into lines: a new line where PDF.js marks one or the baseline moves. */
function linesOf(items: readonly TextItem[], offset: number): Line[] {
  const lines: Line[] = [];
  let text = '';
  let y = 0;
  let size = 0;
  let lastEnd: number | undefined;
  let start = offset;
  const flush = (): void => {
    const trimmed = text.replace(/\s+$/, '');
    if (trimmed.trim()) {
      lines.push({ text: trimmed, start, y, size });
      start += trimmed.length + 1;
    }
    text = '';
    lastEnd = undefined;
  };
  for (const item of items) {
    const itemY = item.transform[5] ?? 0;
    const itemX = item.transform[4] ?? 0;
    const itemSize = Math.abs(item.transform[3] ?? item.height ?? 10) || 10;
    if (text && Math.abs(itemY - y) > itemSize * 0.5) flush();
    if (!text) {
      y = itemY;
      size = itemSize;
    } else if (lastEnd !== undefined && itemX - lastEnd > itemSize * 0.15 && !/\s$/.test(text) && !/^\s/.test(item.str)) {
      text += ' ';
    }
    text += item.str.replace(/[\r\n]+/g, ' ');
    lastEnd = itemX + (item.width ?? 0);
    if (item.hasEOL) flush();
  }
  flush();
  return lines;
}

/** Lines repeated at the top or bottom of most pages (digits ignored), and bare page numbers there. */
function runningLines(pages: readonly Line[][]): Set<Line> {
  // Headers and footers are short lines at the very top or bottom of a page; body text is never dropped.
  const edge = (page: readonly Line[]): Line[] => [...page.slice(0, 2), ...page.slice(Math.max(2, page.length - 2))].filter((l) => l.text.trim().length <= 80);
  const key = (line: Line): string => line.text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
  const counts = new Map<string, number>();
  for (const page of pages) for (const k of new Set(edge(page).map(key))) counts.set(k, (counts.get(k) ?? 0) + 1);
  const enough = Math.max(2, Math.ceil(pages.filter((p) => p.length).length * 0.5));
  const running = new Set<Line>();
  for (const page of pages) {
    for (const line of edge(page)) {
      if ((counts.get(key(line)) ?? 0) >= enough || PAGE_NUMBER.test(line.text)) running.add(line);
    }
  }
  return running;
}

function buildBody(pages: readonly Line[][]): { body: string; bodyToFile: OffsetMap; segments: SourceSegment[] } {
  const running = pages.length > 1 ? runningLines(pages) : new Set(pages[0]?.filter((l) => PAGE_NUMBER.test(l.text)) ?? []);
  const text = new MappedText();
  let previous: Line | undefined;
  let hyphenated = false;
  pages.forEach((page, k) => {
    text.startSegment({ page: k + 1 });
    const kept = page.filter((l) => !running.has(l));
    const gap = typicalGap(kept);
    kept.forEach((line, j) => {
      const prior = j > 0 ? kept[j - 1] : undefined;
      const words = line.text.trim();
      const lead = line.text.indexOf(words);
      if (!hyphenated && previous) {
        const newParagraph = prior !== undefined && gap > 0 && prior.y - line.y > gap * 1.6;
        text.separate(newParagraph ? '\n\n' : ' ');
      }
      const join = /\p{Ll}-$/u.test(words) && (() => {
        const next = kept[j + 1]?.text.trim() ?? pages.slice(k + 1).map((p) => p.find((l) => !running.has(l))).find(Boolean)?.text.trim();
        return next !== undefined && /^\p{Ll}/u.test(next);
      })();
      addWithLigatures(text, join ? words.slice(0, -1) : words, line.start + lead);
      hyphenated = join;
      previous = line;
    });
  });
  return text.finish();
}

/** The usual distance between two lines of a page (a larger one starts a paragraph). */
function typicalGap(lines: readonly Line[]): number {
  const gaps = lines.slice(1).map((l, k) => lines[k]!.y - l.y).filter((g) => g > 0).sort((a, b) => a - b);
  return gaps.length ? gaps[Math.floor(gaps.length / 2)]! : 0;
}

function addWithLigatures(text: MappedText, piece: string, origin: number): void {
  let from = 0;
  for (let k = 0; k < piece.length; k++) {
    const expanded = LIGATURES[piece[k]!];
    if (!expanded) continue;
    text.add(piece.slice(from, k), origin + from);
    text.add(expanded, origin + k, 1);
    from = k + 1;
  }
  text.add(piece.slice(from), origin + from);
}

function metaOf(info: unknown, pages: readonly Line[][]): PdfArticle['meta'] {
  const field = (name: string): string | undefined => {
    const value = (info as Record<string, unknown> | undefined)?.[name];
    return typeof value === 'string' && value.trim() ? value.trim() : undefined;
  };
  const date = /^D:(\d{4})(\d{2})?(\d{2})?/.exec(field('CreationDate') ?? '');
  const firstLine = pages.flat()[0]?.text.trim();
  const title = field('Title') ?? (firstLine && firstLine.length < 150 ? firstLine : undefined);
  return {
    ...(title ? { title } : {}),
    ...(field('Author') ? { author: field('Author')! } : {}),
    ...(date ? { date: [date[1], date[2], date[2] && date[3]].filter(Boolean).join('-') } : {}),
  };
}
