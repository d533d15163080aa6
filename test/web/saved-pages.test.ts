// Saved web pages: a generated news page (site chrome around the story, its metadata in JSON-LD only) is read
// for its article alone, with the headline, author, date and publisher of its JSON-LD NewsArticle.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { generatePage } from '../helpers/saved-pages';
import { checkedNow, cleanUp, openDraft, sourcecheck, uniqueName, writeTempFile } from './helpers';
import { waitFor } from './wait';

describe('formats: saved web pages', () => {
  afterEach(cleanUp);

  it('reads the story among teaser cards and a cookie banner, with the JSON-LD metadata, and cites it', async () => {
    const api = await sourcecheck();
    const page = generatePage(4, 'teaser-cards', 'json-ld');
    const source = await writeTempFile(`sources/${uniqueName('tmp-page')}.html`, page.html);
    const article = await waitFor(() => api.sources.article(source.toString()), 'the saved page to be indexed');
    assert.deepStrictEqual(
      { title: article.meta.title, author: article.meta.author, date: article.meta.date, outlet: article.meta.outlet },
      { title: page.title, author: page.author, date: page.date, outlet: page.outlet });
    for (const paragraph of page.body) assert.ok(article.body.includes(paragraph), `the article holds "${paragraph}"`);
    assert.ok(!article.body.includes('cookie'), 'the cookie banner is left out');
    assert.ok(!article.body.includes('All rights reserved'), 'the footer is left out');
    const quoted = page.body.join(' ').split('. ').find((sentence) => !sentence.includes('"'))!;
    const draft = await writeTempFile(`drafts/${uniqueName('tmp-page')}.md`,
      `# Harbour works\n\nThe paper reported that "${quoted}." It also said "We use cookies to improve your experience and to show you personalised advertising."\n`);
    const { document } = await openDraft(draft);
    const checked = await checkedNow(api, document);
    assert.deepStrictEqual(checked.report.quotes.map((q) => q.verdict), ['exact', 'unsourced'], JSON.stringify(checked.report.quotes.map((q) => q.text)));
    assert.strictEqual(checked.report.quotes[0]!.source?.article.file, source.toString());
    const args = { uri: document.uri.toString(), version: document.version, offset: checked.report.quotes[0]!.close, file: source.toString(), style: 'inline' };
    assert.strictEqual(await vscode.commands.executeCommand('sourcecheck.insertCitation', args), true);
    const [year, month, day] = page.date.split('-').map(Number) as [number, number, number];
    const when = new Date(Date.UTC(year, month - 1, day)).toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
    assert.ok(document.getText().includes(`(${page.outlet}, ${when})`), document.getText());
  });
});
