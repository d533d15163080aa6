/**
 * A saved copy of parsed source articles, so that a host restarting over unchanged sources does not read and
 * parse every file again. Each entry carries the file's modification time and size: the host re-reads only
 * files whose current values differ. Plain JSON, versioned, and every entry is checked field by field on the
 * way in: an entry that is not exactly what we wrote (a hand-edited file, a bug in an older version, a truncated
 * write) is dropped, so its file is read again, and never reaches the engine.
 */
import type { Article, SourceMeta } from '../sources/article';
import { OffsetMap } from '../text/offset-map';
import { LineIndex } from '../text/positions';

export const SNAPSHOT_FORMAT = 'sourcecheck-snapshot/2';
const OLDER_FORMATS = ['sourcecheck-snapshot/1'];

export interface SnapshotEntry {
  readonly mtime: number;
  readonly size: number;
  readonly article: Article;
}

/** What a snapshot held: its valid entries, how many were dropped, and why the whole of it was, if it was. */
export interface DecodedSnapshot {
  readonly entries: SnapshotEntry[];
  readonly dropped: number;
  readonly problem?: string;
}

/** An article as saved (JSON): what `encodeArticle` gives and `decodeArticle` checks. */
export interface SavedArticle {
  readonly file: string;
  readonly meta: SourceMeta;
  readonly body: string;
  readonly bodyToFile: [number[], number[]];
  readonly fileLines: number[];
  readonly segments?: Article['segments'];
}

interface SavedEntry extends SavedArticle {
  readonly mtime: number;
  readonly size: number;
}

export function encodeSnapshot(entries: Iterable<SnapshotEntry>): string {
  return joinSnapshot([...entries].map(encodeEntry));
}

/** One entry as the snapshot holds it (JSON); `joinSnapshot` makes a snapshot of such entries. */
export function encodeEntry({ mtime, size, article }: SnapshotEntry): string {
  const saved: SavedEntry = { mtime, size, ...encodeArticle(article) };
  return JSON.stringify(saved);
}

/** An article as plain data for JSON (what a snapshot entry holds besides the file's stamps). */
export function encodeArticle(article: Article): SavedArticle {
  return {
    file: article.file, meta: article.meta, body: article.body,
    bodyToFile: article.bodyToFile.toJSON(), fileLines: article.fileLines.toJSON(),
    ...(article.segments ? { segments: article.segments } : {}),
  };
}

/** The snapshot of entries encoded one by one: exactly what JSON.stringify gives for the whole. */
export function joinSnapshot(encoded: readonly string[]): string {
  return `{"format":${JSON.stringify(SNAPSHOT_FORMAT)},"entries":[${encoded.join(',')}]}`;
}

/** The entries of a snapshot, or an empty list when it is missing, damaged or of another format. */
export function decodeSnapshot(json: string): SnapshotEntry[] {
  return readSnapshot(json).entries;
}

/** The valid entries of a snapshot, with what was dropped and why. Never throws. */
export function readSnapshot(json: string): DecodedSnapshot {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return { entries: [], dropped: 0, problem: 'not valid JSON' };
  }
  const format = isObject(parsed) ? parsed['format'] : undefined;
  const list = isObject(parsed) ? parsed['entries'] : undefined;
  if (typeof format === 'string' && OLDER_FORMATS.includes(format)) return { entries: [], dropped: 0, problem: `an older format (${format})` };
  if (format !== SNAPSHOT_FORMAT || !Array.isArray(list)) return { entries: [], dropped: 0, problem: 'not a Sourcecheck snapshot' };
  const entries: SnapshotEntry[] = [];
  for (const saved of list) {
    const entry = validEntry(saved);
    if (entry) entries.push(entry);
  }
  return { entries, dropped: list.length - entries.length };
}

function validEntry(e: unknown): SnapshotEntry | undefined {
  if (!isObject(e)) return undefined;
  const { mtime, size } = e;
  if (!isCount(mtime) || !isCount(size)) return undefined;
  const article = decodeArticle(e);
  return article && { mtime, size, article };
}

/** The article saved by `encodeArticle`, or undefined when `e` is not exactly that (checked field by field). */
export function decodeArticle(e: unknown): Article | undefined {
  if (!isObject(e)) return undefined;
  const { file, meta, body, bodyToFile, fileLines, segments } = e;
  if (typeof file !== 'string' || typeof body !== 'string' || body === '') return undefined;
  if (!validMeta(meta) || !Array.isArray(bodyToFile) || bodyToFile.length !== 2) return undefined;
  const [from, to] = bodyToFile as unknown[];
  if (!isOffsets(from) || !isOffsets(to) || from.length !== to.length || !isOffsets(fileLines) || fileLines.length === 0) return undefined;
  if (segments !== undefined && !(Array.isArray(segments) && segments.every(isObject))) return undefined;
  const article = { file, meta, body, bodyToFile: OffsetMap.fromJSON([from, to]), fileLines: LineIndex.fromJSON(fileLines) };
  return segments ? { ...article, segments: segments as unknown as Article['segments'] } : article;
}

function validMeta(meta: unknown): meta is SourceMeta {
  if (!isObject(meta) || typeof meta['id'] !== 'string' || typeof meta['title'] !== 'string') return false;
  return ['outlet', 'author', 'date', 'url'].every((key) => meta[key] === undefined || typeof meta[key] === 'string');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

function isOffsets(value: unknown): value is number[] {
  return Array.isArray(value) && value.every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 0);
}
