// The sources folder is watched: adding, changing and deleting a source re-checks the open drafts.
import * as assert from 'assert';
import type * as vscode from 'vscode';
import type { SourcecheckApi } from '../../src/extension/extension';
import { checkedNow, cleanUp, deleteFile, openDraft, sourcecheck, uniqueName, waitForDiagnostics, withCode, workspaceUri, writeTempFile } from './helpers';
import { waitFor } from './wait';

const QUOTE = 'Our new library will open its doors to every reader in the city next spring';

const DRAFT = `# The new library

The mayor was confident. "${QUOTE}," she said.
`;

function sourceText(quote: string): string {
  return `---
title: "Library to open next spring"
outlet: Wikinews
date: 2024-05-01
---

The city council approved the budget on Tuesday. The mayor said: "${quote}." The building cost 40 million.
`;
}

async function verdictOf(api: SourcecheckApi, document: vscode.TextDocument): Promise<string> {
  const checked = await checkedNow(api, document);
  assert.strictEqual(checked.report.quotes.length, 1);
  return checked.report.quotes[0]!.verdict;
}

/** A temporary draft quoting QUOTE, checked while no source has it: unsourced. */
async function openUnsourcedDraft(api: SourcecheckApi): Promise<vscode.TextDocument> {
  const uri = await writeTempFile(`drafts/${uniqueName('tmp-library')}.md`, DRAFT);
  const { document } = await openDraft(uri);
  await waitForDiagnostics(document.uri, (d) => withCode(d, 'unsourced').length === 1, 'the unsourced diagnostic');
  assert.strictEqual(await verdictOf(api, document), 'unsourced');
  return document;
}

describe('watcher: sources added, changed and deleted', () => {
  afterEach(cleanUp);

  it('a new source file turns an unsourced quotation into an exact one', async () => {
    const api = await sourcecheck();
    const document = await openUnsourcedDraft(api);
    const source = await writeTempFile(`sources/${uniqueName('tmp-library')}.md`, sourceText(QUOTE));
    await waitFor(() => api.sources.article(source.toString()), 'the new source to be indexed');
    await waitForDiagnostics(document.uri, (d) => d.length === 0, 'the unsourced diagnostic to go');
    assert.strictEqual(await verdictOf(api, document), 'exact');
    assert.strictEqual(api.findings.current(document)?.report.quotes[0]?.source?.article.file, source.toString());
  });

  it('changing the source text turns an exact quotation into a misquoted one', async () => {
    const api = await sourcecheck();
    const document = await openUnsourcedDraft(api);
    const path = `sources/${uniqueName('tmp-library')}.md`;
    await writeTempFile(path, sourceText(QUOTE));
    await waitForDiagnostics(document.uri, (d) => d.length === 0, 'the quotation to be found');
    assert.strictEqual(await verdictOf(api, document), 'exact');
    await writeTempFile(path, sourceText(QUOTE.replace('every reader', 'every child')));
    const [misquoted] = await waitForDiagnostics(document.uri, (d) => withCode(d, 'misquoted').length === 1, 'the misquoted diagnostic');
    assert.strictEqual(document.getText(misquoted!.range), 'reader', 'the word that now differs');
    assert.strictEqual(await verdictOf(api, document), 'misquoted');
    assert.match(misquoted!.message, /source has “child”, not “reader”/);
  });

  it('deleting the source makes the quotation unsourced again', async () => {
    const api = await sourcecheck();
    const document = await openUnsourcedDraft(api);
    const source = await writeTempFile(`sources/${uniqueName('tmp-library')}.md`, sourceText(QUOTE));
    await waitForDiagnostics(document.uri, (d) => d.length === 0, 'the quotation to be found');
    const articles = api.sources.passageIndex.articles.length;
    await deleteFile(source);
    await waitForDiagnostics(document.uri, (d) => withCode(d, 'unsourced').length === 1, 'the unsourced diagnostic to come back');
    assert.strictEqual(await verdictOf(api, document), 'unsourced');
    assert.strictEqual(api.sources.article(source.toString()), undefined);
    assert.strictEqual(api.sources.passageIndex.articles.length, articles - 1);
  });

  it('deleting a folder of sources drops all its articles', async () => {
    const api = await sourcecheck();
    const document = await openUnsourcedDraft(api);
    const folder = uniqueName('tmp-folder');
    const source = await writeTempFile(`sources/${folder}/library.md`, sourceText(QUOTE));
    const other = await writeTempFile(`sources/${folder}/nested/other.md`, sourceText('The budget was approved by a large majority of the council'));
    await waitForDiagnostics(document.uri, (d) => d.length === 0, 'the quotation to be found');
    await waitFor(() => api.sources.article(other.toString()), 'the nested source to be indexed');
    // The watcher hears of the folder only (no event per file inside it).
    await deleteFile(workspaceUri(`sources/${folder}`));
    await waitForDiagnostics(document.uri, (d) => withCode(d, 'unsourced').length === 1, 'the unsourced diagnostic to come back');
    assert.strictEqual(api.sources.article(source.toString()), undefined);
    assert.strictEqual(api.sources.article(other.toString()), undefined);
    assert.ok(!api.sources.passageIndex.articles.some(({ article }) => article.file.includes(folder)), 'no article of the folder is left');
  });
});
