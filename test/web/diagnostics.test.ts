// Diagnostics: one per quotation that needs a look, on the quoted words, with the verdict as its code.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { SourcecheckApi } from '../../src/extension/extension';
import { checkedNow, cleanUp, codeOf, DIAGNOSTIC_SOURCE, openCopyOf, openDraft, openOpEd, OP_ED, quotationRange, replaceText, sourcecheck, waitForDiagnostics, withCode } from './helpers';
import { waitFor } from './wait';

describe('diagnostics: one per quotation to look at', () => {
  afterEach(cleanUp);

  /** What each verdict of op-ed.md underlines, says and weighs (the quoted words lead, then the difference). */
  const EXPECTED = {
    misquoted: {
      words: 'had', severity: vscode.DiagnosticSeverity.Warning,
      message: '“…most of the country had been extended to…”: source has “has”, not “had” (Wikinews, 28 Feb 2007)',
    },
    unsourced: {
      words: undefined, severity: vscode.DiagnosticSeverity.Information,
      message: '“We will not leave until every district has a…”: not in any indexed source',
    },
    misattributed: {
      words: undefined, severity: vscode.DiagnosticSeverity.Warning,
      message: '“I was deeply saddened to be informed of the…”: Wikinews attributes this to Des Browne, not Stephen Harper',
    },
  };

  for (const verdict of ['misquoted', 'unsourced', 'misattributed'] as const) {
    it(`marks the ${verdict} quotation of op-ed.md: its message, range, severity and a code that links to the verdicts`, async () => {
      const api = await sourcecheck();
      const { document, diagnostics } = await openOpEd(api);
      const found = withCode(diagnostics, verdict);
      assert.strictEqual(found.length, 1, `one ${verdict} diagnostic`);
      const diagnostic = found[0]!;
      const expected = EXPECTED[verdict];
      assert.strictEqual(diagnostic.message, expected.message);
      const quotation = quotationRange(document, OP_ED[verdict]);
      if (expected.words) {
        // Only the differing words are underlined, inside the quotation.
        assert.strictEqual(document.getText(diagnostic.range), expected.words);
        assert.ok(quotation.contains(diagnostic.range), 'inside the quotation');
      } else {
        assert.ok(diagnostic.range.isEqual(quotation),
          `range ${JSON.stringify(diagnostic.range)} is the quoted text ${JSON.stringify(quotation)}: "${document.getText(diagnostic.range)}"`);
      }
      assert.strictEqual(diagnostic.source, DIAGNOSTIC_SOURCE);
      assert.strictEqual(diagnostic.severity, expected.severity);
      const code = diagnostic.code as { value: string; target: vscode.Uri };
      assert.strictEqual(code.value, verdict);
      assert.match(code.target.path, /\/README\.md$/);
      assert.strictEqual(code.target.fragment, 'verdicts');
      if (verdict !== 'unsourced') {
        const related = diagnostic.relatedInformation ?? [];
        assert.strictEqual(related.length, 1, 'the source passage as related information');
        assert.match(related[0]!.location.uri.path, /\/sources\/wikinews-\d+\.md$/);
        assert.match(related[0]!.message, /^Wikinews, \d+ \w{3} \d{4}: “/, 'outlet, date and the passage, not the headline');
      }
    });
  }

  it('a left-out word underlines its neighbours; several differences, from the first to the last', async () => {
    const api = await sourcecheck();
    const document = await openCopyOf(api, OP_ED.path);
    await replaceText(document, 'country had been extended', 'country has been extended');
    await replaceText(document, 'reigns over most of the country', 'reigns over of the country');
    const [left] = await waitForDiagnostics(document.uri, (d) => withCode(d, 'misquoted').some((m) => m.message.includes('left out')), 'the left-out word').then((d) => withCode(d, 'misquoted'));
    assert.strictEqual(document.getText(left!.range), 'over of');
    assert.match(left!.message, /: “most” left out \(Wikinews, 28 Feb 2007\)$/);
    // Two differences: the range runs from the first to the last.
    await replaceText(document, 'large parts of Kandahar', 'big parts of Kandahar');
    const [two] = await waitForDiagnostics(document.uri, (d) => withCode(d, 'misquoted').some((m) => m.message.includes('“big”')), 'the second difference').then((d) => withCode(d, 'misquoted'));
    assert.strictEqual(document.getText(two!.range), 'over of the country has been extended to big');
  });

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
      assert.strictEqual(codeOf(diagnostic), 'edited');
      assert.strictEqual(diagnostic.severity, vscode.DiagnosticSeverity.Hint);
    }
    assert.ok(diagnostics.some((d) => d.message === '“[t]he fragile peace that reigns over most of…”: “[t]he” for “the”, accepted (Wikinews, 28 Feb 2007)'),
      diagnostics.map((d) => d.message).join('\n'));
    const ranges = [quotationRange(document, '[t]he fragile peace'), quotationRange(document, 'The soldier died')];
    assert.deepStrictEqual(diagnostics.map((d) => d.range.start.line).sort(), ranges.map((r) => r.start.line).sort());
    assert.ok(ranges.every((r) => diagnostics.some((d) => d.range.isEqual(r))), 'each on its quotation');
  });

  it('clears the diagnostic once the misquoted word is typed right', async () => {
    const api = await sourcecheck();
    const document = await editableOpEd(api);
    await replaceText(document, 'country had been extended', 'country has been extended');
    const after = await waitForDiagnostics(document.uri, (d) => withCode(d, 'misquoted').length === 0, 'the misquoted diagnostic to go');
    await checkedNow(api, document);
    assert.deepStrictEqual(after.map(codeOf).sort(), ['misattributed', 'unsourced']);
    const finding = api.findings.current(document)?.report.quotes.find((q) => q.text.startsWith(OP_ED.misquoted));
    assert.strictEqual(finding?.verdict, 'exact');
  });

  it('misquoting an exact quotation while typing adds a diagnostic', async () => {
    const api = await sourcecheck();
    const document = await editableOpEd(api);
    await replaceText(document, 'fierce\nfighting', 'heavy\nfighting');
    const after = await waitForDiagnostics(document.uri, (d) => withCode(d, 'misquoted').length === 2, 'a second misquoted diagnostic');
    assert.ok(after.some((d) => codeOf(d) === 'misquoted' && document.getText(d.range) === 'heavy'), 'on the changed word of the Muhammad quotation');
  });

  it('a letter typed inside a quotation is published by the provisional check, and the full check after it agrees', async () => {
    const api = await sourcecheck();
    const document = await editableOpEd(api);
    const before = { ...api.checker.provisional };
    await replaceText(document, 'fierce\nfighting', 'fiercer\nfighting'); // one letter typed
    const after = await waitForDiagnostics(document.uri, (d) => withCode(d, 'misquoted').length === 2, 'a second misquoted diagnostic');
    assert.ok(after.some((d) => codeOf(d) === 'misquoted' && document.getText(d.range).startsWith('fiercer')), 'on the changed word');
    await waitFor(() => (api.checker.isChecking(document) ? undefined : true), 'the full check after the provisional one');
    assert.ok(api.checker.provisional.published > before.published, 'published provisionally');
    assert.strictEqual(api.checker.provisional.corrected, before.corrected, 'the full check said the same');
    assert.strictEqual(api.checker.lastTiming?.provisional, true);
    assert.strictEqual(api.findings.current(document)?.version, document.version);
  });
});

/**
 * A copy of op-ed.md with its three diagnostics, for a test that types in it: under load, a test after one that
 * typed in the fixture itself has found the edit still there (two diagnostics of three).
 */
async function editableOpEd(api: SourcecheckApi): Promise<vscode.TextDocument> {
  const document = await openCopyOf(api, OP_ED.path);
  await waitForDiagnostics(document.uri, (d) => d.length === 3, 'the three diagnostics of the copy of op-ed.md');
  return document;
}
