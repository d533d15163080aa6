// Citations: Insert Citation in every style (one undo step each), footnotes renumbered as they come and go,
// Cite All Verified Quotations and Insert Bibliography, through the commands as the palette and the hover run them.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { SourcecheckApi } from '../../src/extension/extension';
import { checkedNow, cleanUp, insertText, openDraft, openOpEd, OP_ED, replaceText, setSetting, sourcecheck, uniqueName, workspaceUri, writeTempFile } from './helpers';
import { waitFor } from './wait';

const AMBUSH = {
  file: 'sources/wikinews-8397.md',
  title: 'Afghan coalition forces repel Taliban ambush: 8 killed, 16 captured',
  url: 'https://en.wikinews.org/wiki/Afghan_coalition_forces_repel_Taliban_ambush:_8_killed,_16_captured',
};
const HARPER = {
  file: 'sources/wikinews-61340.md',
  title: 'Canadian PM announces C$200 million for Afghanistan aid',
  url: 'https://en.wikinews.org/wiki/Canadian_PM_announces_C%24200_million_for_Afghanistan_aid',
};
const BROWNE = {
  file: 'sources/wikinews-47819.md',
  title: 'UK soldier killed in southern Afghanistan',
  url: 'https://en.wikinews.org/wiki/UK_soldier_killed_in_southern_Afghanistan',
};

/** The footnote (Chicago note) texts of the three Wikinews articles. */
const NOTE = {
  ambush: `"${AMBUSH.title}," Wikinews, April 19, 2005, ${AMBUSH.url}.`,
  harper: `"${HARPER.title}," Wikinews, February 28, 2007, ${HARPER.url}.`,
  browne: `"${BROWNE.title}," Wikinews, August 20, 2006, ${BROWNE.url}.`,
};

type Style = 'inline' | 'link' | 'footnote' | 'pandoc' | 'apa' | 'chicago';

async function insertCitation(document: vscode.TextDocument, offset: number, file: string, style: Style): Promise<void> {
  const inserted = await vscode.commands.executeCommand('sourcecheck.insertCitation',
    { uri: document.uri.toString(), version: document.version, offset, file: workspaceUri(file).toString(), style });
  assert.strictEqual(inserted, true, `insertCitation ${style} at ${offset}`);
}

/** One `undo` (the editor of `document` must be active): waits for the text to be `expected` again. */
async function undoOnce(document: vscode.TextDocument, expected: string, what: string): Promise<void> {
  assert.strictEqual(vscode.window.activeTextEditor?.document, document, 'the draft is the active editor');
  await vscode.commands.executeCommand('undo');
  await waitFor(() => (document.getText() === expected ? true : undefined), `one undo to restore the draft (${what})`, 3000).catch((error: unknown) => {
    throw new Error(`${error instanceof Error ? error.message : String(error)}; the draft is now:\n${document.getText()}`);
  });
}

/** Offset just after the first occurrence of `text` in `document`. */
function after(document: vscode.TextDocument, text: string): number {
  const at = document.getText().indexOf(text);
  assert.ok(at >= 0, `"${text}" is in the draft`);
  return at + text.length;
}

async function openActors(api: SourcecheckApi): Promise<vscode.TextDocument> {
  const { document } = await openDraft('drafts/actors.md');
  await checkedNow(api, document);
  return document;
}

describe('citations', () => {
  afterEach(cleanUp);

  it('sourcecheck.insertCitation puts each style before the sentence\'s period (a footnote after it), and one undo removes it', async () => {
    const api = await sourcecheck();
    const { document } = await openOpEd(api);
    const finding = (await checkedNow(api, document)).report.quotes.find((q) => q.text.startsWith(OP_ED.exact));
    assert.ok(finding?.source);
    assert.strictEqual(finding.source.article.file, workspaceUri(AMBUSH.file).toString());
    const before = document.getText();
    assert.ok(before.slice(finding.close - 2, finding.close + 7) === '." Nobody', 'the quotation ends the sentence');
    // The period inside the closing mark moves after the citation: `support" (…). Nobody`.
    const at = (inserted: string): string => `${before.slice(0, finding.close - 2)}"${inserted}.${before.slice(finding.close)}`;
    const expected: Record<Style, string> = {
      inline: at(' (Wikinews, April 19, 2005)'),
      link: at(` [${AMBUSH.title}](${AMBUSH.url})`),
      pandoc: at(' [@wikinews-8397]'),
      apa: at(` ${AMBUSH.title}. (2005, April 19). Wikinews. ${AMBUSH.url}`),
      chicago: at(` "${AMBUSH.title}." Wikinews, April 19, 2005. ${AMBUSH.url}.`),
      // The marker after the punctuation, without a space; its definition at the end (op-ed.md ends with one line break).
      footnote: `${before.slice(0, finding.close)}[^1]${before.slice(finding.close)}\n[^1]: ${NOTE.ambush}\n`,
    };
    for (const style of ['inline', 'link', 'footnote', 'pandoc', 'apa', 'chicago'] as const) {
      await insertCitation(document, finding.close, AMBUSH.file, style);
      assert.strictEqual(document.getText(), expected[style], style);
      await undoOnce(document, before, style);
    }
  });

  it('when the attribution follows the quotation, the citation goes before the period of the sentence, in each style', async () => {
    const api = await sourcecheck();
    const uri = await writeTempFile(`drafts/${uniqueName('attributed')}.md`,
      '# Zabul\n\n"After the ambush, fierce fighting broke out and we called in coalition air support," General Muhammad said. Nobody argued.\n');
    const { document } = await openDraft(uri);
    const finding = (await checkedNow(api, document)).report.quotes[0]!;
    assert.strictEqual(finding.verdict, 'exact');
    const before = document.getText();
    const styles: Array<[Style, string]> = [
      ['inline', ' (Wikinews, April 19, 2005)'],
      ['link', ` [${AMBUSH.title}](${AMBUSH.url})`],
      ['pandoc', ' [@wikinews-8397]'],
      ['apa', ` ${AMBUSH.title}. (2005, April 19). Wikinews. ${AMBUSH.url}`],
      ['chicago', ` "${AMBUSH.title}." Wikinews, April 19, 2005. ${AMBUSH.url}.`],
    ];
    for (const [style, citation] of styles) {
      await insertCitation(document, finding.close, AMBUSH.file, style);
      assert.strictEqual(document.getText(), before.replace('General Muhammad said.', `General Muhammad said${citation}.`), style);
      await undoOnce(document, before, style);
    }
  });

  it('with the cursor inside a misquotation, Insert Citation asks first; the picker offers its source first and switches style', async () => {
    const api = await sourcecheck();
    const { editor, document } = await openOpEd(api);
    const finding = (await checkedNow(api, document)).report.quotes.find((q) => q.text.startsWith(OP_ED.misquoted));
    assert.ok(finding?.source);
    const inside = document.positionAt(finding.start + 10);
    editor.selection = new vscode.Selection(inside, inside);
    const before = document.getText();
    const run = (): { result?: { inserted: unknown } } => {
      const state: { result?: { inserted: unknown } } = {};
      void vscode.commands.executeCommand('sourcecheck.insertCitation', { style: 'pandoc' }).then((inserted) => (state.result = { inserted }));
      return state;
    };
    const accept = (): Thenable<unknown> => vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    // Declined (Escape on the question): nothing is inserted.
    const declined = run();
    await waitFor(async () => {
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      return declined.result;
    }, 'the question to be declined');
    assert.strictEqual(declined.result?.inserted, false);
    assert.strictEqual(document.getText(), before);
    // Confirmed ("Cite anyway" is the first item), then the source pick: its first item is the quotation's source.
    const confirmed = run();
    await waitFor(async () => {
      await accept();
      return confirmed.result;
    }, 'the question and the source pick to accept their first items');
    assert.strictEqual(confirmed.result?.inserted, true);
    assert.strictEqual(document.getText(), before.replace('Kandahar province," he said.', 'Kandahar province," he said [@wikinews-61340].'));
    await undoOnce(document, before, 'the pandoc citation');

    // The style switched in the picker, for this insertion: after the 4 sources come the 6 styles (apa is the 5th).
    editor.selection = new vscode.Selection(inside, inside);
    const switched = run();
    await new Promise((resolve) => setTimeout(resolve, 500));
    await accept(); // "Cite anyway"
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (let k = 0; k < 4 + 4; k++) await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    await accept(); // Style: apa (the picker stays open)
    await new Promise((resolve) => setTimeout(resolve, 300));
    const pending = (): unknown => switched.result;
    assert.strictEqual(pending(), undefined, 'choosing a style keeps the picker open');
    await waitFor(async () => {
      await accept();
      return switched.result;
    }, 'the source pick to accept its first item');
    assert.strictEqual(switched.result?.inserted, true);
    assert.strictEqual(document.getText(), before.replace('Kandahar province," he said.', `Kandahar province," he said ${HARPER.title}. (2007, February 28). Wikinews. ${HARPER.url}.`));
  });

  it('footnotes are renumbered in order of first appearance as citations are added and a marker is deleted', async () => {
    const api = await sourcecheck();
    const uri = await writeTempFile(`drafts/${uniqueName('footnotes')}.md`, '# Notes\n\nAlpha one. Bravo two. Charlie three. Delta four.\n');
    const { document } = await openDraft(uri);
    await checkedNow(api, document);
    const body = (line: string, ...notes: string[]): string => `# Notes\n\n${line}\n\n${notes.map((n, k) => `[^${k + 1}]: ${n}`).join('\n')}\n`;

    await insertCitation(document, after(document, 'Charlie three.'), HARPER.file, 'footnote');
    assert.strictEqual(document.getText(), body('Alpha one. Bravo two. Charlie three.[^1] Delta four.', NOTE.harper));
    // Before the first one: it becomes [^1], the old one [^2], and the definitions follow.
    await insertCitation(document, after(document, 'Alpha one.'), BROWNE.file, 'footnote');
    assert.strictEqual(document.getText(), body('Alpha one.[^1] Bravo two. Charlie three.[^2] Delta four.', NOTE.browne, NOTE.harper));
    await insertCitation(document, after(document, 'Delta four.'), AMBUSH.file, 'footnote');
    assert.strictEqual(document.getText(), body('Alpha one.[^1] Bravo two. Charlie three.[^2] Delta four.[^3]', NOTE.browne, NOTE.harper, NOTE.ambush));

    // The writer deletes the first marker; the next citation (the Harper article again) renumbers everything:
    // Harper's note (used twice) is 1, the ambush 2, and the note no marker uses any more comes last.
    await replaceText(document, 'Alpha one.[^1]', 'Alpha one.');
    const deleted = document.getText();
    await insertCitation(document, after(document, 'Bravo two.'), HARPER.file, 'footnote');
    assert.strictEqual(document.getText(), body('Alpha one. Bravo two.[^1] Charlie three.[^1] Delta four.[^2]', NOTE.harper, NOTE.ambush, NOTE.browne));
    // All those edits are one undo step.
    await undoOnce(document, deleted, 'the renumbering citation');
  });

  it('sourcecheck.citeAllVerified cites exact and edited quotations only, once', async () => {
    const api = await sourcecheck();
    const document = await openActors(api);
    const before = document.getText();
    assert.strictEqual(await vscode.commands.executeCommand('sourcecheck.citeAllVerified', { uri: document.uri.toString(), style: 'pandoc' }), 3);
    const cited = before
      .replace('Harper said in Ottawa.', 'Harper said in Ottawa [@wikinews-61340].') // exact: before the period of the sentence
      .replace('minor injuries." NATO', 'minor injuries" [@wikinews-47819]. NATO') // edited: the period moves after it
      .replace('families and friends."\n', 'families and friends" [@wikinews-47819].\n'); // exact
    assert.notStrictEqual(cited, before);
    // The misquoted, misattributed and unsourced quotations get nothing.
    assert.strictEqual(document.getText(), cited);
    await undoOnce(document, before, 'cite all verified');

    // The command reads the findings of the text as it is: after the undo, once the draft is checked again.
    await checkedNow(api, document);
    assert.strictEqual(await vscode.commands.executeCommand('sourcecheck.citeAllVerified', { uri: document.uri.toString(), style: 'pandoc' }), 3);
    assert.strictEqual(document.getText(), cited);
    // Once checked again, every verified quotation is already cited: nothing more.
    await checkedNow(api, document);
    assert.strictEqual(await vscode.commands.executeCommand('sourcecheck.citeAllVerified', { uri: document.uri.toString(), style: 'inline' }), 0);
    assert.strictEqual(document.getText(), cited);
  });

  it('sourcecheck.insertBibliography adds a ## Sources section in the style\'s order, and replaces it on a second call', async () => {
    const api = await sourcecheck();
    const document = await openActors(api);
    // A source only cited (a Pandoc key), besides the two the draft quotes.
    await insertText(document, after(document, 'next week.'), ' [@wikinews-8397]');
    await checkedNow(api, document);
    const before = document.getText();
    assert.ok(before.endsWith('next week. [@wikinews-8397]\n'));
    const bibliography = async (style: Style): Promise<void> => {
      await checkedNow(api, document);
      assert.strictEqual(await vscode.commands.executeCommand('sourcecheck.insertBibliography', { uri: document.uri.toString(), style }), true, style);
    };

    // APA: by author, else title.
    await bibliography('apa');
    const apa = `${before}\n## Sources\n\n` +
      `- ${AMBUSH.title}. (2005, April 19). Wikinews. ${AMBUSH.url}\n` +
      `- ${HARPER.title}. (2007, February 28). Wikinews. ${HARPER.url}\n` +
      `- ${BROWNE.title}. (2006, August 20). Wikinews. ${BROWNE.url}\n`;
    assert.strictEqual(document.getText(), apa);

    // Inline: by date; the section is replaced, not added again.
    await bibliography('inline');
    const inline = `${before}\n## Sources\n\n` +
      `- [${AMBUSH.title}](${AMBUSH.url}), Wikinews, April 19, 2005\n` +
      `- [${BROWNE.title}](${BROWNE.url}), Wikinews, August 20, 2006\n` +
      `- [${HARPER.title}](${HARPER.url}), Wikinews, February 28, 2007\n`;
    assert.strictEqual(document.getText(), inline);
    await undoOnce(document, apa, 'the inline bibliography');
    await bibliography('inline');
    assert.strictEqual(document.getText(), inline);
    // Once more in the same style: the same text, still one section.
    await bibliography('inline');
    assert.strictEqual(document.getText(), inline);
    assert.strictEqual(document.getText().split('## Sources').length, 2, 'one ## Sources section');
  });

  it('sourcecheck.insertBibliography replaces the section of a draft with CRLF line ends', async () => {
    const api = await sourcecheck();
    const crlf = '# Zabul\r\n\r\nGeneral Muhammad said, "After the ambush, fierce fighting broke out and we called in coalition air support."\r\n';
    const uri = await writeTempFile(`drafts/${uniqueName('crlf')}.md`, crlf);
    const { document } = await openDraft(uri);
    assert.strictEqual(document.eol, vscode.EndOfLine.CRLF);
    for (const style of ['apa', 'inline', 'inline'] as const) {
      await checkedNow(api, document);
      assert.strictEqual(await vscode.commands.executeCommand('sourcecheck.insertBibliography', { uri: document.uri.toString(), style }), true, style);
    }
    assert.strictEqual(document.getText(), `${crlf}\r\n## Sources\r\n\r\n- [${AMBUSH.title}](${AMBUSH.url}), Wikinews, April 19, 2005\r\n`);
  });

  it('with sourcecheck.checkOn = manual, the citation commands check the edited draft first', async () => {
    const api = await sourcecheck();
    await setSetting('checkOn', 'manual');
    const { editor, document } = await openOpEd(api);
    // An edit the extension does not check by itself: the findings are those of the older version.
    await insertText(document, 0, '<!-- draft 2 -->\n');
    assert.strictEqual(api.findings.current(document), undefined);
    // From the palette (no arguments): the cursor is inside the exact quotation.
    const before = document.getText();
    const inside = before.indexOf(OP_ED.exact) + 5;
    editor.selection = new vscode.Selection(document.positionAt(inside), document.positionAt(inside));
    assert.strictEqual(await vscode.commands.executeCommand('sourcecheck.citeAllVerified'), 1);
    assert.ok(document.getText().includes('air support" (Wikinews, April 19, 2005). Nobody'), document.getText());
    assert.strictEqual(await vscode.commands.executeCommand('sourcecheck.insertBibliography', { style: 'pandoc' }), true);
    assert.ok(document.getText().includes('\n## Sources\n\n- ['), document.getText());
  });
});

describe('citations never write to a source', () => {
  it('with a source file active, Insert Citation, Cite All and Insert Bibliography refuse and leave it unchanged', async () => {
    await sourcecheck();
    const document = await vscode.workspace.openTextDocument(workspaceUri(AMBUSH.file));
    await vscode.window.showTextDocument(document);
    const before = document.getText();
    const inserted = await vscode.commands.executeCommand('sourcecheck.insertCitation', { file: AMBUSH.file, offset: 0, style: 'inline' });
    assert.notStrictEqual(inserted, true);
    const cited = await vscode.commands.executeCommand('sourcecheck.citeAllVerified', {});
    assert.ok(!cited);
    const bibliography = await vscode.commands.executeCommand('sourcecheck.insertBibliography', {});
    assert.notStrictEqual(bibliography, true);
    assert.strictEqual(document.getText(), before);
    assert.strictEqual(document.isDirty, false);
  });
});
