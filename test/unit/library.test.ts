import * as assert from 'node:assert/strict';
import { bibliography, formatCitation, indexSources } from '../../src/core';
import { names, parseBibtex } from '../../src/core/library/bibtex';
import { parseCslJson } from '../../src/core/library/csl-json';
import { latexToText } from '../../src/core/library/latex';
import { readSource } from '../../src/core/sources/read-source';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

const BIB = String.raw`% Exported by Better BibTeX
@string{hw = "Harbour Weekly"}

@article{roe2024harbour,
  title = {The {Harbour} Vote: A Recount},
  author = {Roe, Jane and Smith, John},
  journaltitle = hw,
  date = {2024-03-02},
  doi = {10.1234/hw.2024.17},
  file = {Full Text:files/12/harbour-vote.pdf:application/pdf},
}

@report{council2023,
  title = "Budget report " # "2023",
  author = {{Harbour Town Council}},
  year = 2023, month = nov,
  institution = {Harbour Town Council},
  url = {https://example.org/council/budget-2023/},
}

@misc{broken2022,
  title = {An entry whose {braces never close,
  author = {Lee, Ann},
  year = {2022}

@online{lee2021,
  title = {Caf{\'e}s and the waterfront},
  author = {Ann Lee and Ludwig van Beethoven},
  year = {2021},
}
`;

describe('library: BibTeX', () => {
  const library = parseBibtex('refs.bib', BIB);

  it('reads every balanced entry, with macros, concatenation and LaTeX', () => {
    assert.deepEqual(library.entries.map((e) => e.key), ['roe2024harbour', 'council2023', 'lee2021']);
    const [roe, council, lee] = library.entries;
    assert.equal(roe!.title, 'The Harbour Vote: A Recount');
    assert.equal(roe!.container, 'Harbour Weekly');
    assert.equal(roe!.date, '2024-03-02');
    assert.equal(roe!.doi, '10.1234/hw.2024.17');
    assert.deepEqual(roe!.files, ['files/12/harbour-vote.pdf']);
    assert.deepEqual(roe!.authors, [{ family: 'Roe', given: 'Jane' }, { family: 'Smith', given: 'John' }]);
    assert.equal(council!.title, 'Budget report 2023');
    assert.equal(council!.date, '2023-11');
    assert.deepEqual(council!.authors, [{ literal: 'Harbour Town Council' }]);
    assert.equal(lee!.title, 'Cafés and the waterfront');
    assert.deepEqual(lee!.authors, [{ given: 'Ann', family: 'Lee' }, { given: 'Ludwig', family: 'van Beethoven' }]);
  });

  it('skips an entry with unbalanced braces, with the line and the reason', () => {
    assert.equal(library.problems.length, 1);
    assert.match(library.problems[0]!, /line 2\d: entry broken2022 skipped: unbalanced braces/);
  });

  it('reports a file of broken entries as skipped, and never throws on garbage', () => {
    const result = readSource('refs/bad.bib', encode('@article{x,\n  title = {never closed\n'));
    assert.equal(result.kind, 'skipped');
    assert.match(result.kind === 'skipped' ? result.reason : '', /no readable library entry.*unbalanced braces/);
    for (const junk of ['@', '@@@{', '@article{', '@article{k, title = }', '}}}{{{', '@string{x = y # }']) {
      assert.doesNotThrow(() => parseBibtex('j.bib', junk));
    }
  });

  const nameCases: Array<[string, object[]]> = [
    ['Roe, Jane A.', [{ family: 'Roe', given: 'Jane A.' }]],
    ['Jane Roe AND John Smith', [{ given: 'Jane', family: 'Roe' }, { given: 'John', family: 'Smith' }]],
    ['{Barnes and Noble}', [{ literal: 'Barnes and Noble' }]],
    ['M{\\"u}ller, J{\\"o}rg', [{ family: 'Müller', given: 'Jörg' }]],
  ];
  for (const [raw, expected] of nameCases) it(`names(${raw})`, () => assert.deepEqual(names(raw), expected));

  const latex: Array<[string, string]> = [['{\\"o}', 'ö'], ["\\'e", 'é'], ['A \\& B', 'A & B'], ['1990--1995', '1990–1995'], ['{NASA} report', 'NASA report'], ['Stra{\\ss}e', 'Straße']];
  for (const [raw, text] of latex) it(`latexToText(${raw}) = ${text}`, () => assert.equal(latexToText(raw), text));
});

const CSL = JSON.stringify([
  {
    id: 'okafor2025', type: 'article-newspaper', title: 'Port authority sets closing date',
    author: [{ family: 'Okafor', given: 'Tom' }], issued: { 'date-parts': [[2025, 1, 9]] },
    'container-title': 'Harbour Weekly', URL: 'https://www.example.org/news/port-closing?utm=x',
  },
  { id: 'who2020', type: 'report', title: 'Water quality', author: [{ literal: 'World Health Organization' }], issued: { raw: '2020-06' } },
  { title: 'no id' },
]);

describe('library: CSL-JSON', () => {
  it('reads items with ids; items without one are reported', () => {
    const library = parseCslJson('lib.json', CSL)!;
    assert.deepEqual(library.entries.map((e) => [e.key, e.date, e.container]), [['okafor2025', '2025-01-09', 'Harbour Weekly'], ['who2020', '2020-06', undefined]]);
    assert.deepEqual(library.problems, ['item 3 skipped: no id']);
  });

  it('is not fooled by other JSON files', () => {
    assert.equal(parseCslJson('package.json', '{"name": "x", "version": "1"}'), undefined);
    assert.equal(parseCslJson('broken.json', '[{"id": '), undefined);
    const result = readSource('sources/settings.json', encode('{"a": 1}'));
    assert.equal(result.kind, 'skipped');
  });
});

describe('library: linking entries to sources', () => {
  const article = (title: string, extra = ''): string => `---\ntitle: ${title}\n${extra}---\n\nThe harbour will close in March, not April, the port authority said on Friday.\n`;
  const files = [
    { file: 'sources/files/Harbour-Vote.PDF', bytes: encode('x') }, // not a source format: skipped, not linked
    { file: 'sources/port.md', bytes: encode(article('Port story', 'url: http://example.org/news/port-closing/\n')) },
    { file: 'sources/doi.md', bytes: encode(article('A paper', 'doi: 10.1234/HW.2024.17\n')) },
    { file: 'sources/budget.md', bytes: encode(article('Budget Report, 2023')) },
    { file: 'sources/unlinked.md', bytes: encode(article('Nobody lists this')) },
    { file: 'refs/library.bib', bytes: encode(BIB) },
    { file: 'refs/library.json', bytes: encode(CSL) },
  ];
  const { index, skipped, warnings } = indexSources(files);
  const meta = (file: string) => index.articles.find((a) => a.article.file === file)!.article.meta;

  it('links by URL, DOI and title, and gives the library key, authors, date and container', () => {
    assert.equal(meta('sources/port.md').id, 'okafor2025');
    assert.equal(meta('sources/port.md').author, 'Tom Okafor');
    assert.equal(meta('sources/port.md').outlet, 'Harbour Weekly');
    assert.equal(meta('sources/port.md').date, '2025-01-09');
    assert.equal(meta('sources/doi.md').id, 'roe2024harbour');
    assert.equal(meta('sources/budget.md').id, 'council2023');
    assert.equal(meta('sources/unlinked.md').id, 'unlinked');
    assert.ok(warnings.some((w) => w.file === 'refs/library.bib' && /unbalanced braces/.test(w.reason)));
    assert.ok(skipped.some((s) => s.file === 'sources/files/Harbour-Vote.PDF'));
  });

  it('links by the attached file name', () => {
    const { index: byFile } = indexSources([
      { file: 'file:///w/sources/harbour-vote.txt', bytes: encode('Harbour vote\n\nThe recount matched the first count to the last vote.\n') },
      { file: 'file:///w/refs.bib', bytes: encode('@article{vote, title={Vote}, file={Full Text:files/1/harbour-vote.txt:text/plain}}') },
    ]);
    assert.equal(byFile.articles[0]!.article.meta.id, 'vote');
  });

  it('cites with the library: Pandoc key, APA and Chicago authors and dates', () => {
    const roe = meta('sources/doi.md');
    assert.equal(formatCitation(roe, 'pandoc'), '[@roe2024harbour]');
    assert.equal(formatCitation(roe, 'apa'), 'Roe, J., & Smith, J. (2024, March 2). The Harbour Vote: A Recount. Harbour Weekly. https://doi.org/10.1234/hw.2024.17');
    assert.equal(formatCitation(roe, 'chicago'), 'Roe, Jane, and John Smith. "The Harbour Vote: A Recount." Harbour Weekly, March 2, 2024. https://doi.org/10.1234/hw.2024.17.');
    assert.equal(formatCitation(meta('sources/budget.md'), 'apa'), 'Harbour Town Council. (2023, November). Budget report 2023. Harbour Town Council. http://example.org/council/budget-2023/'.replace('http:', 'https:'));
    assert.match(bibliography([meta('sources/port.md'), roe], 'apa'), /- Okafor, T\. .*\n- Roe, J\./);
  });
});
