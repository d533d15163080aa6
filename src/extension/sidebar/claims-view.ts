/**
 * Claims: every quotation and attributed claim of the active draft, grouped by verdict with the problems
 * first. Each entry reveals its range; the quick fixes are a right-click away.
 */
import * as vscode from 'vscode';
import { findClaims, isProblem, PROBLEMS_FIRST, verdictLabel, type Claim, type Verdict } from '../../core';
import type { ActiveDraft } from './active-draft';
import { quotationItem, shorten, verdictIcon, type RevealArgs } from './items';

export type ClaimNode =
  | { readonly kind: 'verdict'; readonly verdict: Verdict }
  | { readonly kind: 'claims' }
  | { readonly kind: 'quotation'; readonly index: number }
  | { readonly kind: 'claim'; readonly claim: Claim };

export class ClaimsView implements vscode.TreeDataProvider<ClaimNode> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly draft: ActiveDraft) {}

  refresh(): void {
    this.changed.fire();
  }

  getChildren(node?: ClaimNode): ClaimNode[] {
    const current = this.draft.current;
    if (!current) return [];
    const quotes = current.checked.report.quotes;
    if (!node) {
      const groups: ClaimNode[] = PROBLEMS_FIRST.filter((v) => quotes.some((q) => q.verdict === v)).map((verdict) => ({ kind: 'verdict', verdict }));
      return this.claims().length ? [...groups, { kind: 'claims' }] : groups;
    }
    if (node.kind === 'verdict') return quotes.flatMap((q, index) => (q.verdict === node.verdict ? [{ kind: 'quotation' as const, index }] : []));
    if (node.kind === 'claims') return this.claims().map((claim) => ({ kind: 'claim', claim }));
    return [];
  }

  getTreeItem(node: ClaimNode): vscode.TreeItem {
    const current = this.draft.current;
    if (node.kind === 'verdict') {
      const count = current?.checked.report.quotes.filter((q) => q.verdict === node.verdict).length ?? 0;
      const item = new vscode.TreeItem(verdictLabel(node.verdict), isProblem(node.verdict) ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `verdict:${node.verdict}`;
      item.description = String(count);
      item.iconPath = verdictIcon(node.verdict);
      return item;
    }
    if (node.kind === 'claims') {
      const item = new vscode.TreeItem('Attributed claims (not quoted)', vscode.TreeItemCollapsibleState.Collapsed);
      item.id = 'claims';
      item.description = String(this.claims().length);
      item.iconPath = new vscode.ThemeIcon('comment');
      return item;
    }
    if (!current) return new vscode.TreeItem('');
    if (node.kind === 'quotation') {
      const q = current.checked.report.quotes[node.index]!;
      return quotationItem(current.document, q, `quotation:${q.start}`);
    }
    const item = new vscode.TreeItem(shorten(node.claim.text), vscode.TreeItemCollapsibleState.None);
    item.id = `claim:${node.claim.start}`;
    item.description = node.claim.speaker.name;
    item.iconPath = new vscode.ThemeIcon('comment');
    const args: RevealArgs = { uri: current.document.uri.toString(), start: node.claim.start, end: node.claim.end };
    item.command = { title: 'Reveal', command: 'sourcecheck.revealRange', arguments: [args] };
    return item;
  }

  private claims(): Claim[] {
    const current = this.draft.current;
    return current ? findClaims(current.checked.report.prose, current.checked.report.quotes) : [];
  }
}
