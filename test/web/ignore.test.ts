// The writer's ignore comments: one quotation, or the whole file.
import * as assert from 'assert';
import { checkedNow, cleanUp, codeOf, insertText, OP_ED, openOpEd, sourcecheck, waitForDiagnostics, withCode } from './helpers';

describe('ignore comments', () => {
  afterEach(cleanUp);

  it('<!-- sourcecheck-ignore --> before a quotation removes its diagnostic only', async () => {
    const api = await sourcecheck();
    const { document } = await openOpEd(api);
    const open = document.getText().indexOf(OP_ED.unsourced) - 1;
    await insertText(document, open, '<!-- sourcecheck-ignore --> ');
    const after = await waitForDiagnostics(document.uri, (d) => withCode(d, 'unsourced').length === 0, 'the unsourced diagnostic to go');
    assert.deepStrictEqual(after.map(codeOf).sort(), ['misattributed', 'misquoted']);
    const finding = (await checkedNow(api, document)).report.quotes.find((q) => q.text.startsWith(OP_ED.unsourced));
    assert.strictEqual(finding?.verdict, 'unchecked');
    assert.strictEqual(finding?.uncheckedBecause, 'ignored');
  });

  it('<!-- sourcecheck-ignore-file --> removes every diagnostic of the draft', async () => {
    const api = await sourcecheck();
    const { document } = await openOpEd(api);
    await insertText(document, 0, '<!-- sourcecheck-ignore-file -->\n\n');
    await waitForDiagnostics(document.uri, (d) => d.length === 0, 'every diagnostic to go');
    const checked = await checkedNow(api, document);
    assert.strictEqual(checked.report.quotes.length, 4);
    assert.ok(checked.report.quotes.every((q) => q.verdict === 'unchecked' && q.uncheckedBecause === 'ignored'));
  });
});
