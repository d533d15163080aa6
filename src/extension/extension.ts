/** Wires Sourcecheck's features together; each lives in its own module and returns its disposables. */
import * as vscode from 'vscode';
import { registerCitationCommands } from './citations';
import { registerCodeActions } from './code-actions';
import { registerCommands } from './commands';
import { registerCompletion } from './completion';
import { useVerdictDocs } from './convert';
import { DraftChecker } from './diagnostics';
import { FindingsStore } from './findings';
import { registerHover } from './hover';
import { registerProjectConfigCommand } from './project-config-command';
import { ReportView } from './report-view';
import { createLog } from './log';
import { SettingsStore } from './settings';
import { registerSidebar, type Sidebar } from './sidebar/sidebar';
import { registerStatusBar } from './status-bar';
import { sourceReaders } from './lazy-readers';
import { WorkspaceSources } from './workspace-sources';

const DRAFTS: vscode.DocumentSelector = [{ language: 'markdown' }, { language: 'plaintext' }];

/** What tests and other extensions can reach. */
export interface SourcecheckApi {
  readonly sources: WorkspaceSources;
  readonly findings: FindingsStore;
  readonly checker: DraftChecker;
  readonly sidebar: Sidebar;
  /** The status bar item (read only: tests check what it says). */
  readonly status: vscode.StatusBarItem;
  /** The settings in effect (VS Code's and .sourcecheck.json's). */
  readonly settings: SettingsStore;
  /** Resolves when the first indexing has finished. */
  readonly ready: Promise<void>;
}

export function activate(context: vscode.ExtensionContext): SourcecheckApi {
  const log = createLog();
  const settings = new SettingsStore(log);
  const sources = new WorkspaceSources(settings, log, context.storageUri, sourceReaders(context.extensionUri));
  const findings = new FindingsStore();
  useVerdictDocs(context.extensionUri);
  const checker = new DraftChecker(sources, settings, findings, log);
  const { sidebar, disposable: sidebarDisposable } = registerSidebar(sources, checker, findings);
  const reportView = new ReportView(findings);
  const status = registerStatusBar(sources, findings, (d) => checker.isDraft(d));
  context.subscriptions.push(
    log, settings, sources, findings, checker, reportView,
    registerHover(findings, settings, DRAFTS),
    registerCodeActions(findings, DRAFTS),
    registerCommands({ sources, checker, findings, settings, reportView }),
    registerCitationCommands({ sources, checker, findings, settings }),
    registerProjectConfigCommand(),
    registerCompletion(sources, DRAFTS),
    status,
    sidebarDisposable,
  );
  // Indexing starts after activation (once .sourcecheck.json is read), in the background; open drafts are
  // checked as soon as it ends.
  const ready = settings.loaded.then(() => sources.reindex()).catch((error: unknown) => log.error(`Indexing failed: ${String(error)}`));
  return { sources, findings, checker, sidebar, status: status.item, settings, ready };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
