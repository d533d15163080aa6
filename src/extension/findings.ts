/**
 * The latest check of each open draft, with the document version it was made for: hovers, code actions and
 * commands read findings from here and refuse those made for an older version of the text.
 */
import * as vscode from 'vscode';
import type { DraftReport, QuoteFinding } from '../core';

export interface CheckedDocument {
  readonly version: number;
  readonly report: DraftReport;
  /** Set when the draft was larger than `sourcecheck.maxDraftSizeMB` and only its start was checked. */
  readonly truncatedAt?: number;
}

export class FindingsStore implements vscode.Disposable {
  private readonly byDocument = new Map<string, CheckedDocument>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  set(uri: vscode.Uri, checked: CheckedDocument): void {
    this.byDocument.set(uri.toString(), checked);
    this.changed.fire(uri);
  }

  delete(uri: vscode.Uri): void {
    if (this.byDocument.delete(uri.toString())) this.changed.fire(uri);
  }

  /** The findings for `document` as it is now, or undefined if they are missing or stale. */
  current(document: vscode.TextDocument): CheckedDocument | undefined {
    const checked = this.byDocument.get(document.uri.toString());
    return checked && checked.version === document.version ? checked : undefined;
  }

  /** The current finding whose quotation (marks included) contains `offset`. */
  findingAt(document: vscode.TextDocument, offset: number): QuoteFinding | undefined {
    return this.current(document)?.report.quotes.find((q) => q.open <= offset && offset <= q.close);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
