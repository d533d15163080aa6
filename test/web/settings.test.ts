// Settings take effect at once, and are removed again after each test.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { SourcecheckApi } from '../../src/extension/extension';
import { checkedNow, cleanUp, codeOf, openDraft, openOpEd, replaceText, setSetting, sourcecheck, uniqueName, waitForDiagnostics, withCode, writeTempFile } from './helpers';
import { waitFor } from './wait';

const MISQUOTED_DRAFT = `# Zabul

General Muhammad said, "After the ambush, heavy fighting broke out and we called in coalition air support."
`;

/**
 * Asserts that `document` is NOT re-checked within `ms` after an edit: no findings for its version appear.
 * (A negative can only be observed for a while; the test sets sourcecheck.debounceMs to 0, so an edit-time
 * check would come on the next timer turn, long before this window ends.)
 */
async function assertNotCheckedFor(api: SourcecheckApi, document: vscode.TextDocument, ms: number): Promise<void> {
  const uri = document.uri.toString();
  let fired = 0;
  const listener = api.findings.onDidChange((u) => {
    if (u.toString() === uri) fired++;
  });
  try {
    const started = Date.now();
    await waitFor(() => (fired > 0 || Date.now() - started >= ms ? true : undefined), 'the observation window', ms + 1000);
    assert.strictEqual(fired, 0, 'the draft was re-checked');
    assert.strictEqual(api.findings.current(document), undefined, 'the findings are still those of the older version');
  } finally {
    listener.dispose();
  }
}

async function openMisquotedTempDraft(api: SourcecheckApi): Promise<vscode.TextDocument> {
  const uri = await writeTempFile(`drafts/${uniqueName('tmp-settings')}.md`, MISQUOTED_DRAFT);
  const { document } = await openDraft(uri);
  await checkedNow(api, document);
  await waitForDiagnostics(document.uri, (d) => withCode(d, 'misquoted').length === 1, 'the misquoted diagnostic');
  return document;
}

describe('settings', () => {
  afterEach(cleanUp);

  it('the workspace can set settings (the fixture is a folder)', async () => {
    await setSetting('debounceMs', 123);
    const inspected = vscode.workspace.getConfiguration('sourcecheck').inspect<number>('debounceMs');
    assert.strictEqual(inspected?.workspaceValue, 123);
    assert.strictEqual(vscode.workspace.getConfiguration('sourcecheck').get('debounceMs'), 123);
  });

  it('sourcecheck.severity: unsourced (information by default) shown as a warning', async () => {
    const api = await sourcecheck();
    const { document, diagnostics } = await openOpEd(api);
    assert.strictEqual(withCode(diagnostics, 'unsourced')[0]?.severity, vscode.DiagnosticSeverity.Information);
    await setSetting('severity', { unsourced: 'warning' });
    const after = await waitForDiagnostics(document.uri,
      (d) => withCode(d, 'unsourced')[0]?.severity === vscode.DiagnosticSeverity.Warning, 'the unsourced diagnostic as a warning');
    assert.strictEqual(after.length, 3);
    for (const d of after) assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Warning, String(codeOf(d)));
  });

  it('sourcecheck.severity: none shows nothing for that verdict, error shows errors', async () => {
    const api = await sourcecheck();
    const { document } = await openOpEd(api);
    await setSetting('severity', { misquoted: 'none', misattributed: 'error' });
    const after = await waitForDiagnostics(document.uri,
      (d) => withCode(d, 'misquoted').length === 0 && withCode(d, 'misattributed')[0]?.severity === vscode.DiagnosticSeverity.Error,
      'no misquoted diagnostic, the misattributed one as an error');
    assert.deepStrictEqual(after.map(codeOf).sort(), ['misattributed', 'unsourced']);
    // The finding itself is still there (the hover and the report still have it).
    assert.ok(api.findings.current(document)?.report.quotes.some((q) => q.verdict === 'misquoted'));
  });

  it('sourcecheck.checkOn = save: typing does not re-check, saving does', async () => {
    const api = await sourcecheck();
    await setSetting('debounceMs', 0);
    await setSetting('checkOn', 'save');
    const document = await openMisquotedTempDraft(api);
    await replaceText(document, 'heavy', 'fierce');
    await assertNotCheckedFor(api, document, 400);
    assert.strictEqual(withCode(vscode.languages.getDiagnostics(document.uri), 'misquoted').length, 1, 'the old diagnostic stays until saved');
    assert.strictEqual(await document.save(), true);
    await waitForDiagnostics(document.uri, (d) => d.length === 0, 'the diagnostic to go after saving');
    assert.strictEqual((await checkedNow(api, document)).report.quotes[0]?.verdict, 'exact');
  });

  it('sourcecheck.checkOn = manual: neither typing nor saving re-checks; the command does', async () => {
    const api = await sourcecheck();
    await setSetting('debounceMs', 0);
    await setSetting('checkOn', 'manual');
    const document = await openMisquotedTempDraft(api);
    await replaceText(document, 'heavy', 'fierce');
    await assertNotCheckedFor(api, document, 300);
    assert.strictEqual(await document.save(), true);
    await assertNotCheckedFor(api, document, 300);
    assert.strictEqual(withCode(vscode.languages.getDiagnostics(document.uri), 'misquoted').length, 1);
    const report = await vscode.commands.executeCommand<{ quotes: { verdict: string }[] }>('sourcecheck.checkDraft');
    assert.strictEqual(report?.quotes[0]?.verdict, 'exact');
    await waitForDiagnostics(document.uri, (d) => d.length === 0, 'the diagnostic to go after the command');
  });

  it('sourcecheck.checkOn = edit (the default) re-checks while typing', async () => {
    const api = await sourcecheck();
    const document = await openMisquotedTempDraft(api);
    await replaceText(document, 'heavy', 'fierce');
    await waitForDiagnostics(document.uri, (d) => d.length === 0, 'the diagnostic to go while typing');
    assert.strictEqual((await checkedNow(api, document)).report.quotes[0]?.verdict, 'exact');
  });
});
