/**
 * A piecewise map from positions in a derived text (canonical, or extracted from HTML) to positions in the
 * text it came from. Each segment says "from here on, derived position d is original position o + (d - from)";
 * only points where that offset changes are stored, so plain text costs one segment.
 *
 * Every indexed article keeps one of these, and each heap object lengthens a full collection's marking pause
 * (issue #10): the segments are one interleaved array rather than two, and a map of the one segment that starts
 * at 0 (every Markdown and plain-text article) is only the number it shifts by, no array at all.
 */
export class OffsetMap {
  /**
   * Derived and original start of each segment, interleaved [d0, o0, d1, o1, ...]; or a number `o`, the map
   * whose only segment is [0 -> o].
   */
  private points: number[] | number;

  /** An empty map, or one from points already canonical (as `compacted` copies them). */
  constructor(points: number[] | number = []) {
    this.points = points;
  }

  /** Declares that derived position `derived` corresponds to original position `original`. */
  add(derived: number, original: number): void {
    const p = this.expanded();
    const last = p.length / 2 - 1;
    if (last >= 0) {
      if (p[2 * last] === derived) {
        p[2 * last + 1] = original;
        if (last > 0 && this.sameShift(p, last - 1, derived, original)) p.length -= 2;
        return;
      }
      if (this.sameShift(p, last, derived, original)) return;
    }
    p.push(derived, original);
  }

  /** The original position of derived position `derived` (clamped inside expansions such as `…` -> `...`). */
  toOriginal(derived: number): number {
    const p = this.points;
    if (typeof p === 'number') return derived < 0 ? derived : p + derived;
    const k = segmentAt(p, derived);
    if (k < 0) return derived;
    const mapped = p[2 * k + 1]! + (derived - p[2 * k]!);
    const next = p[2 * k + 3];
    return next !== undefined && mapped > next ? next : mapped;
  }

  /** The segments, for saving: [derived positions, original positions]. */
  toJSON(): [number[], number[]] {
    const p = this.points;
    if (typeof p === 'number') return [[0], [p]];
    const from: number[] = [];
    const to: number[] = [];
    for (let i = 0; i < p.length; i += 2) {
      from.push(p[i]!);
      to.push(p[i + 1]!);
    }
    return [from, to];
  }

  static fromJSON([from, to]: [number[], number[]]): OffsetMap {
    const map = new OffsetMap();
    from.forEach((d, k) => map.add(d, to[k]!));
    return map.compacted();
  }

  /** The same map at its smallest: one built point by point keeps spare room in its array. */
  compacted(): OffsetMap {
    const p = this.points;
    if (typeof p === 'number') return new OffsetMap(p);
    if (p.length === 2 && p[0] === 0) return new OffsetMap(p[1]);
    return new OffsetMap(p.slice()); // slice() allocates exactly its length
  }

  static identity(shift = 0): OffsetMap {
    return new OffsetMap(shift);
  }

  /** The points as an array, turning a bare shift into one first (before adding to it). */
  private expanded(): number[] {
    if (typeof this.points === 'number') this.points = [0, this.points];
    return this.points;
  }

  private sameShift(p: readonly number[], k: number, derived: number, original: number): boolean {
    return p[2 * k + 1]! - p[2 * k]! === original - derived;
  }
}

/** The last segment starting at or before `derived`, or -1. */
function segmentAt(p: readonly number[], derived: number): number {
  let lo = 0;
  let hi = p.length / 2 - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (p[2 * mid]! <= derived) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}
