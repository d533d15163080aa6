/**
 * Where the CLI keeps its cache: the user's cache directory (XDG_CACHE_HOME or ~/.cache on Linux,
 * ~/Library/Caches on macOS, %LOCALAPPDATA% on Windows), one folder per set of --sources, so two projects
 * never share entries. A folder made by another build of Sourcecheck is emptied first: a changed reader or
 * engine must not serve old results.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** The engine bundle's hash (esbuild.js builds it first): a rebuilt engine is another build. */
declare const SOURCECHECK_ENGINE_BUILD: string;

export function defaultCacheRoot(): string {
  const env = process.env;
  if (process.platform === 'win32') return path.join(env['LOCALAPPDATA'] ?? path.join(os.homedir(), 'AppData', 'Local'), 'sourcecheck', 'Cache');
  if (process.platform === 'darwin') return path.join(os.homedir(), 'Library', 'Caches', 'sourcecheck');
  return path.join(env['XDG_CACHE_HOME'] || path.join(os.homedir(), '.cache'), 'sourcecheck');
}

export function sha256(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

/** What identifies this build: this bundle's own bytes and the engine's (a version number stays the same across rebuilds). */
function buildStamp(): string {
  try {
    return `${sha256(fs.readFileSync(__filename))} ${SOURCECHECK_ENGINE_BUILD}`;
  } catch {
    return 'unknown';
  }
}

/** The cache folder for these source folders, created and emptied of another build's files; undefined if unusable. */
export function openCacheFolder(root: string, sourceFolders: readonly string[]): string | undefined {
  const folder = path.join(root, sha256(sourceFolders.map((f) => path.resolve(f)).sort().join('\n')).slice(0, 16));
  const stampFile = path.join(folder, 'build.txt');
  const stamp = buildStamp();
  try {
    if (readOr(stampFile) !== stamp) {
      fs.rmSync(folder, { recursive: true, force: true });
      fs.mkdirSync(folder, { recursive: true });
      fs.writeFileSync(stampFile, stamp);
    }
    return folder;
  } catch (error) {
    process.stderr.write(`sourcecheck: warning: cache disabled (${(error as NodeJS.ErrnoException).code ?? String(error)} at ${folder})\n`);
    return undefined;
  }
}

function readOr(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
