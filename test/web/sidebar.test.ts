// The Sourcecheck sidebar: the Actors, Claims and Sources tree providers for the fixture draft drafts/actors.md,
// revealing a quotation from a tree item's command, the welcome view when nothing is indexed, and the
// find-an-actor-or-source quick pick.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { SourcecheckApi } from '../../src/extension/extension';
import type { ActorNode } from '../../src/extension/sidebar/actors-view';
import type { ClaimNode } from '../../src/extension/sidebar/claims-view';
import { checkedNow, cleanUp, EXTENSION_ID, FIXTURE_ARTICLES, insertText, openDraft, quotationRange, setSetting, sourcecheck, workspaceUri } from './helpers';
import { waitFor } from './wait';

/**
 * drafts/actors.md names Sviatlana Tsikhanouskaya five ways (full name, surname, `President`, `Ms` + possessive,
 * the transliteration Tikhanovskaya), Alexander Lukashenko four (with `President`, `Mr` + possessive, the
 * spelling Lukashenka), quotes Stephen Harper three times (exact, misquoted, misattributed), the Ministry of
 * Defence once (edited) and Des Browne once (exact), and has two attributed claims without quotation marks.
 */
const ACTORS_DRAFT = 'drafts/actors.md';
const HARPER_SOURCE = 'sources/wikinews-61340.md';
const BROWNE_SOURCE = 'sources/wikinews-47819.md';
const AMBUSH_SOURCE = 'sources/wikinews-8397.md';
const MARKUP_SOURCE = 'sources/untrusted/markup-injection.md';

function label(item: vscode.TreeItem): string {
  const l = item.label;
  return typeof l === 'string' ? l : l?.label ?? '';
}

function iconId(item: vscode.TreeItem): string | undefined {
  return item.iconPath instanceof vscode.ThemeIcon ? item.iconPath.id : undefined;
}

/** Opens drafts/actors.md and waits until the sidebar shows it (the views follow the active draft). */
async function openActorsDraft(api: SourcecheckApi): Promise<vscode.TextDocument> {
  const { document } = await openDraft(ACTORS_DRAFT);
  await checkedNow(api, document);
  await waitFor(() => {
    const roots = api.sidebar.actors.getChildren();
    return roots.some((n) => n.kind === 'actor' && n.actor.name.endsWith('Tsikhanouskaya')) ? true : undefined;
  }, 'the Actors view to show drafts/actors.md');
  return document;
}

function actorNamed(api: SourcecheckApi, name: RegExp): Extract<ActorNode, { kind: 'actor' }> {
  const node = api.sidebar.actors.getChildren().find((n): n is Extract<ActorNode, { kind: 'actor' }> => n.kind === 'actor' && name.test(n.actor.name));
  assert.ok(node, `an actor named ${String(name)}`);
  return node;
}

/** The children of an "In the sources" group once the speaker index is read (it is read between pauses). */
function sourcesOf(api: SourcecheckApi, group: ActorNode): Promise<ActorNode[]> {
  return waitFor(() => {
    const nodes = api.sidebar.actors.getChildren(group);
    return nodes.some((n) => n.kind === 'reading') ? undefined : nodes;
  }, 'the speaker index');
}

describe('sidebar: actors, claims and sources of the active draft', () => {
  afterEach(cleanUp);

  it('Actors lists people and organisations, most mentioned first, with kind icons and counts', async () => {
    const api = await sourcecheck();
    await openActorsDraft(api);
    const view = api.sidebar.actors;
    const roots = view.getChildren();
    const items = roots.map((n) => view.getTreeItem(n));
    const rows = items.map((item) => `${label(item)} | ${iconId(item)} | ${String(item.description)} | ${String(item.contextValue)}`);
    const expected: Array<[RegExp, string]> = [
      [/^Sviatlana Tsikhanouskaya$/, 'person | 6 mentions, 1 quoted | actor.person'],
      [/^Stephen Harper$/, 'person | 5 mentions, 3 quoted | actor.person'],
      [/^(?:President )?Alexander Lukashenko$/, 'person | 4 mentions | actor.person'],
      [/^NATO$/, 'organization | 2 mentions | actor.organization'],
      [/^Des Browne$/, 'person | 1 mention, 1 quoted | actor.person'],
      [/^Ministry of Defence$/, 'organization | 1 mention, 1 quoted | actor.organization'],
    ];
    assert.strictEqual(rows.length, expected.length, rows.join('\n'));
    expected.forEach(([name, rest], k) => {
      const [first, ...others] = rows[k]!.split(' | ');
      assert.match(first!, name, rows.join('\n'));
      assert.strictEqual(others.join(' | '), rest, rows.join('\n'));
    });
    // Most mentioned first (the engine's counts, as the items show them).
    const mentions = roots.map((n) => (n.kind === 'actor' ? n.actor.mentions : -1));
    assert.deepStrictEqual(mentions, [...mentions].sort((a, b) => b - a));
    // Every actor expands into its two groups; ids are stable, so expansion survives a refresh.
    for (const [k, item] of items.entries()) {
      assert.strictEqual(item.collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
      assert.strictEqual(item.id, view.getTreeItem(view.getChildren()[k]!).id);
    }
  });

  it('Actors merges surname-only, titled, possessive and transliterated forms into one actor', async () => {
    const api = await sourcecheck();
    const document = await openActorsDraft(api);
    const names = api.sidebar.actors.getChildren().flatMap((n) => (n.kind === 'actor' ? [n.actor.name] : []));
    assert.strictEqual(names.filter((n) => /Ts?ikhano[uv]skaya/.test(n)).length, 1, `one Tsikhanouskaya: ${names.join(', ')}`);
    assert.strictEqual(names.filter((n) => /Lukashenk[oa]/.test(n)).length, 1, `one Lukashenko: ${names.join(', ')}`);
    assert.strictEqual(names.filter((n) => /Harper/.test(n)).length, 1, `one Harper: ${names.join(', ')}`);

    const tsikhanouskaya = actorNamed(api, /Tsikhanouskaya/);
    const tooltip = String(api.sidebar.actors.getTreeItem(tsikhanouskaya).tooltip);
    for (const variant of ['Tsikhanouskaya', 'President Tsikhanouskaya', 'Ms Tsikhanouskaya', 'Tikhanovskaya']) {
      assert.ok(tsikhanouskaya.actor.variants.includes(variant), `${variant} in ${tsikhanouskaya.actor.variants.join(', ')}`);
      assert.ok(tooltip.includes(variant), tooltip);
    }
    assert.ok(tooltip.startsWith('Also written: '), tooltip);
    // Each mention is found in the draft, the possessive and the transliteration included.
    const mentioned = tsikhanouskaya.actor.at.map((r) => document.getText(new vscode.Range(document.positionAt(r.start), document.positionAt(r.end))));
    assert.deepStrictEqual(mentioned, ['Tsikhanouskaya', 'Tsikhanouskaya', 'Tsikhanouskaya', 'Tsikhanouskaya', 'Tikhanovskaya', 'Tsikhanouskaya']);
    const text = document.getText();
    const possessive = text.indexOf("Ms Tsikhanouskaya's") + 'Ms '.length;
    assert.ok(tsikhanouskaya.actor.at.some((r) => r.start === possessive), 'the possessive mention');

    const lukashenko = actorNamed(api, /Lukashenko/);
    for (const variant of ['Mr Lukashenko', 'Lukashenko', 'Lukashenka']) {
      assert.ok(lukashenko.actor.variants.includes(variant), `${variant} in ${lukashenko.actor.variants.join(', ')}`);
    }
  });

  it("an actor's quotations in this draft (with verdicts) and in the sources", async () => {
    const api = await sourcecheck();
    await openActorsDraft(api);
    const view = api.sidebar.actors;
    const harper = actorNamed(api, /^Stephen Harper$/);
    const groups = view.getChildren(harper);
    const groupItems = groups.map((g) => view.getTreeItem(g));
    assert.deepStrictEqual(groupItems.map((i) => [label(i), i.description, iconId(i)]), [['In this draft', '3', 'file'], ['In the sources', undefined, 'library']]);

    const inDraft = view.getChildren(groups[0]).map((n) => view.getTreeItem(n));
    assert.deepStrictEqual(inDraft.map((i) => [label(i).slice(0, 30), i.description, iconId(i), i.contextValue]), [
      ['“Thanks to the Canadian Forces', 'exact · Stephen Harper', 'pass', 'quotation.exact'],
      ['“Now it\'s time to consolidate ', 'misquoted · Stephen Harper', 'warning', 'quotation.misquoted'],
      ['“I was deeply saddened to be i', 'misattributed · Stephen Harper', 'person', 'quotation.misattributed'],
    ]);
    for (const item of inDraft) assert.strictEqual(item.command?.command, 'sourcecheck.revealRange');

    // The first expansion reads who says what in every source between pauses: a placeholder meanwhile, then the
    // view refreshes. What the indexed sources quote Harper saying: the four quotations of wikinews-61340.
    const first = view.getChildren(groups[1]);
    assert.deepStrictEqual(first.map((n) => n.kind), ['reading'], 'the sources are read on the first expansion');
    assert.strictEqual(label(view.getTreeItem(first[0]!)), 'Reading who says what in the sources…');
    assert.strictEqual(iconId(view.getTreeItem(first[0]!)), 'loading~spin');
    const inSources = (await sourcesOf(api, groups[1]!)).map((n) => view.getTreeItem(n));
    assert.deepStrictEqual(inSources.map((i) => label(i).slice(0, 25)), [
      '“Thanks to the Canadian F', '“Now it\'s time to consoli', '“Afghanistanis a long way', '“Global security hinges o',
    ]);
    for (const item of inSources) {
      assert.strictEqual(item.description, 'Canadian PM announces C$200 million for Afghanistan aid');
      assert.strictEqual(item.command?.command, 'sourcecheck.openSource');
      assert.strictEqual((item.command.arguments?.[0] as { file: string }).file, workspaceUri(HARPER_SOURCE).toString());
    }

    // Nobody in the sources quotes Tsikhanouskaya: the group (searched only when expanded) is empty; her
    // unsourced quotation is in the draft's.
    const tsikhanouskaya = actorNamed(api, /Tsikhanouskaya/);
    const [herDraft, herSources] = view.getChildren(tsikhanouskaya);
    assert.deepStrictEqual(view.getChildren(herDraft).map((n) => view.getTreeItem(n).description), ['unsourced · Sviatlana Tsikhanouskaya']);
    assert.deepStrictEqual(view.getChildren(herSources), []);
    assert.strictEqual(view.getTreeItem(herSources!).collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
    // Organisations are not looked up in the sources.
    const [, natoSources] = view.getChildren(actorNamed(api, /^NATO$/));
    assert.deepStrictEqual(view.getChildren(natoSources), []);
    assert.strictEqual(view.getTreeItem(natoSources!).collapsibleState, vscode.TreeItemCollapsibleState.None);
  });

  it('Claims groups the quotations by verdict, problems first, then the attributed claims', async () => {
    const api = await sourcecheck();
    const document = await openActorsDraft(api);
    const view = api.sidebar.claims;
    const roots = view.getChildren();
    const items = roots.map((n) => view.getTreeItem(n));
    assert.deepStrictEqual(items.map((i) => [label(i), i.description]), [
      ['Misquoted', '1'], ['Misattributed', '1'], ['Unsourced', '1'], ['Edited (accepted changes)', '1'], ['Exact', '2'],
      ['Attributed claims (not quoted)', '2'],
    ]);
    // Problems are expanded, the rest collapsed.
    assert.deepStrictEqual(items.map((i) => i.collapsibleState), [
      vscode.TreeItemCollapsibleState.Expanded, vscode.TreeItemCollapsibleState.Expanded, vscode.TreeItemCollapsibleState.Expanded,
      vscode.TreeItemCollapsibleState.Collapsed, vscode.TreeItemCollapsibleState.Collapsed, vscode.TreeItemCollapsibleState.Collapsed,
    ]);
    const children = (node: ClaimNode): string[] => view.getChildren(node).map((n) => {
      const item = view.getTreeItem(n);
      return `${label(item).slice(0, 25)} | ${String(item.description)}`;
    });
    assert.deepStrictEqual(roots.slice(0, 5).map(children), [
      ['“Now it\'s time to consoli | misquoted · Stephen Harper'],
      ['“I was deeply saddened to | misattributed · Stephen Harper'],
      ['“We are not asking anyone | unsourced · Sviatlana Tsikhanouskaya'],
      ['“The soldier died as a re | edited · Ministry of Defence'],
      ['“Thanks to the Canadian F | exact · Stephen Harper', '“I wish to express my sin | exact · Des Browne'],
    ]);
    // `X said that …` and `According to X, …`: each reveals its sentence, and names its speaker by the fullest form the draft uses.
    const claims = view.getChildren(roots[5]).map((n) => view.getTreeItem(n));
    assert.deepStrictEqual(claims.map((i) => [label(i), i.description]), [
      ['Lukashenko said that the election had been free and fair.', 'Alexander Lukashenko'],
      ['According to Mr Harper, the money would be spent over ten y…', 'Stephen Harper'], // shortened to 60 characters
    ]);
    const args = claims[0]!.command?.arguments?.[0] as { uri: string; start: number; end: number };
    assert.strictEqual(claims[0]!.command?.command, 'sourcecheck.revealRange');
    assert.strictEqual(args.uri, document.uri.toString());
    assert.strictEqual(document.getText().slice(args.start, args.end), 'Lukashenko said that the election had been free and fair.');
  });

  it("Sources lists the draft's quoted and cited sources first, with counts", async () => {
    const api = await sourcecheck();
    const document = await openActorsDraft(api);
    const view = api.sidebar.sources;
    const rows = (): string[] => view.getChildren().map((n) => {
      const item = view.getTreeItem(n);
      return `${vscode.workspace.asRelativePath(vscode.Uri.parse(n.article.file))} | ${String(item.description)} | ${iconId(item)}`;
    });
    // Three quotations from wikinews-47819 come before two from the newer wikinews-61340; the unused ones follow, newest first.
    assert.deepStrictEqual(rows(), [
      `${BROWNE_SOURCE} | Wikinews · 2006-08-20 · 3 quoted | bookmark`,
      `${HARPER_SOURCE} | Wikinews · 2007-02-28 · 2 quoted | bookmark`,
      `${MARKUP_SOURCE} | The *Daily* <b>Bugle</b> · 2021-03-04 | file-text`,
      `${AMBUSH_SOURCE} | Wikinews · 2005-04-19 | file-text`,
    ]);
    assert.strictEqual(view.getChildren().length, FIXTURE_ARTICLES.length);
    // Citing a source (a Pandoc key) moves it up among the draft's sources.
    const end = document.getText().indexOf('next week.') + 'next week.'.length;
    await insertText(document, end, ' [@wikinews-8397]');
    await checkedNow(api, document);
    const after = await waitFor(() => {
      const now = rows();
      return now[2]?.startsWith(AMBUSH_SOURCE) ? now : undefined;
    }, 'the cited source to move up');
    assert.deepStrictEqual(after.slice(2), [`${AMBUSH_SOURCE} | Wikinews · 2005-04-19 · cited | bookmark`, `${MARKUP_SOURCE} | The *Daily* <b>Bugle</b> · 2021-03-04 | file-text`]);
    const item = view.getTreeItem(view.getChildren()[0]!);
    assert.strictEqual(item.contextValue, 'source');
    assert.deepStrictEqual([item.command?.command, (item.command?.arguments?.[0] as { file: string }).file], ['sourcecheck.openSource', workspaceUri(BROWNE_SOURCE).toString()]);
  });

  it("running a quotation item's command selects the quotation in the draft", async () => {
    const api = await sourcecheck();
    const document = await openActorsDraft(api);
    const view = api.sidebar.claims;
    const misquoted = view.getChildren(view.getChildren()[0]);
    assert.strictEqual(misquoted.length, 1);
    const command = view.getTreeItem(misquoted[0]!).command;
    assert.ok(command, 'the item has a command');
    // Elsewhere first: another editor active, so only the command can bring the draft back with the selection.
    await openDraft('drafts/op-ed.md');
    assert.notStrictEqual(vscode.window.activeTextEditor?.document, document);
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const editor = vscode.window.activeTextEditor;
    assert.strictEqual(editor?.document.uri.toString(), document.uri.toString());
    const expected = quotationRange(document, "Now it's time to consolidate");
    assert.ok(editor.selection.isEqual(expected), `selection ${JSON.stringify(editor.selection)} is the quotation ${JSON.stringify(expected)}`);
    assert.ok(editor.document.getText(editor.selection).endsWith('for their families and communities'));

    // A source quotation under an actor opens the source with that passage selected.
    const actors = api.sidebar.actors;
    const harper = actorNamed(api, /^Stephen Harper$/);
    const [first] = await sourcesOf(api, actors.getChildren(harper)[1]!);
    const open = actors.getTreeItem(first!).command;
    assert.ok(open);
    const sourceEditor = await vscode.commands.executeCommand<vscode.TextEditor>(open.command, ...(open.arguments ?? []));
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), workspaceUri(HARPER_SOURCE).toString());
    assert.strictEqual(sourceEditor.document.getText(sourceEditor.selection),
      'Thanks to the Canadian Forces efforts, the fragile peace that reigns over most of the country has been extended to large parts of Kandahar province');
  });

  it('the welcome view: with no source indexed the Sources view is empty and offers to create sources/', async () => {
    const api = await sourcecheck();
    const contributes = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON.contributes as
      { viewsWelcome?: Array<{ view: string; contents: string; when?: string }> } | undefined;
    const welcome = contributes?.viewsWelcome?.find((w) => w.view === 'sourcecheck.sources');
    assert.ok(welcome, 'a viewsWelcome entry for sourcecheck.sources');
    assert.match(welcome.when ?? '', /^sourcecheck\.sourceCount == 0$/);
    assert.ok(welcome.contents.includes('](command:sourcecheck.createSourcesFolder)'), welcome.contents);

    assert.ok(api.sidebar.sources.getChildren().length > 0, 'sources listed before');
    await setSetting('sources', ['no-such-folder/**']);
    await waitFor(() => (api.sources.passageIndex.articles.length === 0 ? true : undefined), 'the index to empty');
    assert.deepStrictEqual(api.sidebar.sources.getChildren(), []);

    // The welcome link's command: sources/ exists in the fixture, so it is left as it is and returned.
    const before = (await vscode.workspace.fs.readDirectory(workspaceUri('sources'))).map(([name]) => name).sort();
    const folder = await vscode.commands.executeCommand<vscode.Uri>('sourcecheck.createSourcesFolder');
    assert.strictEqual(folder?.toString(), workspaceUri('sources').toString());
    assert.strictEqual((await vscode.workspace.fs.stat(folder)).type & vscode.FileType.Directory, vscode.FileType.Directory);
    assert.deepStrictEqual((await vscode.workspace.fs.readDirectory(folder)).map(([name]) => name).sort(), before);
    // cleanUp() removes the setting and re-indexes: checked here so that a failure shows in this test.
    await cleanUp();
    assert.strictEqual(api.sources.passageIndex.articles.length, FIXTURE_ARTICLES.length);
    assert.strictEqual(api.sidebar.sources.getChildren().length, FIXTURE_ARTICLES.length);
  });

  it('sourcecheck.findActorOrSource offers the actors and sources, and reveals the picked actor', async () => {
    const api = await sourcecheck();
    const document = await openActorsDraft(api);
    assert.ok((await vscode.commands.getCommands(true)).includes('sourcecheck.findActorOrSource'));

    // Closed without a pick: resolves with nothing.
    let closed: { value: string | undefined } | undefined;
    void vscode.commands.executeCommand<string | undefined>('sourcecheck.findActorOrSource').then((value) => (closed = { value }));
    await waitFor(async () => {
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      return closed;
    }, 'the quick pick to close');
    assert.strictEqual(closed?.value, undefined);

    // Accepted: the first item is the most mentioned actor, revealed at its first mention.
    const [top] = api.sidebar.actors.getChildren();
    assert.ok(top?.kind === 'actor');
    let picked: { value: string | undefined } | undefined;
    void vscode.commands.executeCommand<string | undefined>('sourcecheck.findActorOrSource').then((value) => (picked = { value }));
    await waitFor(async () => {
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      return picked;
    }, 'the quick pick to accept its first item');
    assert.strictEqual(picked?.value, `actor:${top.actor.name}`);
    const editor = vscode.window.activeTextEditor;
    assert.strictEqual(editor?.document, document);
    const first = top.actor.at[0]!;
    assert.ok(editor.selection.isEqual(new vscode.Range(document.positionAt(first.start), document.positionAt(first.end))), JSON.stringify(editor.selection));
    // The first mention of the full name's surname, before any other.
    const surname = top.actor.name.split(' ').pop()!;
    assert.strictEqual(document.getText(editor.selection), surname);
    assert.strictEqual(first.start, document.getText().indexOf(surname));
  });
});
