import * as assert from 'node:assert/strict';
import { bibliography, checkDraft, citedSources, formatCitation, indexSources, type CitationStyle, type SourceMeta } from '../../src/core';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const source = (id: string, meta: string, body: string): { file: string; bytes: Uint8Array } =>
  ({ file: `sources/${id}.md`, bytes: encode(`---\nid: ${id}\n${meta}\n---\n\n${body}\n`) });

const { index, skipped } = indexSources([
  source('quoted', 'title: "The budget"\noutlet: The Herald\nauthor: Zed Writer\ndate: 2006-05-17\nurl: https://example.org/quoted',
    '"We will not raise taxes on working families this year," said Alice Smith, the finance minister.'),
  source('pandoc', 'title: "A pandoc story"\noutlet: The Courier\nauthor: Amy Author\ndate: 2008-01-01',
    'Nothing quoted here at all, only plain reporting about the weather in the hills.'),
  source('linked', 'title: "Linked story"\noutlet: The Times\nauthor: Mel Middle\ndate: 2004-03-03\nurl: https://example.org/linked',
    'Another plain article about trains and buses in the city.'),
  source('noted', 'title: "Noted story"\noutlet: The Post\nauthor: Ned Noter\ndate: 2010-10-10\nurl: https://example.org/noted',
    'A plain article about the harbour and its fishing boats.'),
  source('other', 'title: "Uncited story"\noutlet: The Globe\nauthor: Bob Other\ndate: 2001-01-01\nurl: https://example.org/other',
    '"The harbour will close for good next spring, and nobody will be paid," said Bob Jones.'),
]);
const articles = index.articles.map((a) => a.article);

function cited(draft: string): string[] {
  return citedSources(draft, checkDraft(draft, index), articles).map((a) => a.meta.id).sort();
}

describe('citedSources', () => {
  it('the corpus', () => {
    assert.deepEqual(skipped, []);
    assert.deepEqual(articles.map((a) => a.meta.id), ['quoted', 'pandoc', 'linked', 'noted', 'other']);
  });

  const cases: Array<[string, string, string[]]> = [
    ['a matched quotation', 'Alice Smith said, "We will not raise taxes on working families this year."', ['quoted']],
    ['a Pandoc citation [@id]', 'The weather was bad [@pandoc].', ['pandoc']],
    ['a link to the URL', 'Trains were late ([the report](https://example.org/linked)).', ['linked']],
    ['a footnote whose definition has the URL', 'The harbour is busy.[^1]\n\n[^1]: Ned Noter, "Noted story," The Post, https://example.org/noted.\n', ['noted']],
    ['all four together', [
      'Alice Smith said, "We will not raise taxes on working families this year." See [@pandoc] and [the trains](https://example.org/linked).[^1]',
      '',
      '[^1]: "Noted story," The Post, https://example.org/noted.',
      '',
    ].join('\n'), ['linked', 'noted', 'pandoc', 'quoted']],
    ['nothing cited', 'A draft that quotes and cites nothing at all.', []],
    ['a quotation too short to check does not cite', 'The harbour will close "for good" next spring.', []],
    ['a misquoted quotation cites the source it misquotes', 'Bob Jones said, "The harbour will close for good next summer, and nobody will be paid."', ['other']],
    ['an unsourced quotation does not cite', 'Bob Jones said, "The harbour will stay open for ever and everyone will be rich."', []],
    ['the id as a plain word does not cite', 'The other story, the pandoc one, was not cited.', []],
    ['the URL as bare text (not a link) does not cite', 'See https://example.org/other for more.', []],
    ['a different URL with the same start does not cite', 'See [this](https://example.org/other-things).', []],
  ];
  for (const [name, draft, expected] of cases) {
    it(name, () => assert.deepEqual(cited(draft), expected));
  }

  // Pandoc citation syntax: `[@a; @b]` cites both, `[@a, p. 3]` cites a with a locator.
  const pandocCases: Array<[string, string, string[]]> = [
    ['the last of a grouped Pandoc citation [@a; @b]', 'Trains and weather [@linked; @pandoc].', ['linked', 'pandoc']],
    ['a Pandoc citation with a locator [@id, p. 3]', 'The weather was bad [@pandoc, p. 3].', ['pandoc']],
  ];
  for (const [name, draft, expected] of pandocCases) {
    it(name, () => assert.deepEqual(cited(draft), expected));
  }
});

describe('bibliography', () => {
  const metas: SourceMeta[] = articles.filter((a) => a.meta.id !== 'other').map((a) => a.meta);
  const untitled: SourceMeta = { id: 'zoo', title: 'The Zoo report', outlet: 'The Gazette', date: '1999-09-09' };

  it('starts with a `## Sources` heading, one `- ` entry a line, ends with a newline', () => {
    for (const style of ['apa', 'chicago', 'footnote', 'inline', 'link', 'pandoc'] as CitationStyle[]) {
      const text = bibliography(metas, style);
      assert.ok(text.startsWith('## Sources\n\n'), style);
      assert.ok(text.endsWith('\n') && !text.endsWith('\n\n'), style);
      const lines = text.slice('## Sources\n\n'.length).trimEnd().split('\n');
      assert.equal(lines.length, metas.length, style);
      for (const line of lines) assert.match(line, /^- \S/, style);
    }
  });

  it('apa: sorted by author, APA entries', () => {
    assert.equal(bibliography(metas, 'apa'), [
      '## Sources',
      '',
      '- Amy Author. (2008, January 1). A pandoc story. The Courier.',
      '- Mel Middle. (2004, March 3). Linked story. The Times. https://example.org/linked',
      '- Ned Noter. (2010, October 10). Noted story. The Post. https://example.org/noted',
      '- Zed Writer. (2006, May 17). The budget. The Herald. https://example.org/quoted',
      '',
    ].join('\n'));
  });

  it('chicago and footnote: sorted by author, Chicago bibliography entries', () => {
    const expected = ['## Sources', '', ...['pandoc', 'linked', 'noted', 'quoted'].map((id) => `- ${formatCitation(metas.find((m) => m.id === id)!, 'chicago')}`), ''].join('\n');
    assert.equal(bibliography(metas, 'chicago'), expected);
    assert.equal(bibliography(metas, 'footnote'), expected);
  });

  it('inline: sorted by date, title (linked when there is a URL), outlet and date', () => {
    assert.equal(bibliography(metas, 'inline'), [
      '## Sources',
      '',
      '- [Linked story](https://example.org/linked), The Times, March 3, 2004',
      '- [The budget](https://example.org/quoted), The Herald, May 17, 2006',
      '- "A pandoc story", The Courier, January 1, 2008',
      '- [Noted story](https://example.org/noted), The Post, October 10, 2010',
      '',
    ].join('\n'));
  });

  it('link: the same order as inline; pandoc: the key after each entry', () => {
    assert.equal(bibliography(metas, 'link'), bibliography(metas, 'inline'));
    const pandoc = bibliography(metas, 'pandoc').split('\n').filter((l) => l.startsWith('- '));
    assert.deepEqual(pandoc.map((l) => /\[@([\w-]+)\]$/.exec(l)?.[1]), ['linked', 'quoted', 'pandoc', 'noted']);
  });

  it('apa vs inline: alphabetical vs chronological order of the same sources', () => {
    const order = (style: CitationStyle): string[] => {
      const text = bibliography(metas, style);
      return metas.map((m) => m.title).sort((x, y) => text.indexOf(x) - text.indexOf(y));
    };
    assert.deepEqual(order('apa'), ['A pandoc story', 'Linked story', 'Noted story', 'The budget']);
    assert.deepEqual(order('inline'), ['Linked story', 'The budget', 'A pandoc story', 'Noted story']);
  });

  it('alphabetical styles sort an authorless source by title, ignoring a leading article', () => {
    const text = bibliography([...metas, untitled], 'apa');
    const entries = text.split('\n').filter((l) => l.startsWith('- '));
    assert.equal(entries[entries.length - 1], '- The Zoo report. (1999, September 9). The Gazette.');
  });

  it('inline: an undated source comes first', () => {
    const text = bibliography([...metas, { id: 'undated', title: 'Undated', outlet: 'The Mirror' }], 'inline');
    assert.equal(text.split('\n')[2], '- "Undated", The Mirror');
  });
});
