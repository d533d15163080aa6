/**
 * A word-trigram (shingle) inverted index over the source articles.
 *
 * Every run of three consecutive words of every article is hashed into a bucket; a bucket lists the global
 * positions of the runs that fell into it. Looking up a quotation touches only the buckets of its own
 * trigrams, so the cost does not grow with the corpus. Buckets are a flat typed array (compressed-row form):
 * about 4 bytes per word of source text, no per-key objects. Hash collisions are filtered by comparing the
 * three word hashes at the hit.
 */
import type { ArticleTokens } from './article-tokens';

/** Buckets longer than this are trigrams too common to say where a quotation comes from ("one of the"). */
const MAX_BUCKET = 4000;
/** Postings one lookup visits at most, beyond its MIN_TRIGRAMS rarest trigrams. */
const POSTINGS_BUDGET = 300;
const MIN_TRIGRAMS = 4;
/** Query words beyond this are not looked up (checked quotations are far shorter); it bounds the hit keys. */
const MAX_QUERY_POSITION = 4096;

export interface PassageHits {
  readonly article: number;
  /** Number of distinct query trigrams found in this article. */
  readonly hits: number;
  /** Most frequent (article position - query position): where the quotation most likely starts. */
  readonly diagonal: number;
}

/** A trigram of the query: its position in the query, its word hashes, and its bucket's postings range. */
interface QueryTrigram {
  readonly position: number;
  readonly a0: number;
  readonly a1: number;
  readonly a2: number;
  readonly from: number;
  readonly to: number;
}

export class PassageIndex {
  private constructor(
    readonly articles: readonly ArticleTokens[],
    private readonly firstWord: Int32Array,
    private readonly bucketStart: Int32Array,
    private readonly postings: Int32Array,
    private readonly mask: number,
  ) {}

  static build(articles: readonly ArticleTokens[]): PassageIndex {
    const firstWord = new Int32Array(articles.length + 1);
    articles.forEach((a, i) => (firstWord[i + 1] = firstWord[i]! + a.hashes.length));
    const words = firstWord[articles.length]!;
    const bucketCount = Math.max(1024, nextPowerOfTwo(words >>> 2));
    const mask = bucketCount - 1;
    const bucketStart = new Int32Array(bucketCount + 1);
    for (const { hashes } of articles) {
      for (let i = 0; i + 2 < hashes.length; i++) bucketStart[(trigramHash(hashes, i) & mask) + 1]!++;
    }
    for (let b = 0; b < bucketCount; b++) bucketStart[b + 1]! += bucketStart[b]!;
    const fill = bucketStart.slice(0, bucketCount);
    const postings = new Int32Array(bucketStart[bucketCount]!);
    articles.forEach(({ hashes }, a) => {
      const base = firstWord[a]!;
      for (let i = 0; i + 2 < hashes.length; i++) postings[fill[trigramHash(hashes, i) & mask]!++] = base + i;
    });
    return new PassageIndex(articles, firstWord, bucketStart, postings, mask);
  }

  get wordCount(): number {
    return this.firstWord[this.articles.length]!;
  }

  /** Bytes held by the index structures (article text excluded). */
  get byteSize(): number {
    let bytes = this.firstWord.byteLength + this.bucketStart.byteLength + this.postings.byteLength;
    for (const a of this.articles) bytes += a.hashes.byteLength;
    return bytes;
  }

  /**
   * Articles sharing trigrams with the query, best first. `runs` are stretches of consecutive query words
   * (word hashes) with their position in the query; words in brackets or across an ellipsis are not joined.
   */
  lookup(runs: ReadonlyArray<{ readonly position: number; readonly hashes: readonly number[] }>, limit = 5): PassageHits[] {
    // Each hit is packed into one number and the hits are grouped by a native numeric sort: no per-hit objects,
    // no comparator calls. The key orders hits by article, then diagonal, then query position; it is built from
    // the hit's global word position, so it stays exact at any corpus size (see HitKeys).
    const trigrams = this.rarestTrigrams(runs);
    const keys = new HitKeys(this.firstWord, trigrams.reduce((max, t) => Math.max(max, t.position), 0));
    const hits: number[] = [];
    for (const { position, a0, a1, a2, from, to } of trigrams) {
      for (let p = from; p < to; p++) {
        const global = this.postings[p]!;
        const article = this.articleAt(global);
        const local = global - this.firstWord[article]!;
        const h = this.articles[article]!.hashes;
        if (h[local] !== a0 || h[local + 1] !== a1 || h[local + 2] !== a2) continue; // a bucket collision
        hits.push(keys.pack(article, global, position));
      }
    }
    return keys.summarise(Float64Array.from(hits).sort()).sort((x, y) => y.hits - x.hits || x.article - y.article).slice(0, limit);
  }

  /**
   * The query's trigrams with their buckets, rarest first, within a budget of postings: rare trigrams say
   * where a quotation comes from; common ones only cost time. This bounds a lookup whatever the corpus size.
   */
  private rarestTrigrams(runs: ReadonlyArray<{ readonly position: number; readonly hashes: readonly number[] }>): QueryTrigram[] {
    const all: QueryTrigram[] = [];
    for (const run of runs) {
      for (let q = 0; q + 2 < run.hashes.length; q++) {
        const a0 = run.hashes[q]!, a1 = run.hashes[q + 1]!, a2 = run.hashes[q + 2]!;
        const bucket = trigramOf(a0, a1, a2) & this.mask;
        const from = this.bucketStart[bucket]!, to = this.bucketStart[bucket + 1]!;
        if (to - from <= MAX_BUCKET && run.position + q <= MAX_QUERY_POSITION) all.push({ position: run.position + q, a0, a1, a2, from, to });
      }
    }
    all.sort((x, y) => x.to - x.from - (y.to - y.from));
    let budget = POSTINGS_BUDGET;
    return all.filter((t, k) => {
      budget -= t.to - t.from;
      return k < MIN_TRIGRAMS || budget >= 0;
    });
  }

  private articleAt(global: number): number {
    let lo = 0;
    let hi = this.articles.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.firstWord[mid]! <= global) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

/**
 * Packs a hit (article, diagonal, query position) into one exact integer below 2^53, whatever the corpus size.
 *
 * With P = (largest query position + 1), a hit at global word `g` for query position `q` in article `a` gets
 * `shifted = g - q + P * (a + 1)`: article a's shifted values fill [firstWord[a] + P*a, firstWord[a+1] + P*(a+1)),
 * ranges that do not overlap and ascend with a, and within an article `shifted` orders the diagonals. The key is
 * `shifted * P + q`. Global positions are below 2^31 (the postings are an Int32Array) and a query has at most
 * MAX_QUERY_POSITION words, so keys stay far below 2^53; the constructor checks it anyway
 * rather than trust arithmetic.
 */
class HitKeys {
  private readonly span: number;

  constructor(private readonly firstWord: Int32Array, maxPosition: number) {
    this.span = maxPosition + 1;
    const articles = firstWord.length - 1;
    const largest = (firstWord[articles]! + this.span * (articles + 1)) * this.span + this.span;
    if (!Number.isSafeInteger(largest)) throw new RangeError(`passage index: hit keys would overflow (${articles} articles, query of ${this.span} words)`);
  }

  pack(article: number, global: number, position: number): number {
    return (global - position + this.span * (article + 1)) * this.span + position;
  }

  /** Per article (hits sorted by key): distinct query trigrams found, and the most frequent diagonal. */
  summarise(sorted: Float64Array): PassageHits[] {
    const result: PassageHits[] = [];
    const P = this.span;
    let k = 0;
    let article = 0;
    while (k < sorted.length) {
      const shiftedOf = (i: number): number => Math.floor(sorted[i]! / P);
      article = this.articleOfShifted(shiftedOf(k), article);
      const end = this.firstWord[article + 1]! + P * (article + 1); // first shifted value of the next article
      const seen = new Set<number>();
      let bestDiagonal = 0;
      let bestRun = 0;
      while (k < sorted.length && shiftedOf(k) < end) {
        const shifted = shiftedOf(k);
        let run = 0;
        while (k < sorted.length && shiftedOf(k) === shifted) {
          seen.add(sorted[k]! % P);
          run++;
          k++;
        }
        if (run > bestRun) [bestRun, bestDiagonal] = [run, shifted - P * (article + 1) - this.firstWord[article]!];
      }
      result.push({ article, hits: seen.size, diagonal: bestDiagonal });
    }
    return result;
  }

  /** The article whose shifted range holds `shifted`, searching from `from` (keys ascend). */
  private articleOfShifted(shifted: number, from: number): number {
    let lo = from;
    let hi = this.firstWord.length - 2;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.firstWord[mid]! + this.span * mid <= shifted) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

function trigramHash(hashes: Int32Array, i: number): number {
  return trigramOf(hashes[i]!, hashes[i + 1]!, hashes[i + 2]!);
}

function trigramOf(a: number, b: number, c: number): number {
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
