/**
 * The report of a draft as a rendered view (a webview beside the draft): a summary, then one row per quotation
 * with its verdict, quoted words, source (outlet and date), the speaker the source names, and the difference
 * (the source's words struck, the draft's underlined). A row leads to the quotation's words in the draft. The
 * view follows the draft's checks while it is open. Everything shown is escaped; the page runs one script of
 * ours (nonce) and nothing else.
 */
import * as vscode from 'vscode';
import { findingFocus, LineIndex, messageParts, passageDiff, sourceLabel, VERDICTS, type DraftReport, type QuoteFinding } from '../core';
import type { FindingsStore } from './findings';

/** Where a row leads: the draft and the words to select. */
export interface RevealArgs {
  readonly uri: string;
  readonly start: number;
  readonly end: number;
}

const PROBLEMS = new Set(['misquoted', 'misattributed', 'unsourced']);

export class ReportView implements vscode.Disposable {
  private readonly panels = new Map<string, vscode.WebviewPanel>();

  constructor(private readonly findings: FindingsStore) {}

  /** Opens (or brings back) the report of `document` beside it. */
  show(document: vscode.TextDocument, report: DraftReport): vscode.WebviewPanel {
    const key = document.uri.toString();
    let panel = this.panels.get(key);
    if (!panel) {
      panel = vscode.window.createWebviewPanel('sourcecheck.report', `Sourcecheck: ${basename(document.uri)}`,
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: true, localResourceRoots: [] });
      const opened = panel;
      const updates = this.findings.onDidChange((uri) => {
        const checked = uri.toString() === key ? this.findings.current(document) : undefined;
        if (checked) opened.webview.html = reportHtml(opened.webview, document, checked.report);
      });
      // Only a row of this draft's report leads anywhere: the message names this draft and two offsets.
      const messages = opened.webview.onDidReceiveMessage((message: Partial<RevealArgs> | undefined) => {
        if (message?.uri === key && Number.isInteger(message.start) && Number.isInteger(message.end)) void revealFinding(message as RevealArgs);
      });
      opened.onDidDispose(() => {
        updates.dispose();
        messages.dispose();
        this.panels.delete(key);
      });
      this.panels.set(key, opened);
    }
    panel.webview.html = reportHtml(panel.webview, document, report);
    panel.reveal(vscode.ViewColumn.Beside, true);
    return panel;
  }

  dispose(): void {
    for (const panel of [...this.panels.values()]) panel.dispose();
  }
}

/** Shows the draft with the words at `start`..`end` selected (what a report row does). */
export async function revealFinding(args: RevealArgs): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(args.uri));
  const selection = new vscode.Selection(document.positionAt(args.start), document.positionAt(args.end));
  const visible = vscode.window.visibleTextEditors.find((e) => e.document === document);
  const editor = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One, selection });
  editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function nonce(): string {
  let n = '';
  for (let k = 0; k < 24; k++) n += 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(Math.random() * 62)];
  return n;
}

export function reportHtml(webview: vscode.Webview, document: vscode.TextDocument, report: DraftReport): string {
  const lines = new LineIndex(document.getText());
  const name = vscode.workspace.asRelativePath(document.uri);
  const counts = VERDICTS.map((v) => [v, report.quotes.filter((q) => q.verdict === v).length] as const).filter(([, n]) => n > 0);
  const quotes = [...report.quotes].sort((a, b) => Number(PROBLEMS.has(b.verdict)) - Number(PROBLEMS.has(a.verdict)) || a.start - b.start);
  const rows = quotes.map((q) => row(document, lines, q)).join('\n');
  const script = nonce();
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${webview.cspSource} 'unsafe-inline'; script-src 'nonce-${script}';">
<title>Sourcecheck: ${escapeHtml(name)}</title>
<style>
  body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); padding: 0 16px; }
  h1 { font-size: 1.3em; font-weight: 600; margin: 14px 0 4px; }
  .summary { color: var(--vscode-descriptionForeground); margin-bottom: 12px; }
  table { border-collapse: collapse; width: 100%; }
  th { text-align: left; font-weight: 600; border-bottom: 1px solid var(--vscode-panel-border); padding: 4px 8px; }
  td { vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--vscode-panel-border); }
  tr.finding { cursor: pointer; }
  tr.finding:hover, tr.finding:focus { background: var(--vscode-list-hoverBackground); outline: none; }
  .where { white-space: nowrap; color: var(--vscode-textLink-foreground); }
  .verdict { white-space: nowrap; font-weight: 600; }
  .misquoted, .misattributed { color: var(--vscode-editorWarning-foreground); }
  .unsourced { color: var(--vscode-editorInfo-foreground); }
  .exact, .edited { color: var(--vscode-testing-iconPassed, var(--vscode-foreground)); }
  .unchecked { color: var(--vscode-descriptionForeground); }
  del { color: var(--vscode-gitDecoration-deletedResourceForeground, #c74e39); }
  ins { color: var(--vscode-gitDecoration-addedResourceForeground, #81b88b); text-decoration: underline; font-weight: 600; }
  .detail { color: var(--vscode-descriptionForeground); }
  .legend { color: var(--vscode-descriptionForeground); margin-top: 10px; }
</style></head>
<body>
<h1>Sourcecheck report: ${escapeHtml(name)}</h1>
<div class="summary">${report.quotes.length} quotation(s): ${counts.map(([v, n]) => `${n} ${v}`).join(', ') || 'none'}${report.unbalanced.length ? `; ${report.unbalanced.length} unbalanced quotation mark(s)` : ''}. Problems first; click a row to go to it in the draft.</div>
<table>
<thead><tr><th>Line</th><th>Verdict</th><th>Quotation</th><th>Source</th><th>Speaker</th><th>Difference</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<div class="legend"><del>struck</del>: the source's words the draft changed or left out · <ins>underlined</ins>: the draft's words in their place</div>
<script nonce="${script}">
  const vscode = acquireVsCodeApi();
  for (const row of document.querySelectorAll('tr.finding')) {
    const go = () => vscode.postMessage({ uri: row.dataset.uri, start: Number(row.dataset.start), end: Number(row.dataset.end) });
    row.addEventListener('click', go);
    row.addEventListener('keydown', (event) => { if (event.key === 'Enter' || event.key === ' ') go(); });
  }
</script>
</body></html>`;
}

function row(document: vscode.TextDocument, lines: LineIndex, q: QuoteFinding): string {
  const focus = findingFocus(q);
  const { line, column } = lines.position(focus.start);
  const { quoted, detail } = messageParts(q);
  const meta = q.source?.article.meta;
  const difference = q.verdict === 'misquoted'
    ? passageDiff(q).map((p) => (p.kind === 'same' ? escapeHtml(p.text) : `${p.source ? `<del>${escapeHtml(p.source)}</del>` : ''}${p.source && p.draft ? ' ' : ''}${p.draft ? `<ins>${escapeHtml(p.draft)}</ins>` : ''}`)).join('')
    : `<span class="detail">${escapeHtml(detail)}</span>`;
  return `<tr class="finding" tabindex="0" data-uri="${escapeHtml(document.uri.toString())}" data-start="${focus.start}" data-end="${focus.end}" title="Go to line ${line} of the draft">` +
    `<td class="where">${line}:${column}</td><td class="verdict ${q.verdict}">${q.verdict}</td><td>${escapeHtml(quoted)}</td>` +
    `<td>${meta ? escapeHtml(sourceLabel(meta)) : ''}</td><td>${escapeHtml(q.source?.speaker ?? '')}</td><td>${difference}</td></tr>`;
}
