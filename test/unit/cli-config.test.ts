// .sourcecheck.json as the CLI uses it: `sourcecheck init`, the file found upward from the drafts, each key
// honoured, command-line options winning over it, and bad files refused with a one-line reason.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseProjectConfig, starterConfig } from '../../src/core';
import { assertUsageError as assertOneLineError, cliWith, ROOT, type Run } from '../helpers/run-cli';

/** The CLI, with --no-cache for check (these tests make many small projects; none should leave a cache), one wide line per finding. */
function cli(cwd: string, ...args: string[]): Run {
  return cliWith({ COLUMNS: '200' }, cwd, ...args, ...(args[0] === 'check' ? ['--no-cache'] : []));
}

const SOURCE = [
  '---',
  'title: "Harbour Plans"',
  'outlet: Example Gazette',
  'date: 2021-05-04',
  '---',
  '',
  '"The harbour wall will be rebuilt before the winter storms arrive," said Maria Costa.',
  '',
].join('\n');
const OLD_SOURCE = SOURCE.replace('Harbour Plans', 'Old Plans').replace('The harbour wall will be rebuilt before the winter storms arrive', 'Ferries will run every hour from the new pier on weekdays');

const EXACT = 'The harbour wall will be rebuilt before the winter storms arrive';
const MISQUOTE = 'The harbour wall will be repaired before the winter storms arrive';
const OLD = 'Ferries will run every hour from the new pier on weekdays';

let tmp = '';
let counter = 0;

/** A fresh project folder with these files (paths with /). */
function project(files: Record<string, string>): string {
  const dir = path.join(tmp, `p${++counter}`);
  fs.mkdirSync(dir);
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

const config = (value: unknown): string => JSON.stringify(value, null, 2);

/** A project with these settings, a sources/ folder and a draft with a misquotation and an exact quotation. */
const misquoting = (settings: unknown): string => project({
  '.sourcecheck.json': config(settings),
  'sources/harbour.md': SOURCE,
  'piece.md': `Maria Costa said, "${MISQUOTE}." Then: "${EXACT}."\n`,
});

interface SarifResult { ruleId: string; level: string }
function sarifResults(run: Run): SarifResult[] {
  return (JSON.parse(run.stdout) as { runs: { results: SarifResult[] }[] }).runs[0]!.results;
}

describe('CLI: .sourcecheck.json', function () {
  this.timeout(120_000);

  before(function () {
    this.timeout(120_000);
    execFileSync(process.execPath, ['esbuild.js'], { cwd: ROOT, stdio: 'pipe' });
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcecheck-config-'));
  });

  after(() => {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  describe('sourcecheck init', () => {
    it('writes the commented starter file, which parses cleanly', () => {
      const dir = project({});
      const run = cli(dir, 'init');
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stdout, /^Wrote \.sourcecheck\.json/);
      const text = fs.readFileSync(path.join(dir, '.sourcecheck.json'), 'utf8');
      assert.equal(text, starterConfig());
      assert.deepEqual(parseProjectConfig(text).problems, []);
    });

    it('into a named folder', () => {
      const dir = project({ 'book/chapter.md': '' });
      assert.equal(cli(dir, 'init', 'book').status, 0);
      assert.ok(fs.existsSync(path.join(dir, 'book', '.sourcecheck.json')));
    });

    it('refuses to overwrite an existing file, and leaves it as it was', () => {
      const dir = project({ '.sourcecheck.json': '{ "failOn": [] }' });
      assertOneLineError(cli(dir, 'init'), /\.sourcecheck\.json already exists; not overwritten/);
      assert.equal(fs.readFileSync(path.join(dir, '.sourcecheck.json'), 'utf8'), '{ "failOn": [] }');
    });

    it('2 for a folder that does not exist', () => {
      assertOneLineError(cli(project({}), 'init', 'nowhere'), /not a folder: nowhere/);
    });

    it('the starter config checks a project with a sources/ folder', () => {
      const dir = project({ 'sources/harbour.md': SOURCE, 'drafts/piece.md': `Maria Costa said, "${MISQUOTE}."\n` });
      assert.equal(cli(dir, 'init').status, 0);
      const run = cli(dir, 'check', 'drafts');
      assert.equal(run.status, 1, run.stderr);
      assert.match(run.stdout, /misquoted/);
    });
  });

  describe('sources, exclude and ignore', () => {
    it('sources: globs relative to the config file, found upward from the draft', () => {
      const dir = project({
        '.sourcecheck.json': config({ sources: ['research/**/*.md'] }),
        'research/2021/harbour.md': SOURCE,
        'work/drafts/piece.md': `Maria Costa said, "${MISQUOTE}."\n`,
      });
      const run = cli(path.join(dir, 'work'), 'check', 'drafts/piece.md');
      assert.equal(run.status, 1, run.stderr);
      assert.match(run.stdout, /source has “rebuilt”, not “repaired”/);
    });

    it('without the config the same draft has no sources (exit 2)', () => {
      const dir = project({ 'research/harbour.md': SOURCE, 'piece.md': `Maria Costa said, "${EXACT}."\n` });
      assertOneLineError(cli(dir, 'check', 'piece.md'), /no sources/);
    });

    it('exclude: a source in an excluded folder is not read', () => {
      const dir = project({
        '.sourcecheck.json': config({ sources: ['research/**'], exclude: ['research/old/**'] }),
        'research/harbour.md': SOURCE,
        'research/old/ferries.md': OLD_SOURCE,
        'piece.md': `Maria Costa said, "${OLD}." She added, "${EXACT}."\n`,
      });
      const run = cli(dir, 'check', '--format', 'json', '--fail-on', 'none', 'piece.md');
      assert.equal(run.status, 0, run.stderr);
      const verdicts = (JSON.parse(run.stdout) as { drafts: { quotes: { verdict: string }[] }[] }).drafts[0]!.quotes.map((q) => q.verdict);
      assert.deepEqual(verdicts, ['unsourced', 'exact']);
    });

    it('--sources wins over the config', () => {
      const dir = project({
        '.sourcecheck.json': config({ sources: ['research/**'] }),
        'research/harbour.md': SOURCE,
        'other/ferries.md': OLD_SOURCE,
        'piece.md': `Maria Costa said, "${OLD}."\n`,
      });
      assert.equal(cli(dir, 'check', 'piece.md').status, 1);
      const run = cli(dir, 'check', '--sources', 'other', 'piece.md');
      assert.equal(run.status, 0, run.stderr);
    });

    it('ignore: a draft folder leaves ignored files out; a named ignored file gets a note', () => {
      const dir = project({
        '.sourcecheck.json': config({ sources: ['research/**'], ignore: ['drafts/notes/**'] }),
        'research/harbour.md': SOURCE,
        'drafts/piece.md': `Maria Costa said, "${EXACT}."\n`,
        'drafts/notes/todo.md': `Maria Costa said, "${MISQUOTE}."\n`,
      });
      const folder = cli(dir, 'check', 'drafts');
      assert.equal(folder.status, 0, folder.stdout);
      assert.doesNotMatch(folder.stdout, /todo\.md/);
      const named = cli(dir, 'check', 'drafts/notes/todo.md', 'drafts/piece.md');
      assert.equal(named.status, 0, named.stdout);
      assert.match(named.stderr, /^sourcecheck: note: drafts\/notes\/todo\.md is ignored by .*\.sourcecheck\.json/m);
    });

    it('files the config calls sources are not drafts when a folder is checked', () => {
      const dir = project({
        '.sourcecheck.json': config({ sources: ['clips/**'] }),
        'clips/harbour.md': SOURCE,
        'piece.md': `Maria Costa said, "${EXACT}."\n`,
      });
      const run = cli(dir, 'check', '--format', 'json', '.');
      assert.equal(run.status, 0, run.stderr);
      assert.deepEqual((JSON.parse(run.stdout) as { drafts: { file: string }[] }).drafts.map((d) => d.file), ['piece.md']);
    });
  });

  describe('failOn, severity, maxSourceSizeMB', () => {
    it('failOn [] never fails; --fail-on wins over it', () => {
      const dir = misquoting({ failOn: [] });
      assert.equal(cli(dir, 'check', 'piece.md').status, 0);
      assert.equal(cli(dir, 'check', '--fail-on', 'misquoted', 'piece.md').status, 1);
    });

    it('failOn ["exact"] fails on an exact quotation', () => {
      const dir = project({ '.sourcecheck.json': config({ failOn: ['exact'] }), 'sources/harbour.md': SOURCE, 'piece.md': `Maria Costa said, "${EXACT}."\n` });
      assert.equal(cli(dir, 'check', 'piece.md').status, 1);
    });

    it('severity sets the SARIF levels; none leaves the verdict out', () => {
      const dir = misquoting({ severity: { misquoted: 'error', exact: 'information' } });
      const results = sarifResults(cli(dir, 'check', '--format', 'sarif', 'piece.md'));
      assert.deepEqual(results.map((r) => [r.ruleId, r.level]), [['misquoted', 'error'], ['exact', 'note']]);
      const quiet = sarifResults(cli(misquoting({ severity: { misquoted: 'none' } }), 'check', '--format', 'sarif', 'piece.md'));
      assert.deepEqual(quiet, []);
    });

    it('maxSourceSizeMB skips larger sources; --max-source-mb wins over it', () => {
      const dir = project({
        '.sourcecheck.json': config({ maxSourceSizeMB: 0.0001 }),
        'sources/harbour.md': SOURCE + 'x'.repeat(200),
        'sources/small.txt': 'Small\n\nA short note.\n',
        'piece.md': `Maria Costa said, "${EXACT}."\n`,
      });
      const small = cli(dir, 'check', '--fail-on', 'none', '--format', 'json', 'piece.md');
      assert.equal(small.status, 0, small.stderr);
      assert.equal((JSON.parse(small.stdout) as { drafts: { quotes: { verdict: string }[] }[] }).drafts[0]!.quotes[0]!.verdict, 'unsourced');
      const flag = cli(dir, 'check', '--max-source-mb', '1', 'piece.md');
      assert.equal(flag.status, 0, flag.stderr);
    });
  });

  describe('which file, and bad files', () => {
    it('the nearest file upward wins', () => {
      const dir = project({
        '.sourcecheck.json': config({ failOn: ['exact'] }),
        'sources/harbour.md': SOURCE,
        'sub/.sourcecheck.json': config({ failOn: [] }),
        'sub/piece.md': `Maria Costa said, "${MISQUOTE}."\n`,
      });
      assert.equal(cli(dir, 'check', '--sources', 'sources', 'sub/piece.md').status, 0);
    });

    it('--config names the file; --no-config reads none', () => {
      const dir = misquoting({ failOn: [] });
      fs.writeFileSync(path.join(dir, 'strict.json'), config({ failOn: ['misquoted'] }));
      assert.equal(cli(dir, 'check', '--config', 'strict.json', 'piece.md').status, 1);
      assert.equal(cli(dir, 'check', '--no-config', 'piece.md').status, 1);
      assertOneLineError(cli(dir, 'check', '--config', 'missing.json', 'piece.md'), /config not found: missing\.json/);
    });

    const bad: Array<[string, string, RegExp]> = [
      ['not JSON', '{ "failOn": [] "x": 1 }', /\.sourcecheck\.json: not valid JSON at line 1, column 16/],
      ['a wrong value, named by its key', '{ "severity": { "misquoted": "loud" } }', /\.sourcecheck\.json: 'severity\.misquoted' must be one of error, warning, information, hint, none, not "loud"/],
      ['several problems: the first, and a count', '{ "sources": 3, "failOn": "x", "maxSourceSizeMB": -1 }', /'sources' must be a list of strings.* \(and 2 more problems\)$/],
      ['an absolute glob', '{ "sources": ["/etc/**"] }', /'sources\[0\]' must be relative to the folder of \.sourcecheck\.json/],
      ['empty', '', /the file is empty/],
      ['binary', '\u0000\u0001\u0002', /binary, not a configuration/],
    ];
    for (const [name, text, reason] of bad) {
      it(`2 with one line for a bad file: ${name}`, () => {
        const dir = misquoting({});
        fs.writeFileSync(path.join(dir, '.sourcecheck.json'), text);
        assertOneLineError(cli(dir, 'check', 'piece.md'), reason);
      });
    }

    it('a folder named .sourcecheck.json is not a config', () => {
      const dir = misquoting({});
      fs.rmSync(path.join(dir, '.sourcecheck.json'));
      fs.mkdirSync(path.join(dir, '.sourcecheck.json'));
      assert.equal(cli(dir, 'check', 'piece.md').status, 1);
    });

    it('an unknown key is a warning with a suggestion, and the run goes on', () => {
      const dir = misquoting({ failon: [] });
      const run = cli(dir, 'check', 'piece.md');
      assert.equal(run.status, 1);
      assert.match(run.stderr, /^sourcecheck: warning: \.sourcecheck\.json: 'failon' is not a known key, did you mean 'failOn'\?/m);
    });
  });
});
