/** Index build: throughput over in-memory files, and the memory the built index keeps. */
import { indexSources, type IndexedSources, type SourceFile } from '../../src/core';
import { totalBytes } from './dataset';
import { liveMemory, MB, median, timed } from './stats';

export interface IndexFigures {
  readonly files: number;
  readonly articles: number;
  readonly skipped: number;
  readonly words: number;
  readonly sourceBytes: number;
  readonly builds: number;
  /** Median build time over `builds`. */
  readonly buildMs: number;
  readonly mbPerSecond: number;
  /** Growth of the V8 heap from before the files existed to after the build, the file bytes dropped. */
  readonly retainedHeapBytes: number;
  /** The same for ArrayBuffer backing stores (the index's typed arrays). */
  readonly retainedArrayBufferBytes: number;
  readonly heapMbPerSourceMb: number;
  /** (heap + array buffers) / source bytes: the index's memory in multiples of the text size. */
  readonly memoryPerSourceByte: number;
  /** PassageIndex.byteSize: the index structures alone, article text excluded. */
  readonly indexByteSize: number;
}

export interface IndexBuild {
  readonly indexed: IndexedSources;
  readonly figures: IndexFigures;
}

/**
 * Builds the index `builds` times from the files `makeFiles` returns and keeps the last index. Memory is
 * measured per build from before `makeFiles` runs to after the build with the files released (a host drops
 * the bytes once indexed), while the index is still referenced.
 */
export function benchIndexBuild(makeFiles: () => SourceFile[], builds: number): IndexBuild {
  const times: number[] = [];
  let last: MeasuredBuild | undefined;
  for (let i = 0; i < builds; i++) {
    last = undefined; // release the previous index before the next "before" snapshot
    last = measuredBuild(makeFiles);
    times.push(last.ms);
  }
  if (!last) throw new Error('bench: builds must be at least 1');
  const { indexed, sourceBytes } = last;
  const buildMs = median(times);
  return {
    indexed,
    figures: {
      files: last.files,
      articles: indexed.index.articles.length,
      skipped: indexed.skipped.length,
      words: indexed.index.wordCount,
      sourceBytes,
      builds,
      buildMs,
      mbPerSecond: sourceBytes / MB / (buildMs / 1000),
      retainedHeapBytes: last.heap,
      retainedArrayBufferBytes: last.arrayBuffers,
      heapMbPerSourceMb: last.heap / sourceBytes,
      memoryPerSourceByte: (last.heap + last.arrayBuffers) / sourceBytes,
      indexByteSize: indexed.index.byteSize,
    },
  };
}

interface MeasuredBuild {
  readonly indexed: IndexedSources;
  readonly ms: number;
  readonly sourceBytes: number;
  readonly files: number;
  /** Live heap and array-buffer growth across the build. */
  readonly heap: number;
  readonly arrayBuffers: number;
}

function measuredBuild(makeFiles: () => SourceFile[]): MeasuredBuild {
  const before = liveMemory();
  let files: SourceFile[] | undefined = makeFiles();
  const sourceBytes = totalBytes(files);
  const fileCount = files.length;
  const { result: indexed, ms } = timed(() => indexSources(files!));
  files = undefined;
  const after = liveMemory();
  return { indexed, ms, sourceBytes, files: fileCount, heap: after.heap - before.heap, arrayBuffers: after.arrayBuffers - before.arrayBuffers };
}
