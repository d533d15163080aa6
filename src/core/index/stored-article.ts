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
import { OffsetMap } from '../text/offset-map';
import { LineIndex } from '../text/positions';
import { decodeArticle, encodeArticle } from './snapshot';

// TextEncoder and TextDecoder are globals in Node and in web workers, typed here as decode.ts does (no DOM types).
interface Codecs {
  TextEncoder: new () => { encode(text: string): Uint8Array; encodeInto(text: string, into: Uint8Array): { read: number; written: number } };
  TextDecoder: new (label: string, options: { fatal: boolean }) => { decode(bytes: Uint8Array): string };
}
const { TextEncoder: Encoder, TextDecoder: Decoder } = globalThis as unknown as Codecs;
const encoder = new Encoder();
const decoder = new Decoder('utf-8', { fatal: false });

/** Saved bytes of the articles kept decoded at once (about twice that in strings): all of a corpus of a few thousand articles. */
const DECODED_BUDGET_BYTES = 8 * 1024 * 1024;
/** Size of a shared buffer of stored articles; a larger article gets one of its own. */
const ARENA_BYTES = 1024 * 1024;

/**
 * An article whose fields are decoded from its saved JSON when one is first read. A class, so that an article
 * costs one small object (a getter per object cost 18 us an article); code that copies an article names its
 * fields (`{ ...article }` sees `file` only), and JSON.stringify gets the whole article (toJSON). It keeps the
 * buffer and where its JSON is in it, not a view of its own: a view is an object more an article.
 */
export class StoredArticle implements Article {
  readonly #buffer: Uint8Array;
  readonly #from: number;
  readonly #to: number;
  #loaded: Article | undefined;

  constructor(readonly file: string, buffer: Uint8Array, from: number, to: number) {
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
    return this.#buffer.subarray(this.#from, this.#to);
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

  /** Lets its decoded fields go (DecodedArticles, over its budget). */
  static forget(article: StoredArticle): void {
    article.#loaded = undefined;
  }
}

/**
 * `article` kept as its saved JSON, decoded again when a field is next read: kept decoded, each article read by
 * a first indexing would live through a few collections and then be garbage of the old generation.
 */
export function storeArticle(article: Article): StoredArticle {
  if (article instanceof StoredArticle) return article;
  const json = JSON.stringify(encodeArticle(article));
  const { buffer, from, to } = arena.append(json);
  return new StoredArticle(article.file, buffer, from, to);
}

/** Shared buffers that stored articles are written into, one after another. */
class Arena {
  private buffer = new Uint8Array(0);
  private used = 0;

  append(json: string): { buffer: Uint8Array; from: number; to: number } {
    if (json.length > ARENA_BYTES / 8) {
      const own = encoder.encode(json);
      return { buffer: own, from: 0, to: own.byteLength };
    }
    const appended = this.tryAppend(json);
    if (appended !== undefined) return appended;
    this.buffer = new Uint8Array(ARENA_BYTES);
    this.used = 0;
    return this.tryAppend(json)!;
  }

  private tryAppend(json: string): { buffer: Uint8Array; from: number; to: number } | undefined {
    if (this.buffer.byteLength - this.used < json.length) return undefined;
    const { read, written } = encoder.encodeInto(json, this.buffer.subarray(this.used));
    if (read < json.length) return undefined;
    const from = this.used;
    this.used += written;
    return { buffer: this.buffer, from, to: this.used };
  }
}

/** The stored articles decoded now, oldest first, and their saved bytes: the oldest let go past the budget. */
class DecodedArticles {
  private queue: StoredArticle[] = [];
  private sizes: number[] = [];
  private head = 0;
  private bytes = 0;

  add(article: StoredArticle, size: number): void {
    this.queue.push(article);
    this.sizes.push(size);
    this.bytes += size;
    while (this.bytes > DECODED_BUDGET_BYTES && this.head < this.queue.length - 1) {
      StoredArticle.forget(this.queue[this.head]!);
      this.bytes -= this.sizes[this.head]!;
      this.head++;
    }
    if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.head);
      this.sizes = this.sizes.slice(this.head);
      this.head = 0;
    }
  }
}

const arena = new Arena();
const decodedArticles = new DecodedArticles();

/**
 * The article saved in `json`. A snapshot's checksum matched, or the Corpus wrote it, so it is what was
 * written; were it not (a bug), the article is kept as an empty text rather than thrown at a check.
 */
function decodeStored(file: string, json: Uint8Array): Article {
  let saved: unknown;
  try {
    saved = JSON.parse(decoder.decode(json));
  } catch {
    saved = undefined;
  }
  const article = decodeArticle(saved);
  if (article && article.file === file) return article;
  return { file, meta: { id: file, title: '' }, body: ' ', bodyToFile: new OffsetMap(), fileLines: LineIndex.fromJSON([0]) };
}
