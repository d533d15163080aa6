import * as assert from 'node:assert/strict';
import { PassageIndex, type Article, type ArticleTokens } from '../../src/core';

/** An article of `words` distinct word hashes starting at `first` (no text needed: the index sees hashes only). */
function tokens(file: string, first: number, words: number): ArticleTokens {
  const hashes = new Int32Array(words);
  for (let i = 0; i < words; i++) hashes[i] = first + i;
  return { article: { file } as unknown as Article, hashes };
}

/** The query: `length` consecutive hashes from `from`, as one run starting at query position `position`. */
function query(from: number, length: number, position = 0): Array<{ position: number; hashes: number[] }> {
  return [{ position, hashes: Array.from({ length }, (_, k) => from + k) }];
}

describe('passage index', function () {
  this.timeout(30_000); // builds indexes of millions of words
  const cases: Array<{ name: string; sizes: number[]; article: number; at: number; position?: number }> = [
    { name: 'a passage at the start of the only article', sizes: [1000], article: 0, at: 0 },
    { name: 'a passage in the second of three articles', sizes: [500, 700, 300], article: 1, at: 200 },
    { name: 'a quotation whose trigrams start after an ellipsis', sizes: [500, 700], article: 1, at: 40, position: 7 },
    // Hits used to be packed with 22 bits of diagonal: past 2^21 words into one article the run crashed.
    { name: 'a passage 3 million words into a 15 MB-sized article', sizes: [10, 3_200_000], article: 1, at: 3_150_000 },
    { name: 'a passage in the last of many articles after a huge one', sizes: [2_500_000, 5, 5, 300], article: 3, at: 100 },
  ];
  for (const c of cases) {
    it(c.name, () => {
      let first = 1;
      const articles = c.sizes.map((n, k) => {
        const t = tokens(`a${k}.md`, first, n);
        first += n;
        return t;
      });
      const index = PassageIndex.build(articles);
      const start = articles[c.article]!.hashes[c.at]!;
      const hits = index.lookup(query(start, 12, c.position ?? 0));
      assert.equal(hits[0]?.article, c.article);
      assert.equal(hits[0]?.hits, 10);
      assert.equal(hits[0]?.diagonal, c.at - (c.position ?? 0));
    });
  }
});
