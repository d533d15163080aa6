// The CLI's persisted cache: a second run over unchanged drafts and sources gives the same report from the
// cache; a changed source or a damaged cache file is read again; --no-cache writes nothing.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const CLI = path.resolve(__dirname, '../../..', 'dist', 'cli.js');
const QUOTE = 'We will build the new harbour wall before the winter storms arrive';

function source(quote: string): string {
  return `---\ntitle: "Harbour"\n---\n\nThe council met on Tuesday. "${quote}," said Alice Smith. The vote was close.\n`;
}

function run(dir: string, ...args: string[]): { status: number | null; stdout: string } {
  const result = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', '--fail-on', 'none', ...args, 'draft.md'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout };
}

function verdict(stdout: string): string {
  return (JSON.parse(stdout) as { drafts: Array<{ quotes: Array<{ verdict: string }> }> }).drafts[0]!.quotes[0]!.verdict;
}

function filesBelow(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

describe('CLI cache', function () {
  this.timeout(60_000);
  let dir = '';
  let cache = '';
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcecheck-cache-'));
    cache = path.join(dir, 'cache');
    fs.mkdirSync(path.join(dir, 'sources'));
    fs.writeFileSync(path.join(dir, 'sources', 'harbour.md'), source(QUOTE));
    fs.writeFileSync(path.join(dir, 'draft.md'), `The mayor was clear. "${QUOTE}," said Alice Smith.\n`);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a second run gives the same report from the cache', () => {
    const first = run(dir, '--cache-dir', cache);
    assert.equal(first.status, 0);
    assert.equal(verdict(first.stdout), 'exact');
    const saved = filesBelow(cache);
    assert.ok(saved.some((f) => /shard-\d+\.bin$/.test(f)), 'the sources snapshot is saved');
    assert.ok(saved.some((f) => /passage-index-postings\.bin$/.test(f)), 'the passage index is saved');
    assert.ok(saved.some((f) => f.includes(`${path.sep}findings${path.sep}`)), 'the findings are saved');
    const second = run(dir, '--cache-dir', cache);
    assert.equal(second.stdout, first.stdout);
  });

  it('every draft from the cache: no snapshot is loaded; a changed draft then rebuilds a damaged one', () => {
    const first = run(dir, '--cache-dir', cache);
    const shards = filesBelow(cache).filter((f) => /shard-\d+\.json$/.test(f));
    for (const file of shards) fs.writeFileSync(file, '{"format": [');
    assert.equal(run(dir, '--cache-dir', cache).stdout, first.stdout);
    for (const file of shards) assert.equal(fs.readFileSync(file, 'utf8'), '{"format": [', 'the snapshot was neither needed nor rewritten');
    fs.appendFileSync(path.join(dir, 'draft.md'), 'Nothing more was said.\n');
    assert.equal(verdict(run(dir, '--cache-dir', cache).stdout), 'exact');
    assert.ok(filesBelow(cache).filter((f) => /shard-\d+\.json$/.test(f)).every((f) => fs.readFileSync(f, 'utf8').startsWith('{"format":"sourcecheck-snapshot/')), 'the damaged shard was rebuilt');
  });

  it('a changed source is read again and its verdict follows', () => {
    run(dir, '--cache-dir', cache);
    const file = path.join(dir, 'sources', 'harbour.md');
    fs.writeFileSync(file, source(QUOTE.replace('winter storms', 'spring tides')));
    fs.utimesSync(file, new Date(), new Date(Date.now() + 5000));
    assert.equal(verdict(run(dir, '--cache-dir', cache).stdout), 'misquoted');
  });

  it('damaged cache files are ignored, never trusted', () => {
    run(dir, '--cache-dir', cache);
    for (const file of filesBelow(cache)) if (file.endsWith('.json')) fs.writeFileSync(file, '{"format": [');
    const again = run(dir, '--cache-dir', cache);
    assert.equal(again.status, 0);
    assert.equal(verdict(again.stdout), 'exact');
  });

  it('a run answered from the cache loads no engine; one the cache cannot answer does', () => {
    // A copy of the CLI's bundles, so the engine can be taken away: the cache's build stamp is the same.
    const bin = path.join(dir, 'bin');
    fs.mkdirSync(bin);
    for (const name of ['cli.js', 'cli-engine.js']) fs.copyFileSync(path.join(path.dirname(CLI), name), path.join(bin, name));
    const runCopy = (): ReturnType<typeof spawnSync> => spawnSync(process.execPath, [path.join(bin, 'cli.js'), 'check', '--format', 'json', '--fail-on', 'none', '--cache-dir', cache, 'draft.md'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    const first = runCopy();
    assert.equal(first.status, 0);
    fs.rmSync(path.join(bin, 'cli-engine.js'));
    const warm = runCopy();
    assert.equal(warm.status, 0, String(warm.stderr));
    assert.equal(warm.stdout, first.stdout);
    fs.appendFileSync(path.join(dir, 'draft.md'), 'Nothing more was said.\n');
    const changed = runCopy();
    assert.equal(changed.status, 2);
    assert.match(String(changed.stderr), /cli-engine\.js/);
  });

  it('--no-cache writes nothing', () => {
    const result = run(dir, '--no-cache', '--cache-dir', cache);
    assert.equal(verdict(result.stdout), 'exact');
    assert.deepEqual(filesBelow(cache), []);
  });
});
