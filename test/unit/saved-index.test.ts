// The persisted passage index: a restart over unchanged sources reads the base segment's arrays back instead of
// tokenising and indexing; lookups are those of a fresh build; a damaged, foreign or older saved index is
// reported and rebuilt, never thrown; a file changed since the save is indexed again.
import * as assert from 'node:assert/strict';
import { checkDraft, Corpus, PassageIndex, type CorpusLog, type SnapshotStore, type SourceFileSystem, type SourceStat } from '../../src/core';
import { MemorySnapshotStore } from '../../src/core/corpus/memory-store';
import { checksum, DEAD_ARTICLE, decodeIndex, encodeIndex } from '../../src/core/index/saved-index';
import { Segment } from '../../src/core/index/segment';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const WORDS = 'passage-index-words.bin';
const POSTINGS = 'passage-index-postings.bin';
const META = 'passage-index.json';

const NAMES = ['harbour', 'council', 'budget', 'school', 'bridge', 'library', 'market', 'station', 'garden', 'museum'];

/** An article whose quoted sentence names its own topic, so each is found in its own file only. */
function article(k: number, sentence = sentenceOf(k)): string {
  return `---\ntitle: "Story ${k}"\n---\n\nThe council met on Tuesday. "${sentence}," said Alice Smith. The vote was close.\n`;
}

function sentenceOf(k: number): string {
  return `We will rebuild the ${NAMES[k % NAMES.length]} number ${k} before the winter storms arrive in the valley`;
}

class Files implements SourceFileSystem {
  readonly files = new Map<string, { text: string; mtime: number }>();
  reads: string[] = [];
  private clock = 1_700_000_000_000;

  write(file: string, text: string): void {
    this.files.set(file, { text, mtime: this.clock++ });
  }
  async list(): Promise<string[]> {
    return [...this.files.keys()].sort();
  }
  accepts(): boolean {
    return true;
  }
  async stat(file: string): Promise<SourceStat | undefined> {
    const found = this.files.get(file);
    return found && { mtime: found.mtime, size: encode(found.text).length, directory: false };
  }
  async read(file: string): Promise<Uint8Array> {
    this.reads.push(file);
    return encode(this.files.get(file)!.text);
  }
}


class RecordingLog implements CorpusLog {
  readonly lines: string[] = [];
  info(): void {
    // counts only
  }
  warn(message: string): void {
    this.lines.push(message);
  }
}

const COUNT = 24;

async function saved(): Promise<{ fs: Files; store: MemorySnapshotStore }> {
  const fs = new Files();
  for (let k = 0; k < COUNT; k++) fs.write(`sources/s${String(k).padStart(2, '0')}.md`, article(k));
  const store = new MemorySnapshotStore();
  const corpus = new Corpus({ fs, snapshot: store });
  await corpus.sync();
  void corpus.index;
  await corpus.saveSnapshot();
  return { fs, store };
}

function verdict(corpus: Corpus, sentence: string): string {
  return checkDraft(`The mayor was clear. "${sentence}," said Alice Smith.`, corpus.index).quotes[0]!.verdict;
}

/** Whether the index's article reads its word hashes from the saved words part (no tokenising). */
function fromSaved(corpus: Corpus, store: MemorySnapshotStore, k: number): boolean {
  return corpus.index.articles[k]!.hashes.buffer === store.bytes.get(WORDS)!.buffer;
}

/** A quotation of 12 words from every article, looked up. */
function lookups(index: PassageIndex): unknown[] {
  return index.articles.map((a, k) => index.lookup([{ position: 0, hashes: [...a.hashes.subarray(k % 5, (k % 5) + 12)] }]));
}

describe('persisted passage index', () => {
  it('a restart reads the saved index back: the same lookups as a fresh build, no file read, nothing tokenised', async () => {
    const { fs, store } = await saved();
    assert.ok(store.bytes.get(WORDS) && store.bytes.get(POSTINGS) && store.texts.get(META), 'the index was saved');
    fs.reads = [];
    const restarted = new Corpus({ fs, snapshot: store });
    assert.deepEqual(await restarted.sync(), { restored: COUNT, read: 0, unchanged: COUNT });
    assert.deepEqual(fs.reads, []);
    for (let k = 0; k < COUNT; k++) assert.ok(fromSaved(restarted, store, k), `article ${k} uses the saved hashes`);
    const fresh = PassageIndex.build(restarted.index.articles.map((a) => ({ article: a.article, hashes: a.hashes.slice() })));
    assert.deepEqual(lookups(restarted.index), lookups(fresh));
    assert.equal(restarted.index.segmentCount, 1);
    for (let k = 0; k < COUNT; k += 5) assert.equal(verdict(restarted, sentenceOf(k)), 'exact');
  });

  it('an editor host (with a pause hook) restores the saved index too', async () => {
    const { fs, store } = await saved();
    const restarted = new Corpus({ fs, snapshot: store, pause: async () => undefined });
    await restarted.sync();
    assert.ok(fromSaved(restarted, store, 0));
    assert.equal(verdict(restarted, sentenceOf(3)), 'exact');
  });

  it('a file changed since the save is read and indexed again; the others stay restored', async () => {
    const { fs, store } = await saved();
    const changed = 'We will open the new ferry terminal before the spring tides arrive in the bay';
    fs.write('sources/s03.md', article(3, changed));
    fs.reads = [];
    const restarted = new Corpus({ fs, snapshot: store });
    await restarted.sync();
    assert.deepEqual(fs.reads, ['sources/s03.md']);
    assert.equal(verdict(restarted, changed), 'exact');
    assert.notEqual(verdict(restarted, sentenceOf(3)), 'exact', 'the old text is no longer found');
    assert.ok(!fromSaved(restarted, store, 3), 'the changed article was tokenised afresh');
    assert.ok(fromSaved(restarted, store, 4));
    assert.equal(restarted.index.segmentCount, 2, 'the saved base and a segment of the changed file');
    const fresh = PassageIndex.build(restarted.index.articles.map((a) => ({ article: a.article, hashes: a.hashes.slice() })));
    assert.deepEqual(lookups(restarted.index), lookups(fresh));
  });

  it('after a restart without a pause hook, article() and the order read the restored entries, and see a change made since', async () => {
    const { fs, store } = await saved();
    const restarted = new Corpus({ fs, snapshot: store });
    await restarted.sync();
    const files = (): string[] => restarted.index.articles.map((a) => a.article.file);
    assert.deepEqual(files(), [...fs.files.keys()], 'in listing order, not the shards\' order');
    assert.equal(restarted.articleCount, COUNT);
    assert.match(restarted.article('sources/s07.md')!.body, /number 7 before/);
    assert.equal(restarted.article('sources/none.md'), undefined);
    const changed = 'We will open the new ferry terminal before the spring tides arrive in the bay';
    fs.write('sources/s07.md', article(7, changed));
    await restarted.upsert('sources/s07.md', (await fs.stat('sources/s07.md'))!, encode(article(7, changed)));
    assert.match(restarted.article('sources/s07.md')!.body, /number 7 before/, 'the published article until the change is published');
    await restarted.commit();
    assert.match(restarted.article('sources/s07.md')!.body, /ferry terminal/);
    assert.match(restarted.article('sources/s08.md')!.body, /number 8 before/);
    fs.write('sources/a-new.md', article(99));
    await restarted.refresh(['sources/a-new.md']);
    restarted.remove('sources/s02.md');
    await restarted.commit();
    assert.equal(restarted.article('sources/s02.md'), undefined);
    assert.deepEqual(files(), [...fs.files.keys()].filter((f) => f !== 'sources/s02.md' && f !== 'sources/a-new.md').concat('sources/a-new.md'), 'a file come by an event goes last');
    assert.equal(verdict(restarted, changed), 'exact');
    assert.equal(verdict(restarted, sentenceOf(99)), 'exact');
  });

  it('without a pause hook (the CLI), a save merges the segments when a merge is due, so the next restart indexes nothing', async () => {
    const { fs, store } = await saved();
    for (const k of [2, 5, 9, 14, 20]) fs.write(`sources/s${String(k).padStart(2, '0')}.md`, article(k, `A new sentence number ${k} about the ${NAMES[k % NAMES.length]} and the coming spring`));
    const restarted = new Corpus({ fs, snapshot: store });
    await restarted.sync();
    assert.equal(restarted.index.segmentCount, 2, 'the restored base and a segment of the changed files');
    await restarted.saveSnapshot();
    const again = new Corpus({ fs, snapshot: store });
    await again.sync();
    assert.equal(again.index.segmentCount, 1, 'the merged base was saved');
    for (let k = 0; k < COUNT; k++) assert.ok(fromSaved(again, store, k), `article ${k} uses the saved hashes`);
    assert.equal(verdict(again, `A new sentence number 9 about the ${NAMES[9]} and the coming spring`), 'exact');
  });

  const damages: Array<[string, (store: MemorySnapshotStore) => void, RegExp]> = [
    ['truncated', (s) => s.bytes.set(WORDS, s.bytes.get(WORDS)!.slice(0, 100)), /damaged \(words/],
    ['a flipped bit in the postings', (s) => {
      const bytes = s.bytes.get(POSTINGS)!;
      bytes[bytes.length - 7]! ^= 0x10;
    }, /checksum mismatch/],
    ['not JSON', (s) => s.texts.set(META, '{"format": "sourcecheck-ind'), /not valid JSON/],
    ['of an older format', (s) => s.texts.set(META, JSON.stringify({ format: 'sourcecheck-index/0' })), /another format/],
    ['from a tokeniser that hashed differently', (s) => {
      const meta = JSON.parse(s.texts.get(META)!) as { probe: number[] };
      meta.probe[0]! ^= 1;
      s.texts.set(META, JSON.stringify(meta));
    }, /hashed words differently/],
    ['a postings part of another save', (s) => {
      const bytes = s.bytes.get(POSTINGS)!;
      bytes[8]! ^= 1; // the save id in the header
    }, /another save/],
    ['missing a part', (s) => s.bytes.delete(POSTINGS), /missing/],
  ];
  for (const [name, damage, said] of damages) {
    it(`a saved index ${name} is rebuilt with a log line, never thrown`, async () => {
      const { fs, store } = await saved();
      damage(store);
      const log = new RecordingLog();
      const restarted = new Corpus({ fs, snapshot: store, log });
      assert.equal((await restarted.sync()).restored, COUNT, 'the articles are still restored');
      assert.ok(log.lines.some((l) => /saved passage index/.test(l) && said.test(l)), log.lines.join('\n'));
      assert.equal(verdict(restarted, sentenceOf(7)), 'exact');
      assert.ok(!fromSaved(restarted, store, 0), 'the index was built afresh');
      await restarted.saveSnapshot();
      const again = new Corpus({ fs, snapshot: store });
      await again.sync();
      assert.ok(fromSaved(again, store, 0), 'the rebuilt index was saved, and is used by the next restart');
    });
  }

  for (const [name, damage, said] of [
    ['truncated', (b: Uint8Array) => b.slice(0, -6), /damaged \(length/],
    ['with a flipped byte in an article', (b: Uint8Array) => {
      const copy = b.slice();
      copy[copy.length - 40]! ^= 0x01;
      return copy;
    }, /checksum mismatch/],
  ] as const) {
    it(`a shard of bytes ${name} is read again with a log line`, async () => {
      const { fs, store } = await saved();
      const shard = [...store.bytes.keys()].find((k) => /^shard-\d+\.bin$/.test(k))!;
      store.bytes.set(shard, damage(store.bytes.get(shard)!));
      const log = new RecordingLog();
      fs.reads = [];
      const restarted = new Corpus({ fs, snapshot: store, log });
      await restarted.sync();
      assert.ok(fs.reads.length > 0 && fs.reads.length < COUNT, 'the sources of that shard only are read again');
      assert.ok(log.lines.some((l) => l.includes(shard) && said.test(l)), log.lines.join('\n'));
      for (let k = 0; k < COUNT; k++) assert.equal(verdict(restarted, sentenceOf(k)), 'exact');
    });
  }

  it('restored articles are whole when first read, and as JSON', async () => {
    const { fs, store } = await saved();
    const fresh = new Corpus({ fs });
    await fresh.sync();
    const restarted = new Corpus({ fs, snapshot: store });
    await restarted.sync();
    const file = 'sources/s05.md';
    const plain = (a: object): unknown => JSON.parse(JSON.stringify(a));
    assert.equal(restarted.article(file)!.body, fresh.article(file)!.body);
    assert.deepEqual(plain(restarted.article(file)!), plain(fresh.article(file)!));
    const { meta, bodyToFile, fileLines } = restarted.article(file)!;
    assert.deepEqual(plain({ meta, bodyToFile, fileLines }), plain({ meta: fresh.article(file)!.meta, bodyToFile: fresh.article(file)!.bodyToFile, fileLines: fresh.article(file)!.fileLines }));
  });

  it('older JSON shards are restored and saved again as bytes', async () => {
    const { fs, store } = await saved();
    const textOnly: SnapshotStore = { read: (n) => store.read(n), write: (n, t) => store.write(n, t) };
    const older = new Corpus({ fs, snapshot: textOnly });
    await older.sync();
    await older.saveSnapshot(); // JSON shards, as a session without byte storage writes them
    for (const k of [...store.bytes.keys()]) if (k.startsWith('shard-')) store.bytes.delete(k);
    const upgraded = new Corpus({ fs, snapshot: store });
    fs.reads = [];
    assert.equal((await upgraded.sync()).restored, COUNT);
    assert.deepEqual(fs.reads, []);
    await upgraded.saveSnapshot();
    const json = [...store.texts.keys()].filter((k) => k.startsWith('shard-')).length;
    assert.equal([...store.bytes.keys()].filter((k) => k.startsWith('shard-')).length, json, 'every JSON shard was written again as bytes');
  });

  it('decodeIndex never throws on arbitrary bytes', async () => {
    const meta = JSON.stringify({ format: 'sourcecheck-index/1', saveId: 1, probe: [], words: 3, buckets: 4, postings: 1, files: ['a'], mtimes: [1], sizes: [1] });
    for (const bytes of [new Uint8Array(0), new Uint8Array(7), new Uint8Array(64).fill(255)]) {
      assert.ok('problem' in (await decodeIndex(meta, bytes, bytes)));
      assert.ok('problem' in (await decodeIndex('null', bytes, bytes)));
    }
  });

  it('the checksum sees a change in any lane and in the order of the arrays', () => {
    const a = Int32Array.from({ length: 11 }, (_, k) => k * 7);
    const base = checksum([a, a.subarray(0, 3)]);
    for (let i = 0; i < a.length; i++) {
      const b = a.slice();
      b[i]! ^= 1 << (i % 31);
      assert.notEqual(checksum([b, a.subarray(0, 3)]), base, `word ${i}`);
    }
    assert.notEqual(checksum([a.subarray(0, 3), a]), base);
  });

  it('a saved index encoded and decoded a slice at a time is the same as at once', async () => {
    const { store } = await saved();
    const decoded = await decodeIndex(store.texts.get(META), store.bytes.get(WORDS), store.bytes.get(POSTINGS), async () => undefined);
    assert.ok(!('problem' in decoded));
  });

  it('an index larger than a slice is encoded a slice at a time, pausing between slices, and decodes to the same arrays; a built segment\'s postings are saved without a copy', async () => {
    // ~1.2 M words, several slices of copying and checksumming in each part.
    let seed = 12345;
    const random = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) | 0);
    const articles = Array.from({ length: 300 }, (_, k) => ({
      article: { ...DEAD_ARTICLE, file: `a${k}.md` },
      hashes: Int32Array.from({ length: 1000 + (random() & 0x1fff) }, () => random() & 0xffff),
    }));
    const segment = Segment.build(articles);
    let pauses = 0;
    const encoded = await encodeIndex(segment, () => ({ mtime: 1, size: 2 }), async () => void pauses++);
    assert.ok(pauses >= 4, `${pauses} pauses`);
    const [words, postings] = [encoded.words, encoded.postings].map((parts) => {
      assert.equal(parts.length, 1);
      return new Int32Array(parts[0]!.buffer, parts[0]!.byteOffset, parts[0]!.byteLength / 4);
    });
    // The checksum taken slice by slice is the one of the whole part.
    for (const part of [words!, postings!]) assert.equal(part[3], checksum([part.subarray(4)]));
    const decoded = await decodeIndex(encoded.meta, encoded.words[0], encoded.postings[0]);
    assert.ok(!('problem' in decoded), 'problem' in decoded ? decoded.problem : '');
    assert.deepEqual(decoded.firstWord, segment.firstWord);
    assert.deepEqual(decoded.bucketStart, segment.bucketStart);
    assert.deepEqual(decoded.postings, segment.postings);
    articles.forEach((a, k) => assert.deepEqual(decoded.hashes.subarray(decoded.firstWord[k]!, decoded.firstWord[k + 1]!), a.hashes, `article ${k}`));
    // A built segment's postings part is its own buffer (no copy); arrays held apart are copied, to the same bytes.
    assert.equal(encoded.postings[0]!.buffer, segment.postings.buffer);
    const apart = await encodeIndex(Segment.fromArrays(articles, segment.firstWord, segment.bucketStart.slice(), segment.postings.slice()), () => ({ mtime: 1, size: 2 }), async () => undefined);
    assert.notEqual(apart.postings[0]!.buffer, segment.postings.buffer);
    assert.deepEqual(apart.postings[0]!.subarray(12), encoded.postings[0]!.subarray(12));
  });
});
