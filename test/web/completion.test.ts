// Completion in a draft: `[@` offers the indexed sources' Pandoc keys, `[^` the draft's footnotes and the sources
// (picking a source adds a numbered footnote), through the workbench's completion machinery.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { checkedNow, cleanUp, FIXTURE_ARTICLES, openDraft, sourcecheck, uniqueName, workspaceUri, writeTempFile } from './helpers';

const SOURCE_IDS = ['markup-injection', 'wikinews-47819', 'wikinews-61340', 'wikinews-8397'];
const HARPER_NOTE = '"Canadian PM announces C$200 million for Afghanistan aid," Wikinews, February 28, 2007, https://en.wikinews.org/wiki/Canadian_PM_announces_C%24200_million_for_Afghanistan_aid.';
const BROWNE_NOTE = '"UK soldier killed in southern Afghanistan," Wikinews, August 20, 2006, https://en.wikinews.org/wiki/UK_soldier_killed_in_southern_Afghanistan.';

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

function descriptionOf(item: vscode.CompletionItem): string | undefined {
  return typeof item.label === 'string' ? undefined : item.label.description;
}

function rangeOf(item: vscode.CompletionItem): vscode.Range | undefined {
  const range = item.range;
  return range instanceof vscode.Range ? range : range?.replacing;
}

function insertTextOf(item: vscode.CompletionItem): string {
  const text = item.insertText;
  return typeof text === 'string' ? text : text?.value ?? labelOf(item);
}

/** Completions at the end of the line holding `marker` (other providers' included). */
async function completionsAfter(document: vscode.TextDocument, marker: string, trigger?: string): Promise<{ position: vscode.Position; items: vscode.CompletionItem[] }> {
  const at = document.getText().indexOf(marker);
  assert.ok(at >= 0, `"${marker}" is in the draft`);
  const position = document.positionAt(at + marker.length);
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position, trigger);
  return { position, items: list?.items ?? [] };
}

/** Accepts a completion as the editor does: its text edit, then its command. */
async function accept(document: vscode.TextDocument, item: vscode.CompletionItem): Promise<void> {
  const range = rangeOf(item);
  assert.ok(range, `the item ${labelOf(item)} has a range`);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, range, insertTextOf(item));
  assert.strictEqual(await vscode.workspace.applyEdit(edit), true);
  if (item.command) await vscode.commands.executeCommand(item.command.command, ...(item.command.arguments ?? []));
}

describe('completion: citation keys and footnotes', () => {
  afterEach(cleanUp);

  it('after `[@` lists the Pandoc keys (ids) of the indexed sources', async () => {
    const api = await sourcecheck();
    const uri = await writeTempFile(`drafts/${uniqueName('completion')}.md`, '# Keys\n\nHarper announced the aid in Ottawa [@\n\nThe ambush was in Zabul [@wiki\n');
    const { document } = await openDraft(uri);
    await checkedNow(api, document);

    const { position, items } = await completionsAfter(document, 'Ottawa [@', '@');
    const ours = items.filter((i) => SOURCE_IDS.includes(labelOf(i)));
    assert.deepStrictEqual(ours.map(labelOf).sort(), SOURCE_IDS, items.map(labelOf).join(', '));
    assert.strictEqual(ours.length, FIXTURE_ARTICLES.length);
    const harper = ours.find((i) => labelOf(i) === 'wikinews-61340')!;
    assert.strictEqual(descriptionOf(harper), 'Canadian PM announces C$200 million for Afghanistan aid');
    assert.strictEqual(harper.detail, 'Wikinews, February 28, 2007');
    assert.strictEqual(harper.kind, vscode.CompletionItemKind.Reference);
    assert.strictEqual(insertTextOf(harper), 'wikinews-61340]');
    assert.ok(rangeOf(harper)?.isEqual(new vscode.Range(position, position)), JSON.stringify(rangeOf(harper)));

    // Words already typed after `[@` are replaced; accepting closes the key.
    const typed = await completionsAfter(document, 'Zabul [@wiki');
    const ambush = typed.items.find((i) => labelOf(i) === 'wikinews-8397');
    assert.ok(ambush, typed.items.map(labelOf).join(', '));
    assert.ok(rangeOf(ambush)?.isEqual(new vscode.Range(typed.position.translate(0, -4), typed.position)), JSON.stringify(rangeOf(ambush)));
    await accept(document, ambush);
    assert.ok(document.getText().endsWith('The ambush was in Zabul [@wikinews-8397]\n'), document.getText());
  });

  it('typed in the editor (the closing bracket auto-inserted), `[@` completes to one key with one bracket', async () => {
    const api = await sourcecheck();
    const uri = await writeTempFile(`drafts/${uniqueName('completion')}.md`, '# Typed\n\nHarper announced the aid in Ottawa\n\nA British soldier died\n');
    const editor = await openDraft(uri);
    const document = editor.document;
    await checkedNow(api, document);
    const end = document.lineAt(2).range.end;
    editor.selection = new vscode.Selection(end, end);
    await vscode.commands.executeCommand('type', { text: ' [' });
    await vscode.commands.executeCommand('type', { text: '@' });
    const line = document.lineAt(2).text;
    assert.ok(line === 'Harper announced the aid in Ottawa [@]' || line === 'Harper announced the aid in Ottawa [@', JSON.stringify(line));
    const { items } = await completionsAfter(document, 'Ottawa [@', '@');
    const harper = items.find((i) => labelOf(i) === 'wikinews-61340');
    assert.ok(harper, items.map(labelOf).join(', '));
    await vscode.commands.executeCommand('hideSuggestWidget');
    await accept(document, harper);
    assert.strictEqual(document.lineAt(2).text, 'Harper announced the aid in Ottawa [@wikinews-61340]');

    // The same with `[^` and a source: a footnote marker with one bracket, and its definition.
    const end4 = document.lineAt(4).range.end;
    editor.selection = new vscode.Selection(end4, end4);
    await vscode.commands.executeCommand('type', { text: '[' });
    await vscode.commands.executeCommand('type', { text: '^' });
    const notes = await completionsAfter(document, 'died[^', '^');
    const browne = notes.items.find((i) => labelOf(i) === 'UK soldier killed in southern Afghanistan');
    assert.ok(browne, notes.items.map(labelOf).join(', '));
    await vscode.commands.executeCommand('hideSuggestWidget');
    await accept(document, browne);
    assert.strictEqual(document.getText(),
      `# Typed\n\nHarper announced the aid in Ottawa [@wikinews-61340]\n\nA British soldier died[^1]\n\n[^1]: ${BROWNE_NOTE}\n`);
  });

  it("after `[^` lists the draft's footnotes, then the sources; picking a source adds a numbered footnote", async () => {
    const api = await sourcecheck();
    const uri = await writeTempFile(`drafts/${uniqueName('completion')}.md`,
      `# Notes\n\nHarper spoke in Ottawa.[^1] The soldier was British.[^\n\n[^note]: A named note.\n[^1]: ${HARPER_NOTE}\n`);
    const { document } = await openDraft(uri);
    await checkedNow(api, document);

    const { items } = await completionsAfter(document, 'British.[^', '^');
    const footnotes = items.filter((i) => ['1', 'note'].includes(labelOf(i)));
    assert.deepStrictEqual(footnotes.map((i) => [labelOf(i), i.detail, insertTextOf(i)]).sort(), [['1', HARPER_NOTE, '1]'], ['note', 'A named note.', 'note]']]);
    const sources = items.filter((i) => i.command?.command === 'sourcecheck.insertCitation');
    assert.deepStrictEqual(sources.map(labelOf).sort(), [
      'Afghan coalition forces repel Taliban ambush: 8 killed, 16 captured',
      'Canadian PM announces C$200 million for Afghanistan aid',
      'Clinic plan [details](command:evil) <img src=x onerror=alert(1)>',
      'UK soldier killed in southern Afghanistan',
    ]);
    for (const item of sources) assert.strictEqual(descriptionOf(item), 'new footnote');
    // Footnotes sort before the sources.
    const sortKeys = (list: vscode.CompletionItem[]): string[] => list.map((i) => i.sortText ?? labelOf(i));
    assert.ok(sortKeys(footnotes).every((f) => sortKeys(sources).every((s) => f < s)), `${sortKeys(footnotes).join(', ')} before ${sortKeys(sources).join(', ')}`);

    // Picking the UK soldier article: the typed `[^` goes, a marker [^2] comes, its note joins the numbered ones.
    const browne = sources.find((i) => labelOf(i) === 'UK soldier killed in southern Afghanistan')!;
    assert.strictEqual((browne.command?.arguments?.[0] as { file: string }).file, workspaceUri('sources/wikinews-47819.md').toString());
    await accept(document, browne);
    assert.strictEqual(document.getText(),
      `# Notes\n\nHarper spoke in Ottawa.[^1] The soldier was British.[^2]\n\n[^note]: A named note.\n[^1]: ${HARPER_NOTE}\n[^2]: ${BROWNE_NOTE}\n`);
  });
});
