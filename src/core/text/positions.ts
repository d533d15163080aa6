import { detached } from './detached';

/**
 * 1-based line and column of UTF-16 offsets, for reports and editors.
 *
 * Every indexed article keeps one, and each heap object lengthens a full collection's marking pause (issue #10).
 * An article whose body is a stretch of its file (Markdown, plain text) keeps the file up to the body's end as
 * `head` + `tail` instead, the tail being the body string the article holds anyway, and finds the line starts
 * when a position is first asked for: an index is one object until a check points into its article.
 */
export class LineIndex {
  private starts: number[] | undefined;
  private head: string;
  private tail: string;

  constructor(text: string, starts?: number[]) {
    this.head = '';
    this.tail = '';
    this.starts = starts ?? lineStarts(text, '');
  }

  /**
   * The lines of a text whose first part is `head` and whose rest is `tail`, found on first use: exact for
   * every offset up to the end of `tail` (a file trimmed after `tail` may have more lines, which no offset
   * of the body reaches).
   */
  static of(head: string, tail: string): LineIndex {
    const index = new LineIndex('', [0]);
    index.starts = undefined;
    index.head = head;
    index.tail = tail;
    return index;
  }

  /** The offsets at which lines start, for saving. */
  toJSON(): number[] {
    return this.lines();
  }

  static fromJSON(starts: number[]): LineIndex {
    return new LineIndex('', starts);
  }

  /**
   * The same index in strings or an array of its own and of their exact size; a lazy one's tail is `body`
   * when it is the same text (the compacted article's own body), so the two share it.
   */
  compacted(body: string): LineIndex {
    if (this.starts) return LineIndex.fromJSON(this.starts.slice());
    return LineIndex.of(detached(this.head), body === this.tail ? body : detached(this.tail));
  }

  position(offset: number): { line: number; column: number } {
    const starts = this.lines();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  }

  private lines(): number[] {
    if (!this.starts) {
      this.starts = lineStarts(this.head, this.tail);
      this.head = '';
      this.tail = '';
    }
    return this.starts;
  }
}

/** Where the lines of `head` + `tail` start. LF, CRLF, and a lone CR (old Mac files, else every position was on line 1) end a line. */
function lineStarts(head: string, tail: string): number[] {
  const starts = [0];
  const n = head.length;
  for (let i = 0; i < n; i++) {
    const c = head.charCodeAt(i);
    const next = i + 1 < n ? head.charCodeAt(i + 1) : tail.charCodeAt(0);
    if (c === 10 || (c === 13 && next !== 10)) starts.push(i + 1);
  }
  for (let i = 0; i < tail.length; i++) {
    const c = tail.charCodeAt(i);
    if (c === 10 || (c === 13 && tail.charCodeAt(i + 1) !== 10)) starts.push(n + i + 1);
  }
  return starts;
}
