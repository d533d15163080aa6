import * as assert from 'node:assert/strict';
import { normalize } from '../../src/core/text/normalize';
import { scanWords, wordHash } from '../../src/core/text/words';

function words(text: string): string[] {
  const spans = scanWords(text);
  return Array.from(spans.starts, (start, k) => text.slice(start, spans.ends[k]));
}

describe('scanWords: word boundaries', () => {
  const cases: Array<[string, string, string[]]> = [
    ['simple sentence', 'He said it was fine.', ['He', 'said', 'it', 'was', 'fine']],
    ['apostrophe inside a word', "don't stop", ["don't", 'stop']],
    ['possessive', "Harper's plan", ["Harper's", 'plan']],
    ['O\'Brien', "O'Brien spoke", ["O'Brien", 'spoke']],
    ['quotation marks are not words', "'quoted' text", ['quoted', 'text']],
    ['leading elision apostrophe is dropped', "the '90s", ['the', '90s']],
    ['trailing plural possessive apostrophe is dropped', "the boys' toys", ['the', 'boys', 'toys']],
    ['thousands separator', '22,000 people', ['22,000', 'people']],
    ['decimal point', '72.4 percent.', ['72.4', 'percent']],
    ['several separators', '1,234,567.89 dollars', ['1,234,567.89', 'dollars']],
    ['sentence-final point after a number', 'It was 3. Then', ['It', 'was', '3', 'Then']],
    ['comma between words splits', 'a,b', ['a', 'b']],
    ['comma after a number then a word', 'in 2008, he', ['in', '2008', 'he']],
    ['hyphen splits', 'well-known hard-working', ['well', 'known', 'hard', 'working']],
    ['dash splits', 'war-peace', ['war', 'peace']],
    ['Latin accents', 'Zürich café naïve', ['Zürich', 'café', 'naïve']],
    ['Greek and Cyrillic', 'Ελλάδα Москва', ['Ελλάδα', 'Москва']],
    ['CJK run', '日本語 text', ['日本語', 'text']],
    ['combining mark stays in the word', 'Jose\u0301 said', ['Jose\u0301', 'said']],
    ['bracketed first letter is part of the word', '[t]he plan', ['[t]he', 'plan']],
    ['brackets around a whole word are not', '[the] plan', ['the', 'plan']],
    ['punctuation only', '... -- !?', []],
    ['empty', '', []],
  ];
  for (const [name, input, expected] of cases) {
    it(`${name}: ${JSON.stringify(input)}`, () => {
      assert.deepEqual(words(input), expected);
    });
  }
});

describe('scanWords: offsets and hashes', () => {
  it('starts and ends are offsets into the scanned text', () => {
    const text = '  Mr. Brown, 22,000 times!';
    const spans = scanWords(text);
    assert.deepEqual(Array.from(spans.starts), [text.indexOf('Mr'), text.indexOf('Brown'), text.indexOf('22,000'), text.indexOf('times')]);
    assert.deepEqual(Array.from(spans.ends), [text.indexOf('Mr') + 2, text.indexOf('Brown') + 5, text.indexOf('22,000') + 6, text.indexOf('times') + 5]);
    assert.equal(spans.hashes.length, 4);
  });

  const equalPairs: Array<[string, string]> = [
    ['Hello', 'hELLO'],
    ['THE', 'the'],
    ["Don't", "don't"],
    ['ÉCOLE', 'école'],
    ['МОСКВА', 'москва'],
    ['22,000', '22,000'],
  ];
  for (const [a, b] of equalPairs) {
    it(`case-insensitive hashes are equal: ${a} = ${b}`, () => {
      assert.equal(scanWords(a).hashes[0], scanWords(b).hashes[0]);
      assert.equal(wordHash(a), wordHash(b));
    });
  }

  const differentPairs: Array<[string, string]> = [
    ['taxes', 'levies'],
    ['72.4', '27.4'],
    ['22,000', '22000'],
    ['form', 'from'],
    ["don't", 'dont'],
  ];
  for (const [a, b] of differentPairs) {
    it(`different words hash differently: ${a} != ${b}`, () => {
      assert.notEqual(wordHash(a), wordHash(b));
    });
  }

  it('wordHash gives the hash scanWords gives to the same word in running text', () => {
    const text = "Prime Minister O'Brien said 22,000 jobs, 72.4 percent, were Zürich's.";
    const spans = scanWords(text);
    spans.starts.forEach((start, k) => {
      const word = text.slice(start, spans.ends[k]);
      assert.equal(spans.hashes[k], wordHash(word), word);
    });
  });

  it('a bracketed first letter hashes like the plain word', () => {
    assert.equal(scanWords('[t]he').hashes[0], wordHash('the'));
    assert.equal(scanWords('[T]he').hashes[0], wordHash('The'));
  });

  it('hashes are 32-bit signed integers', () => {
    for (const h of scanWords('alpha beta gamma delta 123 ünïcödé').hashes) {
      assert.equal(h, h | 0);
    }
  });

  it('curly and straight apostrophes give the same word after normalize', () => {
    const curly = scanWords(normalize('don\u2019t').text);
    const straight = scanWords("don't");
    assert.deepEqual(Array.from(curly.hashes), Array.from(straight.hashes));
    assert.equal(curly.hashes.length, 1);
  });
});
