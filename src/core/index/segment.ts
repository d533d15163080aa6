/**
 * One segment of the passage index: a word-trigram (shingle) inverted index over a fixed list of articles.
 *
 * Every run of three consecutive words of every article is hashed into a bucket; a bucket lists the positions
 * (counted from the segment's first word) of the runs that fell into it. Buckets are a flat typed array
 * (compressed-row form): about 4 bytes per word of source text, no per-key objects. A segment never changes
 * once built: the index is a large base segment plus small ones for articles changed since (index-segments.ts),
 * and `PassageIndex` answers over all of them.
 *
 * `steps` builds a segment a slice at a time, so a host can give its thread back between slices; `build`
 * runs the same steps to the end.
 */
import { runSteps } from '../steps';
import type { ArticleTokens } from './article-tokens';

/** Words in front of a segment's bucketStart, in the same buffer, for the header of its saved form (saved-index.ts). */
export const SAVED_HEADER_WORDS = 4;
/** Words of work between two yields of `steps` (a millisecond or a few: each is a random memory access). */
const SLICE_WORDS = 1 << 15;
/** Array entries written between two yields when an array is first touched (4 MB). */
const TOUCH_SLICE = 1 << 20;
/** Articles visited between two yields where each costs a memory access (a few milliseconds). */
const SLICE_ARTICLES = 4096;

export class Segment {
  private constructor(
    readonly articles: readonly ArticleTokens[],
    /** firstWord[a] is where article a starts in the segment's word positions; firstWord[n] is the word count. */
    readonly firstWord: Int32Array,
    readonly bucketStart: Int32Array,
    readonly postings: Int32Array,
    private readonly mask: number,
  ) {}

  /**
   * A segment from the arrays of one built earlier (a persisted index, saved-index.ts): nothing is computed.
   * The caller vouches for them (checked against a checksum); `bucketStart.length - 1` is a power of two.
   */
  static fromArrays(articles: readonly ArticleTokens[], firstWord: Int32Array, bucketStart: Int32Array, postings: Int32Array): Segment {
    return new Segment(articles, firstWord, bucketStart, postings, bucketStart.length - 2);
  }

  static build(articles: readonly ArticleTokens[]): Segment {
    return runSteps(Segment.steps(articles));
  }

  /**
   * Builds a segment, yielding after every slice of about SLICE_WORDS words of work. Its arrays are one buffer,
   * allocated once: the trigrams are counted first, so its size is known, and the buckets are counted, summed
   * and used as fill pointers in place (then shifted back by one), with no second array of bucket starts.
   */
  static *steps(articles: readonly ArticleTokens[]): Generator<void, Segment> {
    const firstWord = new Int32Array(articles.length + 1);
    let trigrams = 0;
    for (let a = 0; a < articles.length; a++) {
      const length = articles[a]!.hashes.length;
      firstWord[a + 1] = firstWord[a]! + length;
      if (length > 2) trigrams += length - 2;
      if (a % SLICE_ARTICLES === SLICE_ARTICLES - 1) yield;
    }
    const words = firstWord[articles.length]!;
    const bucketCount = Math.max(1024, nextPowerOfTwo(words >>> 2));
    const mask = bucketCount - 1;
    // bucketStart and postings are one buffer after SAVED_HEADER_WORDS words left for the saved form's header,
    // so a save writes that buffer as it is (saved-index.ts) instead of allocating and copying ~70 MB at ~100 MB
    // of sources. One allocation of the whole: every large one makes V8 start a marking of the heap (external
    // memory pressure), which may end in a full collection in one pause; a second array (~16 MB) meant two.
    const buffer = yield* touched(new Int32Array(SAVED_HEADER_WORDS + bucketCount + 1 + trigrams));
    const bucketStart = buffer.subarray(SAVED_HEADER_WORDS, SAVED_HEADER_WORDS + bucketCount + 1);
    let work = 0;
    for (const { hashes } of articles) {
      for (let i = 0; i + 2 < hashes.length; i++) bucketStart[(trigramHash(hashes, i) & mask) + 1]!++;
      if ((work += hashes.length) >= SLICE_WORDS) {
        work = 0;
        yield;
      }
    }
    for (let b = 0; b < bucketCount; b += SLICE_WORDS) {
      const end = Math.min(bucketCount, b + SLICE_WORDS);
      for (let k = b; k < end; k++) bucketStart[k + 1]! += bucketStart[k]!;
      yield;
    }
    // Each bucket's start is its fill pointer; once filled, it holds the next bucket's start.
    const postings = buffer.subarray(SAVED_HEADER_WORDS + bucketCount + 1);
    for (let a = 0; a < articles.length; a++) {
      const { hashes } = articles[a]!;
      const base = firstWord[a]!;
      for (let i = 0; i + 2 < hashes.length; i++) postings[bucketStart[trigramHash(hashes, i) & mask]!++] = base + i;
      if ((work += hashes.length) >= SLICE_WORDS) {
        work = 0;
        yield;
      }
    }
    // Shifted back by one, from the top down (a slice never overwrites what a later one reads); the last start,
    // the total, is already in place.
    for (let end = bucketCount; end > 0; end -= SLICE_WORDS * 16) {
      const from = Math.max(0, end - SLICE_WORDS * 16);
      bucketStart.copyWithin(from + 1, from, end);
      yield;
    }
    bucketStart[0] = 0;
    return new Segment(articles, firstWord, bucketStart, postings, mask);
  }

  get wordCount(): number {
    return this.firstWord[this.articles.length]!;
  }

  /** Bytes held by the segment's own structures (word hashes and article text excluded). */
  get byteSize(): number {
    return this.firstWord.byteLength + this.bucketStart.byteLength + this.postings.byteLength;
  }

  /** The bucket of a trigram (trigramOf); its postings are [bucketFrom, bucketTo). */
  bucketOf(trigram: number): number {
    return trigram & this.mask;
  }

  bucketFrom(bucket: number): number {
    return this.bucketStart[bucket]!;
  }

  bucketTo(bucket: number): number {
    return this.bucketStart[bucket + 1]!;
  }

  /** The article holding the segment's word position `word`. */
  articleAt(word: number): number {
    let lo = 0;
    let hi = this.articles.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.firstWord[mid]! <= word) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

/**
 * A new array, written through once a slice at a time: its memory is mapped in by the system on first write,
 * which for an array written at random (buckets, postings) would all fall into the first slice.
 */
function* touched(array: Int32Array): Generator<void, Int32Array> {
  for (let k = 0; k < array.length; k += TOUCH_SLICE) {
    array.fill(0, k, k + TOUCH_SLICE);
    yield;
  }
  return array;
}

function trigramHash(hashes: Int32Array, i: number): number {
  return trigramOf(hashes[i]!, hashes[i + 1]!, hashes[i + 2]!);
}

export function trigramOf(a: number, b: number, c: number): number {
  let x = Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x2c1b3c6d);
  return (x ^ (x >>> 12)) >>> 0;
}

function nextPowerOfTwo(n: number): number {
  let p = 1;
  while (p < n) p *= 2;
  return p;
}
