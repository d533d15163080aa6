/**
 * The palette commands (category "Sourcecheck") and the commands behind hover links and quick fixes;
 * the citation commands are in citations.ts, the sidebar's in sidebar/.
 */
import * as vscode from 'vscode';
import { formatCitation, passageLocator, type CitationStyle } from '../core';
import { fixAllAction } from './code-actions';
import { passageRange } from './convert';
import type { DraftChecker } from './diagnostics';
import type { FindingsStore } from './findings';
import { revealFinding, type ReportView, type RevealArgs } from './report-view';
import type { SettingsStore } from './settings';
import type { WorkspaceSources } from './workspace-sources';

export interface CommandDeps {
  readonly sources: WorkspaceSources;
  readonly checker: DraftChecker;
  readonly findings: FindingsStore;
  readonly settings: SettingsStore;
  readonly reportView: ReportView;
}

/** Where a source passage is: the article's file (URI string) and body offsets. */
export interface PassageArgs {
  readonly file: string;
  readonly start?: number;
  readonly end?: number;
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
    register('sourcecheck.revealFinding', (args: RevealArgs) => revealFinding(args)),
    register('sourcecheck.openSource', (args: PassageArgs) => openSource(sources, args)),
    register('sourcecheck.copyCitation', async (args: PassageArgs & { style?: CitationStyle }) => {
      const article = sources.article(args.file);
      if (!article) return undefined;
      const text = formatCitation(article.meta, args.style ?? settings.current.citationStyle, args.start === undefined ? undefined : passageLocator(article, args.start));
      await vscode.env.clipboard.writeText(text);
      void vscode.window.setStatusBarMessage(`Citation copied: ${text}`, 3000);
      return text;
    }),
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

/** Opens the active draft's report in a rendered view beside it. */
async function showReport({ checker, findings, reportView }: CommandDeps): Promise<vscode.WebviewPanel | undefined> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document || !checker.isDraft(document)) {
    void vscode.window.showInformationMessage('Sourcecheck: open a draft (Markdown or text) to see its report.');
    return undefined;
  }
  if (!findings.current(document)) checker.check(document);
  const checked = findings.current(document);
  return checked ? reportView.show(document, checked.report) : undefined;
}
