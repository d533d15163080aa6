/** Sorted, non-overlapping spans of a text (mentions, candidates, quotations) searched by binary search. */

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** How many of the spans end at or before `at`: the index of the first span that ends after it. */
export function countEndingBy(spans: readonly Span[], at: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (spans[middle]!.end <= at) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Whether `at` lies inside one of the spans. */
export function insideAny(spans: readonly Span[], at: number): boolean {
  const next = spans[countEndingBy(spans, at)];
  return next !== undefined && next.start <= at;
}
