/** Where a text was edited: the one run in which two texts differ, found from their common start and end. */

export interface Difference {
  /** Where the texts start to differ. */
  readonly at: number;
  /** Where the differing run ends in the text before, and in the text after (the common ends follow). */
  readonly beforeEnd: number;
  readonly afterEnd: number;
}

/** The run in which `before` and `after` differ; undefined when they are equal. */
export function differenceOf(before: string, after: string): Difference | undefined {
  if (before === after) return undefined;
  const shorter = Math.min(before.length, after.length);
  let at = 0;
  while (at < shorter && before.charCodeAt(at) === after.charCodeAt(at)) at++;
  let suffix = 0;
  while (suffix < shorter - at && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return { at, beforeEnd: before.length - suffix, afterEnd: after.length - suffix };
}
