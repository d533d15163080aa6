/**
 * The `sourcecheck.*` settings as one typed snapshot. Features read `settings.current`; the snapshot is
 * replaced (and listeners told) only when the `sourcecheck` section itself changes.
 */
import * as vscode from 'vscode';
import { DEFAULT_SEVERITIES, DEFAULT_SOURCE_GLOBS, type CitationStyle, type Severity, type Verdict } from '../core';

export type CheckOn = 'edit' | 'save' | 'manual';

export interface Settings {
  readonly sources: readonly string[];
  readonly exclude: readonly string[];
  readonly draftLanguages: readonly string[];
  readonly checkOn: CheckOn;
  readonly debounceMs: number;
  readonly severity: Readonly<Record<Verdict, Severity>>;
  readonly maxSourceBytes: number;
  readonly maxDraftBytes: number;
  readonly citationStyle: CitationStyle;
}

export function readSettings(): Settings {
  const c = vscode.workspace.getConfiguration('sourcecheck');
  return {
    sources: c.get<string[]>('sources', [...DEFAULT_SOURCE_GLOBS]),
    exclude: c.get<string[]>('exclude', ['**/node_modules/**', '**/.git/**']),
    draftLanguages: c.get<string[]>('draftLanguages', ['markdown', 'plaintext']),
    checkOn: c.get<CheckOn>('checkOn', 'edit'),
    debounceMs: Math.max(0, c.get<number>('debounceMs', 300)),
    severity: { ...DEFAULT_SEVERITIES, ...c.get<Partial<Record<Verdict, Severity>>>('severity', {}) },
    maxSourceBytes: Math.round(c.get<number>('maxSourceSizeMB', 5) * 1048576),
    maxDraftBytes: Math.round(c.get<number>('maxDraftSizeMB', 0.25) * 1048576),
    citationStyle: c.get<CitationStyle>('citationStyle', 'inline'),
  };
}

/** The current settings, and an event fired with the new snapshot when the section changes. */
export class SettingsStore implements vscode.Disposable {
  private snapshot = readSettings();
  private readonly changed = new vscode.EventEmitter<Settings>();
  readonly onDidChange = this.changed.event;
  private readonly listener = vscode.workspace.onDidChangeConfiguration((event) => {
    if (!event.affectsConfiguration('sourcecheck')) return;
    this.snapshot = readSettings();
    this.changed.fire(this.snapshot);
  });

  get current(): Settings {
    return this.snapshot;
  }

  dispose(): void {
    this.listener.dispose();
    this.changed.dispose();
  }
}
