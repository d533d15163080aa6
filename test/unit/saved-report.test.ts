// A checked draft saved for a host's cache: it loads with the current corpus's articles, or alone from the
// copies of the articles it quotes; anything damaged or of another format is no saved report at all.
import * as assert from 'node:assert/strict';
import { checkDraft, decodeReport, draftActors, encodeReport, indexSources } from '../../src/core';

const SOURCE = [
  '---',
  'title: "Harbour wall"',
  'outlet: The Herald',
  '---',
  '',
  'The council met on Tuesday.',
  '',
  '"We will build the new harbour wall before the winter storms arrive," said Alice Smith.',
  '',
].join('\n');
const DRAFT = 'The mayor was clear. "We will build the new harbour wall before the winter storms arrive," said Alice Smith. '
  + 'She added that "nobody in this town has ever seen such a thing before today".';

const { index } = indexSources([{ file: 'sources/harbour.md', bytes: new TextEncoder().encode(SOURCE) }]);
const report = checkDraft(DRAFT, index);
const actors = draftActors(report);
const saved = encodeReport(report, actors);
const article = index.articles[0]!.article;

describe('saved report', () => {
  it('the draft has a sourced and an unsourced quotation', () => {
    assert.deepEqual(report.quotes.map((q) => q.verdict), ['exact', 'unsourced']);
  });

  it('loads with the corpus\'s own article objects', () => {
    const loaded = decodeReport(saved, (file) => (file === article.file ? article : undefined));
    assert.ok(loaded);
    assert.equal(loaded.report.quotes[0]!.source!.article, article);
    assert.deepEqual(loaded.report.quotes.map((q) => q.verdict), ['exact', 'unsourced']);
    assert.deepEqual(loaded.actors, JSON.parse(JSON.stringify(actors)));
  });

  it('loads without a corpus from the copies of the articles it quotes', () => {
    const loaded = decodeReport(saved);
    assert.ok(loaded);
    const copy = loaded.report.quotes[0]!.source!.article;
    assert.notEqual(copy, article);
    assert.deepEqual([copy.file, copy.meta, copy.body, copy.fileLines.toJSON(), copy.bodyToFile.toJSON()],
      [article.file, article.meta, article.body, article.fileLines.toJSON(), article.bodyToFile.toJSON()]);
    assert.deepEqual(loaded.report.quotes.map((q) => [q.verdict, q.source?.start, q.source?.end]), report.quotes.map((q) => [q.verdict, q.source?.start, q.source?.end]));
  });

  const damaged: Array<[string, (saved: Record<string, unknown>) => void]> = [
    ['a copy with no body', (s) => ((s['articles'] as Record<string, Record<string, unknown>>)['sources/harbour.md']!['body'] = 7)],
    ['a copy under another file name', (s) => ((s['articles'] as Record<string, Record<string, unknown>>)['sources/harbour.md']!['file'] = 'sources/other.md')],
    ['no copies', (s) => delete s['articles']],
    ['copies that are not an object', (s) => (s['articles'] = 'harbour')],
    ['an older format', (s) => (s['format'] = 'sourcecheck-report/1')],
  ];
  for (const [name, damage] of damaged) {
    it(`${name}: no saved report without a corpus`, () => {
      const json = JSON.parse(saved) as Record<string, unknown>;
      damage(json);
      assert.equal(decodeReport(JSON.stringify(json)), undefined);
    });
  }

  it('text that is not JSON is no saved report', () => {
    assert.equal(decodeReport(saved.slice(0, 40)), undefined);
  });
});
