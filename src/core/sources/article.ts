import type { PersonName } from '../library/entry';
import type { OffsetMap } from '../text/offset-map';
import type { LineIndex } from '../text/positions';

/** What a citation needs to know about a source article. */
export interface SourceMeta {
  /** Front-matter `id`, else the file name without its extension. */
  readonly id: string;
  readonly title: string;
  readonly outlet?: string;
  readonly author?: string;
  readonly date?: string;
  readonly url?: string;
  /** The authors one by one, when a reference library gives them (APA and Chicago format them). */
  readonly authors?: readonly PersonName[];
  readonly doi?: string;
}

/**
 * A stretch of the article text with where it sits in the original: the page of a PDF, the speaker and time
 * of a transcript's cue. Sorted by `start`, non-overlapping; offsets are in `body`.
 */
export interface SourceSegment {
  readonly start: number;
  readonly end: number;
  /** 1-based page number (PDF). */
  readonly page?: number;
  /** The voice or label of a transcript's cue. */
  readonly speaker?: string;
  /** When the cue starts, `HH:MM:SS`. */
  readonly time?: string;
}

/** A readable source: its article text and where each character of it lies in the file. */
export interface Article {
  readonly file: string;
  readonly meta: SourceMeta;
  /** The article text that quotations are matched against (no front matter, no markup). */
  readonly body: string;
  /** Maps offsets in `body` to UTF-16 offsets in the decoded file. */
  readonly bodyToFile: OffsetMap;
  /** Lines of the decoded file, so hosts can point at a passage without reading the file again. */
  readonly fileLines: LineIndex;
  /** Pages (PDF) or cues (transcripts) of the body; absent for articles without either. */
  readonly segments?: readonly SourceSegment[];
}

/** Why a file was not indexed, or what was repaired while reading it. */
export interface SourceProblem {
  readonly file: string;
  readonly reason: string;
}
