// The commands: report, re-index, insert and copy a citation.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { IndexState } from '../../src/extension/workspace-sources';
import { checkedNow, cleanUp, FIXTURE_ARTICLES, openOpEd, OP_ED, sourcecheck, waitForDiagnostics, workspaceUri } from './helpers';

const HARPER_SOURCE = 'sources/wikinews-61340.md';

describe('commands', () => {
  afterEach(cleanUp);

  it('sourcecheck.showReport opens a Markdown report listing every quotation with its verdict', async () => {
    const api = await sourcecheck();
    const { document } = await openOpEd(api);
    const quotes = (await checkedNow(api, document)).report.quotes;
    const report = await vscode.commands.executeCommand<vscode.TextDocument>('sourcecheck.showReport');
    assert.ok(report, 'the report document');
    assert.strictEqual(report.languageId, 'markdown');
    assert.ok(vscode.window.visibleTextEditors.some((e) => e.document === report), 'the report is shown');
    const text = report.getText();
    assert.match(text, /^# Sourcecheck report: drafts\/op-ed\.md/);
    assert.ok(text.includes('4 quotation(s): 1 exact, 1 misquoted, 1 unsourced, 1 misattributed.'), text);
    const rows = text.split('\n').filter((line) => /^\| \d+ \|/.test(line));
    assert.strictEqual(rows.length, quotes.length);
    quotes.forEach((quote, k) => {
      const line = document.positionAt(quote.start).line + 1;
      assert.ok(rows[k]!.startsWith(`| ${line} | ${quote.verdict} |`), `row ${k}: ${rows[k]}`);
      assert.ok(rows[k]!.includes(quote.text.replace(/\s+/g, ' ').slice(0, 30)), `row ${k} quotes the text: ${rows[k]}`);
    });
    assert.deepStrictEqual(quotes.map((q) => q.verdict), ['exact', 'misquoted', 'unsourced', 'misattributed']);
    // The report is not a draft: the quotations it lists are not checked again, and it gets no diagnostics.
    // (Its Note column quotes source titles: checked as a draft, they came out as three "unsourced" warnings.)
    api.checker.checkAll();
    assert.strictEqual(api.findings.current(report), undefined, 'the report is not checked');
    assert.deepStrictEqual(vscode.languages.getDiagnostics(report.uri), []);
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

  it('sourcecheck.insertCitation inserts an inline citation after the quotation', async () => {
    const api = await sourcecheck();
    const { document } = await openOpEd(api);
    const finding = (await checkedNow(api, document)).report.quotes.find((q) => q.text.startsWith(OP_ED.misquoted));
    assert.ok(finding?.source);
    const file = finding.source.article.file;
    assert.strictEqual(file, workspaceUri(HARPER_SOURCE).toString());
    const before = document.getText();
    const inserted = await vscode.commands.executeCommand('sourcecheck.insertCitation',
      { uri: document.uri.toString(), version: document.version, offset: finding.close, file, style: 'inline' });
    assert.strictEqual(inserted, true);
    assert.strictEqual(document.getText(), `${before.slice(0, finding.close)} (Wikinews, February 28, 2007)${before.slice(finding.close)}`);
    assert.ok(document.getText().includes('Kandahar province," (Wikinews, February 28, 2007) he said.'), document.getText());
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
