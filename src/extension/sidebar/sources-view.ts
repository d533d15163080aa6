/**
 * Sources: the indexed articles, those the active draft quotes or cites first (with how many quotations),
 * then the rest by date, newest first. A click opens the article; its context menu inserts a citation.
 */
import * as vscode from 'vscode';
import { citedSources, type Article } from '../../core';
import type { WorkspaceSources } from '../workspace-sources';
import type { ActiveDraft } from './active-draft';

export interface SourceNode {
  readonly article: Article;
  /** Quotations of the active draft taken from this article. */
  readonly quoted: number;
  readonly cited: boolean;
}

/** Beyond this many articles the list shows only the draft's sources and the newest others. */
const MAX_LISTED = 500;

export class SourcesView implements vscode.TreeDataProvider<SourceNode> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly draft: ActiveDraft, private readonly sources: WorkspaceSources) {}

  refresh(): void {
    this.changed.fire();
  }

  getChildren(node?: SourceNode): SourceNode[] {
    if (node) return [];
    const articles = this.sources.passageIndex.articles.map((a) => a.article);
    const current = this.draft.current;
    const quoted = new Map<Article, number>();
    let cited = new Set<Article>();
    if (current) {
      for (const q of current.checked.report.quotes) if (q.source) quoted.set(q.source.article, (quoted.get(q.source.article) ?? 0) + 1);
      cited = new Set(citedSources(current.document.getText(), current.checked.report, articles));
    }
    const nodes = articles.map((article) => ({ article, quoted: quoted.get(article) ?? 0, cited: cited.has(article) }));
    const used = (n: SourceNode): boolean => n.quoted > 0 || n.cited;
    nodes.sort((a, b) => Number(used(b)) - Number(used(a)) || b.quoted - a.quoted || (b.article.meta.date ?? '').localeCompare(a.article.meta.date ?? '') || a.article.meta.title.localeCompare(b.article.meta.title));
    return nodes.slice(0, Math.max(MAX_LISTED, nodes.filter(used).length));
  }

  getTreeItem(node: SourceNode): vscode.TreeItem {
    const { meta, file } = node.article;
    const item = new vscode.TreeItem(meta.title, vscode.TreeItemCollapsibleState.None);
    item.id = `source:${file}`;
    const use = node.quoted ? `${node.quoted} quoted` : node.cited ? 'cited' : '';
    item.description = [meta.outlet, meta.date, use].filter(Boolean).join(' · ');
    item.tooltip = [meta.title, meta.author, meta.url].filter(Boolean).join('\n');
    item.iconPath = new vscode.ThemeIcon(node.quoted || node.cited ? 'bookmark' : 'file-text');
    item.contextValue = 'source';
    item.command = { title: 'Open', command: 'sourcecheck.openSource', arguments: [{ file }] };
    return item;
  }
}
