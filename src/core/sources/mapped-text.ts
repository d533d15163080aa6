/**
 * Builds an article text from pieces of a file, keeping the map from each body offset back to the file and
 * the segments (cue, page) the pieces belong to. Separators (a space, a paragraph break) are only written
 * between two pieces, so the body never starts or ends with one.
 */
import { OffsetMap } from '../text/offset-map';
import type { SourceSegment } from './article';

type SegmentInfo = Omit<SourceSegment, 'start' | 'end'>;

export class MappedText {
  private readonly parts: string[] = [];
  private readonly map = new OffsetMap();
  private readonly segments: SourceSegment[] = [];
  private length = 0;
  private pending: '' | ' ' | '\n' | '\n\n' = '';
  private lastEnd = 0;
  private open: { start: number; info: SegmentInfo } | undefined;

  /** Appends `piece`, found at file offset `origin`; `span` is its length in the file when it differs (decoded). */
  add(piece: string, origin: number, span?: number): void {
    if (piece.length === 0) return;
    if (this.length > 0 && this.pending) {
      // The separator maps to where the previous piece ends in the file, so a passage's end maps exactly.
      this.map.add(this.length, this.lastEnd);
      this.parts.push(this.pending);
      this.length += this.pending.length;
    }
    this.pending = '';
    if (this.open && this.open.start < 0) this.open.start = this.length;
    this.map.add(this.length, origin);
    this.parts.push(piece);
    this.length += piece.length;
    if (span !== undefined && span !== piece.length) this.map.add(this.length, origin + span);
    this.lastEnd = origin + (span ?? piece.length);
  }

  /** A separator before the next piece (the strongest one asked for wins). */
  separate(kind: ' ' | '\n' | '\n\n'): void {
    if (this.length === 0) return;
    const rank = { '': 0, ' ': 1, '\n': 2, '\n\n': 3 };
    if (rank[kind] > rank[this.pending]) this.pending = kind;
  }

  /** Whether the text so far ends a sentence (a cue that does not is continued by the next one). */
  endsSentence(): boolean {
    const last = this.parts[this.parts.length - 1] ?? '';
    return /[.!?…]["'”’)\]]*\s*$/.test(last);
  }

  get size(): number {
    return this.length;
  }

  /** Starts a segment at the next piece; the open one, if any, ends where the text now ends. */
  startSegment(info: SegmentInfo): void {
    this.closeSegment();
    this.open = { start: -1, info }; // it starts with its first piece
  }

  finish(): { body: string; bodyToFile: OffsetMap; segments: SourceSegment[] } {
    this.closeSegment();
    return { body: this.parts.join(''), bodyToFile: this.map, segments: this.segments };
  }

  private closeSegment(): void {
    const open = this.open;
    this.open = undefined;
    if (!open || open.start < 0 || this.length <= open.start) return;
    const previous = this.segments[this.segments.length - 1];
    if (previous && previous.end === open.start && sameInfo(previous, open.info)) {
      this.segments[this.segments.length - 1] = { ...previous, end: this.length };
    } else {
      this.segments.push({ start: open.start, end: this.length, ...open.info });
    }
  }
}

function sameInfo(a: SegmentInfo, b: SegmentInfo): boolean {
  return a.page === b.page && a.speaker === b.speaker && a.time === b.time;
}
