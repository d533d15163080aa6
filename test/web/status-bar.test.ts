// The status bar item: Sourcecheck's own state (sources indexed, checking), never VS Code's problem count.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { checkedNow, cleanUp, FIXTURE_ARTICLES, openOpEd, sourcecheck } from './helpers';
import { waitFor } from './wait';

describe('status bar: Sourcecheck\'s own state', () => {
  afterEach(cleanUp);

  it('shows the sources indexed, not the problems; the tooltip has the draft\'s breakdown; a click offers the menu', async () => {
    const api = await sourcecheck();
    const { document } = await openOpEd(api);
    await checkedNow(api, document);
    const articles = api.sources.passageIndex.articles.length;
    assert.ok(articles >= FIXTURE_ARTICLES.length, `${articles} articles`);
    const text = await waitFor(() => (/^\$\(quote\) Sourcecheck: \d+ sources?$/.test(api.status.text) ? api.status.text : undefined), 'the settled status text');
    assert.strictEqual(text, `$(quote) Sourcecheck: ${articles} source${articles === 1 ? '' : 's'}`);
    assert.doesNotMatch(text, /\$\((warning|error)\)|⚠|\d+ problem/, 'no count of problems beside VS Code\'s own');
    const tooltip = typeof api.status.tooltip === 'string' ? api.status.tooltip : api.status.tooltip?.value ?? '';
    assert.match(tooltip, new RegExp(`^Sourcecheck: ${articles} sources? indexed`));
    assert.ok(tooltip.includes('This draft: 4 quotation(s) (1 exact, 1 misquoted, 1 unsourced, 1 misattributed).'), tooltip);
    assert.strictEqual(api.status.command, 'sourcecheck.statusMenu');
  });

  it('without an active draft, no draft line in the tooltip', async () => {
    const api = await sourcecheck();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const tooltip = await waitFor(() => {
      const t = typeof api.status.tooltip === 'string' ? api.status.tooltip : undefined;
      return t && !t.includes('This draft') ? t : undefined;
    }, 'the tooltip without the draft');
    assert.match(tooltip, /^Sourcecheck: \d+ sources? indexed/);
  });
});
