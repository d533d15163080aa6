/**
 * Where the corpus keeps its snapshot between sessions: the extension's workspace storage, the CLI's cache
 * folder, a map in tests. The snapshot is split into shards by file path, so a changed source rewrites one
 * shard (about 1/64 of the corpus), never one string of the whole corpus, which would fail past ~500 MB. A store
 * that keeps bytes gets shards whose articles are decoded on first use (lazy-snapshot.ts), others JSON text.
 */
import { readSnapshot, encodeEntry, joinSnapshot, type SnapshotEntry } from '../index/snapshot';
import { encodeLazyShard, readLazyShard } from '../index/lazy-snapshot';
import type { Pause } from '../time-slices';
import type { CorpusLog } from './file-system';

export interface SnapshotStore {
  /** The text saved under `name`, or undefined when there is none. */
  read(name: string): Promise<string | undefined>;
  write(name: string, text: string): Promise<void>;
  /**
   * Bytes saved under `name`, and how to save them (parts written one after another): where the persisted
   * index goes (saved-index.ts). A store without them persists the articles only; a restart then indexes them.
   * A part may be a view of the live index's own memory (the postings part is): a store copies or writes it,
   * never transfers (detaches) or changes it.
   */
  readBytes?(name: string): Promise<Uint8Array | undefined>;
  writeBytes?(name: string, parts: readonly Uint8Array[]): Promise<void>;
}

/** Byte arrays one after another in one new buffer: the parts `writeBytes` gets, for a store that keeps one. */
export function joinParts(parts: readonly Uint8Array[]): Uint8Array {
  const all = new Uint8Array(parts.reduce((sum, p) => sum + p.byteLength, 0));
  let at = 0;
  for (const p of parts) {
    all.set(p, at);
    at += p.byteLength;
  }
  return all;
}

export const SHARDS = 64;

export function shardOf(file: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < file.length; i++) h = Math.imul(h ^ file.charCodeAt(i), 0x01000193);
  return (h >>> 0) % SHARDS;
}

export function shardName(shard: number): string {
  return `shard-${shard.toString().padStart(2, '0')}.json`;
}

/** A shard as bytes (lazy-snapshot.ts), where the store keeps bytes: its articles are decoded when first used. */
export function byteShardName(shard: number): string {
  return `shard-${shard.toString().padStart(2, '0')}.bin`;
}

/**
 * Hands every valid entry of every shard to `take`, a shard at a time (so that a shard's entries are dropped
 * before the next is read: kept until the end they outlived young collections, copied at each, at 1 GB of
 * sources); a damaged, foreign or older shard is logged and left to be rebuilt. Returns the shards to write
 * again (found in the older JSON form only).
 */
export async function loadShards(
  store: SnapshotStore, log: CorpusLog, take: (shard: number, entries: readonly SnapshotEntry[]) => void, pause?: Pause,
): Promise<number[]> {
  const rewrite: number[] = [];
  let dropped = 0;
  for (let k = 0; k < SHARDS; k++) {
    const bytes = store.readBytes ? await store.readBytes(byteShardName(k)).catch(() => undefined) : undefined;
    const text = bytes === undefined ? await store.read(shardName(k)).catch(() => undefined) : undefined;
    if (bytes === undefined && text === undefined) continue;
    if (bytes === undefined && store.writeBytes) rewrite.push(k); // an older session's JSON shard: saved as bytes next time
    await pause?.(); // a shard at a time: decoding them all at once would hold an editor's thread for seconds
    const decoded = bytes !== undefined ? readLazyShard(bytes) : readSnapshot(text!);
    if (decoded.problem) log.warn(`Snapshot ${bytes !== undefined ? byteShardName(k) : shardName(k)} is ${decoded.problem}: its sources are read again.`);
    dropped += decoded.dropped;
    // An entry filed under another shard (a foreign or edited file) is dropped: its shard is found by its path.
    take(k, decoded.entries.filter((entry) => shardOf(entry.article.file) === k));
  }
  if (dropped > 0) log.warn(`Snapshot: ${dropped} damaged entr${dropped === 1 ? 'y' : 'ies'} dropped; those sources are read again.`);
  return rewrite;
}

/** Writes one shard: as bytes where the store keeps bytes, else as JSON text. */
export async function saveShard(store: SnapshotStore, shard: number, entries: readonly SnapshotEntry[], pause?: Pause): Promise<void> {
  if (store.writeBytes) await store.writeBytes(byteShardName(shard), await encodeLazyShard(entries, pause));
  else await store.write(shardName(shard), await encodeShard(entries, pause));
}

/** Characters encoded between two pauses (a millisecond or two of JSON.stringify). */
const ENCODE_SLICE_CHARS = 50_000;

/** The text of a shard, encoded an entry at a time, pausing every ENCODE_SLICE_CHARS or so. */
export async function encodeShard(entries: Iterable<SnapshotEntry>, pause?: Pause): Promise<string> {
  const encoded: string[] = [];
  let chars = 0;
  for (const entry of entries) {
    const text = encodeEntry(entry);
    encoded.push(text);
    if ((chars += text.length) >= ENCODE_SLICE_CHARS && pause) {
      chars = 0;
      await pause();
    }
  }
  await pause?.(); // joining a shard's entries is a slice of its own (~10 ms at 1.6 MB of JSON)
  return joinSnapshot(encoded);
}
