/**
 * An article kept as its saved JSON (UTF-8) and decoded when one of its fields is read: what a snapshot
 * restores (lazy-snapshot.ts) and what the Corpus keeps of every file it reads.
 *
 * Why: a parsed article is about twenty objects on the heap (strings, its maps of offsets and lines) and at
 * ~100 MB of sources a full garbage collection marking them all took 80-110 ms in one pause, however finely
 * the indexing itself was sliced. Kept as bytes, an article is one object; its bytes share a buffer with
 * others (a typed array per article is two objects more, and costly ones to collect). Decoded articles are
 * kept while their saved bytes add up to less than DECODED_BUDGET_BYTES, the oldest let go first, so a pass
 * over every article (a speaker index, a snapshot) leaves the heap as small as it found it.
 */
import type { Article } from '../sources/article';
import { wordHashes, type ArticleTokens } from './article-tokens';
import { OffsetMap } from '../text/offset-map';
import { LineIndex } from '../text/positions';
import { utf8Decoder, utf8Encoder } from '../text/utf8';
import { SharedBuffers } from './shared-buffers';
import { decodeArticle, encodeArticle } from './snapshot';

/** Saved bytes of the articles kept decoded at once (about twice that in strings): all of a corpus of a few thousand articles. */
const DECODED_BUDGET_BYTES = 8 * 1024 * 1024;

/**
 * An article whose fields are decoded from its saved JSON when one is first read. A class, so that an article
 * costs one small object (a getter per object cost 18 us an article); code that copies an article names its
 * fields (`{ ...article }` sees `file` only), and JSON.stringify gets the whole article (toJSON). It keeps the
 * buffer and where its JSON is in it, not a view of its own: a view is an object more an article.
 */
export class StoredArticle implements Article {
  readonly #buffer: ArrayBufferLike;
  readonly #from: number;
  readonly #to: number;
  #loaded: Article | undefined;

  constructor(readonly file: string, buffer: ArrayBufferLike, from: number, to: number) {
    this.#buffer = buffer;
    this.#from = from;
    this.#to = to;
  }

  get meta(): Article['meta'] {
    return this.load().meta;
  }
  get body(): string {
    return this.load().body;
  }
  get bodyToFile(): Article['bodyToFile'] {
    return this.load().bodyToFile;
  }
  get fileLines(): Article['fileLines'] {
    return this.load().fileLines;
  }
  get segments(): Article['segments'] {
    return this.load().segments;
  }

  /** Its saved JSON (saving it again copies these bytes). */
  get stored(): Uint8Array {
    return new Uint8Array(this.#buffer, this.#from, this.#to - this.#from);
  }

  /** Whether its fields are decoded now (for tests). */
  get decoded(): boolean {
    return this.#loaded !== undefined;
  }

  toJSON(): Article {
    return this.load();
  }

  private load(): Article {
    if (this.#loaded) return this.#loaded;
    this.#loaded = decodeStored(this.file, this.stored);
    decodedArticles.add(this, this.#to - this.#from);
    return this.#loaded;
  }

  /** Lets its decoded fields go (DecodedArticles, over its budget); returns the saved bytes they stood for. */
  static forget(article: StoredArticle): number {
    article.#loaded = undefined;
    return article.#to - article.#from;
  }
}

/**
 * A stored article that carries its word hashes: its own ArticleTokens. A pair object per article was one more
 * object for every full collection to mark (38,400 at ~100 MB of sources).
 */
export class TokenizedArticle extends StoredArticle implements ArticleTokens {
  readonly hashes: Int32Array;

  /**
   * `article` stored as its saved JSON (decoded again when a field is next read: kept decoded, each article read by
   * a first indexing would live through a few collections and then be garbage of the old generation), with the
   * word hashes of its body, worked out now from the text at hand.
   */
  constructor(article: Article) {
    const bytes = storedBytes.share(savedJson(article));
    super(article.file, bytes.buffer, bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    this.hashes = wordHashes(article.body);
  }

  get article(): Article {
    return this;
  }
}

/** An article's saved JSON, as a snapshot holds it (a stored article's own bytes). */
export function savedJson(article: Article): Uint8Array {
  return article instanceof StoredArticle ? article.stored : utf8Encoder.encode(JSON.stringify(encodeArticle(article)));
}

/** The stored articles decoded now, oldest first, and their saved bytes: the oldest let go past the budget. */
class DecodedArticles {
  private queue: StoredArticle[] = [];
  private head = 0;
  private bytes = 0;

  add(article: StoredArticle, size: number): void {
    this.queue.push(article);
    this.bytes += size;
    while (this.bytes > DECODED_BUDGET_BYTES && this.head < this.queue.length - 1) this.bytes -= StoredArticle.forget(this.queue[this.head++]!);
    if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.head);
      this.head = 0;
    }
  }
}

/** Stored articles' bytes, 1 MB buffers shared by many articles (a larger article keeps its own). */
const storedBytes = new SharedBuffers<Uint8Array>((length) => new Uint8Array(length), 1024 * 1024);
const decodedArticles = new DecodedArticles();

/**
 * The article saved in `json`. A snapshot's checksum matched, or the Corpus wrote it, so it is what was
 * written; were it not (a bug), the article is kept as an empty text rather than thrown at a check.
 */
function decodeStored(file: string, json: Uint8Array): Article {
  let saved: unknown;
  try {
    saved = JSON.parse(utf8Decoder.decode(json));
  } catch {
    saved = undefined;
  }
  const article = decodeArticle(saved);
  if (article && article.file === file) return article;
  return { file, meta: { id: file, title: '' }, body: ' ', bodyToFile: new OffsetMap(), fileLines: LineIndex.fromJSON([0]) };
}
