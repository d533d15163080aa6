/**
 * Completion after `[@` (Pandoc citation keys of the indexed sources) and `[^` (the draft's footnotes, and the
 * sources: picking one adds a numbered footnote citing it, renumbering as Insert Citation does).
 */
import * as vscode from 'vscode';
import { citationKey, authorList, findDefinitions, longDate, type Article } from '../core';
import type { WorkspaceSources } from './workspace-sources';

function detail(article: Article): string {
  return [article.meta.outlet, longDate(article.meta.date), article.meta.author].filter(Boolean).join(', ');
}

export function registerCompletion(sources: WorkspaceSources, selector: vscode.DocumentSelector): vscode.Disposable {
  return vscode.languages.registerCompletionItemProvider(selector, {
    provideCompletionItems(document, position) {
      if (sources.isSource(document)) return undefined; // its footnotes would be written into a source
      const before = document.lineAt(position.line).text.slice(0, position.character);
      const trigger = /\[([@^])([^\]\s]*)$/.exec(before);
      if (!trigger) return undefined;
      const typedStart = position.translate(0, -trigger[0].length + 2); // after `[@` / `[^`
      // A `]` just after the cursor (the editor auto-closes `[`) is replaced too: accepting gave `[@id]]`. (Fix.)
      const end = position.translate(0, document.lineAt(position.line).text[position.character] === ']' ? 1 : 0);
      const range = new vscode.Range(typedStart, end);
      const articles = sources.passageIndex.articles.map((a) => a.article);
      if (trigger[1] === '@') {
        const ids = new Set(articles.map((a) => a.meta.id));
        // Library entries without a source file here can still be cited (Pandoc resolves them), just not checked.
        const libraryOnly = sources.libraries.flatMap((l) => l.entries).filter((e) => !ids.has(e.key) && (ids.add(e.key), true)).map((entry) => {
          const item = new vscode.CompletionItem({ label: entry.key, description: entry.title ?? '' }, vscode.CompletionItemKind.Reference);
          item.detail = [entry.container, longDate(entry.date), authorList(entry.authors)].filter(Boolean).join(', ') || 'reference library';
          item.filterText = `${entry.key} ${entry.title ?? ''}`;
          item.insertText = `${entry.key}]`;
          item.range = range;
          item.sortText = `1${entry.key}`;
          return item;
        });
        return [...libraryOnly, ...articles.map((article) => {
          const item = new vscode.CompletionItem({ label: article.meta.id, description: article.meta.title }, vscode.CompletionItemKind.Reference);
          item.detail = detail(article);
          item.documentation = article.meta.title;
          item.filterText = `${article.meta.id} ${article.meta.title} ${article.meta.outlet ?? ''}`;
          item.insertText = `${citationKey(article.meta.id)}]`; // the id comes from a source file: a safe key only
          item.range = range;
          item.sortText = `0${article.meta.id}`;
          return item;
        })];
      }
      const markerStart = document.offsetAt(position) - trigger[0].length;
      const footnotes = findDefinitions(document.getText()).map((d) => {
        const item = new vscode.CompletionItem({ label: d.label, description: d.text }, vscode.CompletionItemKind.Reference);
        item.detail = d.text;
        item.insertText = `${d.label}]`;
        item.range = range;
        item.sortText = `0${d.label.padStart(4, '0')}`;
        return item;
      });
      const cite = articles.map((article) => {
        const item = new vscode.CompletionItem({ label: article.meta.title, description: 'new footnote' }, vscode.CompletionItemKind.Reference);
        item.detail = detail(article);
        item.filterText = `${article.meta.title} ${article.meta.outlet ?? ''} ${article.meta.id}`;
        item.insertText = '';
        item.range = new vscode.Range(position.translate(0, -trigger[0].length), end); // the typed `[^…` (and its `]`) goes
        item.sortText = `1${article.meta.title}`;
        item.command = { title: 'Cite', command: 'sourcecheck.insertCitation', arguments: [{ uri: document.uri.toString(), offset: markerStart, file: article.file, style: 'footnote' }] };
        return item;
      });
      return [...footnotes, ...cite];
    },
  }, '@', '^');
}
