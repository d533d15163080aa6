/**
 * Checks drafts and publishes one diagnostic per quotation whose verdict is not fine.
 *
 * A draft is checked at once when opened, then per `sourcecheck.checkOn`: debounced per document while
 * typing (each keystroke restarts only that document's timer), on save, or on command. Results are stored
 * with the document version they were made for. Diagnostics go away when the draft closes, and every open
 * draft is re-checked when the sources or the settings change.
 *
 * While typing, a check runs in slices (the host's thread is given back between them) under a cancellation
 * token that the next edit of the draft cancels: a check of text that is already stale is abandoned, not
 * finished and published. Each draft keeps a QuotationCache, so only quotations whose text or speaker
 * changed are looked up and aligned again. An edit inside one quotation is first checked provisionally, with
 * the speakers of the draft's last full check (core/provisional-check.ts), and published at once; the full
 * check that follows is published only where it differs.
 */
import * as vscode from 'vscode';
import { checkDraft, checkDraftAsync, isCancelled, matchesGlob, pageLocatorProblems, provisionalCheck, QuotationCache, sameReport, type DraftReport, type LastCheck } from '../core';
import { DIAGNOSTIC_SOURCE, rangeOf, toDiagnostic } from './convert';
import type { FindingsStore } from './findings';
import type { Log } from './log';
import type { SettingsStore } from './settings';
import type { WorkspaceSources } from './workspace-sources';

/** Unbalanced quotation marks shown per draft at most (a broken draft should not flood the Problems panel). */
const MAX_UNBALANCED_SHOWN = 20;

/**
 * Where the time of a check made while typing went, from the edit to the published diagnostics (ms): what the
 * web-workbench bench reports per keystroke, so that no part of the host's share goes unaccounted for.
 */
export interface CheckTiming {
  readonly version: number;
  /** onDidChangeTextDocument of the latest edit until the check started: the debounce, then the host's queue. */
  readonly waitMs: number;
  /** The check's own work (its slices, the pauses between them left out). */
  readonly checkMs: number;
  /** The pauses between slices, in which the host ran other work. */
  readonly pausedMs: number;
  readonly pauses: number;
  /** Diagnostics made and handed to VS Code. */
  readonly diagnosticsMs: number;
  /** The findings stored and their listeners run (status bar, sidebar, report view). */
  readonly findingsMs: number;
  /** Quotations whose earlier finding was reused, and those checked afresh. */
  readonly reused: number;
  readonly checked: number;
  /** Whether the check timed is a provisional one (published at once; the full check after it republishes only if it differs). */
  readonly provisional: boolean;
}

export class DraftChecker implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('sourcecheck');
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly warnedTooLarge = new Set<string>();
  private readonly disposables: vscode.Disposable[] = [];
  /** The check in progress per draft while typing, cancelled by the draft's next edit. */
  private readonly running = new Map<string, vscode.CancellationTokenSource>();
  private readonly caches = new Map<string, QuotationCache>();
  /** Per draft, the text and report of its last full check: what a provisional check moves. */
  private readonly lastFull = new Map<string, LastCheck>();
  /** When each draft was last edited (performance.now()), for CheckTiming. */
  private readonly editedAt = new Map<string, number>();
  /** Checks abandoned because the draft changed (or was checked otherwise) before they finished. */
  abandoned = 0;
  /** Provisional checks published, and full checks after one that differed from it (and were published too). */
  provisional = { published: 0, corrected: 0 };
  /** The timing of the latest check published after an edit. */
  lastTiming: CheckTiming | undefined;

  constructor(
    private readonly sources: WorkspaceSources,
    private readonly settings: SettingsStore,
    private readonly findings: FindingsStore,
    private readonly log: Log,
  ) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.check(d)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length === 0) return;
        this.editedAt.set(e.document.uri.toString(), performance.now());
        this.abandon(e.document.uri);
        if (this.settings.current.checkOn === 'edit') this.schedule(e.document);
      }),
      vscode.workspace.onDidSaveTextDocument((d) => {
        if (this.settings.current.checkOn === 'save') this.check(d);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      sources.onDidChange(() => this.checkAll()),
      settings.onDidChange(() => this.checkAll()),
    );
  }

  /** Whether `document` is a draft: a Markdown or text file that is not one of the sources nor ignored by `.sourcecheck.json`. */
  isDraft(document: vscode.TextDocument): boolean {
    const { draftLanguages, ignore } = this.settings.current;
    return draftLanguages.includes(document.languageId) && !this.sources.isSource(document) &&
      document.uri.scheme !== 'output' &&
      !(ignore.length > 0 && ignore.some((glob) => matchesGlob(vscode.workspace.asRelativePath(document.uri, false), glob)));
  }

  checkAll(): void {
    for (const document of vscode.workspace.textDocuments) this.check(document);
  }

  /** Checks `document` now (if it is a draft), replacing its diagnostics. */
  check(document: vscode.TextDocument): void {
    this.cancel(document.uri);
    const draft = this.draftText(document);
    if (!draft) return;
    const report = checkDraft(draft.text, this.sources.passageIndex, { cache: this.cacheOf(document.uri) });
    this.publish(document, document.version, draft, report);
    this.lastFull.set(document.uri.toString(), { text: draft.text, report });
  }

  /**
   * Checks `document` in slices, giving the thread back between them; the draft's next edit (or a check made
   * now) cancels it, and a cancelled or outdated check publishes nothing. An edit inside one quotation is first
   * checked provisionally and published at once; the full check is then published only where it differs.
   */
  async checkInBackground(document: vscode.TextDocument): Promise<void> {
    this.cancel(document.uri);
    const draft = this.draftText(document);
    if (!draft) return;
    const key = document.uri.toString();
    const run = new vscode.CancellationTokenSource();
    this.running.set(key, run);
    const version = document.version;
    const started = performance.now();
    let pausedMs = 0;
    let pauses = 0;
    const pause = async (): Promise<void> => {
      const from = performance.now();
      await new Promise((resolve) => setTimeout(resolve, 0));
      pausedMs += performance.now() - from;
      pauses++;
    };
    const cache = this.cacheOf(document.uri);
    const publishTimed = (report: DraftReport, checked: number, provisional: boolean): void => {
      const published = this.publish(document, version, draft, report);
      this.lastTiming = {
        version,
        waitMs: started - (this.editedAt.get(key) ?? started),
        checkMs: checked - started - pausedMs,
        pausedMs,
        pauses,
        diagnosticsMs: published.diagnosticsMs,
        findingsMs: published.findingsMs,
        ...cache.lastRun,
        provisional,
      };
    };
    try {
      const last = this.lastFull.get(key);
      const provisional = last && provisionalCheck(draft.text, last, this.sources.passageIndex, { cache });
      if (provisional) {
        publishTimed(provisional, performance.now(), true);
        this.provisional.published++;
        await pause(); // the diagnostics reach the workbench before the full check takes the thread
      }
      const report = await checkDraftAsync(draft.text, this.sources.passageIndex, { token: run.token, cache, pause });
      if (!run.token.isCancellationRequested && !document.isClosed && document.version === version) {
        this.lastFull.set(key, { text: draft.text, report });
        if (!provisional) publishTimed(report, performance.now(), false);
        else if (!sameReport(provisional, report)) {
          this.provisional.corrected++;
          this.publish(document, version, draft, report);
        }
      }
    } catch (error) {
      if (!isCancelled(error)) throw error;
    } finally {
      if (this.running.get(key) === run) this.running.delete(key);
      run.dispose();
    }
  }

  /** Whether a check of `document` is under way in the background. */
  isChecking(document: vscode.TextDocument): boolean {
    return this.running.has(document.uri.toString());
  }

  /** The text to check (cut at `sourcecheck.maxDraftSizeMB`), or undefined when `document` is not a draft. */
  private draftText(document: vscode.TextDocument): { text: string; truncatedAt?: number } | undefined {
    if (!this.isDraft(document)) {
      this.forget(document.uri);
      return undefined;
    }
    const full = document.getText();
    const max = this.settings.current.maxDraftBytes;
    if (full.length <= max) return { text: full };
    this.warnTooLarge(document, max);
    return { text: full.slice(0, max), truncatedAt: max };
  }

  /** Sets the diagnostics, then the findings; says how long each took. */
  private publish(document: vscode.TextDocument, version: number, draft: { text: string; truncatedAt?: number }, report: DraftReport): { diagnosticsMs: number; findingsMs: number } {
    const started = performance.now();
    const settings = this.settings.current;
    const diagnostics = report.quotes.flatMap((q) => toDiagnostic(document, q, settings) ?? []);
    for (const offset of report.unbalanced.slice(0, MAX_UNBALANCED_SHOWN)) {
      const mark = new vscode.Diagnostic(rangeOf(document, offset, offset + 1), 'Unbalanced quotation mark: it opens or closes nothing in this paragraph.', vscode.DiagnosticSeverity.Information);
      mark.source = DIAGNOSTIC_SOURCE;
      mark.code = 'unbalanced';
      diagnostics.push(mark);
    }
    for (const problem of pageLocatorProblems(draft.text, report.quotes)) {
      const wrongPage = new vscode.Diagnostic(rangeOf(document, problem.start, problem.end), problem.message, vscode.DiagnosticSeverity.Warning);
      wrongPage.source = DIAGNOSTIC_SOURCE;
      wrongPage.code = 'wrong-page';
      diagnostics.push(wrongPage);
    }
    this.collection.set(document.uri, diagnostics);
    const set = performance.now();
    this.findings.set(document.uri, { version, report, ...(draft.truncatedAt !== undefined ? { truncatedAt: draft.truncatedAt } : {}) });
    return { diagnosticsMs: set - started, findingsMs: performance.now() - set };
  }

  private cacheOf(uri: vscode.Uri): QuotationCache {
    const key = uri.toString();
    let cache = this.caches.get(key);
    if (!cache) this.caches.set(key, (cache = new QuotationCache()));
    return cache;
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    for (const run of this.running.values()) run.cancel();
    for (const d of this.disposables) d.dispose();
    this.collection.dispose();
  }

  private schedule(document: vscode.TextDocument): void {
    this.cancel(document.uri);
    const key = document.uri.toString();
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      if (!document.isClosed) void this.checkInBackground(document);
    }, this.settings.current.debounceMs));
  }

  /** Stops what is pending for `uri`: its debounce timer and a check in progress. */
  private cancel(uri: vscode.Uri): void {
    const key = uri.toString();
    const timer = this.timers.get(key);
    if (timer) clearTimeout(timer);
    this.timers.delete(key);
    this.abandon(uri);
  }

  /** Cancels the check in progress for `uri`, if any: its text is no longer the draft's. */
  private abandon(uri: vscode.Uri): void {
    const key = uri.toString();
    const run = this.running.get(key);
    if (!run) return;
    run.cancel();
    this.running.delete(key);
    this.abandoned++;
  }

  private forget(uri: vscode.Uri): void {
    this.cancel(uri);
    this.caches.delete(uri.toString());
    this.lastFull.delete(uri.toString());
    this.editedAt.delete(uri.toString());
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
