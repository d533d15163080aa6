/**
 * The corpus's view of the workspace: source files found by the `sourcecheck.sources` globs minus
 * `sourcecheck.exclude`, read with `vscode.workspace.fs` (on disk, in vscode.dev, in the web test harness).
 * Files are named by their URI strings. Symbolic links are not followed (`findFiles` follows them on desktop):
 * a file below a linked folder is dropped from the listing, and a linked file answers `stat` as absent.
 */
import * as vscode from 'vscode';
import { matchesGlob, withoutLinkedFolders, type SourceFileSystem, type SourceStat } from '../core';
import type { Settings } from './settings';

export class WorkspaceFileSystem implements SourceFileSystem {
  constructor(private readonly settings: () => Settings) {}

  async list(folder?: string): Promise<string[]> {
    const { sources } = this.settings();
    const exclude = this.excludeGlob();
    const patterns = folder === undefined ? sources : [new vscode.RelativePattern(vscode.Uri.parse(folder), '**/*')];
    const found = await Promise.all(patterns.map((glob) => vscode.workspace.findFiles(glob, exclude)));
    const unique = new Set(found.flat().map((uri) => uri.toString()));
    const listed = [...unique].filter((file) => (folder === undefined ? !this.excluded(file) : this.accepts(file)));
    const unlinked = await withoutLinkedFolders(listed, rootOf, isLink);
    return unlinked.sort((a, b) => a.localeCompare(b));
  }

  accepts(file: string): boolean {
    const { sources } = this.settings();
    return sources.some((glob) => matchesGlob(relativePath(file), glob)) && !this.excluded(file);
  }

  async stat(file: string): Promise<SourceStat | undefined> {
    try {
      const stat = await vscode.workspace.fs.stat(vscode.Uri.parse(file));
      if (stat.type & vscode.FileType.SymbolicLink) return undefined; // never followed: its target may be anywhere
      return { mtime: stat.mtime, size: stat.size, directory: (stat.type & vscode.FileType.Directory) !== 0 };
    } catch {
      return undefined; // gone (a deleted file or folder)
    }
  }

  read(file: string): Promise<Uint8Array> {
    return Promise.resolve(vscode.workspace.fs.readFile(vscode.Uri.parse(file)));
  }

  private excluded(file: string): boolean {
    const relative = relativePath(file);
    return this.settings().exclude.some((glob) => matchesGlob(relative, glob));
  }

  /**
   * The exclude globs as the one pattern findFiles takes, so excluded folders are not even walked: `{a,b}` for
   * several, the glob itself for one. Globs with braces of their own cannot be nested in another pair, so then
   * nothing is passed and `list` filters the results alone (it filters them in every case).
   */
  private excludeGlob(): string | null {
    const { exclude } = this.settings();
    if (exclude.length === 1) return exclude[0]!;
    return exclude.length > 1 && !exclude.some((glob) => /[{}]/.test(glob)) ? `{${exclude.join(',')}}` : null;
  }
}

function relativePath(file: string): string {
  return vscode.workspace.asRelativePath(vscode.Uri.parse(file), false);
}

function rootOf(file: string): string | undefined {
  return vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(file))?.uri.toString();
}

async function isLink(folder: string): Promise<boolean> {
  const stat = await vscode.workspace.fs.stat(vscode.Uri.parse(folder));
  return (stat.type & vscode.FileType.SymbolicLink) !== 0;
}
