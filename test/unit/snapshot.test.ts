import * as assert from 'node:assert/strict';
import { checkDraft, decodeSnapshot, encodeSnapshot, indexSources, PassageIndex, tokenizeArticle, type SnapshotEntry } from '../../src/core';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

const HTML = [
  '<html><head><title>Harbour plan</title></head><body>',
  '<p>The <b>harbour</b> plan &amp; the rail plan.</p>',
  '<p>"We will build the new harbour wall before the winter storms," said Alice Smith.</p>',
  '<p>Caf&eacute; owners welcomed it.</p></body></html>',
].join('\n');
const MARKDOWN = [
  '---',
  'id: md',
  'title: "Markdown source"',
  'outlet: The Herald',
  'author: Jane Doe',
  'date: 2006-05-17',
  'url: https://example.org/md',
  '---',
  '',
  'First line of the article.',
  '',
  '"Jobs are coming back to the northern towns," said Bob Jones.',
  '',
].join('\n');
const FILES: Record<string, string> = { 'sources/harbour.html': HTML, 'sources/md.md': MARKDOWN };

const { index, skipped } = indexSources(Object.entries(FILES).map(([file, text]) => ({ file, bytes: encode(text) })));
const entries: SnapshotEntry[] = index.articles.map((a, k) => ({ mtime: 1_700_000_000_000 + k, size: 100 + k, article: a.article }));
const decoded = decodeSnapshot(encodeSnapshot(entries));

describe('snapshot: encode -> decode round trip', () => {
  it('the corpus', () => {
    assert.deepEqual(skipped, []);
    assert.equal(entries.length, 2);
  });

  it('keeps every entry, in order, with mtime, size and file', () => {
    assert.deepEqual(decoded.map((e) => [e.mtime, e.size, e.article.file]), entries.map((e) => [e.mtime, e.size, e.article.file]));
  });

  it('keeps meta and body', () => {
    decoded.forEach((e, k) => {
      assert.deepEqual(e.article.meta, entries[k]!.article.meta);
      assert.equal(e.article.body, entries[k]!.article.body);
    });
    assert.deepEqual(decoded[1]!.article.meta, {
      id: 'md', title: 'Markdown source', outlet: 'The Herald', author: 'Jane Doe', date: '2006-05-17', url: 'https://example.org/md',
    });
  });

  it('keeps the bodyToFile mapping (a non-trivial one for HTML)', () => {
    decoded.forEach((e, k) => {
      const original = entries[k]!.article;
      assert.deepEqual(e.article.bodyToFile.toJSON(), original.bodyToFile.toJSON());
      const file = FILES[original.file]!;
      for (const word of ['harbour', 'plan', '&', 'Alice Smith', 'Caf\u00E9', 'owners', 'First', 'Jobs', 'Bob Jones']) {
        const at = original.body.indexOf(word);
        if (at < 0) continue;
        assert.equal(e.article.bodyToFile.toOriginal(at), original.bodyToFile.toOriginal(at), `${original.file}: ${word}`);
        assert.equal(e.article.bodyToFile.toOriginal(at + word.length), original.bodyToFile.toOriginal(at + word.length), `${original.file}: end of ${word}`);
      }
      // Where the text is copied through unchanged, the decoded map still points at it in the file.
      for (const word of ['owners welcomed', 'Alice Smith', 'northern towns']) {
        const at = e.article.body.indexOf(word);
        if (at < 0) continue;
        const from = e.article.bodyToFile.toOriginal(at);
        assert.equal(file.slice(from, from + word.length), word, `${original.file}: ${word} in the file`);
      }
    });
    assert.ok(entries[0]!.article.bodyToFile.toJSON()[0].length > 1, 'the HTML map has several segments');
  });

  it('keeps fileLines positions', () => {
    decoded.forEach((e, k) => {
      const original = entries[k]!.article;
      const file = FILES[original.file]!;
      assert.deepEqual(e.article.fileLines.toJSON(), original.fileLines.toJSON());
      for (const offset of [0, 1, file.indexOf('\n'), file.indexOf('\n') + 1, Math.floor(file.length / 2), file.length - 1]) {
        assert.deepEqual(e.article.fileLines.position(offset), original.fileLines.position(offset), `${original.file} @${offset}`);
      }
    });
    const md = decoded[1]!.article;
    assert.deepEqual(md.fileLines.position(MARKDOWN.indexOf('"Jobs')), { line: 12, column: 1 });
    assert.deepEqual(md.fileLines.position(MARKDOWN.indexOf('Bob Jones')), { line: 12, column: MARKDOWN.split('\n')[11]!.indexOf('Bob Jones') + 1 });
  });

  it('decoded articles check a draft as the originals do', () => {
    const rebuilt = PassageIndex.build(decoded.map((e) => tokenizeArticle(e.article)));
    const draft = 'Alice Smith said, "We will build the new harbour wall before the winter storms." Bob Jones said, "Jobs are coming back to the northern towns."';
    const summary = (idx: PassageIndex): unknown => checkDraft(draft, idx).quotes.map((q) => [q.verdict, q.source?.article.meta.id, q.source?.start, q.source?.end]);
    assert.deepEqual(summary(rebuilt), summary(index));
    assert.deepEqual((summary(rebuilt) as unknown[][]).map((q) => q[0]), ['exact', 'exact']);
  });

  it('an empty snapshot round-trips to no entries', () => {
    assert.deepEqual(decodeSnapshot(encodeSnapshot([])), []);
  });
});

describe('snapshot: damaged or foreign input -> []', () => {
  const good = JSON.parse(encodeSnapshot(entries)) as { format: string; entries: unknown[] };
  const cases: Array<[string, string]> = [
    ['empty', ''],
    ['truncated JSON', '{'],
    ['truncated snapshot', encodeSnapshot(entries).slice(0, 100)],
    ['null', 'null'],
    ['a number', '42'],
    ['an array', '[]'],
    ['another format', JSON.stringify({ ...good, format: 'sourcecheck-snapshot/0' })],
    ['no format', JSON.stringify({ entries: good.entries })],
    ['no entries', JSON.stringify({ format: good.format })],
    ['entries not a list', JSON.stringify({ format: good.format, entries: {} })],
    ['an entry without its maps', JSON.stringify({ format: good.format, entries: [{}] })],
    ['a null entry', JSON.stringify({ format: good.format, entries: [null] })],
  ];
  for (const [name, json] of cases) {
    it(name, () => assert.deepEqual(decodeSnapshot(json), []));
  }
});
