/**
 * The palette commands (category "Sourcecheck") and the commands behind hover links and quick fixes.
 * Commands that edit a draft take the document version they were offered for and refuse a changed text.
 */
import * as vscode from 'vscode';
import { CITATION_STYLES, formatCitation, markdownReport, type CitationStyle } from '../core';
import { fixAllAction } from './code-actions';
import { passageRange } from './convert';
import type { DraftChecker } from './diagnostics';
import type { FindingsStore } from './findings';
import type { SettingsStore } from './settings';
import type { WorkspaceSources } from './workspace-sources';

export interface CommandDeps {
  readonly sources: WorkspaceSources;
  readonly checker: DraftChecker;
  readonly findings: FindingsStore;
  readonly settings: SettingsStore;
}

/** Where a source passage is: the article's file (URI string) and body offsets. */
export interface PassageArgs {
  readonly file: string;
  readonly start?: number;
  readonly end?: number;
}

/** Where to insert a citation: a draft at a version, an offset, and the source to cite. */
export interface InsertCitationArgs {
  readonly uri?: string;
  readonly version?: number;
  readonly offset?: number;
  readonly file?: string;
  readonly style?: CitationStyle;
}

export function registerCommands(deps: CommandDeps): vscode.Disposable {
  const { sources, checker, findings, settings } = deps;
  const register = (id: string, run: (...args: never[]) => unknown): vscode.Disposable => vscode.commands.registerCommand(id, run);
  return vscode.Disposable.from(
    register('sourcecheck.reindex', () => sources.reindex(true)),
    register('sourcecheck.checkDraft', () => {
      const document = vscode.window.activeTextEditor?.document;
      if (document) checker.check(document);
      return document ? findings.current(document)?.report : undefined;
    }),
    register('sourcecheck.showReport', () => showReport(deps)),
    register('sourcecheck.openSource', (args: PassageArgs) => openSource(sources, args)),
    register('sourcecheck.copyCitation', async (args: PassageArgs & { style?: CitationStyle }) => {
      const article = sources.article(args.file);
      if (!article) return undefined;
      const text = formatCitation(article.meta, args.style ?? settings.current.citationStyle);
      await vscode.env.clipboard.writeText(text);
      void vscode.window.setStatusBarMessage(`Citation copied: ${text}`, 3000);
      return text;
    }),
    register('sourcecheck.insertCitation', (args?: InsertCitationArgs) => insertCitation(deps, args ?? {})),
    register('sourcecheck.fixAll', async () => {
      const document = vscode.window.activeTextEditor?.document;
      const checked = document && findings.current(document);
      const action = document && checked && fixAllAction(document, checked.report.quotes);
      return action?.edit ? vscode.workspace.applyEdit(action.edit) : false;
    }),
    register('sourcecheck.statusMenu', async () => {
      const picked = await vscode.window.showQuickPick(
        [{ label: '$(output) Show the report of this draft', id: 'sourcecheck.showReport' }, { label: '$(refresh) Re-index sources', id: 'sourcecheck.reindex' }],
        { placeHolder: 'Sourcecheck' },
      );
      if (picked) await vscode.commands.executeCommand(picked.id);
    }),
  );
}

async function openSource(sources: WorkspaceSources, args: PassageArgs): Promise<vscode.TextEditor | undefined> {
  const article = sources.article(args.file);
  const uri = vscode.Uri.parse(args.file);
  const selection = article && args.start !== undefined ? passageRange({ article, start: args.start, end: args.end ?? args.start }) : undefined;
  return vscode.window.showTextDocument(uri, { preview: true, ...(selection ? { selection } : {}) });
}

/** Opens the active draft's report as a Markdown document. */
async function showReport({ checker, findings }: CommandDeps): Promise<vscode.TextDocument | undefined> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document || !checker.isDraft(document)) {
    void vscode.window.showInformationMessage('Sourcecheck: open a draft (Markdown or text) to see its report.');
    return undefined;
  }
  if (!findings.current(document)) checker.check(document);
  const checked = findings.current(document);
  if (!checked) return undefined;
  const report = await vscode.workspace.openTextDocument({ language: 'markdown', content: markdownReport(vscode.workspace.asRelativePath(document.uri), document.getText(), checked.report) });
  await vscode.window.showTextDocument(report, { viewColumn: vscode.ViewColumn.Beside, preview: true });
  return report;
}

/**
 * Inserts a citation of a source after a quotation (or at the cursor). Without a source in the arguments, the
 * writer picks one; without a style, the setting's. A changed document version makes it refuse.
 */
async function insertCitation({ sources, settings, findings }: CommandDeps, args: InsertCitationArgs): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  const uri = args.uri ? vscode.Uri.parse(args.uri) : editor?.document.uri;
  if (!uri) return false;
  const document = await vscode.workspace.openTextDocument(uri);
  if (args.version !== undefined && args.version !== document.version) {
    void vscode.window.showWarningMessage('Sourcecheck: the draft changed since this citation was offered; hover the quotation again.');
    return false;
  }
  const offset = args.offset ?? (editor?.document === document ? document.offsetAt(editor.selection.active) : document.getText().length);
  const file = args.file ?? findings.findingAt(document, offset)?.source?.article.file ?? (await pickSource(sources));
  const article = file ? sources.article(file) : undefined;
  if (!article) return false;
  const style = args.style && CITATION_STYLES.includes(args.style) ? args.style : settings.current.citationStyle;
  const edit = new vscode.WorkspaceEdit();
  edit.insert(document.uri, document.positionAt(offset), ` ${formatCitation(article.meta, style)}`);
  return vscode.workspace.applyEdit(edit);
}

async function pickSource(sources: WorkspaceSources): Promise<string | undefined> {
  const items = sources.passageIndex.articles.map(({ article }) => ({
    label: article.meta.title,
    description: [article.meta.outlet, article.meta.date].filter(Boolean).join(', '),
    file: article.file,
  }));
  const picked = await vscode.window.showQuickPick(items, { placeHolder: 'Cite which source?', matchOnDescription: true });
  return picked?.file;
}
