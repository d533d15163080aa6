import * as assert from 'node:assert/strict';
import { checkDraft, indexSources, textReport } from '../../src/core';
import { wrap } from '../../src/core/report/text-report';

const SOURCE = '---\nid: n\ntitle: "Budget"\noutlet: Example News\ndate: 2020-01-02\n---\n\n"We will not raise taxes on working families this year, and we will protect the health service," said Alice Smith.\n';
const { index } = indexSources([{ file: 'sources/n.md', bytes: new TextEncoder().encode(SOURCE) }]);
const DRAFT = 'Smith said, "We will not raise taxes on working families this year."\n\nLater she said, "We will not raise levies on working families this year."\n\nAn "unbalanced start here.\n';
const run = { version: '0', articles: 1, skipped: [], warnings: [], drafts: [{ file: 'drafts/budget.md', text: DRAFT, report: checkDraft(DRAFT, index) }] };

describe('textReport: the stylish layout', () => {
  it('pins the whole report at 100 columns', () => {
    assert.equal(textReport(run, { width: 100 }), [
      'drafts/budget.md',
      '  1:14  exact       “We will not raise taxes on working families…”  as in Example News, 2 Jan 2020',
      '  3:36  misquoted   “We will not raise levies on working families…”  source has “taxes”, not',
      '                    “levies” (Example News, 2 Jan 2020)',
      '                    We will not raise [-taxes-]{+levies+} on working families this year',
      '  5:4   unbalanced  a quotation mark that opens or closes nothing',
      '',
      "[-…-] the source's words   {+…+} the draft's words instead",
      '',
      '1 draft(s), 1 source(s): 2 quotation(s) - 1 exact, 1 misquoted',
      '',
    ].join('\n'));
  });

  it('does not wrap when the width is unlimited, and colours verdicts and differences when asked', () => {
    const wide = textReport(run);
    assert.ok(wide.includes('source has “taxes”, not “levies” (Example News, 2 Jan 2020)'));
    const coloured = textReport(run, { color: true });
    assert.ok(coloured.includes('\u001b[31mmisquoted'));
    assert.ok(coloured.includes('\u001b[31m[-taxes-]\u001b[39m\u001b[32m{+levies+}\u001b[39m'));
    assert.ok(!textReport(run, { width: 100 }).includes('\u001b['));
  });
});

describe('textReport: hostile text', () => {
  it('strips control and bidi characters from file names, quoted words and reasons, colour or not', () => {
    const evil = 'drafts/\u001b]8;;x\u0007evil\u202E.md';
    const hostile = { ...run, skipped: [{ file: 'a\u001b[2Jb.md', reason: 'binary\u0007 content' }], drafts: [{ ...run.drafts[0]!, file: evil }] };
    for (const color of [false, true]) {
      const report = textReport(hostile, { color });
      assert.doesNotMatch(report.replace(/\u001b\[\d+m/g, ''), /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E]/);
      assert.ok(report.includes('drafts/]8;;xevil.md'));
      assert.ok(report.includes('skipped a[2Jb.md: binary content'));
    }
  });
});

describe('wrap', () => {
  const cases: Array<[string, number, number, number, string[]]> = [
    ['fits', 40, 4, 4, ['one two three']],
    ['breaks at spaces, indents the rest', 40, 4, 30, ['aaaa bbbb cccc dddd eeee ffff', '    gggg']],
    ['never below 30 columns of room', 10, 8, 8, ['aaaa bbbb cccc dddd eeee ffff', '        gggg']],
    ['ANSI codes take no column', 40, 0, 0, ['\u001b[31maaaa\u001b[39m bbbb cccc dddd eeee ffff gggg']],
  ];
  const texts: Record<string, string> = { fits: 'one two three' };
  for (const [name, width, indent, first, expected] of cases) {
    it(name, () => {
      const text = texts[name] ?? expected.map((l) => l.trim()).join(' ');
      assert.deepEqual(wrap(text, width, indent, first), expected);
    });
  }
});
