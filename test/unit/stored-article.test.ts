import * as assert from 'node:assert/strict';
import { Corpus, type Article, type SourceFileSystem } from '../../src/core';
import { StoredArticle, TokenizedArticle } from '../../src/core/index/stored-article';
import { readSource } from '../../src/core/sources/read-source';
import { scanWordHashes } from '../../src/core/text/words';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

const HTML = [
  '<html><head><title>Harbour plan</title><meta name="author" content="Jane Doe"></head><body>',
  '<p>The <b>harbour</b> plan &amp; the rail plan.</p>',
  '<p>“We will build the new harbour wall before the winter storms,” said Alice Smith.</p>',
  '<p>Caf&eacute; owners welcomed it.</p></body></html>',
].join('\r\n');

function parsed(file: string, text: string): Article {
  const read = readSource(file, encode(text));
  assert.equal(read.kind, 'article');
  return (read as { article: Article }).article;
}

/** The fields an article shows, as plain data (offsets read through its maps). */
function shown(article: Article): unknown {
  const { file, meta, body, segments } = article;
  const offsets = [0, 5, body.length >> 1, body.length].map((k) => [article.bodyToFile.toOriginal(k), article.fileLines.position(k)]);
  return { file, meta, body, segments, offsets };
}

function filler(k: number): string {
  return `---\ntitle: "Filler ${k}"\n---\n\n${`Paragraph ${k} of the filler article, about the harbour and its wall. `.repeat(60)}\n`;
}

describe('StoredArticle', () => {
  it('reads back every field of the article it stores', () => {
    const article = parsed('sources/harbour.html', HTML);
    const stored = new TokenizedArticle(article);
    assert.ok(stored instanceof StoredArticle);
    assert.equal(stored.decoded, false);
    assert.deepEqual(shown(stored), shown(article));
    assert.equal(stored.decoded, true);
    assert.deepEqual(JSON.parse(JSON.stringify(stored)), JSON.parse(JSON.stringify(article)));
  });

  it('keeps any text as it was: characters outside the BMP, a lone surrogate, quotes and backslashes', () => {
    const { file, meta, bodyToFile, fileLines } = parsed('sources/odd.md', '---\ntitle: "Odd \\"text\\""\n---\n\nText.\n');
    const article: Article = { file, meta, bodyToFile, fileLines, body: 'A smile 😀, a stray \ud83d half, a "quote" and a back\\slash.' };
    const stored = new TokenizedArticle(article);
    assert.equal(stored.body, article.body);
    assert.equal(stored.meta.title, 'Odd "text"');
  });

  it('small articles share a buffer; a large one gets its own', () => {
    const a = new TokenizedArticle(parsed('sources/a.md', filler(1)));
    const b = new TokenizedArticle(parsed('sources/b.md', filler(2)));
    assert.ok(a.stored.buffer === b.stored.buffer, 'one buffer');
    assert.equal(a.stored.byteOffset + a.stored.byteLength, b.stored.byteOffset);
    const large = new TokenizedArticle(parsed('sources/large.md', `---\ntitle: "Large"\n---\n\n${'A long article about the harbour. '.repeat(20_000)}\n`));
    assert.ok(large.stored.buffer !== b.stored.buffer, 'a buffer of its own');
    assert.equal(large.stored.byteOffset, 0);
    assert.equal(large.stored.buffer.byteLength, large.stored.byteLength, 'no room left over');
    assert.match(large.body, /^A long article about the harbour\. A long/);
  });

  it('lets the oldest decoded articles go past its budget, and decodes them again on use', () => {
    const stored = Array.from({ length: 3000 }, (_, k) => new TokenizedArticle(parsed(`sources/f${k}.md`, filler(k))));
    const total = stored.reduce((sum, s) => sum + s.stored.byteLength, 0);
    assert.ok(total > 8 * 1024 * 1024, `the articles (${total} bytes) outgrow the budget`);
    for (const s of stored) assert.ok(s.body.length > 0);
    assert.equal(stored[0]!.decoded, false, 'the first decoded was let go');
    assert.equal(stored[stored.length - 1]!.decoded, true, 'the last decoded is kept');
    assert.match(stored[0]!.body, /^Paragraph 0 of the filler article/);
    assert.equal(stored[0]!.decoded, true);
  });

  it('carries the hashes of its text, in a buffer shared with the next article, and is its own tokens', () => {
    const a = new TokenizedArticle(parsed('sources/a.md', filler(1)));
    const b = new TokenizedArticle(parsed('sources/b.md', filler(2)));
    assert.equal(a.decoded, false, 'hashed from the text at hand, not decoded again');
    assert.deepEqual(a.hashes, scanWordHashes(a.body));
    assert.deepEqual(b.hashes, scanWordHashes(b.body));
    assert.ok(a.hashes.buffer === b.hashes.buffer, 'one buffer');
    assert.equal(a.article, a);
  });
});

describe('Corpus keeps what it reads as stored articles', () => {
  it('an article read is stored, tokenized from its text without decoding it, and checks as before', async () => {
    const files = new Map([['sources/harbour.html', HTML], ['sources/a.md', filler(1)]]);
    const fs: SourceFileSystem = {
      list: async () => [...files.keys()],
      accepts: () => true,
      stat: async (file) => (files.has(file) ? { mtime: 1, size: encode(files.get(file)!).length, directory: false } : undefined),
      read: async (file) => encode(files.get(file)!),
    };
    const corpus = new Corpus({ fs });
    await corpus.sync();
    const harbour = corpus.index.articles.find((t) => t.article.file === 'sources/harbour.html')!;
    assert.ok(harbour.article instanceof StoredArticle);
    assert.equal(harbour, harbour.article, 'the stored article is its own tokens: no pair object');
    assert.equal(corpus.article('sources/harbour.html'), harbour, 'and the corpus keeps no other object for the file');
    assert.equal(harbour.article.decoded, false, 'indexing did not decode it');
    assert.deepEqual(harbour.hashes, scanWordHashes(parsed('sources/harbour.html', HTML).body));
    assert.deepEqual(shown(harbour.article), shown(parsed('sources/harbour.html', HTML)));
  });
});
