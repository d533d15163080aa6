/**
 * A saved copy of parsed source articles, so that a host restarting over unchanged sources does not read and
 * parse every file again. Each entry carries the file's modification time and size: the host re-reads only
 * files whose current values differ. Plain JSON, versioned; anything unreadable is treated as no snapshot.
 */
import type { Article } from '../sources/article';
import { OffsetMap } from '../text/offset-map';
import { LineIndex } from '../text/positions';

const FORMAT = 'sourcecheck-snapshot/2';

export interface SnapshotEntry {
  readonly mtime: number;
  readonly size: number;
  readonly article: Article;
}

interface SavedEntry {
  readonly mtime: number;
  readonly size: number;
  readonly file: string;
  readonly meta: Article['meta'];
  readonly body: string;
  readonly bodyToFile: [number[], number[]];
  readonly fileLines: number[];
  readonly segments?: Article['segments'];
}

export function encodeSnapshot(entries: Iterable<SnapshotEntry>): string {
  const saved: SavedEntry[] = [];
  for (const { mtime, size, article } of entries) {
    saved.push({
      mtime, size, file: article.file, meta: article.meta, body: article.body,
      bodyToFile: article.bodyToFile.toJSON(), fileLines: article.fileLines.toJSON(),
      ...(article.segments ? { segments: article.segments } : {}),
    });
  }
  return JSON.stringify({ format: FORMAT, entries: saved });
}

/** The entries of a snapshot, or an empty list when it is missing, damaged or of another format. */
export function decodeSnapshot(json: string): SnapshotEntry[] {
  try {
    const parsed = JSON.parse(json) as { format?: unknown; entries?: SavedEntry[] };
    if (parsed.format !== FORMAT || !Array.isArray(parsed.entries)) return [];
    return parsed.entries.map((e) => ({
      mtime: e.mtime,
      size: e.size,
      article: {
        file: e.file, meta: e.meta, body: e.body, bodyToFile: OffsetMap.fromJSON(e.bodyToFile), fileLines: LineIndex.fromJSON(e.fileLines),
        ...(Array.isArray(e.segments) ? { segments: e.segments } : {}),
      },
    }));
  } catch {
    return [];
  }
}
