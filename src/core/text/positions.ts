/** 1-based line and column of UTF-16 offsets, for reports and editors. */
export class LineIndex {
  private readonly starts: number[];

  constructor(text: string, starts?: number[]) {
    this.starts = starts ?? [0];
    if (starts) return;
    // LF, CRLF, and a lone CR (old Mac files, else every position was on line 1) end a line.
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) this.starts.push(i + 1);
    }
  }

  /** The offsets at which lines start, for saving. */
  toJSON(): number[] {
    return this.starts;
  }

  static fromJSON(starts: number[]): LineIndex {
    return new LineIndex('', starts);
  }

  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }
}
