/**
 * A word-trigram (shingle) inverted index over the source articles: what a check looks quotations up in.
 *
 * It answers over one or more segments (segment.ts): a large base and small segments of the articles changed
 * since it was built, so that one changed file costs about its own size (index-segments.ts keeps them). An
 * article replaced or removed since its segment was built is dead there: its postings are skipped. Looking up
 * a quotation touches only the buckets of its own trigrams, so the cost does not grow with the corpus. Hash
 * collisions are filtered by comparing the three word hashes at the hit.
 *
 * Article numbers (`articles`, `PassageHits.article`) count the live articles in the host's order, whatever
 * segment holds them, so a lookup over segments gives the hits of one index built afresh over the same articles
 * (ties go to the earlier article); which trigrams a lookup reads is decided by their bucket sizes summed over
 * the segments, which may differ a little from a fresh build's until the segments are merged.
 */
import type { ArticleTokens } from './article-tokens';
import { Segment, trigramOf } from './segment';

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

/** A segment as one index sees it: for each of its articles, the index's article number, or -1 when dead. */
export interface SegmentView {
  readonly segment: Segment;
  readonly live: Int32Array;
}

/** A trigram of the query: its position in the query, its word hashes, each segment's bucket, and their total size. */
interface QueryTrigram {
  readonly position: number;
  readonly a0: number;
  readonly a1: number;
  readonly a2: number;
  readonly buckets: number[];
  readonly size: number;
}

export class PassageIndex {
  private constructor(
    readonly articles: readonly ArticleTokens[],
    private readonly segments: readonly SegmentView[],
    /** firstWord[a]: where article a starts when the live articles' words are counted one after another. */
    private readonly firstWord: Int32Array,
  ) {}

  /** One index built afresh over `articles`. */
  static build(articles: readonly ArticleTokens[]): PassageIndex {
    return PassageIndex.over(articles, [{ segment: Segment.build(articles), live: Int32Array.from(articles, (_, k) => k) }]);
  }

  /**
   * An index of `articles` over segments built earlier: each segment's `live` says which of its articles is
   * which of `articles` (each live article in exactly one segment; `articles[k].hashes` is that segment's).
   * `firstWord`, when the caller has it, must be what `build` would work out (the running sum of word counts).
   */
  static over(articles: readonly ArticleTokens[], segments: readonly SegmentView[], firstWord?: Int32Array): PassageIndex {
    if (!firstWord) {
      firstWord = new Int32Array(articles.length + 1);
      for (let k = 0; k < articles.length; k++) firstWord[k + 1] = firstWord[k]! + articles[k]!.hashes.length;
    }
    return new PassageIndex(articles, segments, firstWord);
  }

  get wordCount(): number {
    return this.firstWord[this.articles.length]!;
  }

  /** Bytes held by the index structures (article text excluded; dead articles' postings included). */
  get byteSize(): number {
    let bytes = this.firstWord.byteLength;
    for (const { segment, live } of this.segments) {
      bytes += segment.byteSize + live.byteLength;
      for (const a of segment.articles) bytes += a.hashes.byteLength;
    }
    return bytes;
  }

  /** How many segments the index reads (1 after a fresh build or a merge). */
  get segmentCount(): number {
    return this.segments.length;
  }

  /**
   * Articles sharing trigrams with the query, best first. `runs` are stretches of consecutive query words
   * (word hashes) with their position in the query; words in brackets or across an ellipsis are not joined.
   */
  lookup(runs: ReadonlyArray<{ readonly position: number; readonly hashes: readonly number[] }>, limit = 5): PassageHits[] {
    // Each hit is packed into one number and the hits are grouped by a native numeric sort: no per-hit objects,
    // no comparator calls. The key orders hits by article, then diagonal, then query position; it is built from
    // the hit's word position counted over the live articles, so it stays exact at any corpus size (see HitKeys).
    const trigrams = this.rarestTrigrams(runs);
    const keys = new HitKeys(this.firstWord, trigrams.reduce((max, t) => Math.max(max, t.position), 0));
    const hits: number[] = [];
    for (const { position, a0, a1, a2, buckets } of trigrams) {
      this.segments.forEach(({ segment, live }, s) => {
        const to = segment.bucketTo(buckets[s]!);
        for (let p = segment.bucketFrom(buckets[s]!); p < to; p++) {
          const word = segment.postings[p]!;
          const local = segment.articleAt(word);
          const article = live[local]!;
          if (article < 0) continue; // replaced or removed since the segment was built
          const at = word - segment.firstWord[local]!;
          const h = segment.articles[local]!.hashes;
          if (h[at] !== a0 || h[at + 1] !== a1 || h[at + 2] !== a2) continue; // a bucket collision
          hits.push(keys.pack(article, this.firstWord[article]! + at, position));
        }
      });
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
        const trigram = trigramOf(a0, a1, a2);
        let size = 0;
        const buckets = this.segments.map(({ segment }) => {
          const bucket = segment.bucketOf(trigram);
          size += segment.bucketTo(bucket) - segment.bucketFrom(bucket);
          return bucket;
        });
        if (size <= MAX_BUCKET && run.position + q <= MAX_QUERY_POSITION) all.push({ position: run.position + q, a0, a1, a2, buckets, size });
      }
    }
    all.sort((x, y) => x.size - y.size);
    let budget = POSTINGS_BUDGET;
    return all.filter((t, k) => {
      budget -= t.size;
      return k < MIN_TRIGRAMS || budget >= 0;
    });
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
