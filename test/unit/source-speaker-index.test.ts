// The speaker index answers exactly as the corpus scan it replaces (quotesBySpeaker), on DEV articles and names.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { indexSources, quotesBySpeaker, SourceSpeakerIndex, type Article } from '../../src/core';
import { quotationsOf } from '../../src/core/source-quotes';

const DIR = path.resolve(__dirname, '../../..', 'data', 'wikinews-dev', 'sources');
const files = fs.readdirSync(DIR).sort().slice(0, 300);
const articles: Article[] = indexSources(files.map((f) => ({ file: f, bytes: fs.readFileSync(path.join(DIR, f)) }))).index.articles.map((a) => a.article);

describe('SourceSpeakerIndex', function () {
  this.timeout(60_000);
  const index = new SourceSpeakerIndex(articles);
  const speakers = [...new Set(articles.flatMap((a) => quotationsOf(a).map((q) => q.speaker)))];
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
});
