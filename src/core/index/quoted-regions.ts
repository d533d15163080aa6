/**
 * Where a source article quotes someone, found by a cheap scan of its quotation marks: the stretches the short
 * quotation index (quoted-bigram-index.ts) covers. It only narrows the search; whom a passage is attributed to
 * is decided afterwards by the real reading of the article (source-speakers.ts), so a stretch taken too wide
 * costs a little memory and one taken too narrow loses a candidate, never a wrong verdict.
 */
import type { Article } from '../sources/article';

/** A stretch with no closing mark ends here: a stray mark must not make the rest of an article a quotation. */
const MAX_REGION = 3000;

const OPEN_DOUBLE = new Set(['\u201C', '\u201E', '\u00AB']); // “ „ «
const CLOSE_DOUBLE = new Set(['\u201D', '\u00BB']); // ” »
const SINGLE = new Set(["'", '\u2018', '\u2019']); // ' ‘ ’

/** [start, end) offsets in `article.body` of each quoted stretch, in order; a transcript's speech is all quoted. */
export function quotedRegions(article: Pick<Article, 'body' | 'segments'>): Array<[number, number]> {
  const spoken = article.segments?.filter((s) => s.speaker !== undefined) ?? [];
  if (spoken.length > 0) return spoken.map((s) => [s.start, s.end]);
  return quotedStretches(article.body);
}

export function quotedStretches(body: string): Array<[number, number]> {
  const regions: Array<[number, number]> = [];
  let open = -1; // start of the open stretch, or -1
  let single = false; // the open stretch was opened by a single mark
  const close = (end: number): void => {
    if (open >= 0 && end > open) regions.push([open, Math.min(end, open + MAX_REGION)]);
    open = -1;
  };
  let lineStart = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '\n') {
      // A blank line ends a paragraph and any quotation in it: one that goes on reopens with a mark.
      if (body[i + 1] === '\n' || (open >= 0 && single)) close(i);
      lineStart = i + 1;
      continue;
    }
    if (c === '>' && i === lineStart && open < 0) {
      const end = body.indexOf('\n', i);
      regions.push([i + 1, end < 0 ? body.length : end]); // a block quotation line
      i = (end < 0 ? body.length : end) - 1;
      continue;
    }
    if (open >= 0 && i - open > MAX_REGION) close(i);
    if (c === '"') {
      if (open >= 0 && !single) close(i);
      else if (open < 0) [open, single] = [i + 1, false];
    } else if (OPEN_DOUBLE.has(c)) {
      if (open < 0 || single) [open, single] = [i + 1, false];
    } else if (CLOSE_DOUBLE.has(c)) {
      if (open >= 0 && !single) close(i);
    } else if (SINGLE.has(c)) {
      const before = body[i - 1] ?? ' ';
      const after = body[i + 1] ?? ' ';
      if (open < 0 && c !== '\u2019' && !isWordChar(before) && isWordChar(after)) [open, single] = [i + 1, true];
      else if (open >= 0 && single && !isWordChar(after) && !/\s/.test(before)) close(i);
    }
  }
  close(body.length);
  return regions;
}

function isWordChar(c: string): boolean {
  return /[\p{L}\p{N}]/u.test(c);
}
