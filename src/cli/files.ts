/** Finding and reading files for the CLI: the only place it touches the file system. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isLibraryFile, SOURCE_FOLDER_NAMES } from '../core';

const DRAFT_EXTENSIONS = /\.(md|markdown|txt)$/i;

/** A folder's entries, not following links; the tests pass one that fails as a real folder would. */
export type ReadDirectory = (dir: string) => fs.Dirent[];

const readDirectory: ReadDirectory = (dir) => fs.readdirSync(dir, { withFileTypes: true });

/** How a folder's entries are ordered. */
export type NameOrder = (a: string, b: string) => number;

let collator: Intl.Collator | undefined;
/**
 * The order of `localeCompare` (the default locale), one collator for every comparison, made on first use:
 * making it costs milliseconds, and a run answered from the cache lists its sources in `byCodeUnits` instead.
 */
export const byName: NameOrder = (a, b) => (collator ??= new Intl.Collator()).compare(a, b);
/** UTF-16 code unit order: stable, needs no collator; for a listing that is only compared with another such. */
export const byCodeUnits: NameOrder = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Every file below `root` (a folder) or `root` itself, each folder's entries in `order`. Symbolic links below
 * the root are not followed, to folders or to files: their target may be outside the sources (or a loop), and
 * one inside is listed anyway. The root itself may be a link: the user named it. Folders for which
 * `skipFolder` holds are not entered.
 */
export function listFiles(root: string, read: ReadDirectory = readDirectory, skipFolder: (folder: string) => boolean = () => false, order: NameOrder = byName): string[] {
  if (!isDirectory(root)) return [root]; // a file, or gone: reading it reports the problem
  const files: string[] = [];
  const walk = (dir: string): void => {
    let entries: fs.Dirent[];
    try {
      entries = read(dir);
    } catch {
      return; // deleted during the run, or unreadable: its files are simply not there
    }
    // path.join(dir, name) for every entry: a plain name (no separator, not . or ..) joins as any other does.
    const prefix = path.join(dir, 'x').slice(0, -1);
    for (const entry of entries.sort((a, b) => order(a.name, b.name))) {
      if (entry.name.startsWith('.')) continue;
      const full = prefix + entry.name;
      if (entry.isDirectory()) {
        if (!skipFolder(full)) walk(full);
      } else if (entry.isFile()) files.push(full); // a link is neither: Dirent describes the link, not its target
    }
  };
  walk(root);
  return files;
}

/**
 * The conventional source folders next to each draft, and the reference libraries (`.bib`, `.csl.json`) beside
 * it; a symbolic link is not taken (as in the extension, whose globs do not follow links): name it with --sources.
 */
export function defaultSourceFolders(drafts: readonly string[]): string[] {
  const folders = new Set<string>();
  for (const draft of drafts) {
    const dir = path.dirname(draft);
    for (const name of SOURCE_FOLDER_NAMES) {
      const candidate = path.join(dir, name);
      if (lstat(candidate)?.isDirectory()) folders.add(candidate);
    }
    for (const name of safeList(dir)) if (isLibraryFile(name) && lstat(path.join(dir, name))?.isFile()) folders.add(path.join(dir, name));
  }
  return [...folders];
}

/** Drafts named on the command line; a folder stands for the Markdown and text files in it. */
export function expandDrafts(args: readonly string[]): string[] {
  return args.flatMap((arg) => (isDirectory(arg) ? listFiles(arg).filter((f) => DRAFT_EXTENSIONS.test(f) && !inSourceFolder(f)) : [arg]));
}

function inSourceFolder(file: string): boolean {
  return file.split(path.sep).some((part) => SOURCE_FOLDER_NAMES.includes(part));
}

function safeList(dir: string): string[] {
  try {
    return fs.readdirSync(dir).sort();
  } catch {
    return [];
  }
}

function lstat(p: string): fs.Stats | undefined {
  try {
    return fs.lstatSync(p);
  } catch {
    return undefined;
  }
}

export function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/**
 * A regular file's bytes, read up to `maxBytes` (one byte more tells that it is larger: the size comes from
 * the bytes actually read, never from `stat`, which says 0 for /dev/zero). Opened non-blocking and refused
 * unless it is a regular file, so a FIFO or a device can neither hang the run nor fill the memory.
 */
export function readRegularFile(file: string, maxBytes: number): { bytes?: Uint8Array; size: number } {
  const fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'not a regular file' });
    const chunks: Buffer[] = [];
    let size = 0;
    // The first chunk fits the size the file says it has (plus one byte, to see the end): a small draft is
    // not read into a megabyte of buffer; a file that grew meanwhile is read on, chunk by chunk.
    let want = Math.max(4096, stat.size + 1);
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(want, 1 << 20, maxBytes + 1 - size));
      want = 1 << 20;
      const n = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      size += n;
      if (size > maxBytes) return { size };
    }
    return { bytes: Buffer.concat(chunks, size), size };
  } finally {
    fs.closeSync(fd);
  }
}
