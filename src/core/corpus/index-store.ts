/**
 * The persisted passage index in a snapshot store (saved-index.ts has the format): the base segment, so a
 * restart over unchanged sources reads its arrays back instead of tokenising and indexing every article.
 * The binary parts are written first and the JSON part last, and every part carries the save's id: a save cut
 * short leaves parts that do not match, which the next load reports and ignores.
 */
import type { ArticleTokens } from '../index/article-tokens';
import { decodeIndex, encodeIndex, type DecodedIndex } from '../index/saved-index';
import type { Segment } from '../index/segment';
import type { Pause } from '../time-slices';
import type { CorpusLog } from './file-system';
import type { SnapshotStore } from './snapshot-store';

const META = 'passage-index.json';
const WORDS = 'passage-index-words.bin';
const POSTINGS = 'passage-index-postings.bin';

/** The saved index, or undefined (logged, unless there was none) when it is missing or cannot be used. */
export async function loadIndex(store: SnapshotStore, log: CorpusLog, pause?: Pause): Promise<DecodedIndex | undefined> {
  if (!store.readBytes) return undefined;
  const read = async <T>(promise: Promise<T | undefined>): Promise<T | undefined> => promise.catch(() => undefined);
  const meta = await read(store.read(META));
  if (meta === undefined) return undefined;
  const decoded = await decodeIndex(meta, await read(store.readBytes(WORDS)), await read(store.readBytes(POSTINGS)), pause);
  if ('problem' in decoded) {
    log.warn(`The saved passage index is ${decoded.problem}: the sources are indexed again.`);
    return undefined;
  }
  return decoded;
}

/** Saves `segment` as the base of the next session's index; `stampOf` gives a live article's file stamps. */
export async function saveIndex(
  store: SnapshotStore, segment: Segment, stampOf: (tokens: ArticleTokens) => { mtime: number; size: number } | undefined, pause?: Pause,
): Promise<boolean> {
  if (!store.writeBytes) return false;
  const encoded = await encodeIndex(segment, stampOf, pause);
  await store.writeBytes(WORDS, encoded.words);
  await store.writeBytes(POSTINGS, encoded.postings);
  await store.write(META, encoded.meta);
  return true;
}
