/**
 * The passage index kept current as source files change, at a cost in proportion to the change.
 *
 * The articles are held in segments (segment.ts): a base, then one segment per batch of articles added or
 * changed since. An article is found by its word hashes (the same Int32Array for as long as its file is
 * unchanged), so an unchanged article is never indexed again, and one replaced or removed is simply no longer
 * live: its old postings stay in their segment, skipped by lookups, until the segments are merged. A merge
 * builds a new segment over the live articles of the segments merged, a slice at a time, while lookups go on
 * over the old segments: the added segments alone when there are many, all of them into a new base when much
 * of the whole is new or dead.
 *
 * When the host's list of articles has the same length as the last one (files changed in place, the common
 * case while writing), only the entries that differ are looked at: the work does not grow with the corpus
 * beyond copying a few flat arrays.
 */
import { runSteps, runStepsPausing } from '../steps';
import type { Pause } from '../time-slices';
import type { ArticleTokens } from './article-tokens';
import { PassageIndex } from './passage-index';
import { Segment } from './segment';

/** More segments than this besides the base are merged into one (a cost in proportion to their size)... */
const MAX_ADDED_SEGMENTS = 8;
/** ...and all are merged into a new base when the words added since it, plus the dead ones, exceed this share of it. */
const MERGE_SHARE = 1 / 16;

/** The last index handed out, kept to work out the next one from it. */
interface View {
  readonly articles: readonly ArticleTokens[];
  readonly segments: readonly Segment[];
  /** Per segment: for each of its articles, its number in `articles`, or -1 when dead. */
  readonly live: readonly Int32Array[];
  readonly liveWords: readonly number[];
  readonly firstWord: Int32Array;
  readonly index: PassageIndex;
}

export class IndexSegments {
  private segments: Segment[] = [];
  /**
   * Where each article is: its number in the one segment of `segments` that holds it (an article, known by its
   * hashes, is in one at a time; slotOf finds which). A location object per article was 38,400 objects more at
   * ~100 MB of sources for every full collection to mark.
   */
  private where = new Map<Int32Array, number>();
  /**
   * A base restored from a saved index whose articles are not in `where` yet: the first index after a restart
   * over unchanged files needs no lookup (wholeBase), so they are located only when a lookup is first needed.
   */
  private unlocated: Segment | undefined;
  private last: View | undefined;
  private merging = false;
  /** Counts changes to `segments`, so that work spread over slices can tell that they changed under it. */
  private changes = 0;
  /** Segments none of whose articles has been live in an index yet. */
  private readonly unseen = new Set<Segment>();

  /** The index over `articles` (in the host's order); articles in no segment yet are indexed into a new one now. */
  indexOf(articles: readonly ArticleTokens[]): PassageIndex {
    if (this.last && this.unchanged(articles)) return this.last.index;
    const fresh = this.unindexed(articles);
    if (fresh.length > 0) this.add(Segment.build(fresh));
    return runSteps(this.viewSteps(articles));
  }

  /**
   * What `indexOf` does, a slice at a time, pausing between slices: the articles in no segment yet are indexed
   * into a new one, and the index over all is made, so that `indexOf(articles)` then returns it at once.
   */
  async prepare(articles: readonly ArticleTokens[], pause: Pause): Promise<void> {
    if (this.unchanged(articles)) return;
    const fresh = this.unindexed(articles);
    if (fresh.length > 0) {
      const segment = await runStepsPausing(Segment.steps(fresh), pause);
      // Its articles are in no index handed out, so they may be located before the segment joins the others.
      const where = this.located();
      await inSlices(segment.articles, (a, local) => where.set(a.hashes, local), pause);
      if (this.where !== where) segment.articles.forEach((a, local) => this.where.set(a.hashes, local)); // a new base came meanwhile
      this.segments.push(segment);
      this.unseen.add(segment);
      this.changes++;
    }
    const changes = this.changes;
    const steps = this.viewSteps(articles);
    for (let step = steps.next(); !step.done; step = steps.next()) {
      await pause();
      if (this.changes !== changes) return; // a merge was installed meanwhile: indexOf will make the index
    }
  }

  /**
   * Starts from a base segment built in an earlier session (saved-index.ts), before any index is asked for.
   * Its articles whose files changed since are simply never live: their hashes are no host article's.
   * Returns false, restoring nothing, when segments were built already.
   */
  restore(base: Segment): boolean {
    if (this.segments.length > 0) return false; // articles were indexed already: they stay as they are
    this.segments = [base];
    this.changes++;
    this.unlocated = base;
    return true;
  }

  /** The base segment of the last index handed out (the one worth persisting), if any. */
  get base(): Segment | undefined {
    return this.last?.segments[0];
  }

  /** Whether the segments should be merged: many added since the base, or much of the whole new or dead. */
  get wantsMerge(): boolean {
    const last = this.last;
    return !!last && !this.merging && last.segments.length > 1 && (this.wantsNewBase(last) || last.segments.length > 1 + MAX_ADDED_SEGMENTS);
  }

  /**
   * Merges segments of the last index (all of them into a new base, or those added since the base into one),
   * a slice at a time; segments added meanwhile stay as they are. Resolves true when the segments changed;
   * the index handed out next is then over the merged segments, the same articles in the same order.
   */
  async merge(pause: Pause): Promise<boolean> {
    const last = this.last;
    if (!last || this.merging || last.segments.length < 2) return false;
    this.merging = true;
    try {
      const newBase = this.wantsNewBase(last);
      const merged = newBase ? [...last.segments] : last.segments.slice(1);
      // The live articles of the merged segments, in the index's order, and where each lands in the new segment.
      const rank = new Int32Array(last.articles.length).fill(-1);
      const numbers: number[] = [];
      for (const m of merged) for (const k of last.live[last.segments.indexOf(m)]!) if (k >= 0) numbers.push(k);
      numbers.sort((x, y) => x - y).forEach((k, local) => (rank[k] = local));
      const moved = merged.map((m) => last.live[last.segments.indexOf(m)]!.map((k) => (k >= 0 ? rank[k]! : -1)));
      await pause();
      const segment = await runStepsPausing(Segment.steps(numbers.map((k) => last.articles[k]!)), pause);
      const where = newBase ? new Map<Int32Array, number>() : this.located();
      if (newBase) await inSlices(segment.articles, (a, local) => where.set(a.hashes, local), pause);
      this.install(segment, merged, moved, where);
      return true;
    } finally {
      this.merging = false;
    }
  }

  /** Puts a merged segment in place of those it merged, with the index over it (synchronous: no slice). */
  private install(segment: Segment, merged: readonly Segment[], moved: readonly Int32Array[], where: Map<Int32Array, number>): void {
    const newBase = merged.includes(this.segments[0]!);
    const others = this.segments.filter((s) => !merged.includes(s) && (newBase || s !== this.segments[0]));
    if (newBase) {
      this.unlocated = undefined; // the old base is replaced, its articles located in the new one
      // `where` holds the new base's articles already; the segments added during the merge join it.
      for (const s of others) s.articles.forEach((a, local) => where.set(a.hashes, local));
    } else {
      for (const m of merged) forgetLocations(where, m);
      segment.articles.forEach((a, local) => where.set(a.hashes, local));
    }
    this.where = where;
    const current = this.last!; // the index handed out last: maybe newer than the one merged, with segments added since
    const live = new Int32Array(segment.articles.length).fill(-1);
    let words = 0;
    for (let i = 0; i < merged.length; i++) {
      const s = current.segments.indexOf(merged[i]!);
      if (s < 0) continue; // nothing left alive in it
      words += current.liveWords[s]!;
      current.live[s]!.forEach((k, local) => {
        if (k >= 0) live[moved[i]![local]!] = k; // live now, so live when the merge began: an article never comes back
      });
    }
    const shown = [...(newBase ? [] : [this.segments[0]!]), segment, ...others.filter((s) => current.segments.includes(s))];
    this.segments = [...shown, ...others.filter((s) => !shown.includes(s))];
    for (const m of merged) this.unseen.delete(m);
    this.changes++;
    const liveOf = (s: Segment): Int32Array => (s === segment ? live : current.live[current.segments.indexOf(s)]!);
    const wordsOf = (s: Segment): number => (s === segment ? words : current.liveWords[current.segments.indexOf(s)]!);
    const index = PassageIndex.over(current.articles, shown.map((s) => ({ segment: s, live: liveOf(s) })), current.firstWord);
    this.last = { articles: current.articles, segments: shown, live: shown.map(liveOf), liveWords: shown.map(wordsOf), firstWord: current.firstWord, index };
  }

  private wantsNewBase(last: View): boolean {
    const added = last.segments.slice(1).reduce((sum, s) => sum + s.wordCount, 0);
    const dead = last.segments.reduce((sum, s, k) => sum + s.wordCount - last.liveWords[k]!, 0);
    return added + dead > last.segments[0]!.wordCount * MERGE_SHARE;
  }

  /**
   * Whether `articles` are the last index's, in the same order (a re-index that found every file as it was): that
   * index is handed out again, so what the editor cached against it (findings, speakers) stays valid.
   */
  private unchanged(articles: readonly ArticleTokens[]): boolean {
    const before = this.last?.articles;
    if (before === articles) return true;
    if (before?.length !== articles.length) return false;
    for (let k = 0; k < articles.length; k++) if (before[k] !== articles[k]) return false;
    return true;
  }

  /**
   * Whether `articles` are the only segment's own, all live and in its order: the first index after a restart
   * over unchanged files (the host lists them in the order it saved). No article needs a map lookup then.
   */
  private wholeBase(articles: readonly ArticleTokens[]): boolean {
    const base = this.segments.length === 1 ? this.segments[0]!.articles : undefined;
    if (this.last || base?.length !== articles.length) return false;
    // The same object first: a restored article's hashes are a view made when first read (saved-tokens.ts).
    for (let k = 0; k < articles.length; k++) if (base[k] !== articles[k] && base[k]!.hashes !== articles[k]!.hashes) return false;
    return true;
  }

  /** The articles in no segment: with a list as long as the last, only those that differ from it are looked up. */
  private unindexed(articles: readonly ArticleTokens[]): ArticleTokens[] {
    if (this.wholeBase(articles)) return [];
    const fresh: ArticleTokens[] = [];
    const where = this.located();
    for (const k of this.differing(articles)) if (!where.has(articles[k]!.hashes)) fresh.push(articles[k]!);
    return fresh;
  }

  /** The positions where `articles` differs from the last index's (all of them when the lengths differ). */
  private differing(articles: readonly ArticleTokens[]): number[] {
    const before = this.last?.articles;
    const positions: number[] = [];
    for (let k = 0; k < articles.length; k++) if (before?.length !== articles.length || before[k] !== articles[k]) positions.push(k);
    return positions;
  }

  private add(segment: Segment): void {
    this.segments.push(segment);
    this.unseen.add(segment);
    this.changes++;
    segment.articles.forEach((a, local) => this.located().set(a.hashes, local));
  }

  /** `where`, with the articles of a restored base put in it first if they are not yet. */
  private located(): Map<Int32Array, number> {
    const base = this.unlocated;
    if (base) {
      this.unlocated = undefined;
      base.articles.forEach((a, local) => this.where.set(a.hashes, local));
    }
    return this.where;
  }

  /**
   * The index of `articles`, all of them in segments by now; segments with no live article left are dropped.
   * Yields between slices of a pass over every article (none when only a few changed); installs at the end.
   */
  private *viewSteps(articles: readonly ArticleTokens[]): Generator<void, PassageIndex> {
    const last = this.last;
    const patch = last !== undefined && last.articles.length === articles.length && last.segments.every((s, k) => this.segments[k] === s);
    const live = this.segments.map((s, k) => (patch ? last.live[k]?.slice() : undefined) ?? new Int32Array(s.articles.length).fill(-1));
    const liveWords = this.segments.map((_, k) => (patch ? last.liveWords[k] : undefined) ?? 0);
    const segments = this.segments;
    const place = (hashes: Int32Array, k: number, sign: 1 | -1): void => {
      const local = this.located().get(hashes)!;
      const s = slotOf(segments, hashes, local);
      live[s]![local] = sign > 0 ? k : -1;
      liveWords[s]! += sign * hashes.length;
    };
    let firstWord: Int32Array;
    if (this.wholeBase(articles)) {
      // Every article is the base's, in its order: live in place, the base's word counts.
      const base = this.segments[0]!;
      for (let k = 0; k < articles.length; k++) live[0]![k] = k;
      liveWords[0] = base.wordCount;
      firstWord = base.firstWord.slice();
    } else if (patch) {
      // Only the differing entries are looked at; the word counts after each are shifted in one flat pass.
      const shifts: Array<{ readonly at: number; readonly by: number }> = [];
      for (const k of this.differing(articles)) {
        const before = last.articles[k]!.hashes;
        const after = articles[k]!.hashes;
        if (before === after) continue; // the same words (a relinked article): nothing moves
        place(before, k, -1);
        place(after, k, 1);
        if (after.length !== before.length) shifts.push({ at: k, by: after.length - before.length });
      }
      firstWord = shifted(last.firstWord, shifts);
    } else {
      firstWord = new Int32Array(articles.length + 1);
      for (let k = 0; k < articles.length; k++) {
        const { hashes } = articles[k]!;
        firstWord[k + 1] = firstWord[k]! + hashes.length;
        place(hashes, k, 1);
        if (k % SLICE_ITEMS === SLICE_ITEMS - 1) yield;
      }
    }
    // A segment is dropped once none of its articles is live, but not before any was: an index asked for while
    // a newer publication is being prepared must not drop the segment prepared for it.
    for (const [s, segment] of this.segments.entries()) if (liveWords[s]! > 0) this.unseen.delete(segment);
    const kept = this.segments.flatMap((segment, s) => (s === 0 || liveWords[s]! > 0 || this.unseen.has(segment) ? [s] : []));
    for (const s of this.segments.keys()) {
      if (kept.includes(s)) continue;
      const dropped = this.segments[s]!;
      forgetLocations(this.located(), dropped);
    }
    if (kept.length < this.segments.length) this.changes++;
    this.segments = kept.map((s) => this.segments[s]!);
    const views = kept.map((s, k) => ({ segment: this.segments[k]!, live: live[s]! }));
    const index = PassageIndex.over(articles, views, firstWord);
    this.last = { articles, segments: this.segments, live: kept.map((s) => live[s]!), liveWords: kept.map((s) => liveWords[s]!), firstWord, index };
    return index;
  }
}

/** Which of `segments` holds the article with these hashes as its number `local` (the newest first: most lookups are of recent changes). */
function slotOf(segments: readonly Segment[], hashes: Int32Array, local: number): number {
  for (let s = segments.length - 1; s >= 0; s--) if (segments[s]!.articles[local]?.hashes === hashes) return s;
  throw new Error('An article of the index is in none of its segments.');
}

/** Drops from `where` the articles located in `segment`. */
function forgetLocations(where: Map<Int32Array, number>, segment: Segment): void {
  segment.articles.forEach((a, local) => {
    if (where.get(a.hashes) === local) where.delete(a.hashes);
  });
}

/** A copy of `firstWord` with the word counts of some articles changed: every start after each moves by its change. */
function shifted(firstWord: Int32Array, shifts: ReadonlyArray<{ readonly at: number; readonly by: number }>): Int32Array {
  const copy = firstWord.slice();
  let by = 0;
  for (let j = 0; j < shifts.length; j++) {
    by += shifts[j]!.by;
    const end = j + 1 < shifts.length ? shifts[j + 1]!.at : copy.length - 1;
    for (let i = shifts[j]!.at + 1; i <= end; i++) copy[i]! += by;
  }
  return copy;
}

const SLICE_ITEMS = 4096;

async function inSlices<T>(items: readonly T[], work: (item: T, k: number) => void, pause: Pause): Promise<void> {
  for (let k = 0; k < items.length; k += SLICE_ITEMS) {
    const end = Math.min(items.length, k + SLICE_ITEMS);
    for (let i = k; i < end; i++) work(items[i]!, i);
    await pause();
  }
}
