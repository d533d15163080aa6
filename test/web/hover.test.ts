// Hover citations: where a quotation comes from, with the source's metadata and links to our commands only.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { checkedNow, cleanUp, openDraft, openOpEd, OP_ED, quotationRange, sourcecheck, waitForDiagnostics } from './helpers';
import { waitFor } from './wait';

const OUR_COMMANDS = ['sourcecheck.openSource', 'sourcecheck.insertCitation', 'sourcecheck.copyCitation'];

/** The Markdown of Sourcecheck's hover at `position` (other providers' hovers are left out). */
async function sourcecheckHover(uri: vscode.Uri, position: vscode.Position): Promise<string | undefined> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  const texts = (hovers ?? []).flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)));
  const ours = texts.filter((t) => t.includes('Sourcecheck: '));
  return ours.length ? ours.join('\n\n') : undefined;
}

/** Every `](command:...)` link target of a Markdown text. */
function commandLinks(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(command:([^?)\s]+)/g)].map((m) => m[1]!);
}

describe('hover: the source of a quotation', () => {
  afterEach(cleanUp);

  it('shows the source passage, its title, outlet and date, and the command links on a misquotation', async () => {
    const api = await sourcecheck();
    const { document } = await openOpEd(api);
    const range = quotationRange(document, OP_ED.misquoted);
    const hover = await waitFor(() => sourcecheckHover(document.uri, range.start.translate(0, 5)), 'the hover of the misquotation');
    assert.match(hover, /\*\*Sourcecheck: misquoted\*\*/);
    // The passage, with the source's word struck through and the draft's beside it (Markdown-escaped).
    assert.ok(hover.includes('~~has~~'), hover);
    assert.ok(hover.includes('*(draft: had)*'), hover);
    assert.ok(hover.includes('been extended to large parts of Kandahar province'), hover);
    // Metadata: title, outlet, date as a writer reads it.
    assert.ok(hover.includes('Canadian PM announces C$200 million for Afghanistan aid'.replace(/\./g, '\\.')), hover);
    assert.ok(hover.includes('Wikinews, February 28, 2007'), hover);
    assert.ok(hover.includes('Stephen Harper') || hover.includes('Harper'), 'the speaker');
    // One link per command, and no other command.
    assert.deepStrictEqual(commandLinks(hover).sort(), [...OUR_COMMANDS].sort());
    const insert = /\]\(command:sourcecheck\.insertCitation\?([^)\s]+)\)/.exec(hover);
    assert.ok(insert, 'an insert-citation link');
    const [args] = JSON.parse(decodeURIComponent(insert[1]!)) as [{ uri: string; version: number; offset: number; file: string }];
    assert.strictEqual(args.uri, document.uri.toString());
    assert.strictEqual(args.version, document.version);
    assert.match(args.file, /wikinews-61340\.md$/);
    // The source's link: an http(s) target without escaping backslashes (VS Code 1.137 kept them in the URL).
    const link = /\]\((https?:[^)\s]+)\)/.exec(hover);
    assert.ok(link, `a link to the source: ${hover}`);
    assert.ok(!link[1]!.includes('\\'), link[1]);
  });

  it('escapes Markdown and HTML taken from a source (no injected command link, no image)', async () => {
    const api = await sourcecheck();
    const { document } = await openDraft('drafts/markup.md');
    await checkedNow(api, document);
    const [diagnostic] = await waitForDiagnostics(document.uri, (d) => d.length === 1, 'the misquotation of markup.md');
    assert.strictEqual(diagnostic!.code, 'misquoted');
    const hover = await waitFor(() => sourcecheckHover(document.uri, diagnostic!.range.start.translate(0, 2)), 'the hover of the misquotation');
    // The source's text, title and outlet are all in the hover, as text.
    assert.ok(hover.includes('read more'), hover);
    assert.ok(hover.includes('Clinic plan'), hover);
    assert.ok(hover.includes('Daily'), hover);
    assert.ok(!hover.includes('](command:evil'), `an unescaped link to command:evil in:\n${hover}`);
    assert.ok(!/<img/i.test(hover), `an unescaped <img> in:\n${hover}`);
    assert.ok(!/<b>/i.test(hover), `unescaped HTML in:\n${hover}`);
    assert.ok(hover.includes('\\](command:evil') || hover.includes('\\]\\(command:evil'), `the link text escaped in:\n${hover}`);
    assert.deepStrictEqual(commandLinks(hover).sort(), [...OUR_COMMANDS].sort(), 'only our commands are linked');
  });

  it('shows the source of an exact quotation too, and nothing outside quotations', async () => {
    const api = await sourcecheck();
    const { document } = await openOpEd(api);
    const exact = quotationRange(document, OP_ED.exact);
    const hover = await waitFor(() => sourcecheckHover(document.uri, exact.start.translate(0, 3)), 'the hover of the exact quotation');
    assert.match(hover, /\*\*Sourcecheck: exact\*\*/);
    assert.ok(hover.includes('Afghan coalition forces repel Taliban ambush'), hover);
    assert.ok(hover.includes('Wikinews, April 19, 2005'), hover);
    const heading = new vscode.Position(0, 3);
    assert.strictEqual(await sourcecheckHover(document.uri, heading), undefined, 'no hover on the title line');
  });
});
