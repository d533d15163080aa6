// What a restart with unchanged sources costs. A test cannot deactivate and re-activate the extension, so this
// measures (1) a second re-index by the running extension (its cache is warm: every file stat'ed, none read), and
// (2) a simulated restart: a new WorkspaceSources (the class the extension uses, bundled here from the same source)
// with an empty cache, pointed at the snapshot the extension saved in its workspace storage, re-indexing the
// workspace: snapshot decoded, every file stat'ed, changed ones read. Bundle loading and activation are not in (2),
// and in this harness a file's stat, once fetched from the test-web server, stays in the browser's memory: after
// a real restart each stat would be fetched again (as in the first indexing).
import * as vscode from 'vscode';
import { decodeSnapshot, readLazyShard } from '../../src/core';
import type { SourcecheckApi } from '../../src/extension/extension';
import { SettingsStore } from '../../src/extension/settings';
import { WorkspaceSources, type RunCounts } from '../../src/extension/workspace-sources';
import { waitFor } from '../web/wait';
import { progress, timed } from './measure';

const EXTENSION_ID = 'sourcecheck.sourcecheck';
const SNAPSHOT_FOLDER = 'snapshot'; // as in src/extension/storage-snapshot.ts: one file per shard
/** Where the web workbench keeps workspace storage (environmentService.workspaceStorageHome in the browser). */
const WORKSPACE_STORAGE = vscode.Uri.parse('vscode-userdata:/User/workspaceStorage');
const SNAPSHOT_WAIT_MS = 20000;

export interface ReindexFigures {
  readonly ms: number;
  readonly lastRun: RunCounts;
  readonly articles: number;
}

export interface RestartFigures {
  /** api.sources.reindex() again, nothing changed. */
  readonly secondReindex: ReindexFigures;
  /** The extension's snapshot shards, found by listing the workbench's workspace storage (the API does not expose it). */
  readonly snapshot: { readonly found: boolean; readonly uri: string | null; readonly bytes: number | null; readonly where: string };
  /** A new WorkspaceSources on that snapshot, as after a restart; null when no snapshot was found. */
  readonly simulatedRestart: ReindexFigures | null;
}

export async function benchRestart(api: SourcecheckApi): Promise<RestartFigures> {
  const second = await timed(() => api.sources.reindex());
  const secondReindex = { ms: second.ms, lastRun: { ...api.sources.lastRun }, articles: api.sources.passageIndex.articles.length };
  progress(`restart: second reindex ${second.ms.toFixed(0)} ms, lastRun ${JSON.stringify(secondReindex.lastRun)}`);

  const storage = await findStorage(secondReindex.articles);
  if (!storage) {
    return { secondReindex, snapshot: { found: false, uri: null, bytes: null, where: `${WORKSPACE_STORAGE.toString()}/*/${EXTENSION_ID}/${SNAPSHOT_FOLDER}/ (no shards with ${secondReindex.articles} articles within ${SNAPSHOT_WAIT_MS / 1000} s)` }, simulatedRestart: null };
  }
  const snapshotUri = vscode.Uri.joinPath(storage.folder, SNAPSHOT_FOLDER);
  const bytes = storage.bytes;
  progress(`restart: snapshot ${snapshotUri.toString()} (${bytes} bytes in its shards); simulating a restart on it`);

  const log = vscode.window.createOutputChannel('Sourcecheck bench', { log: true });
  const settings = new SettingsStore(log);
  await settings.loaded;
  const sources = new WorkspaceSources(settings, log, storage.folder);
  try {
    const restart = await timed(() => sources.reindex());
    return {
      secondReindex,
      snapshot: { found: true, uri: snapshotUri.toString(), bytes, where: 'context.storageUri of the extension (found by listing the workspace storage)' },
      simulatedRestart: { ms: restart.ms, lastRun: { ...sources.lastRun }, articles: sources.passageIndex.articles.length },
    };
  } finally {
    sources.dispose(); // before its own snapshot save (1 s after indexing) can run
    settings.dispose();
    log.dispose();
  }
}

/**
 * The extension's workspace storage folder once its snapshot shards hold `articles` entries in all (they are
 * saved 1 s after an indexing run ends; the start-up run with nothing indexed may have saved empty ones before),
 * with the shards' total size.
 */
async function findStorage(articles: number): Promise<{ folder: vscode.Uri; bytes: number } | undefined> {
  const decoded = new Map<string, number>(); // snapshot folder -> total size last decoded
  try {
    return await waitFor(async () => {
      for (const [name, type] of await vscode.workspace.fs.readDirectory(WORKSPACE_STORAGE)) {
        if (type !== vscode.FileType.Directory) continue;
        const folder = vscode.Uri.joinPath(WORKSPACE_STORAGE, name, EXTENSION_ID);
        const snapshot = vscode.Uri.joinPath(folder, SNAPSHOT_FOLDER);
        let shards: vscode.Uri[];
        try {
          shards = (await vscode.workspace.fs.readDirectory(snapshot)).filter(([file]) => /^shard-\d+\.(json|bin)$/.test(file)).map(([file]) => vscode.Uri.joinPath(snapshot, file));
        } catch {
          continue; // not this workspace, or not saved yet
        }
        const sizes = await Promise.all(shards.map(async (shard) => (await vscode.workspace.fs.stat(shard)).size));
        const bytes = sizes.reduce((sum, size) => sum + size, 0);
        if (decoded.get(snapshot.toString()) === bytes) continue;
        decoded.set(snapshot.toString(), bytes);
        let entries = 0;
        for (const shard of shards) {
          const bytes = await vscode.workspace.fs.readFile(shard);
          // Shards of bytes (lazy-snapshot.ts) where the store keeps bytes, as the extension's does; JSON otherwise.
          entries += shard.path.endsWith('.bin') ? readLazyShard(bytes).entries.length : decodeSnapshot(new TextDecoder().decode(bytes)).length;
        }
        if (entries === articles) return { folder, bytes };
      }
      return undefined;
    }, `sources snapshot shards of ${articles} articles`, SNAPSHOT_WAIT_MS, 250);
  } catch (error) {
    progress(`restart: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}
