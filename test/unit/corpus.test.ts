// The Corpus on an in-memory file system: each fault found under the editor's old index lifecycle has a case
// here that fails without its fix (slow reads overwriting newer text, superseded runs, folder excludes,
// serial event handling, unvalidated snapshots).
import * as assert from 'node:assert/strict';
import { checkDraft, Corpus, encodeSnapshot, type CorpusLog, type SnapshotStore, type SourceFileSystem, type SourceStat } from '../../src/core';
import { encodeShard, shardName, shardOf } from '../../src/core/corpus/snapshot-store';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

function article(sentence: string): string {
  return `---\ntitle: "Harbour"\n---\n\nThe council met on Tuesday. "${sentence}," said Alice Smith. The vote was close.\n`;
}

const OLD = 'We will build the new harbour wall before the winter storms arrive';
const NEW = 'We will build the new harbour wall before the spring tides arrive';

/** A deferred promise: a read held until the test lets it go. */
function gate(): { promise: Promise<void>; open: () => void } {
  let open = (): void => undefined;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

class FakeFileSystem implements SourceFileSystem {
  readonly files = new Map<string, { text: string; mtime: number }>();
  readonly held = new Map<string, Promise<void>>();
  include: (file: string) => boolean = (file) => !file.includes('/node_modules/');
  /** Whether `list(folder)` applies `include` (a host that forgot its excludes for folder events does not). */
  listHonoursInclude = true;
  reads: string[] = [];
  inFlight = 0;
  maxInFlight = 0;
  private clock = 1_700_000_000_000;

  write(file: string, text: string): void {
    this.files.set(file, { text, mtime: this.clock++ });
  }

  async list(folder?: string): Promise<string[]> {
    await tick();
    const below = folder === undefined ? [...this.files.keys()] : [...this.files.keys()].filter((f) => f.startsWith(`${folder}/`));
    return below.filter((f) => !this.listHonoursInclude || this.include(f)).sort();
  }

  accepts(file: string): boolean {
    return this.include(file);
  }

  async stat(file: string): Promise<SourceStat | undefined> {
    await this.busy();
    const found = this.files.get(file);
    if (found) return { mtime: found.mtime, size: encode(found.text).length, directory: false };
    return [...this.files.keys()].some((f) => f.startsWith(`${file}/`)) ? { mtime: 0, size: 0, directory: true } : undefined;
  }

  async read(file: string): Promise<Uint8Array> {
    const found = this.files.get(file);
    if (!found) throw new Error('not found');
    const bytes = encode(found.text); // the text as it is when the read starts
    const held = this.held.get(file);
    this.reads.push(file);
    await this.busy();
    await held;
    return bytes;
  }

  private async busy(): Promise<void> {
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    await tick();
    this.inFlight--;
  }
}

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

class MemoryStore implements SnapshotStore {
  readonly texts = new Map<string, string>();
  async read(name: string): Promise<string | undefined> {
    return this.texts.get(name);
  }
  async write(name: string, text: string): Promise<void> {
    this.texts.set(name, text);
  }
}

class RecordingLog implements CorpusLog {
  readonly lines: string[] = [];
  info(message: string): void {
    this.lines.push(message);
  }
  warn(message: string): void {
    this.lines.push(message);
  }
}

function verdict(corpus: Corpus, sentence: string): string {
  return checkDraft(`The mayor was clear. "${sentence}," said Alice Smith.`, corpus.index).quotes[0]!.verdict;
}

describe('Corpus', () => {
  it('indexes the listed sources and re-reads only what changed', async () => {
    const fs = new FakeFileSystem();
    fs.write('sources/a.md', article(OLD));
    fs.write('sources/b.md', article('The budget was approved by a large majority of the council'));
    const corpus = new Corpus({ fs });
    assert.deepEqual(await corpus.sync(), { restored: 0, read: 2, unchanged: 0 });
    assert.equal(verdict(corpus, OLD), 'exact');
    fs.write('sources/a.md', article(NEW));
    assert.deepEqual(await corpus.sync(), { restored: 0, read: 1, unchanged: 1 });
    assert.equal(verdict(corpus, OLD), 'misquoted');
  });

  it('a re-index that finds every file as it was hands out the same index (findings cached against it stay)', async () => {
    for (const pause of [undefined, async (): Promise<void> => undefined]) {
      const fs = new FakeFileSystem();
      fs.write('sources/a.md', article(OLD));
      fs.write('sources/b.md', article('The budget was approved by a large majority of the council'));
      const corpus = new Corpus({ fs, ...(pause ? { pause } : {}) });
      await corpus.sync();
      const first = corpus.index;
      assert.deepEqual(await corpus.sync(), { restored: 0, read: 0, unchanged: 2 });
      assert.equal(corpus.index, first, pause ? 'with a pause hook' : 'without one');
      fs.write('sources/a.md', article(NEW));
      await corpus.sync();
      assert.notEqual(corpus.index, first);
      assert.equal(verdict(corpus, NEW), 'exact');
    }
  });

  it('the newest text wins over a slow older read that ends later', async () => {
    const fs = new FakeFileSystem();
    fs.write('sources/a.md', article(OLD));
    const corpus = new Corpus({ fs });
    await corpus.sync();
    const slow = gate();
    fs.held.set('sources/a.md', slow.promise);
    const forced = corpus.sync({ force: true }); // reads OLD, then waits
    await until(() => fs.reads.length === 2);
    fs.held.delete('sources/a.md');
    fs.write('sources/a.md', article(NEW));
    await corpus.refresh(['sources/a.md']); // the watcher's read of NEW ends first
    assert.equal(verdict(corpus, NEW), 'exact');
    slow.open();
    await forced;
    assert.match(corpus.article('sources/a.md')!.body, /spring tides/);
    assert.equal(verdict(corpus, NEW), 'exact');
  });

  it('a run superseded by a narrower glob leaves no excluded file indexed', async () => {
    const fs = new FakeFileSystem();
    fs.write('sources/a.md', article(OLD));
    fs.write('sources/old/b.md', article(NEW));
    const corpus = new Corpus({ fs });
    const slow = gate();
    fs.held.set('sources/old/b.md', slow.promise);
    const first = corpus.sync();
    await until(() => fs.reads.includes('sources/old/b.md'));
    fs.include = (file) => !file.startsWith('sources/old/');
    fs.held.delete('sources/old/b.md');
    await corpus.sync();
    slow.open();
    await first;
    await corpus.refresh(['sources/a.md']); // publishes again
    assert.equal(corpus.has('sources/old/b.md'), false);
    assert.deepEqual(corpus.index.articles.map((a) => a.article.file), ['sources/a.md']);
  });

  it('a folder event honours the excludes, even when the host lists everything in the folder', async () => {
    const fs = new FakeFileSystem();
    fs.listHonoursInclude = false;
    const corpus = new Corpus({ fs });
    await corpus.sync();
    fs.write('sources/pkg/notes.md', article(OLD));
    fs.write('sources/pkg/node_modules/lib/README.md', article(NEW));
    await corpus.refresh(['sources/pkg']);
    assert.deepEqual(corpus.index.articles.map((a) => a.article.file), ['sources/pkg/notes.md']);
    await corpus.refresh(['sources/pkg/node_modules/lib/README.md']);
    assert.equal(corpus.has('sources/pkg/node_modules/lib/README.md'), false);
  });

  it('a deleted folder takes every source below it away', async () => {
    const fs = new FakeFileSystem();
    fs.write('sources/x/a.md', article(OLD));
    fs.write('sources/x/y/b.md', article(NEW));
    fs.write('sources/xy.md', article('The budget was approved by a large majority of the council'));
    const corpus = new Corpus({ fs });
    await corpus.sync();
    fs.files.delete('sources/x/a.md');
    fs.files.delete('sources/x/y/b.md');
    await corpus.refresh(['sources/x']);
    assert.deepEqual(corpus.index.articles.map((a) => a.article.file), ['sources/xy.md']);
  });

  it('2,000 create events are read concurrently and published once', async () => {
    const fs = new FakeFileSystem();
    const corpus = new Corpus({ fs });
    await corpus.sync();
    const files = Array.from({ length: 2000 }, (_, k) => `sources/new-${k}.md`);
    for (const [k, file] of files.entries()) fs.write(file, article(`Item ${k} of the harbour plan was approved on Tuesday`));
    let published = 0;
    corpus.onDidChange(() => published++);
    fs.maxInFlight = 0;
    await corpus.refresh(files);
    assert.equal(corpus.index.articles.length, 2000);
    assert.equal(published, 1);
    assert.ok(fs.maxInFlight >= 8, `reads overlap (at most ${fs.maxInFlight} at once)`);
  });

  it('accepts an asynchronous reader (formats parsed lazily or in a worker)', async () => {
    const fs = new FakeFileSystem();
    fs.write('sources/a.md', article(OLD));
    const { readSource } = await import('../../src/core/sources/read-source');
    const corpus = new Corpus({ fs, reader: async (file, bytes, max) => (await tick(), readSource(file, bytes, max)) });
    await corpus.sync();
    assert.equal(verdict(corpus, OLD), 'exact');
  });

  it('with a pause hook, each file read is parsed after a pause (a batch of reads ending together is not parsed in one task)', async () => {
    const fs = new FakeFileSystem();
    for (let k = 0; k < 40; k++) fs.write(`sources/a-${k}.md`, article(`Item ${k} of the harbour plan was approved on Tuesday`));
    const { readSource } = await import('../../src/core/sources/read-source');
    const events: string[] = [];
    const corpus = new Corpus({
      fs,
      pause: async () => void events.push('pause'),
      reader: (file, bytes, max) => (events.push('parse'), readSource(file, bytes, max)),
    });
    await corpus.sync();
    assert.equal(corpus.index.articles.length, 40);
    const parses = events.flatMap((e, k) => (e === 'parse' ? [k] : []));
    assert.equal(parses.length, 40);
    const unpaused = parses.filter((at, k) => k > 0 && !events.slice(parses[k - 1]! + 1, at).includes('pause'));
    assert.deepEqual(unpaused, [], 'files parsed with no pause since the one before');
  });

  it('upsert and remove index bytes the host already has', async () => {
    const corpus = new Corpus({ fs: new FakeFileSystem() });
    assert.equal(await corpus.upsert('sources/a.md', { mtime: 1, size: 10 }, encode(article(OLD))), true);
    await corpus.commit();
    assert.equal(verdict(corpus, OLD), 'exact');
    corpus.remove('sources/a.md');
    await corpus.commit();
    assert.equal(corpus.index.articles.length, 0);
  });
});

describe('Corpus snapshot', () => {
  async function saved(): Promise<{ fs: FakeFileSystem; store: MemoryStore }> {
    const fs = new FakeFileSystem();
    fs.write('sources/a.md', article(OLD));
    fs.write('sources/b.md', article('The budget was approved by a large majority of the council'));
    const store = new MemoryStore();
    const corpus = new Corpus({ fs, snapshot: store });
    await corpus.sync();
    await corpus.saveSnapshot();
    return { fs, store };
  }

  it('a restart restores every article and reads no file', async () => {
    const { fs, store } = await saved();
    fs.reads = [];
    const corpus = new Corpus({ fs, snapshot: store });
    assert.deepEqual(await corpus.sync(), { restored: 2, read: 0, unchanged: 2 });
    assert.deepEqual(fs.reads, []);
    assert.equal(verdict(corpus, OLD), 'exact');
  });

  it('a changed source rewrites its own shard only', async () => {
    const { fs, store } = await saved();
    const corpus = new Corpus({ fs, snapshot: store });
    await corpus.sync();
    const written: string[] = [];
    const spy: SnapshotStore = { read: (n) => store.read(n), write: async (n, t) => {
      written.push(n);
      await store.write(n, t);
    } };
    const watching = new Corpus({ fs, snapshot: spy });
    await watching.sync();
    fs.write('sources/a.md', article(NEW));
    await watching.refresh(['sources/a.md']);
    await watching.saveSnapshot();
    assert.deepEqual(written, [shardName(shardOf('sources/a.md'))]);
  });

  for (const [name, damage] of [
    ['meta: null', (e: Record<string, unknown>) => (e['meta'] = null)],
    ['a body that is not a string', (e: Record<string, unknown>) => (e['body'] = 42)],
    ['line starts that are not numbers', (e: Record<string, unknown>) => (e['fileLines'] = ['x'])],
  ] as const) {
    it(`an entry with ${name} (and matching size and time) is read again, never used`, async () => {
      const { fs, store } = await saved();
      const shard = shardName(shardOf('sources/a.md'));
      const json = JSON.parse(store.texts.get(shard)!) as { entries: Array<Record<string, unknown>> };
      damage(json.entries.find((e) => e['file'] === 'sources/a.md')!);
      store.texts.set(shard, JSON.stringify(json));
      fs.reads = [];
      const log = new RecordingLog();
      const corpus = new Corpus({ fs, snapshot: store, log });
      const counts = await corpus.sync();
      assert.ok(fs.reads.includes('sources/a.md'), 'the damaged entry is read again');
      assert.equal(counts.read, 1);
      assert.equal(verdict(corpus, OLD), 'exact');
      assert.ok(log.lines.some((l) => /damaged entr/.test(l)), 'a log line says so');
    });
  }

  for (const [name, text, said] of [
    ['not JSON', '{"format": "sourcecheck-snap', /not valid JSON/],
    ['an older format', JSON.stringify({ format: 'sourcecheck-snapshot/1', entries: [] }), /older format/],
    ['something else', JSON.stringify([1, 2, 3]), /not a Sourcecheck snapshot/],
  ] as const) {
    it(`a shard that is ${name} is rebuilt with a log line`, async () => {
      const { fs, store } = await saved();
      for (const key of store.texts.keys()) store.texts.set(key, text);
      const log = new RecordingLog();
      const corpus = new Corpus({ fs, snapshot: store, log });
      assert.deepEqual(await corpus.sync(), { restored: 0, read: 2, unchanged: 0 });
      assert.ok(log.lines.some((l) => said.test(l)), log.lines.join('\n'));
      await corpus.saveSnapshot();
      const again = new Corpus({ fs, snapshot: store });
      assert.equal((await again.sync()).restored, 2);
    });
  }

  it('a snapshot entry of a file no longer listed is dropped', async () => {
    const { fs, store } = await saved();
    fs.files.delete('sources/b.md');
    const corpus = new Corpus({ fs, snapshot: store });
    await corpus.sync();
    assert.deepEqual(corpus.index.articles.map((a) => a.article.file), ['sources/a.md']);
  });

  it('encodeSnapshot output is what the shards hold', () => {
    assert.match(encodeSnapshot([]), /sourcecheck-snapshot\/2/);
  });

  it('a shard encoded a slice at a time is exactly the snapshot of its entries', async () => {
    const fs = new FakeFileSystem();
    for (let k = 0; k < 100; k++) fs.write(`sources/s${k}.md`, article(`${'A long sentence about the harbour wall. '.repeat(200)} number ${k}`));
    const corpus = new Corpus({ fs });
    await corpus.sync();
    const entries = corpus.index.articles.map((a, k) => ({ mtime: k, size: 10 * k, article: a.article }));
    let pauses = 0;
    const sliced = await encodeShard(entries, async () => void pauses++);
    assert.ok(pauses > 1, `${pauses} pauses`);
    assert.equal(sliced, encodeSnapshot(entries));
  });
});

async function until(condition: () => boolean): Promise<void> {
  for (let k = 0; k < 1000 && !condition(); k++) await tick();
  assert.ok(condition(), 'condition never held');
}
