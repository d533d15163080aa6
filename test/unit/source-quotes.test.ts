import * as assert from 'node:assert/strict';
import { indexSources, quotesBySpeaker, type Article } from '../../src/core';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const source = (id: string, body: string): { file: string; bytes: Uint8Array } =>
  ({ file: `sources/${id}.md`, bytes: encode(`---\nid: ${id}\ntitle: "${id}"\n---\n\n${body}\n`) });

const TAXES = 'We will not raise taxes on working families this year';
const ECONOMY = 'The economy grew faster than anyone expected';
const JOBS = 'Jobs are coming back to the northern towns';
const DISGRACE = 'The budget is a disgrace to the whole country';
const HARBOUR = 'The harbour will close for good next spring';

const { index, skipped } = indexSources([
  source('budget', [
    `"${TAXES}," said Alice Smith, the finance minister.`,
    'The opposition was unimpressed by the announcement.',
    `"${ECONOMY}," Ms Smith told reporters.`,
  ].join('\n\n')),
  source('reaction', [
    `"${DISGRACE}," said Bob Jones, the opposition leader.`,
    `"${JOBS}," Smith said on Tuesday.`,
  ].join('\n\n')),
  source('harbour', `"${HARBOUR}," said Carol White, the harbour master.`),
]);
const articles: Article[] = index.articles.map((a) => a.article);

const summary = (name: string, limit?: number): Array<[string, string, string]> =>
  quotesBySpeaker(articles, name, limit).map((q) => [q.article.meta.id, q.text, q.speaker]);

const ALICE: Array<[string, string, string]> = [
  ['budget', TAXES, 'Alice Smith'],
  ['budget', ECONOMY, 'Alice Smith'], // 'Ms Smith' in the text: the article named her in full before
  ['reaction', JOBS, 'Smith'],
];

describe('quotesBySpeaker', () => {
  it('the corpus', () => {
    assert.deepEqual(skipped, []);
    assert.deepEqual(articles.map((a) => a.meta.id), ['budget', 'reaction', 'harbour']);
  });

  const cases: Array<[string, string, Array<[string, string, string]>]> = [
    ['full name: twice in one article, once in another', 'Alice Smith', ALICE],
    ['surname only', 'Smith', ALICE],
    ['a title and surname', 'Ms Smith', ALICE],
    ['a title, full name and a different case', 'Dr. alice SMITH', ALICE],
    ['another speaker, once', 'Bob Jones', [['reaction', DISGRACE, 'Bob Jones']]],
    ['a name nobody is quoted under', 'Zed Nobody', []],
    ['a surname mentioned only in prose, never quoted', 'Mary Unimpressed', []],
    ['a one-letter surname', 'X', []],
    ['an empty name', '', []],
  ];
  for (const [name, speaker, expected] of cases) {
    it(`${name}: ${JSON.stringify(speaker)}`, () => assert.deepEqual(summary(speaker), expected));
  }

  it('start and end are the quotation\'s offsets in the article body', () => {
    for (const q of quotesBySpeaker(articles, 'Alice Smith')) assert.equal(q.article.body.slice(q.start, q.end), q.text);
  });

  it('limit: at most that many, in corpus order', () => {
    assert.deepEqual(summary('Alice Smith', 1), ALICE.slice(0, 1));
    assert.deepEqual(summary('Alice Smith', 2), ALICE.slice(0, 2));
    assert.deepEqual(summary('Alice Smith', 3), ALICE);
    assert.deepEqual(summary('Alice Smith', 10), ALICE);
  });

  it('the same answer when asked again (cached quotations)', () => {
    assert.deepEqual(summary('Smith'), summary('Alice Smith'));
    assert.deepEqual(summary('Alice Smith'), ALICE);
  });

  it('an article that never mentions the surname is skipped (its body is read only for the mention)', () => {
    const reads = new Map<string, number>();
    const spied = articles.map((a) => new Proxy(a, {
      get(target, key, receiver) {
        if (key === 'body') reads.set(target.meta.id, (reads.get(target.meta.id) ?? 0) + 1);
        return Reflect.get(target, key, receiver);
      },
    }));
    assert.deepEqual(quotesBySpeaker(spied, 'Alice Smith').map((q) => q.text), [TAXES, ECONOMY, JOBS]);
    assert.equal(reads.get('harbour'), 1, 'the harbour article is only searched for the surname');
    assert.ok((reads.get('budget') ?? 0) > 1, 'the budget article is read for its quotations');
  });
});

describe('quotesBySpeaker: unnamed speakers', () => {
  it('what a source credits to someone it only describes is no one\u2019s in particular', () => {
    const { index: described } = indexSources([source('aide', `"${HARBOUR}," said a spokesman for Alice Smith.\n\n"${TAXES}," Alice Smith said.`)]);
    const found = quotesBySpeaker(described.articles.map((a) => a.article), 'Alice Smith');
    assert.deepEqual(found.map((q) => [q.text, q.speaker]), [[TAXES, 'Alice Smith']]);
  });
});
