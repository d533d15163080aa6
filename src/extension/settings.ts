/**
 * The `sourcecheck.*` settings and the workspace's `.sourcecheck.json` as one typed snapshot. Features read
 * `settings.current`; the snapshot is replaced (and listeners told) only when what it holds changes.
 *
 * Precedence, key by key: a workspace (or folder) setting, then `.sourcecheck.json`, then a user setting, then
 * the default. The project's file is shared by everyone on the project and by the CLI; a workspace setting is
 * a deliberate choice for this workspace; a user setting is a personal default for every project.
 */
import * as vscode from 'vscode';
import {
  DEFAULT_DRAFT_LANGUAGES, DEFAULT_EXCLUDE_GLOBS, DEFAULT_MAX_SOURCE_BYTES, DEFAULT_SEVERITIES, DEFAULT_SOURCE_GLOBS,
  type CitationStyle, type ProjectConfig, type Severity, type Verdict,
} from '../core';
import type { Log } from './log';
import { ProjectConfigFile } from './project-config-file';

export type CheckOn = 'edit' | 'save' | 'manual';

export interface Settings {
  readonly sources: readonly string[];
  readonly exclude: readonly string[];
  /** Globs of files never checked as drafts (`.sourcecheck.json` only). */
  readonly ignore: readonly string[];
  readonly draftLanguages: readonly string[];
  readonly checkOn: CheckOn;
  readonly debounceMs: number;
  readonly severity: Readonly<Record<Verdict, Severity>>;
  readonly maxSourceBytes: number;
  readonly maxDraftBytes: number;
  readonly citationStyle: CitationStyle;
}

export function readSettings(project: ProjectConfig = {}): Settings {
  const c = vscode.workspace.getConfiguration('sourcecheck');
  /** The workspace's own value, else the project file's, else the user's, else the default. */
  const pick = <T>(key: string, fromFile: T | undefined, fallback: T): T => {
    const set = c.inspect<T>(key);
    return set?.workspaceFolderValue ?? set?.workspaceValue ?? fromFile ?? set?.globalValue ?? fallback;
  };
  const severity = c.inspect<Partial<Record<Verdict, Severity>>>('severity');
  const sourceMB = project.maxSourceSizeMB;
  return {
    sources: pick('sources', project.sources, DEFAULT_SOURCE_GLOBS),
    exclude: pick('exclude', project.exclude, DEFAULT_EXCLUDE_GLOBS),
    ignore: project.ignore ?? [],
    draftLanguages: pick('draftLanguages', project.draftLanguages, DEFAULT_DRAFT_LANGUAGES),
    checkOn: c.get<CheckOn>('checkOn', 'edit'),
    debounceMs: Math.max(0, c.get<number>('debounceMs', 300)),
    // Per verdict, in the same order: a file naming one verdict leaves the others to the user or the default.
    severity: { ...DEFAULT_SEVERITIES, ...severity?.globalValue, ...project.severity, ...severity?.workspaceValue, ...severity?.workspaceFolderValue },
    maxSourceBytes: Math.round(pick('maxSourceSizeMB', sourceMB, DEFAULT_MAX_SOURCE_BYTES / 1048576) * 1048576),
    maxDraftBytes: Math.round(c.get<number>('maxDraftSizeMB', 0.25) * 1048576),
    citationStyle: pick<CitationStyle>('citationStyle', project.citationStyle, 'inline'),
  };
}

/** The current settings, and an event fired with the new snapshot when they change. */
export class SettingsStore implements vscode.Disposable {
  readonly projectFile: ProjectConfigFile;
  private snapshot: Settings;
  private readonly changed = new vscode.EventEmitter<Settings>();
  readonly onDidChange = this.changed.event;
  /** Resolves when `.sourcecheck.json` has been read the first time. */
  readonly loaded: Promise<void>;
  private readonly disposables: vscode.Disposable[];

  constructor(log: Log) {
    this.projectFile = new ProjectConfigFile(log);
    this.snapshot = readSettings();
    this.disposables = [
      this.projectFile,
      this.projectFile.onDidChange(() => this.refresh()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('sourcecheck')) this.refresh();
      }),
    ];
    this.loaded = this.projectFile.reload();
  }

  get current(): Settings {
    return this.snapshot;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.changed.dispose();
  }

  private refresh(): void {
    const next = readSettings(this.projectFile.current);
    if (JSON.stringify(next) === JSON.stringify(this.snapshot)) return;
    this.snapshot = next;
    this.changed.fire(next);
  }
}
