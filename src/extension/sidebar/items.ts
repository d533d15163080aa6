/** Tree items shared by the views: verdict icons, and items that reveal a range of a draft or a source. */
import * as vscode from 'vscode';
import type { Article, QuoteFinding, Verdict } from '../../core';

const VERDICT_ICONS: Record<Verdict, [string, string | undefined]> = {
  exact: ['pass', 'testing.iconPassed'],
  edited: ['edit', undefined],
  misquoted: ['warning', 'problemsWarningIcon.foreground'],
  misattributed: ['person', 'problemsWarningIcon.foreground'],
  unsourced: ['question', 'problemsWarningIcon.foreground'],
  unchecked: ['circle-outline', undefined],
};

export function verdictIcon(verdict: Verdict): vscode.ThemeIcon {
  const [id, color] = VERDICT_ICONS[verdict];
  return new vscode.ThemeIcon(id, color ? new vscode.ThemeColor(color) : undefined);
}

export function shorten(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Arguments of `sourcecheck.revealRange`: a document and offsets in it. */
export interface RevealArgs {
  readonly uri: string;
  readonly start: number;
  readonly end: number;
}

export function quotationItem(document: vscode.TextDocument, q: QuoteFinding, id: string): vscode.TreeItem {
  const item = new vscode.TreeItem(`“${shorten(q.text)}”`, vscode.TreeItemCollapsibleState.None);
  item.id = id;
  item.description = `${q.verdict}${q.speaker ? ` · ${q.speaker.name}` : ''}`;
  item.tooltip = q.message;
  item.iconPath = verdictIcon(q.verdict);
  item.contextValue = `quotation.${q.verdict}`;
  const args: RevealArgs = { uri: document.uri.toString(), start: q.start, end: q.end };
  item.command = { title: 'Reveal', command: 'sourcecheck.revealRange', arguments: [args] };
  return item;
}

export function sourcePassageItem(article: Article, start: number, end: number, label: string, id: string): vscode.TreeItem {
  const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
  item.id = id;
  item.description = article.meta.title;
  item.tooltip = `${article.meta.title}${article.meta.date ? ` (${article.meta.date})` : ''}`;
  item.iconPath = new vscode.ThemeIcon('quote');
  item.command = { title: 'Open source', command: 'sourcecheck.openSource', arguments: [{ file: article.file, start, end }] };
  return item;
}
