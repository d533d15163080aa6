// Sources in the formats writers keep besides articles: interview transcripts (and, below, PDFs and libraries).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { writeDocx } from '../helpers/docx-writer';
import { writePdf } from '../helpers/pdf-writer';
import { checkedNow, cleanUp, openDraft, quotationRange, sourcecheck, uniqueName, waitForCodeActions, waitForDiagnostics, withCode, workspaceUri, writeTempFile } from './helpers';
import { waitFor } from './wait';

/** The Markdown of Sourcecheck's hover at `position`. */
async function sourcecheckHover(uri: vscode.Uri, position: vscode.Position): Promise<string | undefined> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  const ours = (hovers ?? []).flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).filter((t) => t.includes('Sourcecheck: '));
  return ours.length ? ours.join('\n\n') : undefined;
}

const INTERVIEW = `WEBVTT - Interview on the harbour vote

00:12:31.000 --> 00:12:35.000
<v Jane Roe>We counted every ballot twice, and the

00:12:35.000 --> 00:12:39.000
<v Jane Roe>second count matched the first to the last vote.

00:12:40.000 --> 00:12:44.000
<v Tom Okafor>The harbour board never asked us for a recount.
`;

describe('formats: interview transcripts', () => {
  afterEach(cleanUp);

  it('flags a quotation attributed to the wrong interviewee, and the hover gives the speaker and time', async () => {
    const api = await sourcecheck();
    const source = await writeTempFile(`sources/${uniqueName('tmp-interview')}.vtt`, INTERVIEW);
    await waitFor(() => api.sources.article(source.toString()), 'the transcript to be indexed');
    const draft = await writeTempFile(`drafts/${uniqueName('tmp-harbour')}.md`,
      '# The vote\n\n"We counted every ballot twice, and the second count matched the first to the last vote," said Tom Okafor.\n');
    const { document } = await openDraft(draft);
    const [diagnostic] = await waitForDiagnostics(document.uri, (d) => withCode(d, 'misattributed').length === 1, 'the misattributed diagnostic');
    const checked = await checkedNow(api, document);
    assert.strictEqual(checked.report.quotes[0]!.source?.speaker, 'Jane Roe');
    const hover = await waitFor(() => sourcecheckHover(document.uri, diagnostic!.range.start.translate(0, 3)), 'the hover of the quotation');
    assert.match(hover, /\*\*Sourcecheck: misattributed\*\*/);
    assert.ok(hover.includes('at 12:31'), hover);
    assert.ok(hover.includes('Jane Roe'), hover);
    assert.ok(hover.includes('at 12:31 · said by Jane Roe'), `the time and the speaker on the metadata line: ${hover}`);
  });

  it('cites a transcript quotation with the interviewee and the time', async () => {
    const api = await sourcecheck();
    const source = await writeTempFile(`sources/${uniqueName('tmp-interview')}.vtt`, INTERVIEW);
    await waitFor(() => api.sources.article(source.toString()), 'the transcript to be indexed');
    const draft = await writeTempFile(`drafts/${uniqueName('tmp-harbour')}.md`, '# The vote\n\nOkafor was blunt: "The harbour board never asked us for a recount."\n');
    const { document } = await openDraft(draft);
    const checked = await checkedNow(api, document);
    assert.strictEqual(checked.report.quotes[0]!.verdict, 'exact');
    const range = quotationRange(document, 'The harbour board');
    const args = { uri: document.uri.toString(), version: document.version, offset: checked.report.quotes[0]!.close, file: source.toString(), style: 'inline' };
    assert.ok(await vscode.commands.executeCommand('sourcecheck.insertCitation', args));
    // Before the sentence's period, which moves out of the quotation (APA, Chicago author-date).
    assert.ok(document.getText().includes('recount" (interview with Tom Okafor, 12:40).'), document.getText());
    assert.ok(range.start.line > 0);
  });
});

const HARPER_FILE = 'sources/wikinews-61340.md';
const HARPER_TITLE = 'Canadian PM announces C$200 million for Afghanistan aid';

describe('formats: reference libraries', () => {
  afterEach(cleanUp);

  it('a Pandoc citation completes with the key a CSL-JSON library gives the source, and unlinked entries too', async () => {
    const api = await sourcecheck();
    const library = JSON.stringify([
      { id: 'harper2007aid', type: 'article-newspaper', title: HARPER_TITLE, author: [{ family: 'Reporter', given: 'Sam' }], issued: { 'date-parts': [[2007, 2, 28]] }, 'container-title': 'Wikinews' },
      { id: 'lee2019book', type: 'book', title: 'A book that is not among the sources', author: [{ family: 'Lee', given: 'Ann' }], issued: { 'date-parts': [[2019]] } },
    ]);
    await writeTempFile(`${uniqueName('tmp-library')}.csl.json`, library);
    const harper = workspaceUri(HARPER_FILE).toString();
    await waitFor(() => (api.sources.article(harper)?.meta.id === 'harper2007aid' ? true : undefined), 'the library key to reach the source');
    assert.strictEqual(api.sources.article(harper)?.meta.author, 'Sam Reporter');
    const draft = await writeTempFile(`drafts/${uniqueName('tmp-pandoc')}.md`, '# Aid\n\nThe aid was announced [@har\n');
    const { document } = await openDraft(draft);
    const position = document.positionAt(document.getText().indexOf('[@har') + 5);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position, '@');
    const labels = (list?.items ?? []).map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes('harper2007aid'), labels.join(', '));
    assert.ok(labels.includes('lee2019book'), labels.join(', '));
    assert.ok(!labels.includes('wikinews-61340'), 'the file-name id gives way to the library key');
    const item = list.items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'harper2007aid')!;
    const range = item.range instanceof vscode.Range ? item.range : item.range!.replacing;
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, range, typeof item.insertText === 'string' ? item.insertText : item.insertText!.value);
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(document.getText().includes('announced [@harper2007aid]'), document.getText());
  });
});

describe('formats: PDF', () => {
  afterEach(cleanUp);

  const QUOTE = 'The harbour will close in March, not April, the port authority said';
  const report = writePdf([
    { lines: ['Harbour Authority Annual Report', 'The board met in January to discuss the dredging contract.', '1'] },
    { lines: ['Harbour Authority Annual Report', 'The harbour will close in March, not April, the port au-', 'thority said in its report on the budget.', '2'] },
    { lines: ['Harbour Authority Annual Report', 'The final accounts were approved without a vote.', '3'] },
  ]);

  it('a quotation from a PDF shows its page in the hover; a wrong page locator is flagged and fixed', async () => {
    const api = await sourcecheck();
    const source = await writeTempFile(`sources/${uniqueName('tmp-report')}.pdf`, report);
    await waitFor(() => api.sources.article(source.toString()), 'the PDF to be indexed', 30_000);
    const draft = await writeTempFile(`drafts/${uniqueName('tmp-harbour')}.md`, `# The harbour\n\nThe report is plain: "${QUOTE}" (Annual Report, p. 12).\n`);
    const { document } = await openDraft(draft);
    const [wrong] = await waitForDiagnostics(document.uri, (d) => withCode(d, 'wrong-page').length === 1, 'the wrong-page diagnostic');
    assert.strictEqual(document.getText(wrong!.range), '12');
    assert.match(wrong!.message, /p\. 2/);
    const checked = await checkedNow(api, document);
    assert.strictEqual(checked.report.quotes[0]!.verdict, 'exact');
    const range = quotationRange(document, 'The harbour will');
    const hover = await waitFor(() => sourcecheckHover(document.uri, range.start.translate(0, 4)), 'the hover of the quotation');
    assert.ok(hover.includes('p\\. 2') || hover.includes('p. 2'), hover);
    const actions = await waitForCodeActions(document.uri, wrong!.range, (a) => a.some((x) => x.title.startsWith('Cite the page')), 'the page fix');
    const fix = actions.find((x) => x.title.startsWith('Cite the page'))!;
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    assert.ok(document.getText().includes('(Annual Report, p. 2).'), document.getText());
    await waitForDiagnostics(document.uri, (d) => withCode(d, 'wrong-page').length === 0, 'the wrong-page diagnostic to go');
  });
});

describe('formats: Word documents', () => {
  afterEach(cleanUp);

  it('a quotation from a .docx source is found (the Word reader loaded on first use)', async () => {
    const api = await sourcecheck();
    const source = await writeTempFile(`sources/${uniqueName('tmp-minutes')}.docx`, writeDocx(['Council minutes', 'Members voted to review the dredging contract before the spring season.']));
    await waitFor(() => api.sources.article(source.toString()), 'the Word document to be indexed', 30_000);
    const draft = await writeTempFile(`drafts/${uniqueName('tmp-minutes')}.md`, '# Minutes\n\nThe minutes record that "members voted to review the dredging contract before the spring season."\n');
    const { document } = await openDraft(draft);
    const checked = await checkedNow(api, document);
    assert.ok(['exact', 'edited'].includes(checked.report.quotes[0]!.verdict), checked.report.quotes[0]!.verdict);
    assert.strictEqual(checked.report.quotes[0]!.source?.article.file, source.toString());
  });
});
