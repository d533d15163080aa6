/**
 * The status bar item: sources indexed (or indexing progress), and the findings of the active draft.
 * Clicking it offers the report and re-indexing.
 */
import * as vscode from 'vscode';
import { isProblem } from '../core';
import type { FindingsStore } from './findings';
import type { WorkspaceSources } from './workspace-sources';

export function registerStatusBar(sources: WorkspaceSources, findings: FindingsStore): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('sourcecheck.status', vscode.StatusBarAlignment.Left, 10);
  item.name = 'Sourcecheck';
  item.command = 'sourcecheck.statusMenu';
  const render = (): void => {
    const progress = sources.progress;
    if (progress.indexing) {
      item.text = `$(sync~spin) Sourcecheck: indexing ${progress.done}/${progress.total}`;
      item.tooltip = 'Indexing the source articles';
    } else {
      const articles = sources.passageIndex.articles.length;
      const document = vscode.window.activeTextEditor?.document;
      const checked = document && findings.current(document);
      const problems = checked?.report.quotes.filter((q) => isProblem(q.verdict)).length;
      item.text = `$(quote) ${articles} source${articles === 1 ? '' : 's'}${checked ? ` $(warning) ${problems}` : ''}`;
      item.tooltip = `Sourcecheck: ${articles} source article(s) indexed, ${sources.problems.length} skipped` +
        (checked ? `\n${checked.report.quotes.length} quotation(s) in this draft, ${problems} to look at` : '') +
        '\nClick for the report or to re-index.';
    }
    item.show();
  };
  render();
  return vscode.Disposable.from(
    item,
    sources.onDidChange(render),
    sources.onDidProgress(render),
    findings.onDidChange(render),
    vscode.window.onDidChangeActiveTextEditor(render),
  );
}
