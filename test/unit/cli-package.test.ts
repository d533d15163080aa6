// The CLI as users get it: `npm pack`, installed into a fresh prefix with no network, run from its bin link.
// The package has no runtime dependencies (dist/cli.js is one bundle, dist/cli-engine.js the engine it loads when
// the cache cannot answer, dist/readers/pdf.js and docx.js the PDF and Word parsers it loads on the first such
// source), so an offline install cannot need the registry.
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { writeDocx } from '../helpers/docx-writer';
import { writePdf } from '../helpers/pdf-writer';

const root = path.resolve(__dirname, '../../..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string; dependencies?: object };
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

describe('CLI package: npm pack, install into a fresh prefix, run', function () {
  this.timeout(120_000);
  let work: string;
  let bin: string;
  let files: string[];

  before(() => {
    assert.ok(fs.existsSync(path.join(root, 'dist/cli.js')), 'dist/cli.js is built (node esbuild.js)');
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcecheck-pack-'));
    const env = { ...process.env, npm_config_cache: path.join(work, 'cache'), npm_config_update_notifier: 'false' };
    const packed = JSON.parse(execFileSync(npm, ['pack', '--json', '--pack-destination', work], { cwd: root, env, encoding: 'utf8' })) as Array<{ filename: string; files: Array<{ path: string }> }>;
    files = packed[0]!.files.map((f) => f.path).sort();
    const prefix = path.join(work, 'prefix');
    execFileSync(npm, ['install', '--global', '--offline', '--no-audit', '--no-fund', '--prefix', prefix, path.join(work, packed[0]!.filename)], { cwd: work, env, stdio: 'pipe' });
    bin = process.platform === 'win32' ? path.join(prefix, 'sourcecheck.cmd') : path.join(prefix, 'bin', 'sourcecheck');
  });

  after(() => {
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
    const r = spawnSync(bin, args, { cwd: root, encoding: 'utf8' });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  it('holds the bundled CLI, its lazily loaded engine and PDF and Word readers, the config schema, README, LICENSE and package.json, and has no runtime dependencies', () => {
    assert.deepEqual(files, ['LICENSE', 'README.md', 'dist/cli-engine.js', 'dist/cli.js', 'dist/readers/docx.js', 'dist/readers/pdf.js', 'package.json', 'schemas/sourcecheck.schema.json']);
    assert.equal(pkg.dependencies, undefined);
  });

  it('--version prints the package version', () => {
    const r = run('--version');
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout.trim(), `sourcecheck ${pkg.version}`);
  });

  it('--help prints the usage', () => {
    const r = run('--help');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^Usage: sourcecheck check/);
    assert.match(r.stdout, /--format F/);
  });

  it('check finds the example op-ed\'s misquotations (exit 1) and reports them as SARIF', () => {
    const r = run('check', '--format', 'sarif', '--sources', 'examples/op-ed/sources', 'examples/op-ed/draft.md');
    assert.equal(r.status, 1, r.stderr);
    const sarif = JSON.parse(r.stdout) as { version: string; runs: Array<{ results: Array<{ ruleId: string }> }> };
    assert.equal(sarif.version, '2.1.0');
    assert.ok(sarif.runs[0]!.results.some((x) => x.ruleId === 'misquoted'));
  });

  it('check reads a PDF source through the packed reader bundle', () => {
    const dir = fs.mkdtempSync(path.join(work, 'pdf-'));
    fs.mkdirSync(path.join(dir, 'sources'));
    fs.writeFileSync(path.join(dir, 'sources', 'report.pdf'), writePdf([{ lines: ['The harbour will close in March, not April, the port authority said.'] }]));
    fs.writeFileSync(path.join(dir, 'draft.md'), 'They said: "The harbour will close in March, not April."\n');
    const r = spawnSync(bin, ['check', '--format', 'json', path.join(dir, 'draft.md')], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const report = JSON.parse(r.stdout) as { drafts: Array<{ quotes: Array<{ verdict: string; source: { page: number } }> }> };
    assert.equal(report.drafts[0]!.quotes[0]!.verdict, 'exact');
    assert.equal(report.drafts[0]!.quotes[0]!.source.page, 1);
  });

  it('check reads a Word source through the packed reader bundle', () => {
    const dir = fs.mkdtempSync(path.join(work, 'docx-'));
    fs.mkdirSync(path.join(dir, 'sources'));
    fs.writeFileSync(path.join(dir, 'sources', 'minutes.docx'), writeDocx(['Council minutes', 'Members voted to review the dredging contract before the spring season.']));
    fs.writeFileSync(path.join(dir, 'draft.md'), 'The minutes say "members voted to review the dredging contract before the spring season."\n');
    const r = spawnSync(bin, ['check', '--format', 'json', path.join(dir, 'draft.md')], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const report = JSON.parse(r.stdout) as { drafts: Array<{ quotes: Array<{ verdict: string; source: { file: string } }> }> };
    assert.ok(['exact', 'edited'].includes(report.drafts[0]!.quotes[0]!.verdict), report.drafts[0]!.quotes[0]!.verdict);
    assert.match(report.drafts[0]!.quotes[0]!.source.file, /minutes\.docx$/);
  });

  it('init writes a .sourcecheck.json that the installed check honours', () => {
    const dir = fs.mkdtempSync(path.join(work, 'init-'));
    const init = spawnSync(bin, ['init'], { cwd: dir, encoding: 'utf8' });
    assert.equal(init.status, 0, init.stderr);
    fs.writeFileSync(path.join(dir, '.sourcecheck.json'), '{ "sources": ["clips/**"], "failOn": [] }');
    fs.mkdirSync(path.join(dir, 'clips'));
    fs.writeFileSync(path.join(dir, 'clips', 'note.md'), '---\ntitle: Note\n---\n\nThe harbour will close in March, the port authority said.\n');
    fs.writeFileSync(path.join(dir, 'draft.md'), 'They said: "The harbour will close in April."\n');
    const r = spawnSync(bin, ['check', '--no-cache', 'draft.md'], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr); // failOn [] from the file
    assert.match(r.stdout, /misquoted/);
  });

  it('bad usage exits 2 with a reason', () => {
    const r = run('check', '--format', 'xml', 'examples/op-ed/draft.md');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--format must be text, json or sarif/);
  });
});
