import * as assert from 'node:assert/strict';
import { CITATION_STYLES, formatCitation, longDate, type CitationStyle, type SourceMeta } from '../../src/core';
import { parseDate } from '../../src/core/citations/format';

const FULL: SourceMeta = {
  id: 'herald-budget',
  title: 'Budget holds the line on taxes',
  outlet: 'The Herald',
  author: 'Jane Doe',
  date: '2006-05-17',
  url: 'https://example.org/budget',
};
/** No author, no URL, no date: title and outlet only. */
const BARE: SourceMeta = { id: 'bare', title: 'Budget holds the line on taxes', outlet: 'The Herald' };
/** No author and no URL, but dated. */
const DATED: SourceMeta = { id: 'dated', title: 'Budget holds the line on taxes', outlet: 'The Herald', date: '2006-05' };
/** An author and a URL, no date. */
const UNDATED: SourceMeta = { id: 'undated', title: 'Budget holds the line on taxes', outlet: 'The Herald', author: 'Jane Doe', url: 'https://example.org/budget' };
/** Nothing but a title (no outlet either). */
const TITLE_ONLY: SourceMeta = { id: 'title-only', title: 'A title that ends with a full stop.' };

describe('formatCitation: every style covered', () => {
  it('CITATION_STYLES lists the six styles', () => {
    assert.deepEqual([...CITATION_STYLES].sort(), ['apa', 'chicago', 'footnote', 'inline', 'link', 'pandoc']);
  });
});

function table(title: string, source: SourceMeta, expected: Record<CitationStyle, string>): void {
  describe(title, () => {
    for (const style of CITATION_STYLES) {
      it(style, () => assert.equal(formatCitation(source, style), expected[style]));
    }
  });
}

table('formatCitation: a full source (author, outlet, date, url)', FULL, {
  inline: '(The Herald, May 17, 2006)',
  link: '[Budget holds the line on taxes](https://example.org/budget)',
  pandoc: '[@herald-budget]',
  apa: 'Jane Doe. (2006, May 17). Budget holds the line on taxes. The Herald. https://example.org/budget',
  chicago: 'Jane Doe. "Budget holds the line on taxes." The Herald, May 17, 2006. https://example.org/budget.',
  footnote: 'Jane Doe, "Budget holds the line on taxes," The Herald, May 17, 2006, https://example.org/budget.',
});

table('formatCitation: no author, url or date', BARE, {
  inline: '(The Herald)',
  link: '"Budget holds the line on taxes"',
  pandoc: '[@bare]',
  apa: 'Budget holds the line on taxes. (n.d.). The Herald.',
  // No author: the entry starts with the title (no leading space).
  chicago: '"Budget holds the line on taxes." The Herald.',
  footnote: '"Budget holds the line on taxes," The Herald.',
});

table('formatCitation: no author or url, a year and month', DATED, {
  inline: '(The Herald, May 2006)',
  link: '"Budget holds the line on taxes"',
  pandoc: '[@dated]',
  apa: 'Budget holds the line on taxes. (2006, May). The Herald.',
  chicago: '"Budget holds the line on taxes." The Herald, May 2006.',
  footnote: '"Budget holds the line on taxes," The Herald, May 2006.',
});

table('formatCitation: author and url, no date', UNDATED, {
  inline: '(The Herald)',
  link: '[Budget holds the line on taxes](https://example.org/budget)',
  pandoc: '[@undated]',
  apa: 'Jane Doe. (n.d.). Budget holds the line on taxes. The Herald. https://example.org/budget',
  chicago: 'Jane Doe. "Budget holds the line on taxes." The Herald. https://example.org/budget.',
  footnote: 'Jane Doe, "Budget holds the line on taxes," The Herald, https://example.org/budget.',
});

table('formatCitation: only a title', TITLE_ONLY, {
  inline: '(A title that ends with a full stop.)',
  link: '"A title that ends with a full stop."',
  pandoc: '[@title-only]',
  apa: 'A title that ends with a full stop. (n.d.).',
  chicago: '"A title that ends with a full stop."',
  footnote: '"A title that ends with a full stop."',
});

describe('formatCitation: details', () => {
  it('link: brackets and backslashes in the title are escaped', () => {
    const source: SourceMeta = { id: 'x', title: 'The [secret] plan \\ leaked', url: 'https://example.org/x' };
    assert.equal(formatCitation(source, 'link'), '[The \\[secret\\] plan \\\\ leaked](https://example.org/x)');
  });
  it('inline: the title stands in for a missing outlet', () => {
    assert.equal(formatCitation({ id: 'x', title: 'Harbour plan', date: '2010-10-10' }, 'inline'), '(Harbour plan, October 10, 2010)');
  });
  it('apa and chicago do not double a full stop that ends the author or title', () => {
    const source: SourceMeta = { id: 'x', title: 'Is it over?', author: 'Smith Jr.', outlet: 'The Post', date: '2001-02-03' };
    assert.equal(formatCitation(source, 'apa'), 'Smith Jr. (2001, February 3). Is it over? The Post.');
    assert.equal(formatCitation(source, 'chicago'), 'Smith Jr. "Is it over?" The Post, February 3, 2001.');
  });
  it('footnote: a trailing full stop or comma of the title gives way to the comma', () => {
    const source: SourceMeta = { id: 'x', title: 'The end.', outlet: 'The Post' };
    assert.equal(formatCitation(source, 'footnote'), '"The end," The Post.');
  });
});

describe('longDate', () => {
  const cases: Array<[string, string | undefined, string | undefined]> = [
    ['a full date', '2006-05-17', 'May 17, 2006'],
    ['a year and month', '2006-05', 'May 2006'],
    ['a year', '2006', '2006'],
    ['an ISO timestamp', '2006-05-17T10:20:30Z', 'May 17, 2006'],
    ['an ISO timestamp with an offset', '2006-12-01T23:59:00+02:00', 'December 1, 2006'],
    ['single-digit month and day, padded with spaces', ' 2006-5-7 ', 'May 7, 2006'],
    ['a leading zero is dropped from the day', '2006-01-02', 'January 2, 2006'],
    ['junk is returned as written (trimmed)', '  sometime last spring ', 'sometime last spring'],
    ['an empty string', '', undefined],
    ['white space only', '   ', undefined],
    ['undefined', undefined, undefined],
  ];
  for (const [name, input, expected] of cases) {
    it(`${name}: ${JSON.stringify(input)} -> ${JSON.stringify(expected)}`, () => assert.equal(longDate(input), expected));
  }
});

describe('parseDate', () => {
  const cases: Array<[string | undefined, ReturnType<typeof parseDate>]> = [
    ['2006-05-17', { year: '2006', month: 'May', day: 17 }],
    ['2006-05', { year: '2006', month: 'May' }],
    ['2006', { year: '2006' }],
    ['2006-05-17T10:20:30Z', { year: '2006', month: 'May', day: 17 }],
    ['2006-13-01', { year: '2006' }], // no 13th month: the year alone
    ['May 2006', undefined],
    ['junk', undefined],
    ['', undefined],
    [undefined, undefined],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} -> ${JSON.stringify(expected)}`, () => assert.deepEqual(parseDate(input), expected));
  }
});
