import * as assert from 'node:assert/strict';
import {
  Attribution,
  FoundQuote,
  Gold,
  draftQuoteFor,
  goldOf,
  longestQuotedWords,
  missClass,
  notFoundClass,
  reachable,
  namesSurname,
  probeDrafts,
  probeItems,
  scoreDraftSide,
  scoreSourceSide,
  speakerName,
  speakerPosition,
  summary,
  tally,
  wrongSpeakerClass,
} from '../../scripts/attribution-scoring';

/** A span of `text` at the first occurrence of `part` (after `from`). */
function span(text: string, part: string, from = 0) {
  const start = text.indexOf(part, from);
  assert.ok(start >= 0, `"${part}" not in the test text`);
  return { start, end: start + part.length, text: part };
}

function gold(text: string, source: string, content: string, extra: Partial<Gold> = {}): Gold {
  const s = span(text, source);
  const c = span(text, content);
  return { article: 'a1', start: c.start, end: c.end, content, source, sourceStart: s.start, sourceEnd: s.end, cue: 'said', surname: speakerName(source) ?? '', ...extra };
}

describe('attribution scoring: the name an annotated source span holds', () => {
  const cases: [string, string | null][] = [
    ['Sen. Ann Cole, a Republican from Ohio', 'Cole'],
    ['Marta Quinlan', 'Quinlan'],
    ['Quinlan', 'Quinlan'],
    ['Dr. Ivo Petrak Jr.', 'Petrak'],
    ['Ivo Petrak Jr', 'Petrak'],
    ['Pia Lund of the Harbor Institute', 'Lund'],
    ['a spokesman for Gov. Ray Ditmar', 'Ditmar'],
    ['the union chief', null],
    ['he', null],
    ['She', null],
    ['The mayor', null],
    ["Ray Ditmar's campaign manager", null],
    ["Ray Ditmar's campaign manager, Lou Vance", 'Vance'],
    ['The Valley Courier', 'Courier'],
    ['officials at Northgate Mills', null],
    ['Coach Bram Okafor, who led the team for ten years', 'Okafor'],
  ];
  for (const [source, want] of cases) {
    it(`${JSON.stringify(source)} -> ${want}`, () => assert.equal(speakerName(source), want));
  }
});

describe('attribution scoring: a found speaker names the surname', () => {
  const cases: [string | null, string, boolean][] = [
    ['Ann Cole', 'Cole', true],
    ['Sen. Cole', 'cole', true],
    ["Cole's", 'Cole', true],
    ['Nicole Marsh', 'Cole', false],
    ['Coleman', 'Cole', false],
    [null, 'Cole', false],
    ['', 'Cole', false],
  ];
  for (const [speaker, surname, want] of cases) {
    it(`${JSON.stringify(speaker)} names ${surname}: ${want}`, () => assert.equal(namesSurname(speaker, surname), want));
  }
});

describe('attribution scoring: gold of an article', () => {
  const text = 'The mayor spoke first. "We will rebuild the pier by June," said Mayor Lena Ortiz. He added: "Nobody sleeps."';
  const direct = (source: string | null, content: string, isDirect = true): Attribution => ({
    source: source === null ? null : span(text, source),
    cue: span(text, 'said'),
    content: span(text, content),
    direct: isDirect,
  });
  it('keeps direct attributions whose source names someone, with the surname', () => {
    const found = goldOf('a1', [
      direct('Mayor Lena Ortiz', '"We will rebuild the pier by June,"'),
      direct('He', '"Nobody sleeps."'),
      direct(null, '"Nobody sleeps."'),
      direct('Mayor Lena Ortiz', 'The mayor spoke first.', false),
    ]);
    const [only, ...others] = found;
    assert.ok(only && others.length === 0, `one gold quotation, got ${found.length}`);
    assert.equal(only.surname, 'Ortiz');
    assert.equal(only.cue, 'said');
    assert.equal(text.slice(only.start, only.end), '"We will rebuild the pier by June,"');
  });
});

describe('attribution scoring: draft side', () => {
  const text = 'Chief Tom Reyes said: "The fire line held overnight and crews are resting." Then he left.';
  const g = gold(text, 'Chief Tom Reyes', '"The fire line held overnight and crews are resting."');
  const inner = span(text, 'The fire line held overnight and crews are resting.');
  const quote = (speaker: string | null, start = inner.start, end = inner.end, words = inner.text): FoundQuote => ({ start, end, text: words, speaker });

  it('takes the longest quotation of 3+ words inside the content span (2 characters of slack)', () => {
    const short = quote('Reyes', inner.start, inner.start + 8, 'The fire');
    const part = quote('Reyes', inner.start, inner.start + 13, 'The fire line');
    const whole = quote('Reyes', g.start - 2, g.end + 2);
    assert.equal(draftQuoteFor(g, [short, part]), part);
    assert.equal(draftQuoteFor(g, [part, whole]), whole);
    assert.equal(draftQuoteFor(g, [short]), null);
    assert.equal(draftQuoteFor(g, [quote('Reyes', g.start - 3, g.end)]), null);
  });

  it('counts found and right, and keeps the misses', () => {
    const other = { ...g, article: 'a2' };
    const third = { ...g, article: 'a3' };
    const score = scoreDraftSide([g, other, third], new Map([
      ['a1', [quote('Tom Reyes')]],
      ['a2', [quote(null)]],
    ]));
    assert.deepEqual([score.quotations, score.found, score.right], [3, 2, 1]);
    assert.deepEqual(score.misses.map((m) => [m.gold.article, m.got, m.quote !== null]), [['a2', null, true], ['a3', null, false]]);
    assert.deepEqual(summary('draft', score), { side: 'draft', quotations: 3, found: 2, speakerAccuracy: 0.333, ofFound: 0.5 });
  });
});

describe('attribution scoring: source side', () => {
  const text = 'Ida Brenner said: "Our harbour will stay open to every fishing boat this winter." She smiled. Bo Lind said: "Too short."';
  const long = gold(text, 'Ida Brenner', '"Our harbour will stay open to every fishing boat this winter."');
  const brief = gold(text, 'Bo Lind', '"Too short."');

  it('probes only quotations of 6+ words, naming nobody', () => {
    const items = probeItems([long, brief]);
    assert.deepEqual(items.map((i) => i.quote), ['Our harbour will stay open to every fishing boat this winter']);
    const { drafts, spans } = probeDrafts(items);
    const [draft, ...moreDrafts] = drafts;
    const [span] = spans;
    const [item] = items;
    assert.ok(draft && span && item && moreDrafts.length === 0, `one probe draft, got ${drafts.length}`);
    assert.equal(draft.name, 'probe-000.md');
    assert.equal(draft.body.slice(span.qStart, span.qEnd), item.quote);
    assert.doesNotMatch(draft.body, /Brenner/);
  });

  it('puts ten quotations in each probe', () => {
    const items = probeItems(Array.from({ length: 23 }, () => long));
    const { drafts, spans } = probeDrafts(items);
    assert.deepEqual(drafts.map((d) => d.name), ['probe-000.md', 'probe-001.md', 'probe-002.md']);
    assert.equal(spans.at(-1)?.draft, 'probe-002.md');
    assert.equal(spans.length, 23);
  });

  it('needs the passage from its own article and the surname in source.speaker', () => {
    const { spans } = probeDrafts(probeItems([long, long, long, long]));
    const at = (k: number, file: string | null, speaker: string | null): FoundQuote => {
      const span = spans[k];
      assert.ok(span, `probe span ${k}`);
      return { start: span.qStart, end: span.qEnd, text: span.quote, source: file === null ? null : { file: `/tmp/x/${file}`, speaker } };
    };
    const score = scoreSourceSide(spans, new Map([['probe-000.md', [at(0, 'a1.md', 'Ida Brenner'), at(1, 'a2.md', 'Ida Brenner'), at(2, 'a1.md', 'Bo Lind')]]]));
    assert.deepEqual([score.quotations, score.found, score.right], [4, 2, 1]);
    assert.deepEqual(score.misses.map((m) => [m.got, Boolean(m.elsewhere), m.quote !== null]), [[null, true, true], ['Bo Lind', false, true], [null, false, false]]);
    assert.deepEqual(score.misses.map((m) => missClass(m, text, 'source')), ['matched in another article', 'wrong: next sentence subject', 'not found']);
  });
});

describe('attribution scoring: error classes of misses', () => {
  const text =
    'In Dunmore, Gov. Ray Ditmar and Marek Sobol spoke to the Valley Courier. "The bridge opens in May and the tolls go," Ditmar said. ' +
    'Pia Lund disagreed later.';
  const said = span(text, 'Ditmar', text.indexOf('Ditmar said'));
  const g = { ...gold(text, 'Ditmar', '"The bridge opens in May and the tolls go,"'), sourceStart: said.start, sourceEnd: said.end };
  const miss = (got: string | null, found = true) => ({ gold: g, quote: found ? { start: g.start, end: g.end, text: g.content, speaker: got } : null, got });

  const cases: [string | null, boolean, string][] = [
    [null, false, 'not found: not detected'],
    [null, true, 'no speaker (after the quotation)'],
    ['he', true, 'wrong: pronoun or description'],
    ['The governor', true, 'wrong: pronoun or description'],
    ['Valley Courier', true, 'wrong: outlet'],
    ['Ohio', true, 'wrong: place'],
    ['Gov.', true, 'wrong: title alone'],
    ['Marek Sobol', true, 'wrong: someone named before (earlier speaker)'],
    ['Pia Lund', true, 'wrong: next sentence subject'],
    ['Nils Arden', true, 'wrong: other'],
  ];
  for (const [got, found, want] of cases) {
    it(`${JSON.stringify(got)}${found ? '' : ' (not found)'} -> ${want}`, () => assert.equal(missClass(miss(got, found), text), want));
  }

  it('why nothing was found inside the content span', () => {
    const scare = 'Ditmar called the plan a "sure loser" and left.';
    const short = { ...gold(scare, 'Ditmar', '"sure loser"'), article: 'a1' };
    assert.equal(notFoundClass({ gold: short, quote: null, got: null, overlapping: [] }), 'not found: quoted words under 3 (unreachable)');
    assert.equal(reachable(short), false);
    assert.equal(reachable(g), true);
    const runsPast = { start: g.start - 10, end: g.end, text: 'x y z' };
    assert.equal(notFoundClass({ gold: g, quote: null, got: null, overlapping: [runsPast] }), 'not found: a quotation runs past the span');
    const open = 'Ditmar said: "The bridge opens in May and';
    const unclosed = gold(open, 'Ditmar', '"The bridge opens in May and');
    assert.equal(longestQuotedWords(unclosed), 0);
    assert.equal(reachable(unclosed), true);
    assert.equal(notFoundClass({ gold: unclosed, quote: null, got: null }), 'not found: no closed quotation in the span');
  });

  it('a word of the annotated name is a partial name', () => {
    const full = gold(text, 'Gov. Ray Ditmar', '"The bridge opens in May and the tolls go,"');
    assert.equal(wrongSpeakerClass('Ray', full, text), 'part of the name (title or first name)');
  });

  it('where the annotated speaker stands', () => {
    assert.equal(speakerPosition(g, text), 'after the quotation');
    const before = 'Lund said the plan "will not survive the winter" and left.';
    assert.equal(speakerPosition(gold(before, 'Lund', '"will not survive the winter"'), before), 'before, same sentence');
    const earlier = 'Pia Lund spoke at noon. "It will not survive the winter."';
    assert.equal(speakerPosition(gold(earlier, 'Pia Lund', '"It will not survive the winter."'), earlier), 'in an earlier sentence');
  });

  it('tallies classes, most frequent first', () => {
    assert.deepEqual(tally(['b', 'a', 'b', 'c', 'a', 'b']), [['b', 3], ['a', 2], ['c', 1]]);
  });
});
