// What reading files through vscode.workspace.fs costs in this extension host, without the extension:
// - warm: stat + readFile of every indexed source, one file at a time (as WorkspaceSources reads them) and several
//   at a time. They were read before, so test-web serves them from the browser's memory: the round trips between
//   the extension host and the workbench alone;
// - cold: the same for the DEV drafts, never read before in this session (test-web fetches each stat and content
//   from its server, as the first indexing does): half of them one at a time, the other half all at once.
import * as vscode from 'vscode';
import type { SourcecheckApi } from '../../src/extension/extension';
import { progress, timed } from './measure';

const CONCURRENCY = 16;

export interface FsProbeFigures {
  readonly cold: { readonly sequentialFiles: number; readonly sequentialMs: number; readonly concurrentFiles: number; readonly concurrentMs: number };
  readonly files: number;
  readonly bytes: number;
  readonly sequentialMs: number;
  readonly concurrentMs: number;
  readonly concurrency: number;
}

export async function benchFsRoundTrips(api: SourcecheckApi, root: vscode.Uri): Promise<FsProbeFigures> {
  let bytes = 0;
  const readOne = async (uri: vscode.Uri): Promise<void> => {
    await vscode.workspace.fs.stat(uri);
    bytes += (await vscode.workspace.fs.readFile(uri)).byteLength;
  };
  // Cold first, before anything reads the drafts (the keystroke bench does, later).
  const draftsFolder = vscode.Uri.joinPath(root, 'drafts');
  const drafts = (await vscode.workspace.fs.readDirectory(draftsFolder)).map(([name]) => vscode.Uri.joinPath(draftsFolder, name)).sort();
  const half = Math.floor(drafts.length / 2);
  const coldSequential = await timed(async () => {
    for (const uri of drafts.slice(0, half)) await readOne(uri);
  });
  const coldConcurrent = await timed(() => Promise.all(drafts.slice(half).map(readOne)));
  const cold = { sequentialFiles: half, sequentialMs: coldSequential.ms, concurrentFiles: drafts.length - half, concurrentMs: coldConcurrent.ms };
  progress(`fs: cold stat + readFile: ${half} files ${coldSequential.ms.toFixed(0)} ms one at a time, ${drafts.length - half} files ${coldConcurrent.ms.toFixed(0)} ms all at once`);

  bytes = 0;
  const uris = api.sources.passageIndex.articles.map(({ article }) => vscode.Uri.parse(article.file));
  const sequential = await timed(async () => {
    for (const uri of uris) await readOne(uri);
  });
  const total = bytes;
  const concurrent = await timed(async () => {
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < uris.length) await readOne(uris[next++]!);
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  });
  progress(`fs: stat + readFile of ${uris.length} files: ${sequential.ms.toFixed(0)} ms one at a time, ${concurrent.ms.toFixed(0)} ms ${CONCURRENCY} at a time`);
  return { cold, files: uris.length, bytes: total, sequentialMs: sequential.ms, concurrentMs: concurrent.ms, concurrency: CONCURRENCY };
}
