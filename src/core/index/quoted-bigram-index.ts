/**
 * A word-bigram index over the quoted stretches of the sources only (quoted-regions.ts): where a quotation too
 * short for the trigram index (passage-index.ts) may come from. Two words are looked up where the trigram
 * index needs three unbroken ones, so `"fair, open, [and] final"` (runs `fair open` and `final`) still finds a
 * source's `"a fair, open and binding process"`.
 *
 * Only what someone is quoted saying is indexed: a short quotation gets a verdict only against a passage the
 * source attributes to someone (short-quotation.ts), and quoted text is a sixth or so of a news article's
 * words, so the index costs about a fifth of the trigram index. It is built on the first short quotation a
 * check meets, per set of articles, from per-article pieces kept with each article; after one source changes,
 * only that one is scanned and indexed again, into a small segment.
 */
import type { ArticleTokens } from './article-tokens';
import { wordPositions } from './word-positions';
import { quotedRegions } from './quoted-regions';
import type { Article } from '../sources/article';
import { scanWords } from '../text/words';

/** One article's quoted bigrams: the bigram's hash and the body offset of its first word, in text order. */
interface Piece {
  readonly keys: Int32Array;
  readonly offsets: Int32Array;
}

/** A place a query bigram occurs: the article, the source word it starts at, the query unit it stands for. */
export interface BigramPlace {
  readonly article: number;
  readonly word: number;
  readonly position: number;
}

const pieces = new WeakMap<Article, Piece>();
const built = new WeakMap<readonly ArticleTokens[], QuotedBigramIndex>();
/** The index last built: the next set of articles (one source changed) reuses its segments. */
let last: QuotedBigramIndex | undefined;
/** A new segment is made for up to this share of the articles; beyond it, or past MAX_SEGMENTS, one is built afresh. */
const MAX_FRESH_SHARE = 0.25;
const MAX_SEGMENTS = 8;

/**
 * The index over a set of articles, in segments: when one source changes, the host's new set of articles differs
 * from the last by an article or two, and only those are indexed, into a small segment; an article no longer in
 * the set is skipped where its segment lists it, until the segments are built afresh.
 */
export class QuotedBigramIndex {
  private constructor(
    private readonly segments: readonly Segment[],
    private readonly numberOf: ReadonlyMap<Article, number>,
  ) {}

  /** The index over `articles` (an array the host keeps while the corpus is unchanged), built on first use. */
  static of(articles: readonly ArticleTokens[]): QuotedBigramIndex {
    let index = built.get(articles);
    if (!index) {
      index = QuotedBigramIndex.after(last, articles);
      built.set(articles, index);
      last = index;
    }
    return index;
  }

  /** One index built afresh over `articles` (the per-article pieces are reused). */
  static build(articles: readonly ArticleTokens[]): QuotedBigramIndex {
    return QuotedBigramIndex.after(undefined, articles);
  }

  private static after(previous: QuotedBigramIndex | undefined, articles: readonly ArticleTokens[]): QuotedBigramIndex {
    const numberOf = new Map(articles.map((a, k) => [a.article, k] as const));
    if (previous) {
      const kept = previous.segments.filter((s) => s.articles.some((a) => numberOf.get(a.article) !== undefined));
      const held = new Set(kept.flatMap((s) => s.articles.map((a) => a.article)));
      const fresh = articles.filter((a) => !held.has(a.article));
      const dead = held.size - (articles.length - fresh.length);
      const limit = MAX_FRESH_SHARE * articles.length;
      if (fresh.length <= limit && dead <= limit && kept.length < MAX_SEGMENTS) {
        return new QuotedBigramIndex(fresh.length > 0 ? [...kept, Segment.build(fresh)] : kept, numberOf);
      }
    }
    return new QuotedBigramIndex([Segment.build(articles)], numberOf);
  }

  /** Segments the index reads (for tests and the benchmark). */
  get segmentCount(): number {
    return this.segments.length;
  }

  /** Bytes held by this index's segments and their articles' pieces. */
  get byteSize(): number {
    return this.segments.reduce((sum, s) => sum + s.byteSize, 0);
  }

  /**
   * Where the bigram of words `first`, `second` is quoted, at most `limit` places; null when it is quoted in
   * more places than that (too common to say where a quotation comes from). `position` is passed through.
   */
  places(first: number, second: number, position: number, limit: number): BigramPlace[] | null {
    const found: BigramPlace[] = [];
    for (const segment of this.segments) {
      const places = segment.places(first, second, limit);
      if (places === null) return null;
      for (const { tokens, word } of places) {
        const article = this.numberOf.get(tokens.article);
        if (article === undefined) continue; // no longer a source (an article's body never changes: a changed file is a new article)
        if (found.length === limit) return null;
        found.push({ article, word, position });
      }
    }
    return found;
  }
}

/** One segment: the quoted bigrams of some articles in compressed-row form, as passage-index.ts keeps trigrams. */
class Segment {
  private constructor(
    readonly articles: readonly ArticleTokens[],
    private readonly pieceOf: readonly Piece[],
    private readonly firstBigram: Int32Array,
    private readonly bucketStart: Int32Array,
    private readonly postings: Int32Array,
    private readonly mask: number,
  ) {}

  static build(articles: readonly ArticleTokens[]): Segment {
    const pieceOf = articles.map((a) => pieceFor(a.article));
    const firstBigram = new Int32Array(articles.length + 1);
    pieceOf.forEach((p, a) => (firstBigram[a + 1] = firstBigram[a]! + p.keys.length));
    const total = firstBigram[articles.length]!;
    const bucketCount = Math.max(256, nextPowerOfTwo(total >>> 1));
    const mask = bucketCount - 1;
    const bucketStart = new Int32Array(bucketCount + 1);
    for (const { keys } of pieceOf) for (const key of keys) bucketStart[(key & mask) + 1]!++;
    for (let b = 0; b < bucketCount; b++) bucketStart[b + 1]! += bucketStart[b]!;
    const fill = bucketStart.slice(0, bucketCount);
    const postings = new Int32Array(total);
    pieceOf.forEach(({ keys }, a) => keys.forEach((key, k) => (postings[fill[key & mask]!++] = firstBigram[a]! + k)));
    return new Segment(articles, pieceOf, firstBigram, bucketStart, postings, mask);
  }

  get byteSize(): number {
    let bytes = this.firstBigram.byteLength + this.bucketStart.byteLength + this.postings.byteLength;
    for (const p of this.pieceOf) bytes += p.keys.byteLength + p.offsets.byteLength;
    return bytes;
  }

  /** The segment's places of the bigram, at most `limit` (null beyond), as the article's tokens and word. */
  places(first: number, second: number, limit: number): Array<{ tokens: ArticleTokens; word: number }> | null {
    const key = bigramOf(first, second);
    const from = this.bucketStart[key & this.mask]!;
    const to = this.bucketStart[(key & this.mask) + 1]!;
    const found: Array<{ tokens: ArticleTokens; word: number }> = [];
    for (let p = from; p < to; p++) {
      const global = this.postings[p]!;
      const article = this.articleAt(global);
      const local = global - this.firstBigram[article]!;
      if (this.pieceOf[article]!.keys[local] !== key) continue; // a bucket collision
      const tokens = this.articles[article]!;
      const word = wordAt(tokens, this.pieceOf[article]!.offsets[local]!);
      if (word < 0 || tokens.hashes[word] !== first || tokens.hashes[word + 1] !== second) continue; // a hash collision
      if (found.length === limit) return null;
      found.push({ tokens, word });
    }
    return found;
  }

  private articleAt(global: number): number {
    let lo = 0;
    let hi = this.articles.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.firstBigram[mid]! <= global) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

/** The quoted bigrams of one article, scanned once and kept with it. */
function pieceFor(article: Article): Piece {
  let piece = pieces.get(article);
  if (piece) return piece;
  const keys: number[] = [];
  const offsets: number[] = [];
  for (const [start, end] of quotedRegions(article)) {
    const words = scanWords(article.body.slice(start, end));
    for (let k = 0; k + 1 < words.hashes.length; k++) {
      keys.push(bigramOf(words.hashes[k]!, words.hashes[k + 1]!));
      offsets.push(start + words.starts[k]!);
    }
  }
  piece = { keys: Int32Array.from(keys), offsets: Int32Array.from(offsets) };
  pieces.set(article, piece);
  return piece;
}

/** The index of the article word starting at body offset `offset`, or -1. */
function wordAt(tokens: ArticleTokens, offset: number): number {
  const { starts } = wordPositions(tokens.article);
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return starts[lo] === offset ? lo : -1;
}

export function bigramOf(a: number, b: number): number {
  let x = Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77);
  x ^= x >>> 15;
  x = Math.imul(x, 0x2c1b3c6d);
  return (x ^ (x >>> 12)) | 0;
}

function nextPowerOfTwo(n: number): number {
  let p = 1;
  while (p < n) p *= 2;
  return p;
}
