// Diagnostics: one per quotation that needs a look, on the quoted words, with the verdict as its code.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { checkedNow, cleanUp, DIAGNOSTIC_SOURCE, openDraft, openOpEd, OP_ED, quotationRange, replaceText, sourcecheck, waitForDiagnostics, withCode } from './helpers';

describe('diagnostics: one per quotation to look at', () => {
  afterEach(cleanUp);

  for (const verdict of ['misquoted', 'unsourced', 'misattributed'] as const) {
    it(`marks the ${verdict} quotation of op-ed.md on its words, as a warning`, async () => {
      const api = await sourcecheck();
      const { document, diagnostics } = await openOpEd(api);
      const found = withCode(diagnostics, verdict);
      assert.strictEqual(found.length, 1, `one ${verdict} diagnostic`);
      const diagnostic = found[0]!;
      const expected = quotationRange(document, OP_ED[verdict]);
      assert.ok(diagnostic.range.isEqual(expected),
        `range ${JSON.stringify(diagnostic.range)} is the quoted text ${JSON.stringify(expected)}: "${document.getText(diagnostic.range)}"`);
      assert.strictEqual(diagnostic.source, DIAGNOSTIC_SOURCE);
      assert.strictEqual(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
      assert.ok(diagnostic.message.length > 0, 'a message');
      if (verdict !== 'unsourced') {
        const related = diagnostic.relatedInformation ?? [];
        assert.strictEqual(related.length, 1, 'the source passage as related information');
        assert.match(related[0]!.location.uri.path, /\/sources\/wikinews-\d+\.md$/);
      }
    });
  }

  it('leaves the exact quotation alone', async () => {
    const api = await sourcecheck();
    const { document, diagnostics } = await openOpEd(api);
    const exact = quotationRange(document, OP_ED.exact);
    assert.deepStrictEqual(diagnostics.filter((d) => d.range.intersection(exact)), []);
    const finding = api.findings.current(document)?.report.quotes.find((q) => q.text.startsWith(OP_ED.exact));
    assert.strictEqual(finding?.verdict, 'exact');
    assert.deepStrictEqual(withCode(diagnostics, 'exact'), []);
  });

  it('shows edited quotations (accepted conventions) as hints', async () => {
    const api = await sourcecheck();
    const { document } = await openDraft('drafts/edited.md');
    await checkedNow(api, document);
    const diagnostics = await waitForDiagnostics(document.uri, (d) => d.length === 2, 'the two edited quotations');
    for (const diagnostic of diagnostics) {
      assert.strictEqual(diagnostic.code, 'edited');
      assert.strictEqual(diagnostic.severity, vscode.DiagnosticSeverity.Hint);
    }
    const ranges = [quotationRange(document, '[t]he fragile peace'), quotationRange(document, 'The soldier died')];
    assert.deepStrictEqual(diagnostics.map((d) => d.range.start.line).sort(), ranges.map((r) => r.start.line).sort());
    assert.ok(ranges.every((r) => diagnostics.some((d) => d.range.isEqual(r))), 'each on its quotation');
  });

  it('clears the diagnostic once the misquoted word is typed right', async () => {
    const api = await sourcecheck();
    const { document } = await openOpEd(api);
    await replaceText(document, 'country had been extended', 'country has been extended');
    const after = await waitForDiagnostics(document.uri, (d) => withCode(d, 'misquoted').length === 0, 'the misquoted diagnostic to go');
    await checkedNow(api, document);
    assert.deepStrictEqual(after.map((d) => d.code).sort(), ['misattributed', 'unsourced']);
    const finding = api.findings.current(document)?.report.quotes.find((q) => q.text.startsWith(OP_ED.misquoted));
    assert.strictEqual(finding?.verdict, 'exact');
  });

  it('misquoting an exact quotation while typing adds a diagnostic', async () => {
    const api = await sourcecheck();
    const { document } = await openOpEd(api);
    await replaceText(document, 'fierce\nfighting', 'heavy\nfighting');
    const after = await waitForDiagnostics(document.uri, (d) => withCode(d, 'misquoted').length === 2, 'a second misquoted diagnostic');
    const range = quotationRange(document, 'After the ambush, heavy');
    assert.ok(after.some((d) => d.code === 'misquoted' && d.range.isEqual(range)), 'on the Muhammad quotation');
  });
});
