/** The corpus snapshot in the extension's workspace storage: one file per shard, so a change rewrites one. */
import * as vscode from 'vscode';
import { joinParts, type SnapshotStore } from '../core';

/** The single-file snapshot of earlier versions: removed once, its sources are read again. */
const OLD_SNAPSHOT = 'sources-snapshot.json';

export class StorageSnapshot implements SnapshotStore {
  private readonly folder: vscode.Uri;
  private created = false;

  constructor(private readonly storage: vscode.Uri, private readonly log: vscode.LogOutputChannel) {
    this.folder = vscode.Uri.joinPath(storage, 'snapshot');
  }

  async read(name: string): Promise<string | undefined> {
    try {
      return new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.folder, name)));
    } catch {
      return undefined;
    }
  }

  async write(name: string, text: string): Promise<void> {
    await this.writeBytes(name, [new TextEncoder().encode(text)]);
  }

  async readBytes(name: string): Promise<Uint8Array | undefined> {
    try {
      return await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.folder, name));
    } catch {
      return undefined;
    }
  }

  async writeBytes(name: string, parts: readonly Uint8Array[]): Promise<void> {
    if (!this.created) {
      await vscode.workspace.fs.createDirectory(this.folder);
      this.created = true;
      await this.removeOldSnapshot();
    }
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(this.folder, name), parts.length === 1 ? parts[0]! : joinParts(parts));
  }

  private async removeOldSnapshot(): Promise<void> {
    try {
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(this.storage, OLD_SNAPSHOT));
      this.log.info('Removed the snapshot of an older version; its sources were read again.');
    } catch {
      // none
    }
  }
}
