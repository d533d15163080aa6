import * as assert from 'node:assert/strict';
import { foldChar, isSpace, normalize } from '../../src/core/text/normalize';
import { OffsetMap } from '../../src/core/text/offset-map';

describe('foldChar', () => {
  const cases: Array<[string, string, string]> = [
    ['left double quote', '\u201C', '"'],
    ['right double quote', '\u201D', '"'],
    ['low double quote', '\u201E', '"'],
    ['left guillemet', '\u00AB', '"'],
    ['right guillemet', '\u00BB', '"'],
    ['double prime', '\u2033', '"'],
    ['fullwidth double quote', '\uFF02', '"'],
    ['left single quote', '\u2018', "'"],
    ['right single quote', '\u2019', "'"],
    ['low single quote', '\u201A', "'"],
    ['single guillemet', '\u2039', "'"],
    ['prime', '\u2032', "'"],
    ['en dash', '\u2013', '-'],
    ['em dash', '\u2014', '-'],
    ['horizontal bar', '\u2015', '-'],
    ['minus sign', '\u2212', '-'],
    ['non-breaking hyphen', '\u2011', '-'],
    ['ellipsis', '\u2026', '...'],
    ['soft hyphen', '\u00AD', ''],
    ['zero-width space', '\u200B', ''],
    ['byte-order mark', '\uFEFF', ''],
    ['right-to-left override (bidi)', '\u202E', ''],
    ['left-to-right embedding (bidi)', '\u202A', ''],
    ['first-strong isolate (bidi)', '\u2068', ''],
    ['pop directional isolate (bidi)', '\u2069', ''],
    ['left-to-right mark (bidi)', '\u200E', ''],
    ['right-to-left mark (bidi)', '\u200F', ''],
    ['Arabic letter mark (bidi)', '\u061C', ''],
    ['fi ligature (NFKC)', '\uFB01', 'fi'],
    ['fullwidth letter (NFKC)', '\uFF21', 'A'],
    ['plain letter', 'a', 'a'],
    ['accented letter', '\u00E9', '\u00E9'],
    ['mathematical bold A (astral, NFKC)', '\u{1D400}', 'A'],
    ['an emoji (astral, unchanged)', '\u{1F600}', '\u{1F600}'],
    ['e with a combining acute (composed)', 'e\u0301', '\u00E9'],
  ];
  for (const [name, input, expected] of cases) {
    it(`${name}: ${JSON.stringify(input)} -> ${JSON.stringify(expected)}`, () => {
      assert.equal(foldChar(input), expected);
    });
  }
});

describe('isSpace', () => {
  const cases: Array<[string, boolean]> = [
    [' ', true], ['\t', true], ['\n', true], ['\r', true], ['\u00A0', true], ['\u2009', true], ['\u202F', true],
    ['\u3000', true], ['a', false], ['-', false], ['\u00AD', false],
  ];
  for (const [ch, expected] of cases) {
    it(`${JSON.stringify(ch)} is ${expected ? '' : 'not '}white space`, () => {
      assert.equal(isSpace(ch.charCodeAt(0)), expected);
    });
  }
});

describe('normalize: canonical text', () => {
  const cases: Array<[string, string, string]> = [
    ['plain ASCII is unchanged', 'He said it was fine.', 'He said it was fine.'],
    ['curly double quotes', '\u201CWe will win,\u201D he said', '"We will win," he said'],
    ['curly single quotes and apostrophe', '\u2018don\u2019t\u2019', "'don't'"],
    ['guillemets', '\u00AB Nous \u00BB', '" Nous "'],
    ['low-high quotes', '\u201EJa\u201C', '"Ja"'],
    ['em and en dashes', 'war\u2014and\u2013peace', 'war-and-peace'],
    ['ellipsis character', 'and\u2026 then', 'and... then'],
    ['spaced ellipsis', 'and . . . then', 'and ... then'],
    ['three dots stay', 'and ... then', 'and ... then'],
    ['two spaced dots are not an ellipsis', 'a . . b', 'a . . b'],
    ['white space runs collapse to one space', 'a  \t\n\n  b', 'a b'],
    ['non-breaking and thin spaces', 'a\u00A0\u2009b', 'a b'],
    ['soft hyphen removed', 'inter\u00ADnational', 'international'],
    ['zero-width characters removed', 'ab\u200Bc\u2060d', 'abcd'],
    ['astral characters are kept whole', '\u{1D400}b', 'Ab'],
    ['case is kept', 'MiXeD', 'MiXeD'],
    ['empty string', '', ''],
  ];
  for (const [name, input, expected] of cases) {
    it(name, () => {
      assert.equal(normalize(input).text, expected);
    });
  }

  it('NFKC composes a letter and a combining accent (Cafe + U+0301 = Café)', () => {
    // Matching runs on a canonical form (NFKC); NFKC('e\u0301') is '\u00E9'.
    assert.equal(normalize('Cafe\u0301 au lait').text, 'Caf\u00E9 au lait');
    assert.equal(normalize('Cafe\u0301').text, normalize('Caf\u00E9').text);
  });
});

describe('normalize: offset map back to the original', () => {
  // Each case: input, a piece of the canonical text, and the original text that piece must map back to.
  const cases: Array<{ name: string; input: string; canonical: string; original: string }> = [
    { name: 'identity on ASCII', input: 'He said it was fine.', canonical: 'was', original: 'was' },
    { name: 'after a collapsed space run', input: 'one   \n\t two three', canonical: 'two', original: 'two' },
    { name: 'the collapsed space itself starts at the run', input: 'one   two', canonical: ' two', original: '   two' },
    { name: 'after a soft hyphen', input: 'inter\u00ADnational law', canonical: 'law', original: 'law' },
    { name: 'a word containing a soft hyphen', input: 'inter\u00ADnational law', canonical: 'international', original: 'inter\u00ADnational' },
    { name: 'after an ellipsis expansion', input: 'wait\u2026 and see', canonical: 'and', original: 'and' },
    { name: 'the expanded ellipsis covers the one character', input: 'wait\u2026 and', canonical: '...', original: '\u2026' },
    { name: 'after a spaced ellipsis', input: 'wait . . . and see', canonical: 'and see', original: 'and see' },
    { name: 'the spaced ellipsis maps to all five characters', input: 'wait . . . and', canonical: '...', original: '. . .' },
    { name: 'after curly quotes', input: '\u201CYes,\u201D she said', canonical: 'she', original: 'she' },
    { name: 'a quoted word with its marks', input: '\u201CYes\u201D', canonical: '"Yes"', original: '\u201CYes\u201D' },
    { name: 'after an astral character', input: '\u{1D400}b c', canonical: 'c', original: 'c' },
    { name: 'after a ligature expansion', input: '\uFB01ne day', canonical: 'day', original: 'day' },
    { name: 'after several expansions and collapses', input: 'a\u2026  b \u2014 c\u00AD d . . .  e', canonical: 'e', original: 'e' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const { text, map } = normalize(c.input);
      const from = text.indexOf(c.canonical);
      assert.ok(from >= 0, `canonical ${JSON.stringify(text)} lacks ${JSON.stringify(c.canonical)}`);
      const start = map.toOriginal(from);
      const end = map.toOriginal(from + c.canonical.length);
      assert.equal(c.input.slice(start, end), c.original);
    });
  }

  it('maps the end of the canonical text to the end of the original', () => {
    for (const input of ['abc', 'a  b  ', 'x\u2026', 'y . . .', 'z\u00AD', '\u201Cq\u201D']) {
      const { text, map } = normalize(input);
      assert.equal(map.toOriginal(text.length), input.length, JSON.stringify(input));
      assert.equal(map.toOriginal(0), 0, JSON.stringify(input));
    }
  });

  it('never maps backwards (monotonic)', () => {
    const input = '\u201CA\u2026  b\u00AD\u00ADc . . . d\u2014e\u201D \u{1D400} \uFB01';
    const { text, map } = normalize(input);
    let previous = -1;
    for (let i = 0; i <= text.length; i++) {
      const o = map.toOriginal(i);
      assert.ok(o >= previous && o <= input.length, `position ${i} -> ${o} after ${previous}`);
      previous = o;
    }
  });
});

describe('OffsetMap', () => {
  it('identity(0) maps every position to itself', () => {
    const map = OffsetMap.identity();
    for (const d of [0, 1, 17, 1000]) assert.equal(map.toOriginal(d), d);
  });

  it('identity(shift) adds the shift', () => {
    const map = OffsetMap.identity(25);
    assert.deepEqual([0, 3, 100].map((d) => map.toOriginal(d)), [25, 28, 125]);
  });

  it('an empty map is the identity', () => {
    assert.equal(new OffsetMap().toOriginal(9), 9);
  });

  const pieces: Array<{ name: string; points: Array<[number, number]>; probes: Array<[number, number]> }> = [
    { name: 'a deletion shifts later positions', points: [[0, 0], [5, 8]], probes: [[0, 0], [4, 4], [5, 8], [9, 12]] },
    { name: 'two deletions accumulate', points: [[0, 0], [5, 8], [10, 15]], probes: [[3, 3], [7, 10], [10, 15], [12, 17]] },
    { name: 'an expansion is clamped to its original end', points: [[0, 0], [2, 2], [5, 3]], probes: [[2, 2], [3, 3], [4, 3], [5, 3], [6, 4]] },
    { name: 'points with the same shift are merged', points: [[0, 10], [4, 14], [9, 19]], probes: [[0, 10], [4, 14], [9, 19], [20, 30]] },
    { name: 'a later add at the same derived position wins', points: [[0, 0], [3, 5], [3, 6]], probes: [[2, 2], [3, 6], [4, 7]] },
    { name: 'a correction back to the previous shift removes the segment', points: [[0, 0], [3, 5], [3, 3]], probes: [[2, 2], [3, 3], [10, 10]] },
  ];
  for (const c of pieces) {
    it(c.name, () => {
      const map = new OffsetMap();
      for (const [d, o] of c.points) map.add(d, o);
      for (const [d, o] of c.probes) assert.equal(map.toOriginal(d), o, `derived ${d}`);
    });
  }
});
