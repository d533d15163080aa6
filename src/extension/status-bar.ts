/**
 * The status bar item shows Sourcecheck's own state: the sources indexed (or the indexing progress), and
 * whether the active draft is being checked. The findings themselves are counted by VS Code's own problems
 * item next to it, so they are not repeated here (the tooltip has the breakdown by verdict).
 * Clicking it offers the report and re-indexing.
 */
import * as vscode from 'vscode';
import { VERDICTS } from '../core';
import type { FindingsStore } from './findings';
import type { WorkspaceSources } from './workspace-sources';

/** The item (what tests read) and what disposes of it with its listeners. */
export interface StatusBar extends vscode.Disposable {
  readonly item: vscode.StatusBarItem;
}

export function registerStatusBar(sources: WorkspaceSources, findings: FindingsStore, isDraft: (document: vscode.TextDocument) => boolean): StatusBar {
  const item = vscode.window.createStatusBarItem('sourcecheck.status', vscode.StatusBarAlignment.Left, 10);
  item.name = 'Sourcecheck';
  item.command = 'sourcecheck.statusMenu';
  const render = (): void => {
    const progress = sources.progress;
    const articles = sources.passageIndex.articles.length;
    const skipped = sources.problems.length;
    const indexed = `${articles} source${articles === 1 ? '' : 's'} indexed${skipped ? `, ${skipped} skipped` : ''}`;
    const document = vscode.window.activeTextEditor?.document;
    const draft = document && isDraft(document) ? document : undefined;
    const checked = draft && findings.current(draft);
    if (progress.indexing) {
      item.text = `$(sync~spin) Sourcecheck: indexing ${progress.done}/${progress.total}`;
      item.tooltip = `Sourcecheck is indexing the source articles (${progress.done} of ${progress.total} read).`;
    } else if (draft && !checked) {
      item.text = `$(sync~spin) Sourcecheck: checking`;
      item.tooltip = `Sourcecheck: ${indexed}; checking this draft.`;
    } else {
      item.text = `$(quote) Sourcecheck: ${articles} source${articles === 1 ? '' : 's'}`;
      const breakdown = checked ? VERDICTS.map((v) => [v, checked.report.quotes.filter((q) => q.verdict === v).length] as const).filter(([, n]) => n > 0).map(([v, n]) => `${n} ${v}`).join(', ') : '';
      item.tooltip = `Sourcecheck: ${indexed}.` +
        (checked ? `\nThis draft: ${checked.report.quotes.length} quotation(s)${breakdown ? ` (${breakdown})` : ''}.` : '') +
        '\nClick for the report or to re-index.';
    }
    item.show();
  };
  render();
  const disposable = vscode.Disposable.from(
    item,
    sources.onDidChange(render),
    sources.onDidProgress(render),
    findings.onDidChange(render),
    vscode.window.onDidChangeActiveTextEditor(render),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === vscode.window.activeTextEditor?.document) render();
    }),
  );
  return { item, dispose: () => disposable.dispose() };
}
