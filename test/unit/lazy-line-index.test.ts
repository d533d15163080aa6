// The lazy line index (a file's head + its body) and the flat offset map answer as the eager ones did.
import * as assert from 'node:assert/strict';
import { OffsetMap } from '../../src/core/text/offset-map';
import { LineIndex } from '../../src/core/text/positions';

describe('lazy line index and flat offset map', () => {
  const texts = ['---\r\ntitle: A\r\n---\r\n\r\nOne\r\ntwo\rthree\n\nfour', 'head\r', 'a\nb', '\r\n\r\nx\ry'];
  for (const text of texts) {
    it(`every split of ${JSON.stringify(text)} has the eager index's positions`, () => {
      const eager = new LineIndex(text);
      for (let split = 0; split <= text.length; split++) {
        const lazy = LineIndex.of(text.slice(0, split), text.slice(split)).compacted(text.slice(split));
        for (let offset = 0; offset <= text.length; offset++) assert.deepEqual(lazy.position(offset), eager.position(offset));
        assert.deepEqual(lazy.toJSON(), eager.toJSON());
      }
    });
  }

  it('an identity map is a bare shift that saves, loads and grows as segments', () => {
    const map = OffsetMap.identity(7);
    assert.deepEqual(map.toJSON(), [[0], [7]]);
    assert.deepEqual([-1, 0, 5].map((d) => map.toOriginal(d)), [-1, 7, 12]);
    const loaded = OffsetMap.fromJSON(map.toJSON());
    assert.deepEqual([-1, 0, 5].map((d) => loaded.toOriginal(d)), [-1, 7, 12]);
    map.add(10, 30);
    assert.deepEqual(map.toJSON(), [[0, 10], [7, 30]]);
    assert.deepEqual(loaded.toJSON(), [[0], [7]]);
  });
});
