/**
 * The Sourcecheck sidebar: Actors, Claims and Sources views, refreshed (debounced) when the active draft, its
 * findings or the index change; tree item ids are stable, so expansion state survives a refresh. Also the
 * commands the views use: reveal a range, find an actor or source, create a sources folder.
 */
import * as vscode from 'vscode';
import type { DraftChecker } from '../diagnostics';
import type { FindingsStore } from '../findings';
import { fuzzyPick, sourceItem, type PickItem } from '../source-picker';
import type { WorkspaceSources } from '../workspace-sources';
import { ActiveDraft } from './active-draft';
import { ActorsView } from './actors-view';
import { ClaimsView } from './claims-view';
import type { RevealArgs } from './items';
import { SourcesView, type SourceNode } from './sources-view';

const REFRESH_DEBOUNCE_MS = 150;

export interface Sidebar {
  readonly actors: ActorsView;
  readonly claims: ClaimsView;
  readonly sources: SourcesView;
}

export function registerSidebar(sources: WorkspaceSources, checker: DraftChecker, findings: FindingsStore): { sidebar: Sidebar; disposable: vscode.Disposable } {
  const draft = new ActiveDraft(checker, findings);
  const sidebar: Sidebar = { actors: new ActorsView(draft, sources), claims: new ClaimsView(draft), sources: new SourcesView(draft, sources) };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const refresh = (): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      sidebar.actors.refresh();
      sidebar.claims.refresh();
      sidebar.sources.refresh();
    }, REFRESH_DEBOUNCE_MS);
  };
  const updateWelcome = (): void => void vscode.commands.executeCommand('setContext', 'sourcecheck.sourceCount', sources.passageIndex.articles.length);
  updateWelcome();
  const disposable = vscode.Disposable.from(
    draft,
    vscode.window.createTreeView('sourcecheck.actors', { treeDataProvider: sidebar.actors, showCollapseAll: true }),
    vscode.window.createTreeView('sourcecheck.claims', { treeDataProvider: sidebar.claims, showCollapseAll: true }),
    vscode.window.createTreeView('sourcecheck.sources', { treeDataProvider: sidebar.sources }),
    draft.onDidChange(refresh),
    sources.onDidChange(() => {
      updateWelcome();
      refresh();
    }),
    { dispose: () => timer && clearTimeout(timer) },
    vscode.commands.registerCommand('sourcecheck.revealRange', revealRange),
    vscode.commands.registerCommand('sourcecheck.findActorOrSource', () => findActorOrSource(draft, sources)),
    vscode.commands.registerCommand('sourcecheck.createSourcesFolder', createSourcesFolder),
    vscode.commands.registerCommand('sourcecheck.citeSource', (node: SourceNode) => vscode.commands.executeCommand('sourcecheck.insertCitation', { file: node.article.file })),
    vscode.commands.registerCommand('sourcecheck.showQuickFixes', async (args: RevealArgs) => {
      await revealRange(args);
      await vscode.commands.executeCommand('editor.action.quickFix');
    }),
  );
  return { sidebar, disposable };
}

async function revealRange(args: RevealArgs): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(args.uri));
  const range = new vscode.Range(document.positionAt(args.start), document.positionAt(args.end));
  return vscode.window.showTextDocument(document, { selection: range, preserveFocus: false });
}

/** One fuzzy list of the active draft's actors and all sources; picking reveals the actor or opens the source. */
async function findActorOrSource(draft: ActiveDraft, sources: WorkspaceSources): Promise<string | undefined> {
  const current = draft.current;
  const actors: PickItem[] = draft.actors().map((a) => ({
    id: `actor:${a.name}`, label: `$(${a.kind === 'person' ? 'person' : 'organization'}) ${a.name}`, description: `${a.mentions} mention(s)`, searchText: a.variants.join(' '),
  }));
  const articles = sources.passageIndex.articles.map((a) => ({ ...sourceItem(a.article), id: `source:${a.article.file}` }));
  const picked = await fuzzyPick([...actors, ...articles], 'Find an actor of this draft or a source');
  if (picked?.startsWith('source:')) await vscode.commands.executeCommand('sourcecheck.openSource', { file: picked.slice('source:'.length) });
  if (picked?.startsWith('actor:') && current) {
    const actor = draft.actors().find((a) => `actor:${a.name}` === picked);
    const first = actor?.at[0];
    if (first) await revealRange({ uri: current.document.uri.toString(), start: first.start, end: first.end });
  }
  return picked;
}

/** The welcome view's button: creates `sources/` and says what belongs in it (no file is added: it would be indexed). */
async function createSourcesFolder(): Promise<vscode.Uri | undefined> {
  const root = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!root) {
    void vscode.window.showInformationMessage('Sourcecheck: open a folder first; sources live in a sources/ folder inside it.');
    return undefined;
  }
  const folder = vscode.Uri.joinPath(root, 'sources');
  await vscode.workspace.fs.createDirectory(folder);
  void vscode.window.showInformationMessage(
    'Sourcecheck: put the articles your draft relies on in sources/: Markdown (front matter: id, title, outlet, author, date, url), ' +
      'plain text (first line = title) or saved web pages. They are indexed as they arrive and never changed.',
  );
  return folder;
}
