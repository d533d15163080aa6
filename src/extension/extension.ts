/** Wires Sourcecheck's features together; each lives in its own module and returns its disposables. */
import * as vscode from 'vscode';
import { registerCodeActions } from './code-actions';
import { registerCommands } from './commands';
import { DraftChecker } from './diagnostics';
import { FindingsStore } from './findings';
import { registerHover } from './hover';
import { createLog } from './log';
import { SettingsStore } from './settings';
import { registerStatusBar } from './status-bar';
import { WorkspaceSources } from './workspace-sources';

const DRAFTS: vscode.DocumentSelector = [{ language: 'markdown' }, { language: 'plaintext' }];

/** What tests and other extensions can reach. */
export interface SourcecheckApi {
  readonly sources: WorkspaceSources;
  readonly findings: FindingsStore;
  readonly checker: DraftChecker;
  /** Resolves when the first indexing has finished. */
  readonly ready: Promise<void>;
}

export function activate(context: vscode.ExtensionContext): SourcecheckApi {
  const log = createLog();
  const settings = new SettingsStore();
  const sources = new WorkspaceSources(settings, log, context.storageUri);
  const findings = new FindingsStore();
  const checker = new DraftChecker(sources, settings, findings, log);
  context.subscriptions.push(
    log, settings, sources, findings, checker,
    registerHover(findings, settings, DRAFTS),
    registerCodeActions(findings, DRAFTS),
    registerCommands({ sources, checker, findings, settings }),
    registerStatusBar(sources, findings),
  );
  // Indexing starts after activation, in the background; open drafts are checked as soon as it ends.
  const ready = sources.reindex().catch((error: unknown) => log.error(`Indexing failed: ${String(error)}`));
  return { sources, findings, checker, ready };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
