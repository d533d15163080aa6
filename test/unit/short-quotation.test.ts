import * as assert from 'node:assert/strict';
import { checkDraft, indexSources, type QuoteFinding, type Verdict } from '../../src/core';
import { QuotedBigramIndex } from '../../src/core/index/quoted-bigram-index';
import { wordHash } from '../../src/core/text/words';

const GAZETTE = [
  'The council approved the harbour plan on Monday after a long debate.',
  '"This has been a fair, open and binding process from the start," said Maria Lopez, the council leader.',
  'Critics said the plan would freak out the investors.',
  '"Changing course now would freak out every investor we have," said Tom Reyes, an economist.',
  '"It is a great deal for the town," Lopez added.',
].join('\n\n');
const LEDGER = [
  '"The budget is a great deal better than last year," said Ann Cole.',
  '"There is a great deal of work to do," said Ben Ortiz.',
  'The mayor promised a quick and quiet review of the port.',
  '"We want a quick and thorough review," said Ben Ortiz.',
].join('\n\n');
const file = (id: string, outlet: string, body: string): { file: string; bytes: Uint8Array } => ({
  file: `sources/${id}.md`,
  bytes: new TextEncoder().encode(`---\nid: ${id}\ntitle: "${id}"\noutlet: ${outlet}\n---\n\n${body}`),
});
const { index } = indexSources([file('gazette', 'The Gazette', GAZETTE), file('ledger', 'The Ledger', LEDGER)]);

function only(draft: string): QuoteFinding {
  const report = checkDraft(draft, index);
  assert.equal(report.quotes.length, 1, `expected one quotation in ${JSON.stringify(draft)}`);
  return report.quotes[0]!;
}

interface Case {
  readonly name: string;
  readonly draft: string;
  readonly verdict: Verdict;
  /** The source passage's words, when there is one. */
  readonly source?: string;
  /** Each error or edit as [kind, draft wording, source wording]. */
  readonly edits?: ReadonlyArray<[string, string, string]>;
}

describe('short quotations: checked against a passage clearly the one quoted', () => {
  const cases: Case[] = [
    {
      name: 'a bracketed misquotation with its speaker (no three words in a row to look up)',
      draft: 'Maria Lopez called it "fair, open, [and] final" on Monday.',
      verdict: 'misquoted',
      source: 'fair, open and binding',
      edits: [['bracket', '[and]', 'and'], ['substitution', 'final', 'binding']],
    },
    {
      name: 'five words with no speaker, one changed between four matched, held by one source quotation only',
      draft: 'It was, they say, "a fair, open and final process" of sorts.',
      verdict: 'misquoted',
      source: 'a fair, open and binding process',
      edits: [['substitution', 'final', 'binding']],
    },
    { name: 'three words verbatim with no speaker, held by one source quotation only', draft: 'It was, in short, an "open and binding" process.', verdict: 'exact', source: 'open and binding' },
    { name: 'two words the draft\'s speaker is quoted saying', draft: 'Tom Reyes warned it would "freak out" investors.', verdict: 'exact', source: 'freak out' },
    { name: 'five words with one changed, the speaker\'s own', draft: 'Lopez said it was "a great deal for the city" in the end.', verdict: 'misquoted', source: 'a great deal for the town', edits: [['substitution', 'city', 'town']] },
    { name: 'a common phrase, but the named speaker said it', draft: 'Ben Ortiz said there was "a great deal of work" ahead.', verdict: 'exact', source: 'a great deal of work' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const q = only(c.draft);
      assert.equal(q.verdict, c.verdict, q.message);
      assert.ok(q.source, 'a source passage');
      if (c.source) assert.equal(q.source.article.body.slice(q.source.start, q.source.end), c.source);
      if (c.edits) assert.deepEqual(q.edits.map((e) => [e.kind, e.draft, e.source]), c.edits, q.message);
    });
  }
});

describe('short quotations: left unchecked, never unsourced or misattributed', () => {
  const cases: Array<{ name: string; draft: string }> = [
    { name: 'one word', draft: 'He called them "rats" twice.' },
    { name: 'five words, the last one changed, and no speaker to say whose', draft: 'They promised "a fair, open and honest" count.' },
    { name: 'three words, one changed, and no speaker to say whose', draft: 'It was, in short, an "open and final" process.' },
    { name: 'three words, one changed, the speaker\'s own, but only two left to go by', draft: 'Maria Lopez called it "open and final" on Monday.' },
    { name: 'two words and no speaker to say whose', draft: 'Some feared it would "freak out" investors.' },
    { name: 'a phrase three people are quoted saying', draft: 'Everyone called it "a great deal" that week.' },
    { name: 'someone else\'s words: the draft names a different speaker', draft: 'Ann Cole called it "fair, open and binding process" on Monday.' },
    { name: 'closer to narration than to any quotation', draft: 'The port wants "a quick and quiet review" soon.' },
    { name: 'in no source', draft: 'Tom Reyes called it "a bitter harvest indeed" afterwards.' },
    { name: 'a scare quote of two words', draft: 'Jones said the plan was a "total farce" again.' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const q = only(c.draft);
      assert.equal(q.verdict, 'unchecked', q.message);
      assert.equal(q.uncheckedBecause, 'short');
      assert.equal(q.source, null);
    });
  }
});

describe('quoted bigram index', () => {
  const quoted = QuotedBigramIndex.of(index.articles);
  const places = (a: string, b: string, limit = 10): number | null => quoted.places(wordHash(a), wordHash(b), 0, limit)?.length ?? null;
  const cases: Array<[string, string, string, number, number | null]> = [
    ['a bigram inside one quotation', 'binding', 'process', 10, 1],
    ['a bigram in three quotations', 'great', 'deal', 10, 3],
    ['more places than the limit: a common phrase', 'great', 'deal', 2, null],
    ['only in narration: not indexed', 'quiet', 'review', 10, 0],
    ['across two quotations: not a bigram', 'start', 'changing', 10, 0],
  ];
  for (const [name, a, b, limit, expected] of cases) it(name, () => assert.equal(places(a, b, limit), expected));

  it('the place is the source word the bigram starts at', () => {
    const [place] = quoted.places(wordHash('binding'), wordHash('process'), 7, 10)!;
    const article = index.articles[place!.article]!;
    assert.equal(article.hashes[place!.word], wordHash('binding'));
    assert.equal(place!.position, 7);
  });
});

describe('quoted bigram index: after one source changes', () => {
  const sources = Array.from({ length: 8 }, (_, k) => file(`s${k}`, 'The Post', `"Tide number ${k} rose over the pier," said Ann Cole.`));
  const first = indexSources(sources).index;
  const count = (articles: typeof first.articles, a: string, b: string): number => QuotedBigramIndex.of(articles).places(wordHash(a), wordHash(b), 0, 50)!.length;

  it('indexes the changed source alone, into a new segment, and no longer finds the old text', () => {
    assert.equal(count(first.articles, 'pier', 'said'), 0); // across the closing mark
    assert.equal(count(first.articles, 'the', 'pier'), 8);
    const changed = indexSources([file('s3', 'The Post', '"The harbour wall held firm," said Ann Cole.')]).index.articles[0]!;
    const next = first.articles.map((a, k) => (k === 3 ? changed : a));
    assert.equal(count(next, 'the', 'pier'), 7);
    assert.equal(count(next, 'wall', 'held'), 1);
    assert.equal(QuotedBigramIndex.of(next).segmentCount, 2);
    const [place] = QuotedBigramIndex.of(next).places(wordHash('wall'), wordHash('held'), 0, 5)!;
    assert.equal(place!.article, 3);
  });

  it('builds afresh when most sources changed', () => {
    const others = indexSources(sources.map((_, k) => file(`t${k}`, 'The Post', `"Wind number ${k} bent the pier," said Ann Cole.`))).index.articles;
    const mixed = [...first.articles.slice(0, 2), ...others.slice(2)];
    assert.equal(QuotedBigramIndex.of(mixed).segmentCount, 1);
    assert.equal(count(mixed, 'the', 'pier'), 8);
  });
});
