// The segmented passage index: a changed article is indexed alone into a small segment, the old one is dead,
// and a merge gives exactly the index a fresh build over the same articles gives.
import * as assert from 'node:assert/strict';
import { checkDraft, Corpus, PassageIndex, type Article, type ArticleTokens, type SourceFileSystem } from '../../src/core';
import { IndexSegments } from '../../src/core/index/index-segments';
import { Segment } from '../../src/core/index/segment';

/** An article of `words` word hashes from a seeded generator: distinct articles share no trigram by chance. */
function tokens(file: string, seed: number, words: number): ArticleTokens {
  const hashes = new Int32Array(words);
  let state = seed * 7919 + 1;
  for (let i = 0; i < words; i++) hashes[i] = state = (Math.imul(state, 1103515245) + 12345) | 0;
  return { article: { file } as unknown as Article, hashes };
}

/** A query of `length` words of `article` from `at`. */
function query(article: ArticleTokens, at: number, length = 12): Array<{ position: number; hashes: number[] }> {
  return [{ position: 0, hashes: [...article.hashes.subarray(at, at + length)] }];
}

const noPause = async (): Promise<void> => undefined;

describe('index segments', () => {
  const corpus = Array.from({ length: 40 }, (_, k) => tokens(`a${k}.md`, k + 1, 300 + 17 * k));

  it('an upserted article is found with its new text, and no longer with its old', () => {
    const segments = new IndexSegments();
    const before = segments.indexOf(corpus);
    const changed = [...corpus];
    changed[7] = tokens('a7.md', 1007, 400);
    const after = segments.indexOf(changed);
    assert.equal(after.segmentCount, 2, 'the changed article went into a segment of its own');
    assert.equal(after.lookup(query(changed[7]!, 100))[0]?.article, 7);
    assert.deepEqual(after.lookup(query(corpus[7]!, 100)), [], 'the old text is dead');
    assert.equal(before.lookup(query(corpus[7]!, 100))[0]?.article, 7, 'an index handed out earlier does not change');
    assert.equal(after.lookup(query(corpus[8]!, 50))[0]?.article, 8, 'the other articles are still found');
  });

  it('a restored base over the same articles in its order gives a fresh build\'s hits, and a change after it works as usual', () => {
    const built = Segment.build(corpus);
    const fresh = PassageIndex.build(corpus);
    const segments = new IndexSegments();
    assert.ok(segments.restore(Segment.fromArrays(corpus, built.firstWord, built.bucketStart, built.postings)));
    const index = segments.indexOf(corpus);
    assert.equal(index.segmentCount, 1);
    assert.equal(index.wordCount, fresh.wordCount);
    for (const k of [0, 13, 39]) {
      assert.equal(index.lookup(query(corpus[k]!, 40))[0]?.article, k);
      assert.deepEqual(index.lookup(query(corpus[k]!, 40)), fresh.lookup(query(corpus[k]!, 40)), `article ${k}`);
    }
    const changed = [...corpus];
    changed[13] = tokens('a13.md', 1013, 250);
    const after = segments.indexOf(changed);
    assert.equal(after.lookup(query(changed[13]!, 100))[0]?.article, 13);
    assert.deepEqual(after.lookup(query(corpus[13]!, 100)), [], 'the old text is dead');
    // Out of the base's order, the general path places each article: the same hits as a fresh build in that order.
    const reversed = new IndexSegments();
    reversed.restore(Segment.fromArrays(corpus, built.firstWord, built.bucketStart, built.postings));
    const backwards = [...corpus].reverse();
    assert.deepEqual(reversed.indexOf(backwards).lookup(query(corpus[5]!, 40)), PassageIndex.build(backwards).lookup(query(corpus[5]!, 40)));
  });

  it('a removed article is not found, and the articles after it are numbered as in a fresh build', () => {
    const segments = new IndexSegments();
    segments.indexOf(corpus);
    const remaining = corpus.filter((_, k) => k !== 3);
    const index = segments.indexOf(remaining);
    assert.deepEqual(index.lookup(query(corpus[3]!, 10)), []);
    assert.equal(index.articles.length, 39);
    assert.deepEqual(index.lookup(query(corpus[20]!, 30)), PassageIndex.build(remaining).lookup(query(corpus[20]!, 30)));
  });

  it('base plus segments gives the hits of a fresh build, and so does the merge', async () => {
    const segments = new IndexSegments();
    segments.indexOf(corpus);
    let current = [...corpus];
    for (let round = 0; round < 8; round++) {
      current = current.filter((_, k) => k !== round * 3); // remove one
      current.splice(round, 1, tokens(`changed${round}.md`, 500 + round, 250)); // replace another
      current.push(tokens(`new${round}.md`, 900 + round, 200)); // add one
      // A new article whose passage repeats one already indexed: the tie goes to the earlier article either way.
      current.push({ article: { file: `copy${round}.md` } as unknown as Article, hashes: current[5]!.hashes.slice() });
      segments.indexOf(current);
    }
    const segmented = segments.indexOf(current);
    assert.ok(segmented.segmentCount > 1);
    assert.equal(segments.wantsMerge, true);
    assert.equal(await segments.merge(noPause), true);
    const merged = segments.indexOf(current);
    assert.equal(merged.segmentCount, 1);
    const fresh = PassageIndex.build(current);
    assert.equal(merged.wordCount, fresh.wordCount);
    for (const article of current) {
      for (const at of [0, 40, article.hashes.length - 15]) {
        const expected = fresh.lookup(query(article, at), 6);
        assert.deepEqual(merged.lookup(query(article, at), 6), expected);
        assert.deepEqual(segmented.lookup(query(article, at), 6), expected);
      }
    }
  });

  it('a change made while a merge runs survives the merge', async () => {
    const segments = new IndexSegments();
    segments.indexOf(corpus);
    const changed = [...corpus];
    for (let k = 0; k < 8; k++) changed[k] = tokens(`a${k}.md`, 2000 + k, 300);
    segments.indexOf(changed);
    let pauses = 0;
    const later = [...changed];
    later[30] = tokens('a30.md', 3030, 300);
    const merging = segments.merge(async () => {
      if (++pauses === 1) segments.indexOf(later); // a watcher event in the middle of the merge
    });
    assert.equal(await merging, true);
    assert.ok(pauses > 1, 'the merge gave the thread back between slices');
    const index = segments.indexOf(later);
    assert.equal(index.segmentCount, 2, 'the merged base and the segment added meanwhile');
    assert.equal(index.lookup(query(later[30]!, 20))[0]?.article, 30);
    assert.deepEqual(index.lookup(query(corpus[30]!, 20)), []);
    assert.equal(index.lookup(query(changed[2]!, 20))[0]?.article, 2);
  });

  it('an index asked for while a change is being prepared does not lose the segment prepared', async () => {
    const segments = new IndexSegments();
    const many = Array.from({ length: 5000 }, (_, k) => tokens(`m${k}.md`, 10_000 + k, 20)); // enough to be made in slices
    await segments.prepare(many, noPause);
    const grown = [...many, tokens('added.md', 99_999, 300)]; // one more article: the index is made afresh, in slices
    let asked = 0;
    await segments.prepare(grown, async () => {
      asked++; // a keystroke's check between any two slices, on the articles still published
      assert.equal(segments.indexOf(many.slice()).lookup(query(many[3]!, 10))[0]?.article, 3);
    });
    assert.ok(asked > 2);
    const build = Segment.build;
    let builds = 0;
    Segment.build = (articles) => (builds++, build(articles));
    try {
      const index = segments.indexOf(grown);
      assert.equal(builds, 0, 'the prepared segment was kept: nothing left to index');
      assert.equal(index.lookup(query(grown[5000]!, 100))[0]?.article, 5000);
    } finally {
      Segment.build = build;
    }
  });
});

describe('Corpus over index segments', () => {
  const text = (sentence: string): string => `---\ntitle: "Harbour"\n---\n\nThe council met. "${sentence}," said Alice Smith. The vote was close.\n`;
  const OLD = 'We will build the new harbour wall before the winter storms arrive';
  const NEW = 'We will build the new harbour wall before the spring tides arrive';
  const OTHER = (k: number): string => `The ferry timetable number ${k} changes on the first Monday of every month from now on`;
  const files = new Map<string, string>(Array.from({ length: 30 }, (_, k) => [`sources/s${k}.md`, text(OTHER(k))]));
  files.set('sources/a.md', text(OLD));
  const fs: SourceFileSystem = {
    list: async () => [...files.keys()].sort(),
    accepts: () => true,
    stat: async (file) => (files.has(file) ? { mtime: files.get(file)!.length, size: files.get(file)!.length, directory: false } : undefined),
    read: async (file) => new TextEncoder().encode(files.get(file)),
  };
  const verdict = (corpus: Corpus, sentence: string): string =>
    checkDraft(`The mayor was clear. "${sentence}," said Alice Smith.`, corpus.index).quotes[0]!.verdict;

  it('with a pause hook, an upsert is indexed before it is published, into a small segment, and merged later', async () => {
    let pauses = 0;
    const corpus = new Corpus({ fs, pause: async () => void pauses++ });
    await corpus.sync();
    assert.ok(pauses > 0);
    const first = corpus.index;
    assert.equal(first.segmentCount, 1);
    assert.equal(verdict(corpus, OLD), 'exact');
    let published = 0;
    const listening = corpus.onDidChange(() => {
      published++;
      assert.equal(corpus.index.segmentCount, 2, 'the changed file alone, in a segment built before publishing');
    });
    await corpus.upsert('sources/a.md', { mtime: 2, size: 2 }, new TextEncoder().encode(text(NEW)));
    await corpus.commit();
    assert.equal(published, 1);
    listening.dispose();
    assert.equal(verdict(corpus, NEW), 'exact');
    assert.equal(verdict(corpus, OLD), 'misquoted');
    await corpus.upsert('sources/new.md', { mtime: 3, size: 3 }, new TextEncoder().encode(text(OTHER(99).replace('ferry', 'tram'))));
    await corpus.commit(); // a file that was not there: the publication is made afresh, not patched
    assert.equal(verdict(corpus, OTHER(99).replace('ferry', 'tram')), 'exact');
    assert.equal(corpus.article('sources/new.md')?.file, 'sources/new.md');
    corpus.remove('sources/s3.md');
    corpus.remove('sources/new.md');
    await corpus.commit();
    assert.equal(corpus.index.articles.length, 30);
    await until(() => corpus.index.segmentCount === 1); // the background merge (the segments outgrew 1/16 of the base)
    assert.equal(verdict(corpus, NEW), 'exact');
    assert.equal(verdict(corpus, OLD), 'misquoted');
    assert.equal(corpus.index.articles.some((a) => a.article.file === 'sources/s3.md'), false);
  });
});

async function until(condition: () => boolean): Promise<void> {
  for (let k = 0; k < 200 && !condition(); k++) await new Promise((resolve) => setImmediate(resolve));
  assert.ok(condition(), 'timed out');
}
