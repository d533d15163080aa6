/** Levenshtein distance: the fewest single-character insertions, deletions and substitutions from a to b. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** Reused rows: name comparisons run by the thousand on a long list of names, and allocate nothing. */
let rows = { previous: new Int32Array(64), current: new Int32Array(64) };

/**
 * editDistance(a, b) <= max, worked out only as far as it must be: cells more than `max` off the diagonal can
 * never come back under `max`, and a row whose every cell is above it ends the search.
 */
export function withinEditDistance(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  if (a === b) return true;
  if (max <= 0) return false;
  if (rows.previous.length <= b.length) rows = { previous: new Int32Array(b.length * 2 + 1), current: new Int32Array(b.length * 2 + 1) };
  let { previous, current } = rows;
  const over = max + 1; // any value above max reads the same: "too far"
  for (let j = 0; j <= b.length; j++) previous[j] = Math.min(j, over);
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(b.length, i + max);
    current[from - 1] = from === 1 ? Math.min(i, over) : over;
    let best = current[from - 1]!;
    const code = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      const cell = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (code === b.charCodeAt(j - 1) ? 0 : 1), over);
      current[j] = cell;
      if (cell < best) best = cell;
    }
    if (to < b.length) current[to + 1] = over;
    if (best > max) return false;
    [previous, current] = [current, previous];
  }
  return previous[b.length]! <= max;
}
