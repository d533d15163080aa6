/**
 * Fuzzy picking of sources and actors with fuse.js: the quick pick's own filter matches labels only, while a
 * writer remembers an outlet, a date, an author or a phrase of the text. Items fuse.js ranks are shown with
 * `alwaysShow`, in its order.
 */
import Fuse from 'fuse.js';
import * as vscode from 'vscode';
import type { Article } from '../core';
import type { WorkspaceSources } from './workspace-sources';

export interface PickItem extends vscode.QuickPickItem {
  readonly id: string;
  /** Extra text fuse.js searches that is not shown (an article's opening). */
  readonly searchText?: string;
}

const FUSE_OPTIONS = {
  keys: [{ name: 'label', weight: 3 }, { name: 'description', weight: 2 }, { name: 'detail', weight: 1 }, { name: 'searchText', weight: 1 }],
  threshold: 0.4,
  ignoreLocation: true,
};
const MAX_SHOWN = 100;

/** Shows `items` in a quick pick filtered by fuse.js; resolves with the picked item's id. */
export function fuzzyPick(items: readonly PickItem[], placeholder: string): Promise<string | undefined> {
  const fuse = new Fuse(items, FUSE_OPTIONS);
  const pick = vscode.window.createQuickPick<PickItem>();
  pick.placeholder = placeholder;
  pick.matchOnDescription = true;
  pick.matchOnDetail = true;
  pick.items = items.slice(0, MAX_SHOWN);
  const rank = (query: string): PickItem[] => (query.trim() ? fuse.search(query, { limit: MAX_SHOWN }).map((r) => ({ ...r.item, alwaysShow: true })) : items.slice(0, MAX_SHOWN));
  return new Promise((resolve) => {
    const disposables = [
      pick.onDidChangeValue((value) => (pick.items = rank(value))),
      pick.onDidAccept(() => {
        resolve(pick.selectedItems[0]?.id);
        pick.hide();
      }),
      pick.onDidHide(() => {
        resolve(undefined);
        for (const d of disposables) d.dispose();
        pick.dispose();
      }),
    ];
    pick.show();
  });
}

export function sourceItem(article: Article, note?: string): PickItem {
  const { title, outlet, author, date } = article.meta;
  return {
    id: article.file,
    label: title,
    description: [outlet, author, date].filter(Boolean).join(' · '),
    ...(note ? { detail: note } : {}),
    searchText: article.body.slice(0, 300),
  };
}

/** Picks a source; `preferred` (the source of the quotation at the cursor) is offered first. */
export function pickSource(sources: WorkspaceSources, preferred?: string): Promise<string | undefined> {
  const articles = sources.passageIndex.articles.map((a) => a.article);
  const first = preferred ? articles.filter((a) => a.file === preferred) : [];
  const items = [...first.map((a) => sourceItem(a, 'the source of the quotation at the cursor')), ...articles.filter((a) => a.file !== preferred).map((a) => sourceItem(a))];
  return fuzzyPick(items, 'Cite which source? (title, outlet, author, date or words of the text)');
}
