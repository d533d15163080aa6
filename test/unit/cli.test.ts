import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { assertUsageError, cli, cliWith, ROOT, type Run } from '../helpers/run-cli';

const SOURCE_MD = [
  '---',
  'id: budget-1',
  'title: "Budget Day"',
  'outlet: Example News',
  'date: 2020-01-02',
  'url: https://example.org/budget',
  '---',
  '',
  'The minister spoke on Monday.',
  '',
  '"We will not raise taxes on working families this year, and we will protect the health service," said Alice Smith.',
  '',
].join('\n');

const SOURCE_HTML = [
  '<html><head><meta property="og:title" content="Bridge News"><meta property="og:site_name" content="City Paper"></head>',
  '<body><nav>Home</nav><article>',
  '<p>Jane Doe told reporters:  &ldquo;The new bridge will open to traffic in the spring',
  '   of next year,&rdquo; before she left.</p>',
  '</article></body></html>',
].join('\n');

const EXACT = 'We will not raise taxes on working families this year';
const MISQUOTE = 'We will not raise levies on working families this year';
const BRIDGE = 'The new bridge will open to traffic in the spring';

const DRAFT = [
  '# My op-ed',
  '',
  `Alice Smith said, "${EXACT}."`,
  '',
  `Smith said \u201C${MISQUOTE}.\u201D`,
  '',
  `Jane Doe told reporters that "${BRIDGE}".`,
  '',
].join('\n');

describe('CLI (dist/cli.js as a child process)', function () {
  this.timeout(120_000);
  let tmp = '';

  before(function () {
    this.timeout(120_000);
    execFileSync(process.execPath, ['esbuild.js'], { cwd: ROOT, stdio: 'pipe' });
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcecheck-cli-'));
    fs.mkdirSync(path.join(tmp, 'sources'));
    fs.writeFileSync(path.join(tmp, 'sources', 'budget.md'), SOURCE_MD);
    fs.writeFileSync(path.join(tmp, 'sources', 'bridge.html'), SOURCE_HTML);
    fs.writeFileSync(path.join(tmp, 'sources', 'image.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]));
    fs.writeFileSync(path.join(tmp, 'draft.md'), DRAFT);
    fs.writeFileSync(path.join(tmp, 'clean.md'), `Alice Smith said, "${EXACT}."\n`);
    fs.writeFileSync(path.join(tmp, 'misquote.md'), `Smith said "${MISQUOTE}."\n`);
    fs.mkdirSync(path.join(tmp, 'binary-only'));
    fs.writeFileSync(path.join(tmp, 'binary-only', 'blob.md'), Buffer.from([0x00, 0x01, 0x02, 0x03]));
    fs.mkdirSync(path.join(tmp, 'lonely'));
    fs.writeFileSync(path.join(tmp, 'lonely', 'draft.md'), `Alice Smith said, "${EXACT}."\n`);
  });

  after(() => {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  describe('exit codes', () => {
    it('0 when every quotation passes', () => {
      const run = cli(tmp, 'check', '--sources', 'sources', 'clean.md');
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stdout, /exact/);
    });

    it('2 for a binary draft, with the reason', () => {
      fs.writeFileSync(path.join(tmp, 'scan.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0xff, 0xfe]));
      assertUsageError(cli(tmp, 'check', '--sources', 'sources', 'scan.md'), /binary/);
    });

    it('a draft with invalid UTF-8 is checked, with a warning', () => {
      fs.writeFileSync(path.join(tmp, 'latin1.md'), Buffer.from('He said "caf\xe9 society is over".\n', 'latin1'));
      const run = cli(tmp, 'check', '--fail-on', 'none', '--sources', 'sources', 'latin1.md');
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stderr, /invalid UTF-8/);
    });

    it('1 for a misquotation', () => {
      const run = cli(tmp, 'check', '--sources', 'sources', 'misquote.md');
      assert.equal(run.status, 1, run.stderr);
      assert.match(run.stdout, /misquoted/);
      assert.match(run.stdout, /source has “taxes”, not “levies”/);
    });

    it('0 for a misquotation with --fail-on none', () => {
      assert.equal(cli(tmp, 'check', '--fail-on', 'none', '--sources', 'sources', 'misquote.md').status, 0);
    });

    it('1 for an exact quotation with --fail-on exact', () => {
      assert.equal(cli(tmp, 'check', '--fail-on', 'exact', '--sources', 'sources', 'clean.md').status, 1);
    });

    it('the sources/ folder next to the draft is the default', () => {
      const run = cli(tmp, 'check', 'misquote.md');
      assert.equal(run.status, 1, run.stderr);
      assert.match(run.stdout, /misquoted/);
    });

    it('2 with one line on stderr when no draft is given', () => {
      assertUsageError(cli(tmp, 'check', '--sources', 'sources'), /no draft given/);
    });

    it('2 when the sources folder does not exist', () => {
      assertUsageError(cli(tmp, 'check', '--sources', 'missing-folder', 'clean.md'), /sources not found: missing-folder/);
    });

    it('2 when there is no --sources and no sources folder next to the draft', () => {
      assertUsageError(cli(tmp, 'check', path.join('lonely', 'draft.md')), /no sources/);
    });

    it('2 "no readable source" for a folder with only a binary file', () => {
      assertUsageError(cli(tmp, 'check', '--sources', 'binary-only', 'clean.md'), /no readable source/);
    });

    it('2 when the draft cannot be read', () => {
      assertUsageError(cli(tmp, 'check', '--sources', 'sources', 'no-such-draft.md'), /cannot read draft no-such-draft\.md/);
    });

    it('2 for an unknown option', () => {
      assertUsageError(cli(tmp, 'check', '--bogus', 'clean.md'), /unknown option '--bogus'/);
    });

    it('2 for an unknown verdict in --fail-on', () => {
      assertUsageError(cli(tmp, 'check', '--fail-on', 'wrong', 'clean.md'), /unknown verdict 'wrong'/);
    });

    it('--version prints the package version', () => {
      const run = cli(tmp, '--version');
      assert.equal(run.status, 0);
      const version = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
      assert.equal(run.stdout.trim(), `sourcecheck ${version}`);
    });
  });

  describe('--format json', () => {
    interface JsonSource { id: string; file: string; title: string; outlet?: string; date?: string; url?: string; start: number; end: number; text: string; speaker: string | null }
    interface JsonQuote {
      start: number; end: number; line: number; column: number; text: string; verdict: string; speaker: string | null;
      source: JsonSource | null; edits: Array<{ kind: string; draft: string; source: string }>; message: string;
    }
    interface JsonReport {
      tool: { name: string; version: string };
      sources: { articles: number; skipped: Array<{ file: string; reason: string }> };
      drafts: Array<{ file: string; quotes: JsonQuote[]; actors: Array<{ name: string; kind: string; mentions: number; quotes: number[] }> }>;
    }
    let run: Run;
    let report: JsonReport;

    before(() => {
      run = cli(tmp, 'check', '--format', 'json', '--sources', 'sources', 'draft.md');
      report = JSON.parse(run.stdout) as JsonReport;
    });

    it('exits 1 (the draft has a misquotation) and prints nothing on stderr', () => {
      assert.equal(run.status, 1);
      assert.equal(run.stderr, '');
    });

    it('tool', () => {
      const version = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
      assert.deepEqual(report.tool, { name: 'sourcecheck', version });
    });

    it('sources.articles counts the readable sources', () => {
      assert.equal(report.sources.articles, 2);
    });

    it('sources.skipped lists the binary file with a reason', () => {
      assert.equal(report.sources.skipped.length, 1);
      const [skipped] = report.sources.skipped;
      assert.ok(skipped);
      assert.equal(path.basename(skipped.file), 'image.md');
      assert.match(skipped.reason, /binary/);
    });

    it('drafts[].file and one entry per quotation', () => {
      assert.equal(report.drafts.length, 1);
      assert.equal(report.drafts[0]!.file, 'draft.md');
      assert.deepEqual(report.drafts[0]!.quotes.map((q) => q.verdict), ['exact', 'misquoted', 'exact']);
    });

    it('each quotation has start, end, line, column and text of the draft', () => {
      const expectedTexts = [EXACT, MISQUOTE, BRIDGE];
      report.drafts[0]!.quotes.forEach((q, k) => {
        const start = DRAFT.indexOf(expectedTexts[k]!);
        assert.equal(q.start, start);
        assert.equal(q.end, start + expectedTexts[k]!.length);
        assert.equal(q.text, expectedTexts[k]);
        const before = DRAFT.slice(0, start).split('\n');
        assert.equal(q.line, before.length);
        assert.equal(q.column, before[before.length - 1]!.length + 1);
        assert.equal(typeof q.message, 'string');
        assert.ok(q.message.length > 0);
      });
    });

    it('speaker, edits and message', () => {
      const [exact, misquoted, bridge] = report.drafts[0]!.quotes;
      assert.ok(exact && misquoted && bridge);
      assert.equal(exact.speaker, 'Alice Smith');
      assert.deepEqual(exact.edits, []);
      assert.equal(misquoted.speaker, 'Alice Smith');
      assert.deepEqual(misquoted.edits, [{ kind: 'substitution', draft: 'levies', source: 'taxes' }]);
      assert.match(misquoted.message, /^“We will not raise levies on working families…”: source has “taxes”, not “levies” \(Example News, 2 Jan 2020\)$/);
      assert.equal(bridge.speaker, 'Jane Doe');
    });

    it('source has id, file, title, outlet, date, url, start, end, text, speaker', () => {
      const source = report.drafts[0]!.quotes[0]!.source;
      assert.ok(source);
      assert.equal(source.id, 'budget-1');
      assert.equal(path.basename(source.file), 'budget.md');
      assert.equal(source.title, 'Budget Day');
      assert.equal(source.outlet, 'Example News');
      assert.equal(source.date, '2020-01-02');
      assert.equal(source.url, 'https://example.org/budget');
      assert.equal(source.text, EXACT);
      assert.equal(source.speaker, 'Alice Smith');
      assert.equal(typeof source.start, 'number');
      assert.equal(typeof source.end, 'number');
    });

    it('source.start/end slice the Markdown source FILE to the source text', () => {
      for (const q of report.drafts[0]!.quotes.slice(0, 2)) {
        assert.ok(q.source);
        const file = fs.readFileSync(path.resolve(tmp, q.source.file), 'utf8');
        assert.equal(file.slice(q.source.start, q.source.end), q.source.text);
        assert.equal(q.source.start, SOURCE_MD.indexOf(q.source.text));
      }
      assert.equal(report.drafts[0]!.quotes[1]!.source!.text, 'We will not raise taxes on working families this year');
    });

    it('source.start/end slice the HTML source FILE to the source text', () => {
      const q = report.drafts[0]!.quotes[2]!;
      assert.ok(q.source);
      assert.equal(q.source.id, 'bridge');
      assert.equal(q.source.title, 'Bridge News');
      assert.equal(q.source.outlet, 'City Paper');
      assert.equal(q.source.text, BRIDGE);
      const file = fs.readFileSync(path.resolve(tmp, q.source.file), 'utf8');
      assert.equal(q.source.start, SOURCE_HTML.indexOf('The new bridge'));
      // HTML white space is collapsed in the text; the file slice must hold the same words and nothing more.
      assert.equal(file.slice(q.source.start, q.source.end).replace(/\s+/g, ' '), q.source.text);
    });

    it('actors: the quoted people, with their quotation indexes', () => {
      const actors = report.drafts[0]!.actors;
      const smith = actors.find((a) => a.name === 'Alice Smith');
      const doe = actors.find((a) => a.name === 'Jane Doe');
      assert.ok(smith && doe, JSON.stringify(actors));
      assert.deepEqual({ ...smith, mentions: smith.mentions >= 2 }, { name: 'Alice Smith', kind: 'person', mentions: true, quotes: [0, 1] });
      assert.deepEqual(doe.quotes, [2]);
      assert.equal(doe.kind, 'person');
    });

    it('an unsourced quotation has source null', () => {
      fs.writeFileSync(path.join(tmp, 'unsourced.md'), 'Bob Jones said, "Our cats will dance on the moon every single Tuesday evening."\n');
      const out = cli(tmp, 'check', '--format', 'json', '--sources', 'sources', 'unsourced.md');
      assert.equal(out.status, 1);
      const quote = (JSON.parse(out.stdout) as JsonReport).drafts[0]!.quotes[0]!;
      assert.equal(quote.verdict, 'unsourced');
      assert.equal(quote.source, null);
      assert.equal(quote.speaker, 'Bob Jones');
    });
  });

  describe('text format', () => {
    it('groups by file: line:column, verdict, quoted words, message; the difference indented; a legend; a summary', () => {
      const run = cli(tmp, 'check', '--sources', 'sources', 'draft.md');
      assert.equal(run.status, 1);
      const lines = run.stdout.split('\n');
      assert.equal(lines[0], 'draft.md');
      assert.match(run.stdout, /^  3:20  exact      “We will not raise taxes on working families…”  as in Example News, 2 Jan 2020$/m);
      assert.match(run.stdout, /^  5:31  misquoted  “We will not raise levies on working families…”  source has “taxes”, not “levies”$/m);
      assert.match(run.stdout, /^                   \(Example News, 2 Jan 2020\)$/m, 'wrapped to 100 columns under the message');
      assert.match(run.stdout, /^                   We will not raise \[-taxes-\]\{\+levies\+\} on working families this year$/m);
      assert.match(run.stdout, /^\[-…-\] the source's words   \{\+…\+\} the draft's words instead$/m);
      assert.match(run.stdout, /skipped .*image\.md: binary content/);
      assert.match(run.stdout, /1 draft\(s\), 2 source\(s\) \(1 skipped\): 3 quotation\(s\) - 2 exact, 1 misquoted/);
      assert.ok(run.stdout.split('\n').every((l) => l.length <= 100), 'no line over 100 columns');
      assert.ok(!run.stdout.includes('\u001b['), 'no colour when not on a terminal');
    });

    it('colours only when asked (FORCE_COLOR) and never with NO_COLOR', () => {
      assert.ok(cliWith({ FORCE_COLOR: '1' }, tmp, 'check', '--sources', 'sources', 'draft.md').stdout.includes('\u001b[31mmisquoted'));
      assert.ok(!cliWith({ FORCE_COLOR: '1', NO_COLOR: '1' }, tmp, 'check', '--sources', 'sources', 'draft.md').stdout.includes('\u001b['));
    });

    it('wraps to COLUMNS', () => {
      const narrow = cliWith({ COLUMNS: '60' }, tmp, 'check', '--sources', 'sources', 'draft.md').stdout;
      assert.ok(narrow.split('\n').every((l) => l.length <= 60 || !l.includes(' ', 20)), narrow);
    });
  });
});

describe('CLI: hostile files and faults', function () {
  this.timeout(60_000);
  let tmp: string;
  const write = (rel: string, text: string): string => {
    const file = path.join(tmp, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    return file;
  };
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcecheck-hostile-'));
    write('sources/a.md', '---\ntitle: "Evil \\u001b[31mred\\u001b[0m title"\noutlet: "Out\\u001b]8;;x\\u0007let"\n---\n\n"We will protect the health service for every family," said Alice Smith.\n');
    write('draft.md', 'Alice Smith said "we will protect the health service for every family."\n');
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('the text report carries no escape sequence from a source\'s metadata, and with colour only its own', () => {
    const run = cli(tmp, 'check', '--fail-on', 'none', 'draft.md');
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /\(Out\]8;;xlet\)/, 'the outlet, its OSC 8 escape and BEL removed');
    assert.doesNotMatch(run.stdout, /[\u0000-\u0008\u000B-\u001F\u007F]/);
    const coloured = cliWith({ FORCE_COLOR: '1' }, tmp, 'check', '--fail-on', 'none', 'draft.md');
    assert.ok(coloured.stdout.includes('\u001b['), 'coloured');
    assert.doesNotMatch(coloured.stdout.replace(/\u001b\[\d+m/g, ''), /[\u0000-\u0008\u000B-\u001F\u007F]/, 'no escape but our SGR colours');
    assert.match(coloured.stdout, /\(Out\]8;;xlet\)/);
  });

  it('a FIFO as draft is refused at once, not waited on', function () {
    if (process.platform === 'win32') this.skip();
    execFileSync('mkfifo', [path.join(tmp, 'fifo.md')]);
    assertUsageError(cli(tmp, 'check', 'fifo.md'), /not a regular file/);
  });

  it('/dev/zero as sources is skipped by the bytes read, not read to the end of memory', function () {
    if (!fs.existsSync('/dev/zero')) this.skip();
    const run = cli(tmp, 'check', '--sources', '/dev/zero', '--sources', 'sources', '--fail-on', 'none', 'draft.md');
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /skipped \/dev\/zero/);
  });

  it('a link below the sources to a file or folder outside is not read', function () {
    if (process.platform === 'win32') this.skip();
    write('outside/leak.md', '# Leak\n\n"The secret plan will cost every taxpayer a fortune," said Bob Jones.\n');
    fs.symlinkSync(path.join(tmp, 'outside', 'leak.md'), path.join(tmp, 'sources', 'leak.md'));
    fs.symlinkSync(path.join(tmp, 'outside'), path.join(tmp, 'sources', 'outside'));
    fs.symlinkSync(path.join(tmp, 'sources'), path.join(tmp, 'sources', 'loop'));
    write('draft.md', 'Bob Jones said "the secret plan will cost every taxpayer a fortune."\n');
    const run = cli(tmp, 'check', '--format', 'json', '--fail-on', 'none', 'draft.md');
    assert.equal(run.status, 0, run.stderr);
    assert.doesNotMatch(run.stdout, /leak\.md/);
    assert.match(run.stdout, /"verdict": ?"unsourced"/);
  });

  it('an unreadable subfolder of the sources is passed over', function () {
    // Root lists anything: test/unit/cli-files.test.ts fails a folder with EACCES through an injected reader instead.
    if (process.platform === 'win32' || process.getuid?.() === 0) this.skip();
    const locked = path.join(tmp, 'sources', 'locked');
    fs.mkdirSync(locked);
    write('sources/locked/b.md', '# B\n\nText.\n');
    fs.chmodSync(locked, 0o000);
    try {
      const run = cli(tmp, 'check', '--fail-on', 'none', 'draft.md');
      assert.equal(run.status, 0, run.stderr);
    } finally {
      fs.chmodSync(locked, 0o755);
    }
  });
});
