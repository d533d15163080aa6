/** Sources and a snapshot store in memory, for benchmarking the Corpus without the disk. */
import type { SourceFile, SourceFileSystem } from '../../src/core';
import { MemorySnapshotStore } from '../../src/core/corpus/memory-store';

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

/** The benches' snapshot store: parts kept as saved (as the hosts' stores do), with the totals the benches print. */
export class MemoryStore extends MemorySnapshotStore {
  constructor() {
    super(true);
  }

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
}
