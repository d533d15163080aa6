/** Sources and a snapshot store in memory, for benchmarking the Corpus without the disk. */
import { joinParts, type SnapshotStore, type SourceFile, type SourceFileSystem } from '../../src/core';

export class MemoryFileSystem implements SourceFileSystem {
  private readonly files = new Map<string, { bytes: Uint8Array; mtime: number }>();

  constructor(files: readonly SourceFile[]) {
    for (const f of files) this.files.set(f.file, { bytes: f.bytes, mtime: 1 });
  }

  text(file: string): string {
    return new TextDecoder().decode(this.files.get(file)!.bytes);
  }

  write(file: string, text: string): Uint8Array {
    const bytes = new TextEncoder().encode(text);
    const old = this.files.get(file);
    this.files.set(file, { bytes, mtime: (old?.mtime ?? 0) + 1 });
    return bytes;
  }

  async list(): Promise<string[]> {
    return [...this.files.keys()];
  }

  accepts(): boolean {
    return true;
  }

  async stat(file: string): Promise<{ mtime: number; size: number; directory: boolean } | undefined> {
    const found = this.files.get(file);
    return found ? { mtime: found.mtime, size: found.bytes.length, directory: false } : undefined;
  }

  async read(file: string): Promise<Uint8Array> {
    const found = this.files.get(file);
    if (!found) throw new Error(`${file}: not found`);
    return found.bytes;
  }
}

export class MemoryStore implements SnapshotStore {
  private readonly texts = new Map<string, string>();
  private readonly bytes = new Map<string, Uint8Array>();

  /** Bytes of every binary part saved (the persisted index). */
  get totalBytes(): number {
    let bytes = 0;
    for (const b of this.bytes.values()) bytes += b.byteLength;
    return bytes;
  }

  /** Characters of every text saved. */
  get totalChars(): number {
    let chars = 0;
    for (const text of this.texts.values()) chars += text.length;
    return chars;
  }

  async read(name: string): Promise<string | undefined> {
    return this.texts.get(name);
  }
  async write(name: string, text: string): Promise<void> {
    this.texts.set(name, text);
  }

  async readBytes(name: string): Promise<Uint8Array | undefined> {
    return this.bytes.get(name);
  }

  /**
   * A single part is kept as it is, as the extension's store hands it to the file system (joining it would add
   * a synchronous copy of the whole part, 36 and 50 ms for the ~100 MB corpus's index parts, that no host makes).
   */
  async writeBytes(name: string, parts: readonly Uint8Array[]): Promise<void> {
    this.bytes.set(name, parts.length === 1 ? parts[0]! : joinParts(parts));
  }
}
