// While typing: a check of text the writer has since changed is abandoned (the next edit cancels it), never
// published; and a quotation that did not change is not checked again.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { checkedNow, cleanUp, openDraft, replaceText, setSetting, sourcecheck, uniqueName, writeTempFile } from './helpers';
import { waitFor } from './wait';

/**
 * Quotations in the long draft: enough that checking them all outlasts the round trip of the next edit, which
 * under load has taken longer than checking 1,800 once the engine got faster.
 */
const QUOTATIONS = 3600;

/** A long draft (about 380 KB, over the default size limit) of distinct quotations, each looked up and aligned when it is new. */
function longDraft(word: string): string {
  const paragraphs = Array.from({ length: QUOTATIONS }, (_, k) =>
    `General Muhammad said, "After the ambush, ${word} fighting broke out and we called in coalition air support ${k + 1}."`);
  return `# Zabul, day by day\n\n${paragraphs.join('\n\n')}\n`;
}

async function replaceAll(document: vscode.TextDocument, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), text);
  assert.strictEqual(await vscode.workspace.applyEdit(edit), true, 'replacing the draft');
}

describe('typing: stale checks abandoned, unchanged quotations reused', function () {
  this.timeout(120_000);
  afterEach(cleanUp);

  it('an edit made while the previous edit is being checked abandons that check; only the latest text is published', async () => {
    const api = await sourcecheck();
    await setSetting('debounceMs', 0);
    await setSetting('maxDraftSizeMB', 1);
    const uri = await writeTempFile(`drafts/${uniqueName('tmp-typing')}.md`, longDraft('heavy'));
    const { document } = await openDraft(uri);
    const first = await checkedNow(api, document);
    assert.strictEqual(first.report.quotes.length, QUOTATIONS);
    const published: Array<number | 'stale'> = [];
    const listener = api.findings.onDidChange((u) => {
      if (u.toString() === document.uri.toString()) published.push(api.findings.current(document)?.version ?? 'stale');
    });
    try {
      const abandonedBefore = api.checker.abandoned;
      await replaceAll(document, longDraft('fierce')); // every quotation new: a long check, in slices
      const stale = document.version;
      await waitFor(() => api.checker.isChecking(document) || undefined, 'the check of the edited draft to be under way', 30_000, 5);
      await replaceText(document, '# Zabul, day by day', '# Zabul, week by week'); // typed while it runs
      const latest = await checkedNow(api, document);
      assert.ok(api.checker.abandoned > abandonedBefore, 'the check of the older text was abandoned');
      assert.ok(!published.includes(stale), `nothing published for version ${stale}: ${JSON.stringify(published)}`);
      assert.ok(!published.includes('stale'), `nothing published for an older version: ${JSON.stringify(published)}`);
      assert.strictEqual(latest.version, document.version);
      assert.strictEqual(latest.report.quotes.length, QUOTATIONS);
      assert.ok(latest.report.quotes.every((q) => q.text.includes('fierce fighting')));
    } finally {
      listener.dispose();
    }
  });
});
