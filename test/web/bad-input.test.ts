// Whatever a writer saves into the workspace: a broken draft, binary and broken source files, files that vanish.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { checkedNow, cleanUp, codeOf, deleteAfterTest, deleteFile, FIXTURE_ARTICLES, openDraft, openOpEd, sourcecheck, uniqueName, waitForDiagnostics, workspaceUri, writeTempFile } from './helpers';
import { waitFor } from './wait';

function indexedFiles(articles: readonly { article: { file: string } }[]): string[] {
  return articles.map(({ article }) => article.file).sort();
}

const FIXTURE_FILES = FIXTURE_ARTICLES.map((p) => workspaceUri(p).toString()).sort();

describe('bad input', () => {
  afterEach(cleanUp);

  it('indexes the fixture articles (sources.passageIndex.articles)', async () => {
    const api = await sourcecheck();
    assert.deepStrictEqual(indexedFiles(api.sources.passageIndex.articles), FIXTURE_FILES);
    assert.strictEqual(api.sources.passageIndex.articles.length, 4);
    assert.strictEqual(api.sources.progress.indexing, false);
    const harper = api.sources.article(workspaceUri('sources/wikinews-61340.md').toString());
    assert.strictEqual(harper?.meta.title, 'Canadian PM announces C$200 million for Afghanistan aid');
    assert.strictEqual(harper?.meta.outlet, 'Wikinews');
  });

  it('a draft with hundreds of unbalanced quotation marks: capped diagnostics, other drafts still checked', async () => {
    const api = await sourcecheck();
    const paragraphs = Array.from({ length: 300 }, (_, k) => `Paragraph ${k}: he said "this and that, and then \u201Cmore.`);
    const text = `# Broken\n\n${paragraphs.join('\n\n')}\n\nFinally he said, "We will not leave until every district has a school and a clinic."\n`;
    const uri = await writeTempFile(`drafts/${uniqueName('tmp-unbalanced')}.md`, text);
    const { document } = await openDraft(uri);
    const checked = await checkedNow(api, document);
    assert.ok(checked.report.unbalanced.length >= 300, `${checked.report.unbalanced.length} unbalanced marks found`);
    const diagnostics = await waitForDiagnostics(document.uri, (d) => d.length > 0, 'the diagnostics of the broken draft');
    const unbalanced = diagnostics.filter((d) => codeOf(d) === 'unbalanced');
    assert.strictEqual(unbalanced.length, 20, 'unbalanced marks shown are capped');
    assert.ok(unbalanced.every((d) => d.severity === vscode.DiagnosticSeverity.Information));
    assert.ok(unbalanced.every((d) => /["\u201C]/.test(document.getText(d.range))), 'each on a quotation mark');
    // The one well-formed quotation at the end is still found and checked.
    assert.deepStrictEqual(diagnostics.filter((d) => codeOf(d) !== 'unbalanced').map(codeOf), ['unsourced']);
    // Other drafts are still checked, on open and while typing.
    const opEd = await openOpEd(api);
    assert.strictEqual(opEd.diagnostics.length, 3);
  });

  it('a 10 MB draft is checked up to sourcecheck.maxDraftSizeMB, with the rest left alone', async () => {
    const api = await sourcecheck();
    const opening = 'He said, "We will not leave until every district has a school and a clinic."\n\n';
    const filler = 'Words without any quotation in them, repeated to make a very long draft. '.repeat(140000); // ~10 MB
    const late = '\n\nAt the very end she said, "This sentence is in no source at all and comes too late to be checked."\n';
    const uri = await writeTempFile(`drafts/${uniqueName('tmp-huge')}.md`, opening + filler + late);
    const { document } = await openDraft(uri);
    const checked = await checkedNow(api, document);
    assert.strictEqual(checked.truncatedAt, 0.25 * 1048576, 'checked up to the default cap');
    assert.deepStrictEqual(checked.report.quotes.map((q) => q.verdict), ['unsourced'], 'only the quotation before the cap');
    const diagnostics = await waitForDiagnostics(document.uri, (d) => d.length === 1, 'one diagnostic, for the opening quotation');
    assert.ok(diagnostics[0]!.range.end.line < 3);
  });

  it('skips a binary file and a broken HTML page in sources/, listing why, and indexes the rest', async () => {
    const api = await sourcecheck();
    const folder = uniqueName('tmp-bad');
    const binary = new Uint8Array(4096).map((_, k) => (k * 7) % 256);
    const binaryUri = await writeTempFile(`sources/${folder}/scan.md`, binary);
    const brokenUri = await writeTempFile(`sources/${folder}/saved-page.html`,
      '<!DOCTYPE html><html><head><title>Saved page</title><script>window.__data = {"story": "<p>The text');
    const goodUri = await writeTempFile(`sources/${folder}/notes.txt`,
      'Council notes\n\nThe treasurer said: "Every penny of the grant will be accounted for in public before the summer recess."\n');
    deleteAfterTest(`sources/${folder}`);
    const problems = await waitFor(() => {
      const found = api.sources.problems.filter((p) => p.file === binaryUri.toString() || p.file === brokenUri.toString());
      return found.length === 2 && api.sources.article(goodUri.toString()) ? found : undefined;
    }, 'both bad files listed among the problems and the good one indexed');
    const reasons = Object.fromEntries(problems.map((p) => [p.file, p.reason]));
    assert.strictEqual(reasons[binaryUri.toString()], 'binary content, not text');
    assert.strictEqual(reasons[brokenUri.toString()], 'no article text');
    assert.deepStrictEqual(indexedFiles(api.sources.passageIndex.articles), [...FIXTURE_FILES, goodUri.toString()].sort());
    // A full re-index comes to the same result, and the drafts are still checked.
    await vscode.commands.executeCommand('sourcecheck.reindex');
    assert.strictEqual(api.sources.problems.filter((p) => p.file.includes(folder)).length, 2);
    assert.strictEqual(api.sources.passageIndex.articles.length, FIXTURE_FILES.length + 1);
    await openOpEd(api);
  });

  it('a source deleted while indexing does not break indexing, and no draft sees a half-built index', async () => {
    const api = await sourcecheck();
    const folder = uniqueName('tmp-many');
    deleteAfterTest(`sources/${folder}`);
    // Enough files that a full re-index outlasts the watcher's batching of the deletions (200 ms).
    const count = 120;
    const uris = await Promise.all(Array.from({ length: count }, (_, k) => {
      const n = String(k).padStart(3, '0');
      return writeTempFile(`sources/${folder}/filler-${n}.md`,
        `---\ntitle: Filler ${n}\n---\n\nCouncil meeting number ${n} discussed the parking rules of district ${n} and the bus timetable for ward ${n}.\n`);
    }));
    uris.sort((a, b) => a.toString().localeCompare(b.toString()));
    await waitFor(() => (api.sources.passageIndex.articles.length === FIXTURE_FILES.length + count ? true : undefined), 'the filler sources to be indexed');
    const { document } = await openOpEd(api);

    // Every index published from now on must still hold the fixture articles (they are read last: sorted names),
    // else the open drafts are checked against a part of the sources and exact quotations turn "unsourced".
    const incomplete: string[] = [];
    const published = api.sources.onDidChange(() => {
      const missing = FIXTURE_FILES.filter((file) => !api.sources.article(file));
      if (missing.length) incomplete.push(`${api.sources.passageIndex.articles.length} articles, without ${missing.join(', ')}`);
    });
    const wrongDiagnostics: string[] = [];
    const diagnosticsChanged = vscode.languages.onDidChangeDiagnostics((event) => {
      if (!event.uris.some((u) => u.toString() === document.uri.toString())) return;
      const codes = vscode.languages.getDiagnostics(document.uri).map((d) => String(codeOf(d))).sort().join(',');
      if (codes !== 'misattributed,misquoted,unsourced') wrongDiagnostics.push(codes);
    });
    // A forced re-index re-reads every file; the last fillers are deleted as soon as it is under way.
    const doomed = uris.slice(-5);
    let deletion: Promise<unknown> | undefined;
    const progress = api.sources.onDidProgress((state) => {
      if (state.indexing && !deletion) deletion = Promise.all(doomed.map((uri) => deleteFile(uri)));
    });
    try {
      await vscode.commands.executeCommand('sourcecheck.reindex');
      assert.ok(deletion, 'the files were deleted during indexing');
      await deletion;
      const expected = [...FIXTURE_FILES, ...uris.slice(0, -5).map((u) => u.toString())].sort();
      await waitFor(() => (JSON.stringify(indexedFiles(api.sources.passageIndex.articles)) === JSON.stringify(expected) ? true : undefined),
        'the index to hold every source but the deleted ones');
      assert.strictEqual(api.sources.progress.indexing, false);
      assert.deepStrictEqual(api.sources.problems, []);
      await checkedNow(api, document);
      await waitForDiagnostics(document.uri, (d) => d.length === 3, 'the three diagnostics of op-ed.md');
    } finally {
      progress.dispose();
      published.dispose();
      diagnosticsChanged.dispose();
    }
    assert.deepStrictEqual(incomplete, [], 'an index without the fixture articles was published');
    assert.deepStrictEqual(wrongDiagnostics, [], 'op-ed.md showed wrong diagnostics meanwhile');
  });
});
