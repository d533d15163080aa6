// The JSON report assembled from parts per draft is exactly JSON.stringify(document, null, 2); a saved part that
// is missing or damaged is rendered again from the findings, never printed.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { jsonReport, type DraftReport, type QuoteFinding } from '../../src/core';
import { assembleJson, renderParts } from '../../src/cli/json-parts';

const CLI = path.resolve(__dirname, '../../..', 'dist', 'cli.js');

function finding(start: number, text: string, verdict: QuoteFinding['verdict']): QuoteFinding {
  return { start, end: start + text.length, open: start - 1, close: start + text.length + 1, text, speaker: null, verdict, source: null, edits: [], message: `\u201c${text}\u201d: a \\ "message"` } as unknown as QuoteFinding;
}

describe('CLI JSON report from parts', () => {
  const sources = { articles: 3, skipped: [{ file: 'a.pdf', reason: 'no text' }], warnings: [] };
  const report = (quotes: QuoteFinding[]): DraftReport => ({ quotes, prose: '', unbalanced: [4] });

  for (const count of [0, 1, 3]) {
    it(`is JSON.stringify(document, null, 2) to the byte with ${count} draft(s)`, () => {
      const drafts = Array.from({ length: count }, (_, i) => {
        const text = `Line one.\nShe said \u201cwe will\u201d and ${i}.\n`;
        return { file: `d${i}.md`, text, report: report(i === 1 ? [] : [finding(19, 'we will', 'exact'), finding(5, 'one', 'unsourced')]), actors: [] };
      });
      const expected = `${JSON.stringify(jsonReport({ version: '1.2.3', ...sources, drafts }), null, 2)}\n`;
      const parts = renderParts(drafts, () => []);
      assert.equal(assembleJson('1.2.3', sources, parts).toString('utf8'), expected);
      assert.deepEqual(parts.map((p) => p.verdicts), drafts.map((d) => d.report.quotes.map((q) => q.verdict)));
    });
  }

  it('a damaged or missing saved part is rendered again: the same report, the same exit code', function () {
    this.timeout(60_000);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcecheck-parts-'));
    try {
      const quote = 'We will build the new harbour wall before the winter storms arrive';
      fs.mkdirSync(path.join(dir, 'sources'));
      fs.writeFileSync(path.join(dir, 'sources', 'harbour.md'), `---\ntitle: "Harbour"\n---\n\nThe council met. "${quote}," said Alice Smith.\n`);
      fs.writeFileSync(path.join(dir, 'draft.md'), `The mayor was clear. "${quote.replace('winter', 'summer')}," said Alice Smith.\n`);
      const run = (): { status: number | null; stdout: string } => {
        const result = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', '--cache-dir', path.join(dir, 'cache'), 'draft.md'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
        return { status: result.status, stdout: result.stdout };
      };
      const first = run();
      assert.equal(first.status, 1, 'misquoted fails by default');
      const partsFolder = fs.readdirSync(path.join(dir, 'cache'), { recursive: true, withFileTypes: true }).find((e) => e.isDirectory() && e.name === 'json');
      assert.ok(partsFolder, 'the parts are saved');
      const parts = fs.readdirSync(path.join(partsFolder.parentPath, 'json')).map((f) => path.join(partsFolder.parentPath, 'json', f));
      assert.equal(parts.length, 1);
      fs.rmSync(path.join(partsFolder.parentPath, 'findings'), { recursive: true });
      assert.deepEqual(run(), first, 'from the saved part alone, the findings gone');
      fs.writeFileSync(parts[0]!, '{"format":"sourcecheck-json-part/2","verdicts":["exact"]}\n{"file": "draft.md"');
      const damaged = run();
      assert.equal(damaged.stdout, first.stdout);
      assert.equal(damaged.status, 1);
      fs.rmSync(parts[0]!);
      assert.equal(run().stdout, first.stdout);
      assert.ok(fs.existsSync(parts[0]!), 'rendered and saved again');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
