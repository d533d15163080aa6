/**
 * Actors: the people and organisations of the active draft, most mentioned first. Under each, their
 * quotations in the draft and what the indexed sources quote them saying ("what else did this person say").
 */
import * as vscode from 'vscode';
import { buildSpeakerIndex, builtSpeakerIndex, type Actor, type Article, type PassageIndex, type SourceQuote } from '../../core';
import type { WorkspaceSources } from '../workspace-sources';
import type { ActiveDraft } from './active-draft';
import { quotationItem, shorten, sourcePassageItem } from './items';

export type ActorNode =
  | { readonly kind: 'actor'; readonly actor: Actor }
  | { readonly kind: 'group'; readonly actor: Actor; readonly where: 'draft' | 'sources' }
  | { readonly kind: 'draftQuote'; readonly actor: Actor; readonly index: number }
  | { readonly kind: 'sourceQuote'; readonly actor: Actor; readonly quote: SourceQuote }
  /** Shown under "In the sources" while the sources' speakers are still being read. */
  | { readonly kind: 'reading'; readonly actor: Actor };

export class ActorsView implements vscode.TreeDataProvider<ActorNode> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly draft: ActiveDraft, private readonly sources: WorkspaceSources) {}

  refresh(): void {
    this.changed.fire();
  }

  getChildren(node?: ActorNode): ActorNode[] {
    const current = this.draft.current;
    if (!current) return [];
    if (!node) return this.draft.actors().map((actor) => ({ kind: 'actor', actor }));
    if (node.kind === 'actor') {
      return [{ kind: 'group', actor: node.actor, where: 'draft' }, { kind: 'group', actor: node.actor, where: 'sources' }];
    }
    if (node.kind === 'group' && node.where === 'draft') return node.actor.quotes.map((index) => ({ kind: 'draftQuote', actor: node.actor, index }));
    if (node.kind === 'group') {
      const quotes = this.sourceQuotes(node.actor);
      return quotes ? quotes.map((quote) => ({ kind: 'sourceQuote', actor: node.actor, quote })) : [{ kind: 'reading', actor: node.actor }];
    }
    return [];
  }

  getTreeItem(node: ActorNode): vscode.TreeItem {
    const current = this.draft.current;
    switch (node.kind) {
      case 'actor': {
        const item = new vscode.TreeItem(node.actor.name, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `actor:${node.actor.name}`;
        item.description = `${node.actor.mentions} mention${node.actor.mentions === 1 ? '' : 's'}${node.actor.quotes.length ? `, ${node.actor.quotes.length} quoted` : ''}`;
        item.iconPath = new vscode.ThemeIcon(node.actor.kind === 'person' ? 'person' : 'organization');
        item.tooltip = node.actor.variants.length ? `Also written: ${node.actor.variants.join(', ')}` : node.actor.name;
        item.contextValue = `actor.${node.actor.kind}`;
        return item;
      }
      case 'group': {
        // The sources are searched only when this group is expanded: counting them up front for every actor
        // would read the whole corpus once per person whenever the sidebar refreshes.
        const inDraft = node.where === 'draft';
        const expandable = inDraft ? node.actor.quotes.length > 0 : node.actor.kind === 'person';
        const item = new vscode.TreeItem(inDraft ? 'In this draft' : 'In the sources', expandable ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
        item.id = `actor:${node.actor.name}:${node.where}`;
        if (inDraft) item.description = String(node.actor.quotes.length);
        item.iconPath = new vscode.ThemeIcon(node.where === 'draft' ? 'file' : 'library');
        return item;
      }
      case 'draftQuote': {
        const q = current?.checked.report.quotes[node.index];
        return q && current ? quotationItem(current.document, q, `actor:${node.actor.name}:draft:${q.start}`) : new vscode.TreeItem('');
      }
      case 'reading': {
        const item = new vscode.TreeItem('Reading who says what in the sources…');
        item.id = `actor:${node.actor.name}:reading`;
        item.iconPath = new vscode.ThemeIcon('loading~spin');
        return item;
      }
      case 'sourceQuote':
        return sourcePassageItem(node.quote.article, node.quote.start, node.quote.end, `“${shorten(node.quote.text)}”`, `actor:${node.actor.name}:source:${node.quote.article.file}:${node.quote.start}`);
    }
  }

  /** The articles of the current index, one array per index, so the speaker index is built once per index. */
  private articles: { index: PassageIndex; articles: Article[] } | undefined;
  private building: readonly Article[] | undefined;

  /** What the sources quote a person saying; undefined while the speaker index is being built (between pauses). */
  private sourceQuotes(actor: Actor): SourceQuote[] | undefined {
    if (actor.kind !== 'person') return [];
    const index = this.sources.passageIndex;
    if (this.articles?.index !== index) this.articles = { index, articles: index.articles.map((a) => a.article) };
    const articles = this.articles.articles;
    const speakers = builtSpeakerIndex(articles);
    if (speakers) return speakers.quotesBy(actor.name);
    if (this.building !== articles) {
      this.building = articles;
      void buildSpeakerIndex(articles, () => this.sources.pause(), () => this.articles?.articles !== articles).then((built) => {
        if (this.building === articles) this.building = undefined;
        if (built) this.changed.fire();
      });
    }
    return undefined;
  }
}
