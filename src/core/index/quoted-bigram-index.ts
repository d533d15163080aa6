/**
 * A word-bigram index over the quoted stretches of the sources only (quoted-regions.ts): where a quotation too
 * short for the trigram index (passage-index.ts) may come from. Two words are looked up where the trigram
 * index needs three unbroken ones, so `"fair, open, [and] final"` (runs `fair open` and `final`) still finds a
 * source's `"a fair, open and binding process"`.
 *
 * Only what someone is quoted saying is indexed: a short quotation gets a verdict only against a passage the
 * source attributes to someone (short-quotation.ts), and quoted text is a sixth or so of a news article's
 * words, so the index costs about a fifth of the trigram index. It is built on the first short quotation a
 * check meets, per set of articles, from per-article pieces kept with each article: after one source changes,
 * only that one is scanned again.
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

export class QuotedBigramIndex {
  private constructor(
    private readonly articles: readonly ArticleTokens[],
    private readonly pieceOf: readonly Piece[],
    private readonly firstBigram: Int32Array,
    private readonly bucketStart: Int32Array,
    private readonly postings: Int32Array,
    private readonly mask: number,
  ) {}

  /** The index over `articles` (an array the host keeps while the corpus is unchanged), built on first use. */
  static of(articles: readonly ArticleTokens[]): QuotedBigramIndex {
    let index = built.get(articles);
    if (!index) built.set(articles, (index = QuotedBigramIndex.build(articles)));
    return index;
  }

  static build(articles: readonly ArticleTokens[]): QuotedBigramIndex {
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
    return new QuotedBigramIndex(articles, pieceOf, firstBigram, bucketStart, postings, mask);
  }

  /** Bytes held by this index and its articles' pieces. */
  get byteSize(): number {
    let bytes = this.firstBigram.byteLength + this.bucketStart.byteLength + this.postings.byteLength;
    for (const p of this.pieceOf) bytes += p.keys.byteLength + p.offsets.byteLength;
    return bytes;
  }

  /**
   * Where the bigram of words `first`, `second` is quoted, at most `limit` places; null when it is quoted in
   * more places than that (too common to say where a quotation comes from). `position` is passed through.
   */
  places(first: number, second: number, position: number, limit: number): BigramPlace[] | null {
    const key = bigramOf(first, second);
    const from = this.bucketStart[key & this.mask]!;
    const to = this.bucketStart[(key & this.mask) + 1]!;
    const found: BigramPlace[] = [];
    for (let p = from; p < to; p++) {
      const global = this.postings[p]!;
      const article = this.articleAt(global);
      const local = global - this.firstBigram[article]!;
      if (this.pieceOf[article]!.keys[local] !== key) continue; // a bucket collision
      const word = wordAt(this.articles[article]!, this.pieceOf[article]!.offsets[local]!);
      const hashes = this.articles[article]!.hashes;
      if (word < 0 || hashes[word] !== first || hashes[word + 1] !== second) continue; // a hash collision
      if (found.length === limit) return null;
      found.push({ article, word, position });
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
