/**
 * Checks drafts and publishes one diagnostic per quotation whose verdict is not fine.
 *
 * A draft is checked at once when opened, then per `sourcecheck.checkOn`: debounced per document while
 * typing (each keystroke restarts only that document's timer), on save, or on command. Results are stored
 * with the document version they were made for. Diagnostics go away when the draft closes, and every open
 * draft is re-checked when the sources or the settings change.
 */
import * as vscode from 'vscode';
import { checkDraft, pageLocatorProblems } from '../core';
import { DIAGNOSTIC_SOURCE, rangeOf, toDiagnostic } from './convert';
import type { FindingsStore } from './findings';
import type { Log } from './log';
import type { SettingsStore } from './settings';
import type { WorkspaceSources } from './workspace-sources';

/** Unbalanced quotation marks shown per draft at most (a broken draft should not flood the Problems panel). */
const MAX_UNBALANCED_SHOWN = 20;

export class DraftChecker implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('sourcecheck');
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly warnedTooLarge = new Set<string>();
  /** Documents Sourcecheck opened itself (the Markdown report): never drafts, or their quotations get checked too. */
  private readonly ownDocuments = new Set<string>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly sources: WorkspaceSources,
    private readonly settings: SettingsStore,
    private readonly findings: FindingsStore,
    private readonly log: Log,
  ) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.check(d)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0 && this.settings.current.checkOn === 'edit') this.schedule(e.document);
      }),
      vscode.workspace.onDidSaveTextDocument((d) => {
        if (this.settings.current.checkOn === 'save') this.check(d);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.forget(d.uri);
        this.ownDocuments.delete(d.uri.toString()); // an untitled URI is reused for the next new file
      }),
      sources.onDidChange(() => this.checkAll()),
      settings.onDidChange(() => this.checkAll()),
    );
  }

  /** Whether `document` is a draft: a Markdown or text file that is not one of the sources. */
  isDraft(document: vscode.TextDocument): boolean {
    return this.settings.current.draftLanguages.includes(document.languageId) && !this.sources.isSource(document) &&
      document.uri.scheme !== 'output' && !this.ownDocuments.has(document.uri.toString());
  }

  /**
   * Marks `document` as made by Sourcecheck (the report): not a draft. It was already checked when it opened
   * (the report quotes source titles, which came out "unsourced"), so its findings and diagnostics go.
   */
  markOwnDocument(document: vscode.TextDocument): void {
    this.ownDocuments.add(document.uri.toString());
    this.forget(document.uri);
  }

  checkAll(): void {
    for (const document of vscode.workspace.textDocuments) this.check(document);
  }

  /** Checks `document` now (if it is a draft), replacing its diagnostics. */
  check(document: vscode.TextDocument): void {
    this.cancel(document.uri);
    if (!this.isDraft(document)) {
      this.forget(document.uri);
      return;
    }
    const settings = this.settings.current;
    const full = document.getText();
    const truncatedAt = full.length > settings.maxDraftBytes ? settings.maxDraftBytes : undefined;
    if (truncatedAt !== undefined) this.warnTooLarge(document, truncatedAt);
    const report = checkDraft(truncatedAt === undefined ? full : full.slice(0, truncatedAt), this.sources.passageIndex);
    const diagnostics = report.quotes.flatMap((q) => toDiagnostic(document, q, settings) ?? []);
    for (const offset of report.unbalanced.slice(0, MAX_UNBALANCED_SHOWN)) {
      const mark = new vscode.Diagnostic(rangeOf(document, offset, offset + 1), 'Unbalanced quotation mark: it opens or closes nothing in this paragraph.', vscode.DiagnosticSeverity.Information);
      mark.source = DIAGNOSTIC_SOURCE;
      mark.code = 'unbalanced';
      diagnostics.push(mark);
    }
    for (const problem of pageLocatorProblems(truncatedAt === undefined ? full : full.slice(0, truncatedAt), report.quotes)) {
      const wrongPage = new vscode.Diagnostic(rangeOf(document, problem.start, problem.end), problem.message, vscode.DiagnosticSeverity.Warning);
      wrongPage.source = DIAGNOSTIC_SOURCE;
      wrongPage.code = 'wrong-page';
      diagnostics.push(wrongPage);
    }
    this.collection.set(document.uri, diagnostics);
    this.findings.set(document.uri, { version: document.version, report, ...(truncatedAt !== undefined ? { truncatedAt } : {}) });
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    for (const d of this.disposables) d.dispose();
    this.collection.dispose();
  }

  private schedule(document: vscode.TextDocument): void {
    this.cancel(document.uri);
    const key = document.uri.toString();
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      if (!document.isClosed) this.check(document);
    }, this.settings.current.debounceMs));
  }

  private cancel(uri: vscode.Uri): void {
    const key = uri.toString();
    const timer = this.timers.get(key);
    if (timer) clearTimeout(timer);
    this.timers.delete(key);
  }

  private forget(uri: vscode.Uri): void {
    this.cancel(uri);
    this.collection.delete(uri);
    this.findings.delete(uri);
  }

  /** Says once per draft that only its start is checked, instead of freezing on a huge file. */
  private warnTooLarge(document: vscode.TextDocument, checkedChars: number): void {
    const key = document.uri.toString();
    if (this.warnedTooLarge.has(key)) return;
    this.warnedTooLarge.add(key);
    const message = `Sourcecheck: ${vscode.workspace.asRelativePath(document.uri)} is large; only its first ${Math.round(checkedChars / 1024)} KB are checked (setting sourcecheck.maxDraftSizeMB).`;
    this.log.warn(message);
    void vscode.window.showInformationMessage(message);
  }
}
