// Hover citations: where a quotation comes from, with the source's metadata and links to our commands only.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { checkedNow, cleanUp, codeOf, OP_ED, openDraft, openOpEd, quotationRange, sourcecheck, waitForDiagnostics } from './helpers';
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

  it('a misquotation: actions first, one verdict line, the source sentence with only the difference marked, one metadata line', async () => {
    const api = await sourcecheck();
    const { document, diagnostics } = await openOpEd(api);
    const range = quotationRange(document, OP_ED.misquoted);
    // Anywhere on the quotation, not only on the underlined word.
    const hover = await waitFor(() => sourcecheckHover(document.uri, range.start.translate(0, 5)), 'the hover of the misquotation');
    const lines = hover.split('\n').filter((l) => l.trim() !== '');
    assert.ok(lines.length <= 6, `at most a few lines:\n${hover}`);
    // The actions first, one link per command and no other command.
    assert.deepStrictEqual(commandLinks(lines[0]!), ['sourcecheck.openSource', 'sourcecheck.insertCitation', 'sourcecheck.copyCitation']);
    assert.deepStrictEqual(commandLinks(hover).sort(), [...OUR_COMMANDS].sort());
    assert.match(lines[1]!, /^\*\*Sourcecheck: misquoted\*\* · 1 difference: ~~struck~~ the source's words, \*\*bold\*\* the draft's$/);
    // The source's sentence around the passage, with the speaker, and only the differing words marked.
    const passage = lines[2]!;
    assert.ok(passage.startsWith('> '), passage);
    assert.ok(passage.includes('~~has~~ **had**'), passage);
    assert.strictEqual(passage.match(/~~/g)?.length, 2, 'one struck word');
    assert.strictEqual(passage.match(/\*\*/g)?.length, 2, 'one bold word');
    assert.ok(passage.includes('been extended to large parts of Kandahar province'), passage);
    assert.ok(/said Harper|Harper said|Prime Minister/.test(passage) || passage.length > 160, `the sentence around the passage: ${passage}`);
    // Outlet · date · speaker · link (the title as the link text).
    assert.match(lines[3]!, /^Wikinews · February 28, 2007 · said by [^·]*Harper · \[Canadian PM announces C\$200 million for Afghanistan aid\]\(https:\/\/en\.wikinews\.org\/wiki\/[^)]+\)$/);
    // Never the diagnostic's message, which VS Code already shows.
    const [misquoted] = diagnostics.filter((d) => codeOf(d) === 'misquoted');
    assert.ok(!hover.includes(misquoted!.message), 'the diagnostic text is not repeated');
    assert.ok(!hover.includes('source has'), 'nor its wording of the difference');
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

  it('reads well without a speaker, and an unsourced quotation says what that means', async () => {
    const api = await sourcecheck();
    const { document, diagnostics } = await openOpEd(api);
    const unsourced = quotationRange(document, OP_ED.unsourced);
    const hover = await waitFor(() => sourcecheckHover(document.uri, unsourced.start.translate(0, 3)), 'the hover of the unsourced quotation');
    assert.match(hover, /^\*\*Sourcecheck: unsourced\*\* · no indexed source/);
    assert.deepStrictEqual(commandLinks(hover), []);
    assert.ok(!hover.includes(diagnostics.find((d) => codeOf(d) === 'unsourced')!.message));
    assert.ok(!/undefined|null/.test(hover), hover);
  });

  it('a misattribution: the speaker the source names on the verdict line and on the metadata line', async () => {
    const api = await sourcecheck();
    const { document, diagnostics } = await openOpEd(api);
    const range = quotationRange(document, OP_ED.misattributed);
    const hover = await waitFor(() => sourcecheckHover(document.uri, range.start.translate(0, 4)), 'the hover of the misattribution');
    const lines = hover.split('\n').filter((l) => l.trim() !== '');
    assert.deepStrictEqual(commandLinks(lines[0]!), ['sourcecheck.openSource', 'sourcecheck.insertCitation', 'sourcecheck.copyCitation']);
    assert.strictEqual(lines[1], '**Sourcecheck: misattributed** · the source names **Des Browne** as the speaker');
    assert.ok(lines[2]!.startsWith('> '), lines[2]);
    assert.doesNotMatch(lines[2]!, /~~/, 'no wording difference to mark');
    assert.match(lines[3]!, /^Wikinews · August 20, 2006 · said by Des Browne · \[UK soldier killed in southern Afghanistan\]\(https:/);
    assert.ok(!hover.includes(diagnostics.find((d) => codeOf(d) === 'misattributed')!.message), 'the diagnostic text is not repeated');
  });

  it('escapes Markdown and HTML taken from a source (no injected command link, no image)', async () => {
    const api = await sourcecheck();
    const { document } = await openDraft('drafts/markup.md');
    await checkedNow(api, document);
    const [diagnostic] = await waitForDiagnostics(document.uri, (d) => d.length === 1, 'the misquotation of markup.md');
    assert.strictEqual(codeOf(diagnostic!), 'misquoted');
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
    assert.match(hover, /\*\*Sourcecheck: exact\*\* · word for word/);
    assert.ok(hover.includes('Afghan coalition forces repel Taliban ambush'), hover);
    assert.ok(hover.includes('Wikinews · April 19, 2005'), hover);
    // The sentence around the quoted words, not only the words themselves.
    const passage = hover.split('\n').find((l) => l.startsWith('> '))!;
    assert.ok(passage.replace(/\\/g, '').length > exact.end.character - exact.start.character + 10 || passage.includes('said'), passage);
    const heading = new vscode.Position(0, 3);
    assert.strictEqual(await sourcecheckHover(document.uri, heading), undefined, 'no hover on the title line');
  });
});
