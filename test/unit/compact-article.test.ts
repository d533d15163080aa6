// An article as kept while indexed: the same text, metadata, offsets and lines as read, in strings and arrays
// of its own (their sizes are what `npm run bench` measures; here, that nothing a check reads changes).
import * as assert from 'node:assert/strict';
import { readSource } from '../../src/core/sources/read-source';
import { compactArticle } from '../../src/core/sources/compact-article';
import { detached } from '../../src/core/text/detached';
import { OffsetMap } from '../../src/core/text/offset-map';

const MARKDOWN = [
  '---',
  'title: "Harbour wall “approved”"',
  'outlet: The Herald',
  'author: Jane Doe',
  '---',
  '',
  '**The council** met on _Tuesday_.',
  '',
  '"We will build the new harbour wall," said Alice Smith.',
  '',
].join('\r\n');

describe('compact article', () => {
  const read = readSource('sources/harbour.md', new TextEncoder().encode(MARKDOWN));
  if (read.kind !== 'article') throw new Error('not an article');
  const article = read.article;

  const cases: Array<[string, string]> = [['empty', ''], ['one character', 'a'], ['ASCII', 'The council met.'], ['two-byte', 'It was “approved” — finally.']];
  for (const [name, text] of cases) {
    it(`detached: ${name} text is the same text`, () => assert.equal(detached(text), text));
  }

  it('a read article keeps its text, metadata, offsets and lines', () => {
    assert.equal(article.body.includes('We will build the new harbour wall'), true);
    assert.deepEqual(article.meta, { id: 'harbour', title: 'Harbour wall “approved”', outlet: 'The Herald', author: 'Jane Doe' });
    const again = compactArticle(article);
    assert.deepEqual([again.file, again.body, again.meta, again.bodyToFile.toJSON(), again.fileLines.toJSON()],
      [article.file, article.body, article.meta, article.bodyToFile.toJSON(), article.fileLines.toJSON()]);
    for (let offset = 0; offset <= article.body.length; offset++) {
      assert.equal(again.bodyToFile.toOriginal(offset), article.bodyToFile.toOriginal(offset));
      assert.deepEqual(again.fileLines.position(offset), article.fileLines.position(offset));
    }
  });

  it('a compacted offset map maps as the original, and adding to the original leaves it alone', () => {
    const map = new OffsetMap();
    map.add(0, 4);
    map.add(10, 20);
    map.add(15, 30);
    const compact = map.compacted();
    assert.deepEqual(compact.toJSON(), map.toJSON());
    for (const d of [0, 5, 10, 14, 15, 40]) assert.equal(compact.toOriginal(d), map.toOriginal(d));
    map.add(50, 100);
    assert.deepEqual(compact.toJSON(), [[0, 10, 15], [4, 20, 30]]);
  });
});
