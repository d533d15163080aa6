/**
 * The draft the sidebar shows: the active editor's document when it is a draft, else the last draft that was
 * active (focusing the sidebar itself must not empty it). Fires when that draft or its findings change.
 */
import * as vscode from 'vscode';
import { draftActors, type Actor } from '../../core';
import type { CheckedDocument, FindingsStore } from '../findings';
import type { DraftChecker } from '../diagnostics';

export class ActiveDraft implements vscode.Disposable {
  private document: vscode.TextDocument | undefined;
  private readonly actorsOf = new WeakMap<CheckedDocument, Actor[]>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[];
  readonly onDidChange = this.changed.event;

  constructor(private readonly checker: DraftChecker, private readonly findings: FindingsStore) {
    this.follow(vscode.window.activeTextEditor);
    this.disposables = [
      vscode.window.onDidChangeActiveTextEditor((editor) => this.follow(editor)),
      findings.onDidChange((uri) => {
        if (uri.toString() === this.document?.uri.toString()) this.changed.fire();
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (d === this.document) {
          this.document = undefined;
          this.changed.fire();
        }
      }),
    ];
  }

  /** The actors of the current check, worked out once per check (only when a view asks). */
  actors(): Actor[] {
    const checked = this.current?.checked;
    if (!checked) return [];
    let actors = this.actorsOf.get(checked);
    if (!actors) this.actorsOf.set(checked, (actors = draftActors(checked.report)));
    return actors;
  }

  get current(): { document: vscode.TextDocument; checked: CheckedDocument } | undefined {
    const checked = this.document && this.findings.current(this.document);
    return this.document && checked ? { document: this.document, checked } : undefined;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.changed.dispose();
  }

  private follow(editor: vscode.TextEditor | undefined): void {
    if (!editor || !this.checker.isDraft(editor.document) || editor.document === this.document) return;
    this.document = editor.document;
    this.changed.fire();
  }
}
