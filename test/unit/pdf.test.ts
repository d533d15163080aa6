import * as assert from 'node:assert/strict';
import { checkDraft, formatCitation, indexSourcesAsync, jsonReport, pageLocatorProblems, passageLocator, type PdfJs, type SourceReaders } from '../../src/core';
import { applyEdits } from '../../src/core/citations/footnotes';
import type { Article } from '../../src/core/sources/article';
import { readSourceAsync } from '../../src/core/sources/read-source';
import { segmentAt } from '../../src/core/sources/segments';
import { writePdf, type PdfPage } from '../helpers/pdf-writer';

const READERS: SourceReaders = {
  pdf: async () => (await import('unpdf/pdfjs')) as unknown as PdfJs,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms).unref()),
};

const HEADER = 'Harbour Authority Annual Report';
const PAGES: PdfPage[] = [
  { lines: [HEADER, 'The board met in January to discuss the dredging contract.', 'Its costs had doubled since the tender.', '1'] },
  { lines: [HEADER, 'The harbour will close in March, not April, the port au-', 'thority said in its report on the \uFB01nal budget of the year.', 'Page 2'] },
  { lines: [HEADER, 'The final accounts were approved without a vote.', 'Page 3'] },
];

async function read(bytes: Uint8Array, readers = READERS): Promise<Article> {
  const result = await readSourceAsync('sources/report.pdf', bytes, undefined, readers);
  if (result.kind !== 'article') assert.fail(`expected an article, got ${result.kind === 'skipped' ? result.reason : result.kind}`);
  return result.article;
}

async function skipped(bytes: Uint8Array, readers = READERS): Promise<string> {
  const result = await readSourceAsync('sources/bad.pdf', bytes, undefined, readers);
  if (result.kind !== 'skipped') assert.fail(`expected the PDF to be skipped, got ${result.kind}`);
  return result.reason;
}

describe('PDF sources', function () {
  this.timeout(20_000);

  it('joins the pages, repairs hyphenation and ligatures, drops running headers and page numbers', async () => {
    const a = await read(writePdf(PAGES, { ligatures: true }));
    assert.equal(a.body, [
      'The board met in January to discuss the dredging contract. Its costs had doubled since the tender.',
      'The harbour will close in March, not April, the port authority said in its report on the final budget of the year.',
      'The final accounts were approved without a vote.',
    ].join(' '));
    assert.equal(a.meta.title, HEADER);
  });

  it('knows the page of every passage, and maps it back to the extracted text', async () => {
    const a = await read(writePdf(PAGES, { ligatures: true }));
    const cases: Array<[string, number]> = [['The board met', 1], ['Its costs', 1], ['port authority said', 2], ['final budget', 2], ['final accounts', 3]];
    for (const [words, page] of cases) {
      const at = a.body.indexOf(words);
      assert.equal(segmentAt(a, at)?.page, page, words);
    }
    // `authority` was `au-` + `thority`: its start and end map into the two lines of the file text.
    const at = a.body.indexOf('authority said');
    const from = a.bodyToFile.toOriginal(at);
    const to = a.bodyToFile.toOriginal(at + 'authority said'.length);
    assert.ok(to - from === 'au-\nthority said'.length, `${from}..${to}`);
  });

  it('skips a truncated, an encrypted and an image-only PDF with a reason', async () => {
    const whole = writePdf(PAGES);
    assert.match(await skipped(whole.slice(0, 40)), /damaged or truncated PDF|unreadable PDF|no text layer/);
    assert.match(await skipped(writePdf(PAGES, { encrypted: true })), /encrypted PDF/);
    assert.match(await skipped(writePdf([{ imageOnly: true }, { imageOnly: true }])), /no text layer/);
    assert.match(await skipped(new TextEncoder().encode('%PDF-1.4\nnot really a pdf at all\n')), /PDF/);
  });

  it('abandons a parser that runs longer than its budget', async () => {
    const slow: SourceReaders = { ...READERS, pdfBudgetMs: 0, sleep: () => Promise.resolve() };
    assert.match(await skipped(writePdf(PAGES), slow), /ran longer than 0 s/);
  });

  it('skips a PDF when no reader is given, or the reader cannot be loaded', async () => {
    assert.match(await skipped(writePdf(PAGES), {}), /not available/);
    assert.match(await skipped(writePdf(PAGES), { pdf: () => Promise.reject(new Error('gone')) }), /could not be loaded \(gone\)/);
  });
});

describe('PDF pages in checks, citations and reports', function () {
  this.timeout(20_000);
  const quote = '"The harbour will close in March, not April, the port authority said"';

  async function indexed() {
    return indexSourcesAsync([{ file: 'sources/report.pdf', bytes: writePdf(PAGES, { ligatures: true }) }], undefined, READERS);
  }

  it('gives the page in the locator, the citations and the JSON report', async () => {
    const { index } = await indexed();
    const draft = `The authority was clear: ${quote}.`;
    const report = checkDraft(draft, index);
    const q = report.quotes[0]!;
    assert.equal(q.verdict, 'exact');
    const locator = passageLocator(q.source!.article, q.source!.start);
    assert.deepEqual(locator, { page: 2 });
    assert.equal(formatCitation({ ...q.source!.article.meta, id: 'report' }, 'pandoc', locator), '[@report, p. 2]');
    assert.equal(formatCitation(q.source!.article.meta, 'inline', locator), `(${HEADER}, p. 2)`);
    const json = jsonReport({ version: '0', articles: 1, skipped: [], warnings: [], drafts: [{ file: 'd.md', text: draft, report }] }) as { drafts: Array<{ quotes: Array<{ source: { page: number; time: null } }> }> };
    assert.equal(json.drafts[0]!.quotes[0]!.source.page, 2);
    assert.equal(json.drafts[0]!.quotes[0]!.source.time, null);
  });

  const cases: Array<{ name: string; draft: string; wrong?: string; fixed?: string }> = [
    { name: 'a right Pandoc locator', draft: `${quote} [@report, p. 2].` },
    { name: 'a wrong Pandoc locator', draft: `${quote} [@report, p. 12].`, wrong: '12', fixed: `${quote} [@report, p. 2].` },
    { name: 'a wrong parenthetical locator', draft: `${quote} (Report, p. 7).`, wrong: '7', fixed: `${quote} (Report, p. 2).` },
    { name: 'a page range holding the passage', draft: `${quote} (Report, pp. 1-3).` },
    { name: 'a wrong page range', draft: `${quote} (Report, pp. 4–5).`, wrong: '4–5', fixed: `${quote} (Report, pp. 2).` },
    { name: "a footnote's wrong page", draft: `${quote}[^1]\n\n[^1]: Harbour Authority, Annual Report, p. 9.\n`, wrong: '9', fixed: `${quote}[^1]\n\n[^1]: Harbour Authority, Annual Report, p. 2.\n` },
    { name: 'no locator', draft: `${quote} (Harbour Authority, 2024).` },
  ];
  for (const c of cases) {
    it(`page locators: ${c.name}`, async () => {
      const { index } = await indexed();
      const report = checkDraft(c.draft, index);
      const problems = pageLocatorProblems(c.draft, report.quotes);
      if (!c.wrong) return assert.deepEqual(problems, []);
      assert.equal(problems.length, 1);
      assert.equal(problems[0]!.cited, c.wrong);
      assert.match(problems[0]!.message, /Wrong page: the passage is on p\. 2 /);
      assert.equal(applyEdits(c.draft, [{ start: problems[0]!.start, end: problems[0]!.end, text: String(problems[0]!.page) }]), c.fixed);
    });
  }
});
