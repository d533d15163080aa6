// The speaker index answers exactly as the corpus scan it replaces (quotesBySpeaker), on DEV articles and names.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildSpeakerIndex, builtSpeakerIndex, indexSources, quotesBySpeaker, SourceSpeakerIndex, speakerIndexOf, type Article } from '../../src/core';
import { attributedQuotations } from '../../src/core/source-speakers';

const DIR = path.resolve(__dirname, '../../..', 'data', 'wikinews-dev', 'sources');
const files = fs.readdirSync(DIR).sort().slice(0, 300);
const articles: Article[] = indexSources(files.map((f) => ({ file: f, bytes: fs.readFileSync(path.join(DIR, f)) }))).index.articles.map((a) => a.article);

describe('SourceSpeakerIndex', function () {
  this.timeout(60_000);
  const index = new SourceSpeakerIndex(articles);
  const speakers = [...new Set(articles.flatMap((a) => attributedQuotations(a).map((q) => q.speaker)))];
  const names = [...new Set([...speakers, ...speakers.map((s) => s.split(/\s+/).pop()!), 'Nobody Atall', 'X', ''])];

  it('the DEV sample has speakers to look up', () => assert.ok(speakers.length > 50, `${speakers.length} speakers`));

  it('returns what quotesBySpeaker returns, for every speaker, surname and a stranger', () => {
    for (const name of names) {
      const expected = quotesBySpeaker(articles, name).map((q) => `${q.article.file}:${q.start}`);
      assert.deepEqual(index.quotesBy(name).map((q) => `${q.article.file}:${q.start}`), expected, name);
    }
  });

  it('honours the limit in corpus order', () => {
    const name = speakers[0]!.split(/\s+/).pop()!;
    assert.deepEqual(index.quotesBy(name, 2), quotesBySpeaker(articles, name, 2));
  });

  it('finds spelling variants (one edit per four letters), as the scan does', () => {
    const body = (speaker: string): string => `# Talks\n\n"We will keep talking with every neighbour of ours until the spring," said ${speaker} on Monday. Gaddafi and Lukaschenko were not there.\n`;
    const variants = indexSources(['Muammar Qaddafi', 'Alexandr Lukashenko', 'Tom Berg'].map((who, k) => ({ file: `v${k}.md`, bytes: new TextEncoder().encode(body(who)) }))).index.articles.map((a) => a.article);
    const small = new SourceSpeakerIndex(variants);
    for (const name of ['Gaddafi', 'Muammar Gaddafi', 'Alexander Lukashenko', 'Lukaschenko', 'Berg', 'Bergs', 'Qadhafi']) {
      assert.deepEqual(small.quotesBy(name).map((q) => q.speaker), quotesBySpeaker(variants, name).map((q) => q.speaker), name);
    }
    assert.deepEqual(small.quotesBy('Gaddafi').map((q) => q.speaker), ['Muammar Qaddafi']);
    assert.deepEqual(small.quotesBy('Lukaschenko').map((q) => q.speaker), ['Alexandr Lukashenko']);
  });

  it('built between pauses (as the editor does): a pause per article, the same answers, kept for the articles', async () => {
    const copy = articles.slice(0, 120);
    let pauses = 0;
    assert.equal(builtSpeakerIndex(copy), undefined);
    const built = await buildSpeakerIndex(copy, async () => { pauses++; });
    assert.equal(pauses, copy.length);
    assert.equal(builtSpeakerIndex(copy), built);
    assert.equal(speakerIndexOf(copy), built, 'no second build');
    const whole = new SourceSpeakerIndex(copy);
    for (const name of names) assert.deepEqual(built!.quotesBy(name), whole.quotesBy(name), name);
  });

  it('stops when the articles are replaced meanwhile, and keeps nothing', async () => {
    const copy = articles.slice(0, 50);
    let pauses = 0;
    const built = await buildSpeakerIndex(copy, async () => { pauses++; }, () => pauses >= 10);
    assert.equal(built, undefined);
    assert.equal(pauses, 10);
    assert.equal(builtSpeakerIndex(copy), undefined);
  });
});

describe('SourceSpeakerIndex answers', () => {
  it('gives the same quotations when asked again, and a copy the caller may change', () => {
    const article = { file: 'a.md', body: 'Kim Lee said: "We will build the bridge next year." Lee added: "It is paid for."', meta: { id: 'a', title: 'A' } } as unknown as Article;
    const index = new SourceSpeakerIndex([article]);
    const first = index.quotesBy('Kim Lee');
    assert.ok(first.length > 0);
    first.length = 0;
    assert.deepEqual(index.quotesBy('Kim Lee'), new SourceSpeakerIndex([article]).quotesBy('Kim Lee'));
    assert.equal(index.quotesBy('Kim Lee', 1).length, 1);
  });
});
