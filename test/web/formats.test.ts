// Sources in the formats writers keep besides articles: interview transcripts (and, below, PDFs and libraries).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { checkedNow, cleanUp, openDraft, quotationRange, sourcecheck, uniqueName, waitForDiagnostics, withCode, writeTempFile } from './helpers';
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
    assert.ok(hover.includes('interview with Jane Roe, 12:31'), hover);
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
    assert.ok(document.getText().includes('recount." (interview with Tom Okafor, 12:40)'), document.getText());
    assert.ok(range.start.line > 0);
  });
});
