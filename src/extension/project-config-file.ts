/**
 * The workspace's `.sourcecheck.json`, the file the CLI reads too: read at the root of the workspace folder (in a
 * multi-root workspace, the first folder that has one), watched, and parsed by the engine. A bad file never
 * stops the extension: its problems go to the log and to one notification, and its valid keys still apply.
 */
import * as vscode from 'vscode';
import { CONFIG_FILE_NAME, decodeUtf8, describeProblem, parseProjectConfig, type ProjectConfig } from '../core';
import type { Log } from './log';

/** A configuration is a few hundred bytes; far beyond this it is not one. */
const MAX_CONFIG_BYTES = 1024 * 1024;

export class ProjectConfigFile implements vscode.Disposable {
  private config: ProjectConfig = {};
  private file: vscode.Uri | undefined;
  private problemLines: readonly string[] = [];
  private shownProblems = '';
  private readonly changed = new vscode.EventEmitter<void>();
  private watchers: vscode.Disposable[] = [];
  private readonly folders: vscode.Disposable;
  private loading: Promise<void> = Promise.resolve();

  /** Fired after the file was created, changed or deleted and read again. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly log: Log) {
    this.folders = vscode.workspace.onDidChangeWorkspaceFolders(() => {
      this.watch();
      void this.reload();
    });
    this.watch();
  }

  /** The valid keys of the file ({} when there is none). */
  get current(): ProjectConfig {
    return this.config;
  }

  /** The file read, if any. */
  get uri(): vscode.Uri | undefined {
    return this.file;
  }

  /** Its problems, one line each (`.sourcecheck.json: 'key' message`). */
  get problems(): readonly string[] {
    return this.problemLines;
  }

  /** Reads the file again; reads are queued, so the last one wins. */
  reload(): Promise<void> {
    this.loading = this.loading.then(() => this.read());
    return this.loading;
  }

  dispose(): void {
    for (const w of this.watchers) w.dispose();
    this.folders.dispose();
    this.changed.dispose();
  }

  private async read(): Promise<void> {
    const before = JSON.stringify([this.file?.toString(), this.config, this.problemLines]);
    const found = await this.find();
    this.file = found?.uri;
    if (!found) {
      this.config = {};
      this.problemLines = [];
    } else {
      const parsed = typeof found.text === 'string' ? parseProjectConfig(found.text) : { config: {}, problems: [{ key: '', message: found.text.error, level: 'error' as const }] };
      this.config = parsed.config;
      this.problemLines = parsed.problems.map((p) => describeProblem(vscode.workspace.asRelativePath(found.uri), p));
    }
    this.report();
    if (JSON.stringify([this.file?.toString(), this.config, this.problemLines]) !== before) this.changed.fire();
  }

  /** The first workspace folder's file that exists, with its text or the reason it cannot be read. */
  private async find(): Promise<{ uri: vscode.Uri; text: string | { error: string } } | undefined> {
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const uri = vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME);
      let stat: vscode.FileStat;
      try {
        stat = await vscode.workspace.fs.stat(uri);
      } catch {
        continue; // not there
      }
      if (stat.type & vscode.FileType.Directory) continue;
      if (stat.size > MAX_CONFIG_BYTES) return { uri, text: { error: `larger than ${MAX_CONFIG_BYTES / 1048576} MB, not a configuration` } };
      try {
        const decoded = decodeUtf8(await vscode.workspace.fs.readFile(uri));
        return { uri, text: decoded.kind === 'binary' ? { error: 'binary, not a configuration' } : decoded.text };
      } catch (error) {
        return { uri, text: { error: `cannot be read: ${String(error)}` } };
      }
    }
    return undefined;
  }

  /** Logs the problems, and shows them once (not again on every save while they stay the same). */
  private report(): void {
    for (const line of this.problemLines) this.log.warn(line);
    const text = this.problemLines.join('\n');
    if (text === this.shownProblems) return;
    this.shownProblems = text;
    if (this.problemLines.length === 0) return;
    const more = this.problemLines.length > 1 ? ` (and ${this.problemLines.length - 1} more in the Sourcecheck output)` : '';
    const file = this.file;
    void vscode.window.showWarningMessage(`Sourcecheck: ${this.problemLines[0]}${more}. The other settings still apply.`, 'Open File').then((choice) => {
      if (choice && file) void vscode.window.showTextDocument(file);
    });
  }

  /** One watcher per workspace folder, on the file at its root. */
  private watch(): void {
    for (const w of this.watchers) w.dispose();
    this.watchers = (vscode.workspace.workspaceFolders ?? []).flatMap((folder) => {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, CONFIG_FILE_NAME));
      const reload = (): void => void this.reload();
      return [watcher, watcher.onDidCreate(reload), watcher.onDidChange(reload), watcher.onDidDelete(reload)];
    });
  }
}
