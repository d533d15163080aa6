// Quick fixes and the fix-all source action, through the workbench's code action machinery.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { checkedNow, cleanUp, codeActions, codeOf, insertText, openCopyOf, replaceText, OP_ED, openDraft, openOpEd, quotationRange, setSetting, sourcecheck, waitForCodeActions, waitForDiagnostics, withCode } from './helpers';

/** The op-ed's misquotation has one changed word: its fix names the change. */
const USE_WORDING = 'Replace “had” with “has”';
const FIX_ALL_KIND = 'source.fixAll.sourcecheck';

function titled(actions: readonly vscode.CodeAction[], prefix: string): vscode.CodeAction | undefined {
  return actions.find((a) => a.title.startsWith(prefix));
}

describe('code actions: quick fixes from the source', () => {
  afterEach(cleanUp);

  it('the fix named after the change (Replace “had” with “has”) puts the source\'s word in the draft and clears the diagnostic', async () => {
    const api = await sourcecheck();
    const { document, diagnostics } = await openOpEd(api);
    const [misquoted] = withCode(diagnostics, 'misquoted');
    assert.ok(misquoted);
    const actions = await waitForCodeActions(document.uri, misquoted.range, (a) => titled(a, USE_WORDING) !== undefined, 'the use-the-wording quick fix');
    const fix = titled(actions, USE_WORDING)!;
    assert.strictEqual(fix.kind?.value, vscode.CodeActionKind.QuickFix.value);
    assert.strictEqual(fix.isPreferred, true);
    assert.strictEqual(fix.title, USE_WORDING);
    assert.ok(fix.edit, 'the fix is an edit');
    assert.strictEqual(await vscode.workspace.applyEdit(fix.edit), true);
    assert.ok(document.getText().includes('the fragile peace that\nreigns over most of the country has been extended to large parts of Kandahar province,"'),
      'only the word changes (the line break stays)');
    const after = await waitForDiagnostics(document.uri, (d) => withCode(d, 'misquoted').length === 0, 'the misquoted diagnostic to go');
    assert.deepStrictEqual(after.map(codeOf).sort(), ['misattributed', 'unsourced']);
    const finding = (await checkedNow(api, document)).report.quotes.find((q) => q.text.startsWith(OP_ED.misquoted));
    assert.strictEqual(finding?.verdict, 'exact');
  });

  it('the misattribution fix credits the speaker the source names', async () => {
    const api = await sourcecheck();
    const { document, diagnostics } = await openOpEd(api);
    const [misattributed] = withCode(diagnostics, 'misattributed');
    assert.ok(misattributed);
    const actions = await waitForCodeActions(document.uri, misattributed.range, (a) => titled(a, 'Attribute to ') !== undefined, 'the attribution quick fix');
    const fix = titled(actions, 'Attribute to ')!;
    assert.strictEqual(fix.title, 'Attribute to Des Browne');
    assert.ok(fix.edit);
    assert.strictEqual(await vscode.workspace.applyEdit(fix.edit), true);
    assert.ok(document.getText().includes('British soldier and the injuries of three others," Des Browne said.'), document.getText());
    assert.ok(!document.getText().includes('others," Stephen Harper said'), 'Harper is no longer credited');
    await waitForDiagnostics(document.uri, (d) => withCode(d, 'misattributed').length === 0 && d.length === 2, 'the misattributed diagnostic to go');
  });

  it('each difference gets a fix titled with its change, and several differences a fix for the whole quotation', async () => {
    const api = await sourcecheck();
    const document = await openCopyOf(api, OP_ED.path);
    await replaceText(document, 'reigns over most of the country', 'reigns over of the country');
    await replaceText(document, 'to large parts of', 'to the large parts of');
    const [misquoted] = await waitForDiagnostics(document.uri, (d) => withCode(d, 'misquoted').some((m) => m.message.includes('and 1 more')), 'three differences')
      .then((d) => withCode(d, 'misquoted'));
    const actions = await waitForCodeActions(document.uri, misquoted!.range, (a) => titled(a, 'Insert ') !== undefined, 'the per-difference fixes');
    const titles = actions.filter((a) => a.kind?.value === vscode.CodeActionKind.QuickFix.value).map((a) => a.title);
    assert.deepStrictEqual(titles.slice(0, 4), [
      "Use the source's wording for the whole quotation (3 changes)",
      'Insert “most” as the source has it',
      'Replace “had” with “has”',
      'Remove “the”, which the source does not have',
    ]);
    assert.strictEqual(titled(actions, "Use the source's wording")!.isPreferred, true);
    // The insert puts the word back with its space; the remove takes one space with the word.
    assert.strictEqual(await vscode.workspace.applyEdit(titled(actions, 'Insert “most”')!.edit!), true);
    assert.ok(document.getText().includes('reigns over most of the country had'), document.getText());
    const later = await waitForCodeActions(document.uri, (await waitForDiagnostics(document.uri, (d) => withCode(d, 'misquoted').some((m) => !m.message.includes('“most”')), 'two differences left')
      .then((d) => withCode(d, 'misquoted')))[0]!.range, (a) => titled(a, 'Remove “the”') !== undefined, 'the remove fix');
    assert.strictEqual(await vscode.workspace.applyEdit(titled(later, 'Remove “the”')!.edit!), true);
    assert.ok(document.getText().includes('been extended to large parts of Kandahar'), document.getText());
  });

  it('the fix-all source action fixes every misquotation of the draft at once', async () => {
    const api = await sourcecheck();
    const { document } = await openDraft('drafts/misquotes.md');
    await checkedNow(api, document);
    await waitForDiagnostics(document.uri, (d) => withCode(d, 'misquoted').length === 3, 'three misquotations');
    const whole = new vscode.Range(new vscode.Position(0, 0), document.lineAt(document.lineCount - 1).range.end);
    const actions = await waitForCodeActions(document.uri, whole, (a) => a.some((x) => x.kind?.value === FIX_ALL_KIND), 'the fix-all action', FIX_ALL_KIND);
    const fixAll = actions.find((a) => a.kind?.value === FIX_ALL_KIND)!;
    assert.strictEqual(fixAll.title, 'Fix all misquotations in this draft (3)');
    assert.ok(!actions.some((a) => a.kind?.value === vscode.CodeActionKind.QuickFix.value), 'only source actions when asked for source.fixAll');
    assert.ok(fixAll.edit);
    assert.strictEqual(await vscode.workspace.applyEdit(fixAll.edit), true);
    const text = document.getText();
    for (const wording of ['fierce fighting broke out', 'people desperately need hope', 'as a result of injuries sustained']) {
      assert.ok(text.includes(wording), `"${wording}" in\n${text}`);
    }
    await waitForDiagnostics(document.uri, (d) => d.length === 0, 'no diagnostic left');
    const verdicts = (await checkedNow(api, document)).report.quotes.map((q) => q.verdict);
    assert.deepStrictEqual(verdicts, ['exact', 'exact', 'exact']);
  });

  it('the fix-all command does the same for the active draft', async () => {
    const api = await sourcecheck();
    const { document } = await openDraft('drafts/misquotes.md');
    await checkedNow(api, document);
    await waitForDiagnostics(document.uri, (d) => withCode(d, 'misquoted').length === 3, 'three misquotations');
    assert.strictEqual(await vscode.commands.executeCommand('sourcecheck.fixAll'), true);
    await waitForDiagnostics(document.uri, (d) => d.length === 0, 'no diagnostic left');
    assert.ok(document.getText().includes('fierce fighting broke out'));
  });

  it('offers no fix made for an older version of the text', async () => {
    const api = await sourcecheck();
    // Manual checking keeps the findings stale after an edit for as long as the test needs (no debounce race).
    await setSetting('checkOn', 'manual');
    const { document, diagnostics } = await openOpEd(api);
    const [misquoted] = withCode(diagnostics, 'misquoted');
    assert.ok(misquoted);
    // First see the fix offered: the workbench has the diagnostics, so an empty answer later means "refused".
    await waitForCodeActions(document.uri, misquoted.range, (a) => titled(a, USE_WORDING) !== undefined, 'the quick fix before the edit');
    const versionChecked = document.version;
    await insertText(document, 0, 'Draft 2.\n\n');
    assert.notStrictEqual(document.version, versionChecked);
    assert.strictEqual(api.findings.current(document), undefined, 'the findings are stale');
    // The old diagnostic is still shown, but no quick fix or fix-all is built from the old check.
    assert.strictEqual(withCode(vscode.languages.getDiagnostics(document.uri), 'misquoted').length, 1);
    const stale = await codeActions(document.uri, misquoted.range);
    assert.deepStrictEqual(stale.filter((a) => a.title.startsWith(USE_WORDING) || a.kind?.value === FIX_ALL_KIND).map((a) => a.title), []);
    const staleFixAll = await codeActions(document.uri, misquoted.range, FIX_ALL_KIND);
    assert.deepStrictEqual(staleFixAll.map((a) => a.title), []);
    assert.strictEqual(await vscode.commands.executeCommand('sourcecheck.fixAll'), false, 'the fix-all command refuses too');
    assert.ok(document.getText().includes('country had been extended'), 'nothing was applied');
    // Checked again, the fix is offered at the quotation's new place.
    await vscode.commands.executeCommand('sourcecheck.checkDraft');
    await checkedNow(api, document);
    const moved = quotationRange(document, OP_ED.misquoted);
    const [fresh] = await waitForDiagnostics(document.uri, (d) => withCode(d, 'misquoted').some((x) => moved.contains(x.range)), 'the diagnostic at the new place')
      .then((d) => withCode(d, 'misquoted'));
    const actions = await waitForCodeActions(document.uri, fresh!.range, (a) => titled(a, USE_WORDING) !== undefined, 'the quick fix after the new check');
    assert.ok(titled(actions, USE_WORDING));
  });

  it('"Ignore this quotation" inserts the ignore comment and the diagnostic goes', async () => {
    const api = await sourcecheck();
    const { document, diagnostics } = await openOpEd(api);
    const [unsourced] = withCode(diagnostics, 'unsourced');
    assert.ok(unsourced);
    const actions = await waitForCodeActions(document.uri, unsourced.range, (a) => titled(a, 'Ignore this quotation') !== undefined, 'the ignore quick fix');
    assert.ok(!titled(actions, USE_WORDING), 'no wording fix for an unsourced quotation');
    const ignore = titled(actions, 'Ignore this quotation')!;
    assert.ok(ignore.edit);
    assert.strictEqual(await vscode.workspace.applyEdit(ignore.edit), true);
    assert.ok(document.getText().includes('<!-- sourcecheck-ignore -->"We will not leave'), document.getText());
    await waitForDiagnostics(document.uri, (d) => withCode(d, 'unsourced').length === 0 && d.length === 2, 'the unsourced diagnostic to go');
  });
});
