/**
 * A snapshot shard as bytes, for stores that keep bytes, whose articles are decoded only when first used.
 *
 * With the passage index persisted (saved-index.ts), a restart needs of each article only its file, size and
 * modification time, until a check aligns a quotation against it or a host shows it. A JSON shard has every
 * character of every body decoded and copied on restore (at 1 GB of text, most of the time a restart took;
 * decoding UTF-8 alone runs at about 200 MB/s on the project's machine). This shard holds a small directory
 * (file, time, size, bytes) and then each entry's JSON as UTF-8; a restart reads the directory and checks the
 * whole shard against its checksum, and an article's own JSON is decoded and checked field by field
 * (snapshot.ts) the first time any of its fields is read.
 *
 * Layout: a 16-byte header (magic, version, directory bytes, checksum of all that follows), the directory JSON,
 * the entries; the directory and the whole are padded with spaces to a multiple of 4 bytes.
 */
import type { Pause } from '../time-slices';
import { utf8Decoder, utf8Encoder } from '../text/utf8';
import { checksum } from './saved-index';
import type { DecodedSnapshot, SnapshotEntry } from './snapshot';
import { savedJson, StoredArticle } from './stored-article';

export const LAZY_SNAPSHOT_FORMAT = 'sourcecheck-snapshot/3';
const MAGIC = 0x48534353; // 'SCSH' read as a little-endian Int32
const VERSION = 3;
const HEADER = 16;
const SPACE = 0x20;
/** Bytes of entries encoded between two pauses. */
const ENCODE_SLICE_BYTES = 256 * 1024;


/** The shard's bytes (parts written one after another); pauses between slices of encoding. */
export async function encodeLazyShard(entries: Iterable<SnapshotEntry>, pause?: Pause): Promise<Uint8Array[]> {
  const directory: Array<[string, number, number, number]> = [];
  const parts: Uint8Array[] = [];
  let bytes = 0;
  let slice = 0;
  for (const { mtime, size, article } of entries) {
    const part = savedJson(article);
    parts.push(part);
    directory.push([article.file, mtime, size, part.byteLength]);
    bytes += part.byteLength;
    if ((slice += part.byteLength) >= ENCODE_SLICE_BYTES && pause) {
      slice = 0;
      await pause();
    }
  }
  const dir = padded(utf8Encoder.encode(JSON.stringify({ format: LAZY_SNAPSHOT_FORMAT, entries: directory })));
  const body = new Uint8Array(dir.byteLength + bytes + ((4 - (bytes % 4)) % 4)).fill(SPACE);
  body.set(dir, 0);
  let at = dir.byteLength;
  for (const part of parts) {
    body.set(part, at);
    at += part.byteLength;
  }
  await pause?.();
  const header = new Uint8Array(Int32Array.of(MAGIC, VERSION, dir.byteLength, checksum([new Int32Array(body.buffer, 0, body.byteLength / 4)])).buffer);
  return [header, body];
}

/** The entries of a shard, their articles decoded on first use; what was dropped and why. Never throws. */
export function readLazyShard(bytes: Uint8Array): DecodedSnapshot {
  if (bytes.byteLength < HEADER || bytes.byteLength % 4 !== 0) return { entries: [], dropped: 0, problem: 'damaged (length)' };
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const words = new Int32Array(aligned.buffer, aligned.byteOffset, aligned.byteLength / 4);
  if (words[0] !== MAGIC || words[1] !== VERSION) return { entries: [], dropped: 0, problem: 'not a Sourcecheck snapshot' };
  const dirBytes = words[2]!;
  if (dirBytes < 0 || dirBytes % 4 !== 0 || HEADER + dirBytes > bytes.byteLength) return { entries: [], dropped: 0, problem: 'damaged (directory)' };
  if (checksum([words.subarray(HEADER / 4)]) !== words[3]) return { entries: [], dropped: 0, problem: 'damaged (checksum mismatch)' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(utf8Decoder.decode(aligned.subarray(HEADER, HEADER + dirBytes)));
  } catch {
    return { entries: [], dropped: 0, problem: 'not valid JSON' };
  }
  const list = isObject(parsed) && parsed['format'] === LAZY_SNAPSHOT_FORMAT ? parsed['entries'] : undefined;
  if (!Array.isArray(list)) return { entries: [], dropped: 0, problem: 'not a Sourcecheck snapshot' };
  const entries: SnapshotEntry[] = [];
  let at = HEADER + dirBytes;
  for (const item of list) {
    if (!Array.isArray(item) || item.length !== 4) return { entries: [], dropped: 0, problem: 'damaged (directory)' };
    const [file, mtime, size, length] = item as unknown[];
    if (typeof file !== 'string' || !isCount(mtime) || !isCount(size) || !Number.isInteger(length) || (length as number) < 0) return { entries: [], dropped: 0, problem: 'damaged (directory)' };
    const end = at + (length as number);
    if (end > aligned.byteLength) return { entries: [], dropped: 0, problem: 'damaged (lengths)' };
    entries.push({ mtime, size, article: new StoredArticle(file, aligned.buffer, aligned.byteOffset + at, aligned.byteOffset + end) });
    at = end;
  }
  return { entries, dropped: 0 };
}

function padded(bytes: Uint8Array): Uint8Array {
  if (bytes.byteLength % 4 === 0) return bytes;
  const out = new Uint8Array(bytes.byteLength + 4 - (bytes.byteLength % 4)).fill(SPACE);
  out.set(bytes);
  return out;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}
