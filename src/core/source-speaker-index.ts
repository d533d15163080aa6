/**
 * "In the sources" as a lookup: every attributed quotation of every article, grouped by speaker, built once
 * per set of articles. `quotesBy(name)` returns exactly what `quotesBySpeaker(articles, name)` returns (same
 * speakers as source-quotes.ts decides them, same order, same limit) without scanning the corpus: a name is
 * compared only with the speakers that share a word with it, or a spelling variant of one.
 */
import { nameWords, sameActorWords, similarWords, surname } from './language/names';
import { attributedQuotations, type SourceQuote } from './source-speakers';
import type { Article } from './sources/article';
import { escapeRegExp } from './text/regexp';
import { bitCount } from './text/bit-count';
import type { Pause } from './time-slices';

interface Speaker {
  readonly words: string[];
  /** Indexes into `quotes`, in corpus order. */
  readonly quotes: number[];
}

export class SourceSpeakerIndex {
  private readonly quotes: SourceQuote[] = [];
  private readonly articleOf: number[] = [];
  private readonly speakers = new Map<string, Speaker>();
  /** Speaker names by each word of theirs. */
  private readonly byWord = new Map<string, string[]>();
  private readonly variants = new Map<string, string[]>();
  private shapes: Map<number, Array<[string, Uint8Array, number]>> | undefined;
  /** Answers already given: the Actors view asks again for the same persons each time it refreshes. */
  private readonly answers = new Map<string, SourceQuote[]>();

  /** Reads every article now; `buildSpeakerIndex` reads them between pauses instead. */
  constructor(private readonly articles: readonly Article[], read = true) {
    if (read) articles.forEach((_, a) => this.read(a));
  }

  /** Adds the attributed quotations of article `a` (each article once, in order). */
  read(a: number): void {
    this.answers.clear();
    for (const quote of attributedQuotations(this.articles[a]!)) {
      let speaker = this.speakers.get(quote.speaker);
      if (!speaker) {
        speaker = { words: nameWords(quote.speaker), quotes: [] };
        this.speakers.set(quote.speaker, speaker);
        for (const word of new Set(speaker.words)) (this.byWord.get(word) ?? this.byWord.set(word, []).get(word)!).push(quote.speaker);
      }
      speaker.quotes.push(this.quotes.length);
      this.quotes.push(quote);
      this.articleOf.push(a);
    }
  }

  /** What the sources quote `name` saying, as quotesBySpeaker(articles, name, limit). */
  quotesBy(name: string, limit = 50): SourceQuote[] {
    const key = `${limit} ${name}`;
    let answer = this.answers.get(key);
    if (!answer) this.answers.set(key, (answer = this.lookUp(name, limit)));
    return [...answer];
  }

  private lookUp(name: string, limit: number): SourceQuote[] {
    const family = surname(name);
    if (family.length < 2) return [];
    const words = nameWords(name);
    const found: number[] = [];
    for (const speaker of this.candidates(words)) {
      const entry = this.speakers.get(speaker)!;
      if (sameActorWords(entry.words, words)) found.push(...entry.quotes);
    }
    found.sort((x, y) => x - y);
    const written = name.trim().split(/\s+/).pop() ?? family; // as spelled, accents and all
    const mentions = new RegExp(`${escapeRegExp(family)}|${escapeRegExp(written)}`, 'i');
    const mentioned = new Map<number, boolean>();
    const result: SourceQuote[] = [];
    for (const q of found) {
      const a = this.articleOf[q]!;
      let ok = mentioned.get(a);
      if (ok === undefined) mentioned.set(a, (ok = mentions.test(this.articles[a]!.body)));
      if (!ok) continue;
      result.push(this.quotes[q]!);
      if (result.length >= limit) break;
    }
    return result;
  }

  /** Speakers sharing a word, or a spelling variant of one, with `words`: the only ones sameActorWords can accept. */
  private candidates(words: readonly string[]): Set<string> {
    const out = new Set<string>();
    for (const word of new Set(words)) {
      for (const other of this.variantsOf(word)) for (const s of this.byWord.get(other)!) out.add(s);
    }
    return out;
  }

  /**
   * The speakers' words that similarWords accepts for `word`, worked out once per word. Only words of a close
   * length are compared, and only those whose letter counts differ by at most two per allowed edit (an edit
   * changes them by two at most) reach the edit distance: a few comparisons instead of the whole vocabulary.
   */
  private variantsOf(word: string): string[] {
    let variants = this.variants.get(word);
    if (variants) return variants;
    variants = this.byWord.has(word) ? [word] : [];
    if (word.length >= 5) {
      this.shapes ??= byLength(this.byWord.keys());
      const counts = letterCounts(word);
      const letters = presentLetters(counts);
      for (let length = word.length - 3; length <= word.length + 3; length++) {
        const allowed = Math.floor(Math.max(length, word.length) / 4);
        if (Math.abs(length - word.length) > allowed) continue;
        for (const [other, otherCounts, otherLetters] of this.shapes.get(length) ?? []) {
          // letters one word has and the other lacks are a lower bound of countDistance, and cheaper
          if (other !== word && bitCount(letters ^ otherLetters) <= 2 * allowed && countDistance(counts, otherCounts) <= 2 * allowed && similarWords(other, word)) variants.push(other);
        }
      }
    }
    this.variants.set(word, variants);
    return variants;
  }
}

/** Letter counts in 32 buckets (char code mod 32): a lower bound of how far two words' letters are apart. */
function letterCounts(word: string): Uint8Array {
  const counts = new Uint8Array(32);
  for (let i = 0; i < word.length; i++) counts[word.charCodeAt(i) & 31]!++;
  return counts;
}

/** A bit for each bucket of letterCounts that is not empty. */
function presentLetters(counts: Uint8Array): number {
  let bits = 0;
  for (let i = 0; i < 32; i++) if (counts[i]! > 0) bits |= 1 << i;
  return bits;
}

function countDistance(a: Uint8Array, b: Uint8Array): number {
  let d = 0;
  for (let i = 0; i < 32; i++) d += Math.abs(a[i]! - b[i]!);
  return d;
}

/** Words of five letters or more (the only ones similarWords relaxes) with their letter counts, by length. */
function byLength(words: Iterable<string>): Map<number, Array<[string, Uint8Array, number]>> {
  const out = new Map<number, Array<[string, Uint8Array, number]>>();
  for (const word of words) {
    if (word.length < 5) continue;
    const counts = letterCounts(word);
    (out.get(word.length) ?? out.set(word.length, []).get(word.length)!).push([word, counts, presentLetters(counts)]);
  }
  return out;
}

const built = new WeakMap<readonly Article[], SourceSpeakerIndex>();

/** The speaker index of `articles` (an array the host keeps while the corpus is unchanged), built on first use. */
export function speakerIndexOf(articles: readonly Article[]): SourceSpeakerIndex {
  let index = built.get(articles);
  if (!index) built.set(articles, (index = new SourceSpeakerIndex(articles)));
  return index;
}

/** The speaker index of `articles` if it is built already. */
export function builtSpeakerIndex(articles: readonly Article[]): SourceSpeakerIndex | undefined {
  return built.get(articles);
}

/**
 * Builds the speaker index of `articles` between pauses, as the editor does: reading every article's
 * attributions takes seconds on a large corpus, too long to hold the thread. Undefined when `cancelled` says
 * the articles were replaced meanwhile.
 */
export async function buildSpeakerIndex(articles: readonly Article[], pause: Pause, cancelled: () => boolean = () => false): Promise<SourceSpeakerIndex | undefined> {
  const ready = built.get(articles);
  if (ready) return ready;
  const index = new SourceSpeakerIndex(articles, false);
  for (let a = 0; a < articles.length; a++) {
    index.read(a);
    await pause();
    if (cancelled()) return undefined;
  }
  built.set(articles, index);
  return index;
}
