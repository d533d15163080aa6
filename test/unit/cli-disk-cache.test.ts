// The CLI's cache folder holds JSON written in ASCII, read back one byte a character; a file with other bytes
// (written by hand, or by anything else) is still read as UTF-8. Listing in code unit order needs no collator.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { asciiJson, DiskCache } from '../../src/cli/disk-cache';
import { byCodeUnits, byName, listFiles } from '../../src/cli/files';

describe('CLI disk cache: ASCII on disk, the same text back', () => {
  let dir = '';
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcecheck-disk-cache-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const text = JSON.stringify({ quote: '\u201cW\u00e9 will\u201d \u2014 \u{1F600}, a lone \ud800 and \u007f', n: [1, 2] });

  it('writes JSON in ASCII (non-ASCII escaped) and reads the same value back', async () => {
    const cache = new DiskCache(dir);
    await cache.write('shard-00.json', text);
    const bytes = fs.readFileSync(path.join(dir, 'shard-00.json'));
    assert.ok(bytes.every((b) => b < 0x80), 'only ASCII bytes on disk');
    const back = await cache.read('shard-00.json');
    assert.deepEqual(JSON.parse(back!), JSON.parse(text));
    assert.equal(asciiJson('{"plain":"ascii only"}'), '{"plain":"ascii only"}');
  });

  it('reads a file holding UTF-8 (not written by it) as UTF-8, and a missing one as undefined', async () => {
    fs.writeFileSync(path.join(dir, 'by-hand.json'), text, 'utf8');
    const cache = new DiskCache(dir);
    assert.equal(await cache.read('by-hand.json'), text);
    assert.equal(cache.entry('by-hand.json').text, text);
    assert.equal(await cache.read('missing.json'), undefined);
  });

  it('lists a folder in code unit order, or in the collator order users see', () => {
    for (const name of ['b.md', 'B.md', 'a.md', '_x.md']) fs.writeFileSync(path.join(dir, name), '');
    const names = (order: typeof byName): string[] => listFiles(dir, undefined, undefined, order).map((f) => path.basename(f));
    assert.deepEqual(names(byCodeUnits), ['B.md', '_x.md', 'a.md', 'b.md']);
    assert.deepEqual(names(byName), ['B.md', '_x.md', 'a.md', 'b.md'].sort((a, b) => a.localeCompare(b)));
    assert.deepEqual(listFiles(dir).map((f) => path.basename(f)), names(byName));
  });
});
