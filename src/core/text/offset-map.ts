/**
 * A piecewise map from positions in a derived text (canonical, or extracted from HTML) to positions in the
 * text it came from. Each segment says "from here on, derived position d is original position o + (d - from)";
 * only points where that offset changes are stored, so plain text costs one segment.
 */
export class OffsetMap {
  /** An empty map, or one from segments already canonical (another map's, as `compacted` copies them). */
  constructor(
    private readonly from: number[] = [],
    private readonly to: number[] = [],
  ) {}

  /** Declares that derived position `derived` corresponds to original position `original`. */
  add(derived: number, original: number): void {
    const last = this.from.length - 1;
    if (last >= 0) {
      if (this.from[last] === derived) {
        this.to[last] = original;
        if (last > 0 && this.sameShift(last - 1, derived, original)) this.dropLast();
        return;
      }
      if (this.sameShift(last, derived, original)) return;
    }
    this.from.push(derived);
    this.to.push(original);
  }

  /** The original position of derived position `derived` (clamped inside expansions such as `…` -> `...`). */
  toOriginal(derived: number): number {
    const k = this.segmentAt(derived);
    if (k < 0) return derived;
    const mapped = this.to[k]! + (derived - this.from[k]!);
    const next = this.to[k + 1];
    return next !== undefined && mapped > next ? next : mapped;
  }

  /** The segments, for saving: [derived positions, original positions]. */
  toJSON(): [number[], number[]] {
    return [this.from.slice(), this.to.slice()];
  }

  static fromJSON([from, to]: [number[], number[]]): OffsetMap {
    const map = new OffsetMap();
    from.forEach((d, k) => map.add(d, to[k]!));
    return map;
  }

  /** The same map in arrays of exactly its size: one built point by point keeps spare room in them. */
  compacted(): OffsetMap {
    return new OffsetMap(this.from.slice(), this.to.slice()); // slice() allocates exactly its length
  }

  static identity(shift = 0): OffsetMap {
    const map = new OffsetMap();
    map.add(0, shift);
    return map;
  }

  private segmentAt(derived: number): number {
    let lo = 0;
    let hi = this.from.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.from[mid]! <= derived) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  private sameShift(k: number, derived: number, original: number): boolean {
    return this.to[k]! - this.from[k]! === original - derived;
  }

  private dropLast(): void {
    this.from.pop();
    this.to.pop();
  }
}
