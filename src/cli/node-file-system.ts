/**
 * The corpus's view of the sources named on the command line, on Node's file system. Reads are synchronous
 * underneath: a CLI has nothing else to do meanwhile, and it spares a thread-pool round trip per file.
 */
import * as fs from 'node:fs';
import type { SourceFileSystem, SourceStat } from '../core';
import { readRegularFile } from './files';

/** No source is read past this, whatever the limit asked for: the corpus skips what is over its own limit. */
const READ_CAP = 1 << 30;

export class NodeFileSystem implements SourceFileSystem {
  /** `files`: every source file found below the --sources folders, in order. */
  constructor(private readonly files: readonly string[]) {}

  async list(folder?: string): Promise<string[]> {
    return folder === undefined ? [...this.files] : this.files.filter((f) => f.startsWith(`${folder}/`));
  }

  accepts(file: string): boolean {
    return this.files.includes(file);
  }

  async stat(file: string): Promise<SourceStat | undefined> {
    return statSource(file);
  }

  async read(file: string): Promise<Uint8Array> {
    try {
      const read = readRegularFile(file, READ_CAP);
      if (!read.bytes) throw new Error(`larger than ${READ_CAP / 1048576} MB`);
      return read.bytes;
    } catch (error) {
      throw new Error((error as NodeJS.ErrnoException).code ?? String(error));
    }
  }
}

/** A file's size and modification time, undefined when it cannot be stat'ed (gone, no permission). */
export function statSource(file: string): SourceStat | undefined {
  try {
    const stat = fs.statSync(file);
    return { mtime: stat.mtimeMs, size: stat.size, directory: stat.isDirectory() };
  } catch {
    return undefined;
  }
}
