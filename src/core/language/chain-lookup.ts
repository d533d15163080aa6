/**
 * Which chains a name can join, without comparing it with every chain of a long text: findChain (chains.ts)
 * accepts a chain only when a form of it is the name in other case (an organisation), or when one of the name's
 * words is similarWords to a word of the chain's forms (every test of samePerson and sameActorWords needs one),
 * so only the chains indexed under those are asked, latest first, as findChain asks them.
 */
import { mayBeSimilar, similarWords, wordShape, type WordShape } from './names';

interface Asked {
  readonly shape: WordShape;
  /** The indexed words similarWords accepts for this one. */
  readonly found: string[];
}

export class ChainLookup {
  /** Chain ids by each word of their forms. */
  private readonly byWord = new Map<string, number[]>();
  private readonly indexed = new ShapeBuckets<WordShape>();
  /** Chain ids by each of their forms, lowercased. */
  private readonly byForm = new Map<string, number[]>();
  /** The words asked about, kept up to date as words come. */
  private readonly asked = new Map<string, Asked>();
  private readonly askedShapes = new ShapeBuckets<Asked>();

  /** Chain `id` has the form `form`, whose nameWords are `words`. */
  add(id: number, form: string, words: readonly string[]): void {
    push(this.byForm, form.toLowerCase(), id);
    for (const word of words) {
      if (!this.byWord.has(word)) {
        const shape = wordShape(word);
        this.indexed.add(shape, shape);
        for (const asked of this.askedShapes.near(shape)) {
          if (mayBeSimilar(asked.shape, shape) && similarWords(asked.shape.word, word)) asked.found.push(word);
        }
      }
      push(this.byWord, word, id);
    }
  }

  /** The ids of the chains that may accept the name `text` (nameWords `words`), highest first. */
  candidates(text: string, words: readonly string[]): number[] {
    const ids = new Set<number>(this.byForm.get(text.toLowerCase()));
    for (const word of words) for (const variant of this.variantsOf(word)) for (const id of this.byWord.get(variant)!) ids.add(id);
    return [...ids].sort((x, y) => y - x);
  }

  private variantsOf(word: string): string[] {
    let asked = this.asked.get(word);
    if (!asked) {
      const shape = wordShape(word);
      const found = this.indexed.near(shape).filter((other) => mayBeSimilar(shape, other) && similarWords(word, other.word)).map((other) => other.word);
      asked = { shape, found };
      this.asked.set(word, asked);
      this.askedShapes.add(shape, asked);
    }
    return asked.found;
  }
}

/**
 * Items by the shape of their word: only those mayBeSimilar can accept are handed out (a word under five letters
 * only by its equal once bare; a longer one by a bare length within a quarter of the longer word's).
 */
class ShapeBuckets<T> {
  private readonly short = new Map<string, T[]>();
  private readonly byLength = new Map<number, T[]>();

  add(shape: WordShape, item: T): void {
    if (shape.bare.length < 5) push(this.short, shape.bare, item);
    else push(this.byLength, shape.bare.length, item);
  }

  /** The items whose word may be similar to `shape`'s (a superset of them). */
  near(shape: WordShape): T[] {
    const x = shape.bare.length;
    if (x < 5) return this.short.get(shape.bare) ?? [];
    const out: T[] = [];
    // |x - y| <= floor(max(x, y) / 4) needs 3x/4 <= y <= 4x/3
    for (let y = Math.max(5, Math.ceil((3 * x) / 4)); y <= Math.floor((4 * x) / 3); y++) {
      const items = this.byLength.get(y);
      if (items) out.push(...items);
    }
    return out;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const values = map.get(key);
  if (values) values.push(value);
  else map.set(key, [value]);
}
