/**
 * The CLI's persisted cache in one folder: the corpus snapshot (shards keyed by path, size and modification
 * time, so a second run reads no unchanged source) and each draft's findings, keyed by the draft's text and
 * the corpus's stamps (so an unchanged draft over unchanged sources is not checked again). Writes go to a
 * temporary file first and are renamed: a run killed midway leaves whole files or none. What it holds as text
 * is JSON, written in ASCII (other characters escaped), which is read back as one byte a character: decoding
 * UTF-8 into two-byte strings, and parsing those, cost a run answered from the cache milliseconds.
 */
import { isAscii } from 'node:buffer';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SnapshotStore } from '../core';
import { sha256 } from './cache-folder';

export class DiskCache implements SnapshotStore {
  constructor(private readonly folder: string) {}

  async read(name: string): Promise<string | undefined> {
    return this.readSync(name);
  }

  async write(name: string, text: string): Promise<void> {
    this.writeSync(name, text);
  }

  async readBytes(name: string): Promise<Uint8Array | undefined> {
    return this.readFileBytes(name);
  }

  /** The parts written one after another into one file (the persisted index: no copy of them joined). */
  async writeBytes(name: string, parts: readonly Uint8Array[]): Promise<void> {
    this.writeFile(name, parts);
  }

  /** The saved findings of a draft checked against the corpus with these stamps, or undefined. */
  findings(draftText: string, corpusKey: string): { text: string | undefined; save: (text: string) => void } {
    return this.entry(path.join('findings', `${sha256(`${corpusKey}\n${draftText}`)}.json`));
  }

  /** The text saved under `name` (undefined when none) and how to replace it. */
  entry(name: string): { text: string | undefined; save: (text: string) => void } {
    return { text: this.readSync(name), save: (text) => this.writeSync(name, text) };
  }

  /** The bytes saved under `name` (undefined when none) and how to replace them, neither decoded nor escaped. */
  bytes(name: string): { bytes: Buffer | undefined; save: (bytes: Uint8Array) => void } {
    return { bytes: this.readFileBytes(name), save: (data) => this.writeFile(name, data) };
  }

  private readSync(name: string): string | undefined {
    const bytes = this.readFileBytes(name);
    return bytes?.toString(isAscii(bytes) ? 'latin1' : 'utf8'); // ASCII is the same in both; latin1 is a copy
  }

  private readFileBytes(name: string): Buffer | undefined {
    try {
      return fs.readFileSync(path.join(this.folder, name));
    } catch {
      return undefined;
    }
  }

  private writeSync(name: string, text: string): void {
    this.writeFile(name, asciiJson(text));
  }

  private writeFile(name: string, data: string | Uint8Array | readonly Uint8Array[]): void {
    const file = path.join(this.folder, name);
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      if (typeof data === 'string' || data instanceof Uint8Array) fs.writeFileSync(temporary, data);
      else writeParts(temporary, data);
      fs.renameSync(temporary, file);
    } catch (error) {
      process.stderr.write(`sourcecheck: warning: could not write the cache (${(error as NodeJS.ErrnoException).code ?? String(error)})\n`);
    }
  }
}

function writeParts(file: string, parts: readonly Uint8Array[]): void {
  const fd = fs.openSync(file, 'w');
  try {
    for (const part of parts) {
      for (let at = 0; at < part.byteLength;) at += fs.writeSync(fd, part, at, part.byteLength - at);
    }
  } finally {
    fs.closeSync(fd);
  }
}

/** JSON text with every character beyond ASCII escaped (\uXXXX, as JSON.parse reads it back): only strings hold such. */
export function asciiJson(json: string): string {
  return json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
