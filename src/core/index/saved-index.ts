/**
 * The base segment of the passage index as bytes, so that a host restarting over unchanged sources neither
 * tokenises nor indexes them again: at 1 GB of text that was 73 s, against reading ~9 bytes a word back.
 *
 * Three parts: a small JSON part (format, a save id, each article's file with the size and modification time it
 * had when its words were hashed, the array lengths) and two binary parts, each a 16-byte header (magic,
 * version, the save id, a checksum) and Int32 arrays: the words part holds `firstWord` then every article's
 * word hashes, the postings part the segment's `bucketStart` then its `postings`. The JSON also holds the
 * hashes of a probe text: if the tokeniser or the trigram hash changed since the save, they differ and the
 * saved index is not used. Anything that is not exactly what was written (a truncated or foreign part, parts
 * of two different saves, a flipped bit) is a problem, reported, never thrown: the host indexes afresh.
 *
 * Little-endian only, as every host this runs in: a big-endian reader fails the magic check and rebuilds.
 */
import type { Article } from '../sources/article';
import { OffsetMap } from '../text/offset-map';
import { LineIndex } from '../text/positions';
import { scanWordHashes } from '../text/words';
import type { Pause } from '../time-slices';
import type { ArticleTokens } from './article-tokens';
import { SAVED_HEADER_WORDS, trigramOf, type Segment } from './segment';

export const SAVED_INDEX_FORMAT = 'sourcecheck-index/1';
const MAGIC = 0x58494353; // 'SCIX' read as a little-endian Int32
const VERSION = 1;
const HEADER_WORDS = SAVED_HEADER_WORDS;
/** Words, punctuation, a curly quote, accents and digits: what the tokeniser treats differently, hashed. */
const PROBE = 'Sourcecheck’s “probe”: Zoë said, “1,000 déjà-vu [sic] moments … don’t count.”';

export interface EncodedIndex {
  readonly meta: string;
  readonly words: Uint8Array[];
  readonly postings: Uint8Array[];
}

export interface DecodedIndex {
  /** Each article's file with the size and modification time it had when its words were hashed (-1 when dead). */
  readonly files: readonly string[];
  readonly mtimes: readonly number[];
  readonly sizes: readonly number[];
  readonly firstWord: Int32Array;
  readonly hashes: Int32Array;
  readonly bucketStart: Int32Array;
  readonly postings: Int32Array;
}

interface SavedMeta {
  readonly format: string;
  readonly saveId: number;
  readonly probe: number[];
  readonly words: number;
  readonly buckets: number;
  readonly postings: number;
  readonly files: string[];
  readonly mtimes: number[];
  readonly sizes: number[];
}

/**
 * Int32 words copied or checksummed between two pauses: 2 MB, a few milliseconds, so that a slice ends near the
 * host's 12 ms (8 MB units made slices of 22-30 ms of CPU at ~100 MB of sources).
 */
const SLICE_WORDS = 1 << 19;

/**
 * The parts of `segment`'s saved form, each one buffer (a store writes it as it is); `stampOf` gives a live
 * article's file stamps, undefined for a dead one. With `pause`, copies a slice at a time, each slice
 * checksummed right after it is copied (while it is in the cache, one pass over the memory instead of two).
 */
export async function encodeIndex(segment: Segment, stampOf: (tokens: ArticleTokens) => { mtime: number; size: number } | undefined, pause?: Pause): Promise<EncodedIndex> {
  const saveId = (Math.random() * 0x7fffffff) | 0;
  const n = segment.articles.length;
  const words = segment.firstWord[n]!;
  const meta: SavedMeta = {
    format: SAVED_INDEX_FORMAT, saveId, probe: probeHashes(), words, buckets: segment.bucketStart.length - 1, postings: segment.postings.length,
    files: [], mtimes: [], sizes: [],
  };
  const wordPart = new Int32Array(HEADER_WORDS + n + 1 + words);
  const wordSum = new SlicedChecksum(wordPart);
  wordPart.set(segment.firstWord, HEADER_WORDS);
  let copied = 0;
  for (let k = 0; k < n; k++) {
    const a = segment.articles[k]!;
    wordPart.set(a.hashes, HEADER_WORDS + n + 1 + segment.firstWord[k]!);
    const stamp = stampOf(a);
    meta.files.push(a.article.file);
    meta.mtimes.push(stamp?.mtime ?? -1);
    meta.sizes.push(stamp?.size ?? -1);
    if ((copied += a.hashes.length + 16) >= SLICE_WORDS && pause) {
      copied = 0;
      wordSum.upTo(HEADER_WORDS + n + 1 + segment.firstWord[k + 1]!);
      await pause();
    }
  }
  const postingPart = await postingPartOf(segment, pause);
  wordPart.set([MAGIC, VERSION, saveId, wordSum.finish()]);
  postingPart[2] = saveId;
  return { meta: JSON.stringify(meta), words: [bytesOf(wordPart)], postings: [bytesOf(postingPart)] };
}

/**
 * The postings part: the segment's own buffer where its arrays leave the header's words in front of them (a
 * segment built or restored here), checksummed a slice at a time; otherwise a copy, a slice at a time.
 */
async function postingPartOf(segment: Segment, pause?: Pause): Promise<Int32Array> {
  const { bucketStart, postings } = segment;
  const length = HEADER_WORDS + bucketStart.length + postings.length;
  const own = bucketStart.byteOffset === HEADER_WORDS * 4 && postings.buffer === bucketStart.buffer
    && postings.byteOffset === bucketStart.byteOffset + bucketStart.byteLength && bucketStart.buffer.byteLength === length * 4;
  const part = own ? new Int32Array(bucketStart.buffer, 0, length) : new Int32Array(length);
  const sum = new SlicedChecksum(part);
  for (const [array, at] of [[bucketStart, HEADER_WORDS], [postings, HEADER_WORDS + bucketStart.length]] as const) {
    for (let k = 0; k < array.length; k += SLICE_WORDS) {
      if (!own) part.set(array.subarray(k, k + SLICE_WORDS), at + k);
      sum.upTo(at + Math.min(k + SLICE_WORDS, array.length));
      await pause?.();
    }
  }
  part.set([MAGIC, VERSION, 0, sum.finish()]);
  return part;
}

/** The checksum of a part after its header, taken as the part is filled: `upTo(end)` adds what is new before end. */
class SlicedChecksum {
  private readonly sum = new Checksum();
  private done = HEADER_WORDS;

  constructor(private readonly part: Int32Array) {}

  /** Adds the words before `end` not added yet, in a multiple of 4 (as adding them whole would). */
  upTo(end: number): void {
    const to = this.done + ((end - this.done) & ~3);
    this.sum.add(this.part.subarray(this.done, to));
    this.done = to;
  }

  finish(): number {
    this.sum.add(this.part.subarray(this.done));
    this.done = this.part.length;
    return this.sum.value;
  }
}

/** The saved index, or why it cannot be used (missing parts give 'missing'). Never throws. */
export async function decodeIndex(meta: string | undefined, words: Uint8Array | undefined, postings: Uint8Array | undefined, pause?: Pause): Promise<DecodedIndex | { problem: string }> {
  if (meta === undefined || words === undefined || postings === undefined) return { problem: 'missing' };
  const m = parseMeta(meta);
  if (typeof m === 'string') return { problem: m };
  const n = m.files.length;
  const wordParts = await body(words, m.saveId, [n + 1, m.words], pause);
  if (typeof wordParts === 'string') return { problem: `damaged (words: ${wordParts})` };
  const postingParts = await body(postings, m.saveId, [m.buckets + 1, m.postings], pause);
  if (typeof postingParts === 'string') return { problem: `damaged (postings: ${postingParts})` };
  const [firstWord, hashes] = wordParts as [Int32Array, Int32Array];
  const [bucketStart, posted] = postingParts as [Int32Array, Int32Array];
  if (firstWord[0] !== 0 || firstWord[n] !== m.words || bucketStart[0] !== 0 || bucketStart[m.buckets] !== m.postings) return { problem: 'damaged (inconsistent lengths)' };
  for (let k = 0; k < n; k++) if (firstWord[k + 1]! < firstWord[k]!) return { problem: 'damaged (word counts)' };
  return { files: m.files, mtimes: m.mtimes, sizes: m.sizes, firstWord, hashes, bucketStart, postings: posted };
}

/** Stands for an article dead at the save: its postings are never live, so nothing reads it. */
export const DEAD_ARTICLE: Article = { file: '', meta: { id: '', title: '' }, body: '', bodyToFile: new OffsetMap(), fileLines: LineIndex.fromJSON([0]) };

function parseMeta(text: string): SavedMeta | string {
  let m: unknown;
  try {
    m = JSON.parse(text);
  } catch {
    return 'not valid JSON';
  }
  if (!isObject(m) || typeof m['format'] !== 'string') return 'not a Sourcecheck index';
  if (m['format'] !== SAVED_INDEX_FORMAT) return `of another format (${m['format']})`;
  const { saveId, probe, words, buckets, postings, files, mtimes, sizes } = m;
  if (!isInt(saveId) || !isInt(words) || !isInt(buckets) || !isInt(postings) || !Array.isArray(files) || !Array.isArray(mtimes) || !Array.isArray(sizes)) return 'damaged (fields)';
  if (buckets < 1 || (buckets & (buckets - 1)) !== 0) return 'damaged (buckets)';
  if (!files.every((f) => typeof f === 'string') || mtimes.length !== files.length || sizes.length !== files.length) return 'damaged (files)';
  if (!mtimes.every((t) => typeof t === 'number') || !sizes.every((s) => typeof s === 'number')) return 'damaged (stamps)';
  if (!Array.isArray(probe) || probe.join(',') !== probeHashes().join(',')) return 'from a version that hashed words differently';
  return m as unknown as SavedMeta;
}

/** The Int32 arrays of a binary part after its header, of exactly these lengths, or what is wrong with it. */
async function body(bytes: Uint8Array, saveId: number, lengths: readonly number[], pause?: Pause): Promise<Int32Array[] | string> {
  const total = lengths.reduce((sum, l) => sum + l, HEADER_WORDS);
  if (bytes.byteLength !== total * 4) return `${bytes.byteLength} bytes, ${total * 4} expected`;
  // A view needs 4-byte alignment; a part read from a small file may sit at any offset of a shared buffer.
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const all = new Int32Array(aligned.buffer, aligned.byteOffset, total);
  if (all[0] !== MAGIC || all[1] !== VERSION) return 'not a Sourcecheck index part';
  if (all[2] !== saveId) return 'from another save';
  if ((await checksumOf([all.subarray(HEADER_WORDS)], pause)) !== all[3]) return 'checksum mismatch';
  const arrays: Int32Array[] = [];
  let at = HEADER_WORDS;
  for (const length of lengths) {
    arrays.push(all.subarray(at, at + length));
    at += length;
  }
  return arrays;
}

function bytesOf(words: Int32Array): Uint8Array {
  return new Uint8Array(words.buffer, words.byteOffset, words.byteLength);
}

/** checksum(arrays), a slice of SLICE_WORDS at a time, pausing between slices. */
async function checksumOf(arrays: readonly Int32Array[], pause?: Pause): Promise<number> {
  const sum = new Checksum();
  for (const a of arrays) {
    for (let k = 0; k < a.length; k += SLICE_WORDS) {
      sum.add(a.subarray(k, k + SLICE_WORDS));
      await pause?.();
    }
  }
  return sum.value;
}

/** A 32-bit checksum of the arrays in order: four independent lanes (a multiply each), so it runs at memory speed. */
export function checksum(arrays: readonly Int32Array[]): number {
  const sum = new Checksum();
  for (const a of arrays) sum.add(a);
  return sum.value;
}

/** The checksum's state; an array added in slices of a multiple of 4 words gives what adding it whole gives. */
class Checksum {
  private h0 = 0x811c9dc5 | 0;
  private h1 = 0x01000193;
  private h2 = 0x2c1b3c6d;
  private h3 = 0x297a2d39;
  private count = 0;

  add(a: Int32Array): void {
    let { h0, h1, h2, h3 } = this;
    const n = a.length;
    let i = 0;
    for (; i + 3 < n; i += 4) {
      h0 = Math.imul(h0 ^ a[i]!, 0x01000193);
      h1 = Math.imul(h1 ^ a[i + 1]!, 0x01000193);
      h2 = Math.imul(h2 ^ a[i + 2]!, 0x01000193);
      h3 = Math.imul(h3 ^ a[i + 3]!, 0x01000193);
    }
    for (; i < n; i++) h0 = Math.imul(h0 ^ a[i]!, 0x01000193);
    this.h0 = h0;
    this.h1 = h1;
    this.h2 = h2;
    this.h3 = h3;
    this.count = (this.count + n) | 0;
  }

  get value(): number {
    return (Math.imul(this.h0, 3) ^ Math.imul(this.h1, 5) ^ Math.imul(this.h2, 7) ^ Math.imul(this.h3, 11) ^ this.count) | 0;
  }
}

function probeHashes(): number[] {
  const hashes = scanWordHashes(PROBE);
  return [...hashes, trigramOf(hashes[0]!, hashes[1]!, hashes[2]!)];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isInt(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}
