/**
 * Fuzzy picking of sources and actors with fuse.js: the quick pick's own filter matches labels only, while a
 * writer remembers an outlet, a date, an author or a phrase of the text. Items fuse.js ranks are shown with
 * `alwaysShow`, in its order.
 */
import Fuse from 'fuse.js';
import * as vscode from 'vscode';
import { CITATION_STYLES, type Article, type CitationStyle } from '../core';
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

/** Items always listed after the ranked ones (not filtered), and what accepting one does to the pick. */
export interface PickFooter {
  readonly items: () => readonly PickItem[];
  /** Called when a footer item is accepted; the pick stays open, with this placeholder. */
  readonly accept: (id: string) => string;
}

/** Shows `items` in a quick pick filtered by fuse.js; resolves with the picked item's id. */
export function fuzzyPick(items: readonly PickItem[], placeholder: string, footer?: PickFooter): Promise<string | undefined> {
  const fuse = new Fuse(items, FUSE_OPTIONS);
  const pick = vscode.window.createQuickPick<PickItem>();
  pick.placeholder = placeholder;
  pick.matchOnDescription = true;
  pick.matchOnDetail = true;
  const footerIds = (): Set<string> => new Set(footer?.items().map((i) => i.id) ?? []);
  const rank = (query: string): PickItem[] => [
    ...(query.trim() ? fuse.search(query, { limit: MAX_SHOWN }).map((r) => ({ ...r.item, alwaysShow: true })) : items.slice(0, MAX_SHOWN)),
    ...(footer?.items().map((i) => ({ ...i, alwaysShow: true })) ?? []),
  ];
  pick.items = rank('');
  return new Promise((resolve) => {
    const disposables = [
      pick.onDidChangeValue((value) => (pick.items = rank(value))),
      pick.onDidAccept(() => {
        const id = pick.selectedItems[0]?.id;
        if (id !== undefined && footer && footerIds().has(id)) {
          pick.placeholder = footer.accept(id);
          pick.items = rank(pick.value);
          if (pick.items[0]) pick.activeItems = [pick.items[0]];
          return;
        }
        resolve(id);
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

/**
 * Picks a source and the citation style for this insertion; `preferred` (the source of the quotation at the
 * cursor) is offered first, and the styles are listed after the sources (accepting one switches to it).
 */
export async function pickSource(sources: WorkspaceSources, preferred: string | undefined, style: CitationStyle): Promise<{ file: string; style: CitationStyle } | undefined> {
  const articles = sources.passageIndex.articles.map((a) => a.article);
  const first = preferred ? articles.filter((a) => a.file === preferred) : [];
  const items = [...first.map((a) => sourceItem(a, 'the source of the quotation at the cursor')), ...articles.filter((a) => a.file !== preferred).map((a) => sourceItem(a))];
  let chosen = style;
  const placeholder = (): string => `Cite which source, in ${chosen} style? (title, outlet, author, date or words of the text)`;
  const styles: PickFooter = {
    items: () => [
      { id: '', label: 'Citation style for this insertion', kind: vscode.QuickPickItemKind.Separator },
      ...CITATION_STYLES.map((s) => ({ id: `style:${s}`, label: `${s === chosen ? '$(check)' : '$(blank)'} Style: ${s}` })),
    ],
    accept: (id) => {
      chosen = id.slice('style:'.length) as CitationStyle;
      return placeholder();
    },
  };
  const file = await fuzzyPick(items, placeholder(), styles);
  return file ? { file, style: chosen } : undefined;
}
