/**
 * A snapshot store in memory: what the tests and the benches keep a corpus's snapshot and persisted index in.
 */
import { joinParts, type SnapshotStore } from './snapshot-store';

export class MemorySnapshotStore implements SnapshotStore {
  readonly texts = new Map<string, string>();
  readonly bytes = new Map<string, Uint8Array>();

  /**
   * `keepSinglePart`: a part saved alone is kept as it is, as a file-system store hands it on (joining would add a
   * synchronous copy that no host makes, 36 to 50 ms for a ~100 MB corpus's index parts: the benches measure that).
   * Otherwise every save is a copy, so a test may damage what is saved and never the live index.
   */
  constructor(private readonly keepSinglePart = false) {}

  async read(name: string): Promise<string | undefined> {
    return this.texts.get(name);
  }

  async write(name: string, text: string): Promise<void> {
    this.texts.set(name, text);
  }

  async readBytes(name: string): Promise<Uint8Array | undefined> {
    return this.bytes.get(name);
  }

  async writeBytes(name: string, parts: readonly Uint8Array[]): Promise<void> {
    this.bytes.set(name, this.keepSinglePart && parts.length === 1 ? parts[0]! : joinParts(parts));
  }
}
