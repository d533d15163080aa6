/**
 * The hostile-input suite (issue #8): inputs an attacker or an accident can put in a source folder or a draft,
 * generated here (never committed as big files), each run with a time and memory bound checked by this runner,
 * then a seeded fuzz run. Bounds are 2 s per case (1 s per fuzz case) scaled by the machine's load, since CI
 * shares its cores; the factor is printed. Exit 1 on any failure. Run: npm run test:hostile.
 */
import * as os from 'node:os';
import { checkDraft, indexSources, type DraftReport } from '../../src/core';
import { readSource } from '../../src/core/sources/read-source';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const LOAD = Math.min(4, Math.max(1, os.loadavg()[0]! / os.cpus().length));
const CASE_MS = 2000 * LOAD;
const FUZZ_MS = 1000 * LOAD;
const CASE_MB = 1024;

const SOURCE = '---\ntitle: "Budget"\n---\n\n"We will not raise taxes on working families this year, and we will protect the health service," said Alice Smith.\n';
const { index } = indexSources([{ file: 'sources/budget.md', bytes: encode(SOURCE) }]);

interface Case {
  readonly name: string;
  readonly run: () => string; // the verdict, described
  readonly expect: RegExp;
}

const source = (file: string, text: string) => (): string => {
  const read = readSource(file, encode(text), 64 * 1024 * 1024);
  return read.kind === 'article' ? `article of ${read.article.body.length} chars` : read.kind === 'skipped' ? `skipped: ${read.reason}` : read.kind;
};
const draft = (text: string) => (): string => describe(checkDraft(text, index), text);

function describe(report: DraftReport, text: string): string {
  assertOffsets(report, text);
  return `${report.quotes.length} quotation(s): ${[...new Set(report.quotes.map((q) => q.verdict))].join(', ') || 'none'}`;
}

function assertOffsets(report: DraftReport, text: string): void {
  for (const q of report.quotes) {
    if (!(q.open >= 0 && q.open <= q.start && q.start <= q.end && q.end <= q.close && q.close <= text.length)) throw new Error(`quotation offsets outside the draft: ${q.open} ${q.start} ${q.end} ${q.close} of ${text.length}`);
    if (q.source && !(q.source.start >= 0 && q.source.start <= q.source.end && q.source.end <= q.source.article.body.length)) throw new Error('source offsets outside the article');
  }
  if (report.prose.length !== text.length) throw new Error('prose length differs from the draft');
}

const HARBOUR = '"We will keep the harbour open all winter for the fishing fleet," said Alice Smith.';
/** A draft quoting HARBOUR (its first letter lowered: edited), checked against a Markdown source whose paragraph is `paragraph`. */
const quotedFrom = (paragraph: string) => (): string => {
  const own = indexSources([{ file: 'sources/harbour.md', bytes: encode(`# Harbour\n\n${paragraph}\n`) }]).index;
  const text = `Alice Smith said "we will keep the harbour open all winter for the fishing fleet."`;
  return describe(checkDraft(text, own), text);
};
const quoted = `Alice Smith said "We will not raise taxes on working families this year, and we will protect the health service."`;
const CASES: Case[] = [
  { name: 'HTML: <i>a</i> x 130,000 (1 MB)', run: source('p.html', '<i>a</i>'.repeat(130_000)), expect: /article/ },
  { name: 'HTML: <h1>a x 500,000', run: source('p.html', '<h1>a'.repeat(500_000)), expect: /article/ },
  { name: 'HTML: <a x 500,000', run: source('p.html', '<a'.repeat(500_000)), expect: /./ },
  { name: 'HTML: 5 MB of text without spaces (CJK)', run: source('p.html', `<p>${'\u4e2d'.repeat(1_700_000)}</p>`), expect: /article/ },
  { name: 'HTML: unclosed attribute quotes between tags', run: source('p.html', '<a x="y>z" '.repeat(100_000) + '<a x="'), expect: /./ },
  { name: 'front matter: a value of 200,000 spaces', run: source('s.md', `---\ntitle: ${' '.repeat(200_000)}x\n---\n\nBody text.`), expect: /article/ },
  { name: 'text: a one-line 50 MB-class file (5 MB here)', run: source('s.txt', 'word '.repeat(1_000_000)), expect: /article/ },
  { name: 'draft: 200 KB of backticks', run: draft('`'.repeat(200_000)), expect: /quotation/ },
  { name: 'draft: 200 KB of ](', run: draft(`${quoted}\n\n${']('.repeat(100_000)}`), expect: /exact/ },
  { name: 'draft: 200 KB of <http: without a closing >', run: draft(`${quoted}\n\n${'<http:'.repeat(33_000)}`), expect: /exact/ },
  { name: 'draft: 200 KB of fence openers on one line', run: draft(`${'```'.repeat(66_000)}\n${quoted}`), expect: /quotation/ },
  { name: 'draft: a quotation with 3,000 ellipses', run: draft(`She said "We will not ${'... '.repeat(3000)}raise taxes on working families."`), expect: /unchecked/ },
  { name: 'draft: 10,000 quotations', run: draft(`${quoted}\n\n`.repeat(10_000).slice(0, 1_200_000)), expect: /exact/ },
  { name: 'draft: a quotation with 6,000 ellipses', run: draft(`She said "We will not ${'... '.repeat(6000)}raise taxes on working families."`), expect: /unchecked/ },
  // The draft patterns inside the source paragraph a draft quotes: every check of it masks that paragraph.
  { name: 'source: 200 KB of backticks in the quoted paragraph', run: quotedFrom(`${HARBOUR} ${'`'.repeat(200_000)}`), expect: /edited/ },
  { name: 'source: 200 KB of ]( in the quoted paragraph', run: quotedFrom(`${HARBOUR} ${']('.repeat(100_000)}`), expect: /edited/ },
  // Saved pages' chrome hints: unclosed hinted boxes, many would-be bylines, many top-level articles.
  { name: 'HTML: <div class="ad"> x 200,000, never closed', run: source('p.html', `<p>Text.</p>${'<div class="ad">x'.repeat(200_000)}`), expect: /article/ },
  { name: 'HTML: <span class="author"> x 200,000', run: source('p.html', `${'<span class="author">'.repeat(200_000)}<p>Text.</p>`), expect: /article/ },
  { name: 'HTML: <article> x 100,000 (the largest is looked for)', run: source('p.html', '<article><p>Some text.</p></article>'.repeat(100_000)), expect: /article/ },
];

function measure(name: string, bound: number, run: () => string): { ok: boolean; line: string } {
  const before = process.memoryUsage().rss;
  const start = process.hrtime.bigint();
  let outcome: string;
  let ok = true;
  try {
    outcome = run();
  } catch (error) {
    outcome = `threw ${(error as Error).message}`;
    ok = false;
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const mb = Math.max(0, process.memoryUsage().rss - before) / 1048576;
  if (ms > bound) ok = false;
  if (mb > CASE_MB) ok = false;
  return { ok, line: `${ok ? 'ok  ' : 'FAIL'} ${ms.toFixed(0).padStart(6)} ms ${mb.toFixed(0).padStart(5)} MB  ${name}: ${outcome}` };
}

/** A seeded generator (mulberry32): the same cases on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  '"', '\u201C', '\u201D', "'", '\u2019', '`', '```', '~~~', '\n', '\r', '\r\n', '\n\n', '> ', '# ', '## Sources\n', '---\n', '...', '\u2026', '. . .',
  '[', ']', '](', ')', '[^1]', '[^1]: ', '<!--', '-->', '<!-- sourcecheck-ignore -->', '<', '>', '<a href="x">', '</a>', '<p>', '<h1>', '<script>',
  '</script>', '<article>', '&amp;', '&#x202E;', '&', '\u202E', '\u2066', '\u200B', '\uFEFF', '\u0000', '\u001b[31m', 'title: ', ': ', ' said', ' Smith',
  'We will not raise taxes', ' on working families', ' this year,', ' and we will protect the health service', '[t]he', '[sic]', ' ', '\t', 'é', 'e\u0301', '\uD83D', '\uDE00',
];

function fuzzText(next: () => number): string {
  const parts: string[] = [];
  const length = 1 + Math.floor(next() * 60);
  for (let k = 0; k < length; k++) parts.push(PIECES[Math.floor(next() * PIECES.length)]!);
  let text = parts.join('');
  if (next() < 0.3) { // mutate a known-good draft: cut, duplicate or insert at random
    const at = Math.floor(next() * quoted.length);
    text = next() < 0.5 ? quoted.slice(0, at) + text + quoted.slice(at) : quoted.slice(at) + text;
  }
  return text;
}

function main(): number {
  console.log(`hostile: bounds ${CASE_MS.toFixed(0)} ms per case, ${FUZZ_MS.toFixed(0)} ms per fuzz case (load factor ${LOAD.toFixed(2)}), ${CASE_MB} MB`);
  let failed = 0;
  for (const c of CASES) {
    const result = measure(c.name, CASE_MS, c.run);
    const matches = result.ok && c.expect.test(result.line);
    if (!matches) failed++;
    console.log(matches ? result.line : result.line.replace(/^ok  /, 'FAIL'));
  }
  const next = random(20260508);
  const FUZZ = 10_000;
  let slowest = 0;
  const fuzzStart = Date.now();
  for (let k = 0; k < FUZZ; k++) {
    const text = fuzzText(next);
    const start = process.hrtime.bigint();
    try {
      assertOffsets(checkDraft(text, index), text);
      for (const file of ['f.md', 'f.html', 'f.txt']) {
        const read = readSource(file, encode(text));
        if (read.kind === 'article' && read.article.body.length > text.length * 3 + 16) throw new Error(`${file}: body longer than the file`);
        if (read.kind === 'article') assertOffsets(checkDraft(read.article.body, index), read.article.body);
      }
    } catch (error) {
      failed++;
      console.log(`FAIL fuzz case ${k}: ${(error as Error).message}: ${JSON.stringify(text).slice(0, 300)}`);
      continue;
    }
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    slowest = Math.max(slowest, ms);
    if (ms > FUZZ_MS) {
      failed++;
      console.log(`FAIL fuzz case ${k}: ${ms.toFixed(0)} ms: ${JSON.stringify(text).slice(0, 300)}`);
    }
  }
  console.log(`fuzz: ${FUZZ} cases (seed 20260508) in ${((Date.now() - fuzzStart) / 1000).toFixed(1)} s, slowest ${slowest.toFixed(0)} ms`);
  console.log(`hostile: ${CASES.length + FUZZ - failed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

process.exitCode = main();
