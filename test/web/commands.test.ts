// The commands: report, re-index, insert and copy a citation.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { IndexState } from '../../src/extension/workspace-sources';
import { checkedNow, cleanUp, FIXTURE_ARTICLES, openCopyOf, openOpEd, OP_ED, replaceText, sourcecheck, waitForDiagnostics, workspaceUri } from './helpers';
import { waitFor } from './wait';

const HARPER_SOURCE = 'sources/wikinews-61340.md';

describe('commands', () => {
  afterEach(cleanUp);

  it('sourcecheck.showReport opens a rendered report, a row per quotation (problems first), each leading to the draft', async () => {
    const api = await sourcecheck();
    const document = await openCopyOf(api, OP_ED.path);
    const quotes = (await checkedNow(api, document)).report.quotes;
    const panel = await vscode.commands.executeCommand<vscode.WebviewPanel>('sourcecheck.showReport');
    assert.ok(panel, 'the report view');
    assert.strictEqual(panel.viewType, 'sourcecheck.report');
    assert.match(panel.title, /^Sourcecheck: copy-.*\.md$/);
    const html = panel.webview.html;
    assert.match(html, /<h1>Sourcecheck report: drafts\/copy-[^<]*\.md<\/h1>/);
    assert.ok(html.includes('4 quotation(s): 1 exact, 1 misquoted, 1 unsourced, 1 misattributed'), html);
    assert.ok(!html.includes('\\['), 'no Markdown escapes in a rendered view');
    const rows = [...html.matchAll(/<tr class="finding"[^>]*data-uri="([^"]+)" data-start="(\d+)" data-end="(\d+)"[^>]*>(.*?)<\/tr>/g)];
    assert.strictEqual(rows.length, quotes.length);
    const verdicts = rows.map((r) => /<td class="verdict (\w+)">/.exec(r[4]!)![1]);
    assert.deepStrictEqual(verdicts, ['misquoted', 'unsourced', 'misattributed', 'exact'], 'problems first, then in draft order');
    const misquoted = rows[0]!;
    assert.ok(misquoted[4]!.includes('<del>has</del> <ins>had</ins>'), misquoted[4]);
    assert.ok(misquoted[4]!.includes('Wikinews, 28 Feb 2007'), 'outlet and date');
    assert.ok(misquoted[4]!.includes('“…most of the country had been extended to…”'), 'the quoted words');
    assert.ok(rows[2]![4]!.includes('Des Browne'), 'the speaker the source names');
    // A row leads to the quotation's words in the draft (the row posts these arguments to this command).
    assert.strictEqual(misquoted[1], document.uri.toString().replace(/&/g, '&#38;'));
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('sourcecheck.revealFinding', { uri: misquoted[1], start: Number(misquoted[2]), end: Number(misquoted[3]) });
    assert.strictEqual(editor.document, document);
    assert.strictEqual(document.getText(editor.selection), 'had');
    // It follows the draft: fixed, the row says exact.
    await replaceText(document, 'country had been extended', 'country has been extended');
    await checkedNow(api, document);
    await waitFor(() => (panel.webview.html.includes('4 quotation(s): 2 exact, 1 unsourced, 1 misattributed') ? true : undefined), 'the report to follow the check');
    panel.dispose();
  });

  it('sourcecheck.reindex re-reads every source and keeps the diagnostics', async () => {
    const api = await sourcecheck();
    const { document } = await openOpEd(api);
    const states: IndexState[] = [];
    const listener = api.sources.onDidProgress((state) => states.push(state));
    try {
      await vscode.commands.executeCommand('sourcecheck.reindex');
    } finally {
      listener.dispose();
    }
    assert.ok(states.some((s) => s.indexing && s.total === FIXTURE_ARTICLES.length), `progress reported: ${JSON.stringify(states)}`);
    assert.deepStrictEqual(api.sources.progress, { indexing: false, done: FIXTURE_ARTICLES.length, total: FIXTURE_ARTICLES.length });
    const files = api.sources.passageIndex.articles.map(({ article }) => article.file).sort();
    assert.deepStrictEqual(files, FIXTURE_ARTICLES.map((p) => workspaceUri(p).toString()).sort());
    assert.deepStrictEqual(api.sources.problems, []);
    await checkedNow(api, document);
    await waitForDiagnostics(document.uri, (d) => d.length === 3, 'the three diagnostics after re-indexing');
  });

  it('sourcecheck.insertCitation (confirmed for a misquotation) puts an inline citation before the sentence\'s period', async () => {
    const api = await sourcecheck();
    const { document } = await openOpEd(api);
    const finding = (await checkedNow(api, document)).report.quotes.find((q) => q.text.startsWith(OP_ED.misquoted));
    assert.ok(finding?.source);
    const file = finding.source.article.file;
    assert.strictEqual(file, workspaceUri(HARPER_SOURCE).toString());
    const before = document.getText();
    const inserted = await vscode.commands.executeCommand('sourcecheck.insertCitation',
      { uri: document.uri.toString(), version: document.version, offset: finding.close, file, style: 'inline', confirmed: true });
    assert.strictEqual(inserted, true);
    assert.strictEqual(document.getText(), before.replace('Kandahar province," he said.', 'Kandahar province," he said (Wikinews, February 28, 2007).'));
  });

  it('sourcecheck.insertCitation refuses a document that changed since it was offered', async () => {
    const api = await sourcecheck();
    const { document } = await openOpEd(api);
    const finding = (await checkedNow(api, document)).report.quotes.find((q) => q.text.startsWith(OP_ED.misquoted));
    assert.ok(finding?.source);
    const before = document.getText();
    const inserted = await vscode.commands.executeCommand('sourcecheck.insertCitation',
      { uri: document.uri.toString(), version: document.version - 1, offset: finding.close, file: finding.source.article.file, style: 'inline' });
    assert.strictEqual(inserted, false);
    assert.strictEqual(document.getText(), before);
  });

  it('sourcecheck.copyCitation returns (and copies) the citation text', async () => {
    await sourcecheck();
    const file = workspaceUri(HARPER_SOURCE).toString();
    assert.strictEqual(await vscode.commands.executeCommand('sourcecheck.copyCitation', { file }), '(Wikinews, February 28, 2007)');
    assert.strictEqual(await vscode.env.clipboard.readText(), '(Wikinews, February 28, 2007)');
    assert.strictEqual(await vscode.commands.executeCommand('sourcecheck.copyCitation', { file, style: 'pandoc' }), '[@wikinews-61340]');
    assert.strictEqual(await vscode.commands.executeCommand('sourcecheck.copyCitation', { file: workspaceUri('sources/missing.md').toString() }), undefined);
  });

  it('sourcecheck.openSource opens the source with the passage selected', async () => {
    const api = await sourcecheck();
    const { document } = await openOpEd(api);
    const finding = (await checkedNow(api, document)).report.quotes.find((q) => q.text.startsWith(OP_ED.misquoted));
    assert.ok(finding?.source);
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('sourcecheck.openSource',
      { file: finding.source.article.file, start: finding.source.start, end: finding.source.end });
    assert.ok(editor);
    assert.strictEqual(editor.document.uri.toString(), workspaceUri(HARPER_SOURCE).toString());
    const selected = editor.document.getText(editor.selection);
    assert.ok(selected.startsWith('Thanks to the Canadian Forces efforts'), selected);
    assert.ok(selected.endsWith('Kandahar province'), selected);
    assert.deepStrictEqual(vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === 'Sourcecheck'), [], 'a source is never checked as a draft');
  });
});
