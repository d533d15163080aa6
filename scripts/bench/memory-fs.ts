/** Sources and a snapshot store in memory, for benchmarking the Corpus without the disk. */
import type { SourceFile, SourceFileSystem } from '../../src/core';
import { MemorySnapshotStore } from '../../src/core/corpus/memory-store';

/**
 * Source files in memory, held as a disk holds them: their bytes packed into a few large buffers, and a read
 * gives a fresh copy. The benches time the Corpus on the thread it shares with the editor, and a full garbage
 * collection marks whatever that thread's heap holds: an object or three per file of the bench's own (a
 * record, a view, its buffer) would be work the editor's heap does not have.
 */
export class MemoryFileSystem implements SourceFileSystem {
  private readonly slots = new Map<string, number>();
  private readonly packs: Uint8Array[] = [];
  private readonly pack: Int32Array;
  private readonly from: Int32Array;
  private readonly to: Int32Array;
  /** Files written since, as written. */
  private readonly written = new Map<string, { bytes: Uint8Array; mtime: number }>();

  constructor(files: readonly SourceFile[]) {
    this.pack = new Int32Array(files.length);
    this.from = new Int32Array(files.length);
    this.to = new Int32Array(files.length);
    let start = 0;
    while (start < files.length) {
      let end = start;
      let bytes = 0;
      while (end < files.length && (end === start || bytes + files[end]!.bytes.length <= PACK_BYTES)) bytes += files[end++]!.bytes.length;
      const pack = new Uint8Array(bytes);
      let at = 0;
      for (let k = start; k < end; k++) {
        const file = files[k]!;
        pack.set(file.bytes, at);
        this.slots.set(file.file, k);
        this.pack[k] = this.packs.length;
        this.from[k] = at;
        this.to[k] = at += file.bytes.length;
      }
      this.packs.push(pack);
      start = end;
    }
  }

  text(file: string): string {
    return new TextDecoder().decode(this.bytesOf(file));
  }

  write(file: string, text: string): Uint8Array {
    const bytes = new TextEncoder().encode(text);
    const mtime = (this.written.get(file)?.mtime ?? (this.slots.has(file) ? 1 : 0)) + 1;
    this.written.set(file, { bytes, mtime });
    return bytes;
  }

  async list(): Promise<string[]> {
    return [...this.slots.keys(), ...[...this.written.keys()].filter((file) => !this.slots.has(file))];
  }

  accepts(): boolean {
    return true;
  }

  async stat(file: string): Promise<{ mtime: number; size: number; directory: boolean } | undefined> {
    const written = this.written.get(file);
    if (written) return { mtime: written.mtime, size: written.bytes.length, directory: false };
    const k = this.slots.get(file);
    return k === undefined ? undefined : { mtime: 1, size: this.to[k]! - this.from[k]!, directory: false };
  }

  async read(file: string): Promise<Uint8Array> {
    return this.bytesOf(file).slice();
  }

  private bytesOf(file: string): Uint8Array {
    const written = this.written.get(file);
    if (written) return written.bytes;
    const k = this.slots.get(file);
    if (k === undefined) throw new Error(`${file}: not found`);
    return this.packs[this.pack[k]!]!.subarray(this.from[k]!, this.to[k]!);
  }
}

/** Bytes of one packed buffer of files (a file larger than that gets one of its own). */
const PACK_BYTES = 64 * 1024 * 1024;

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
