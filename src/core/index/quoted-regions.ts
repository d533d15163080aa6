/**
 * Where a source article quotes someone, found by a cheap scan of its quotation marks: the stretches the short
 * quotation index (quoted-bigram-index.ts) covers. It only narrows the search; whom a passage is attributed to
 * is decided afterwards by the real reading of the article (source-speakers.ts), so a stretch taken too wide
 * costs a little memory and one taken too narrow loses a candidate, never a wrong verdict.
 */
import type { Article } from '../sources/article';

/** A stretch with no closing mark ends here: a stray mark must not make the rest of an article a quotation. */
const MAX_REGION = 3000;

/** The characters the scan stops at; everything else is skipped by one regular-expression search. */
const MARKS = /[\n>"\u201C\u201D\u201E\u00AB\u00BB'\u2018\u2019]/g;

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
  MARKS.lastIndex = 0;
  for (let m = MARKS.exec(body); m; m = MARKS.exec(body)) {
    const i = m.index;
    if (open >= 0 && i - open > MAX_REGION) close(i);
    switch (body.charCodeAt(i)) {
      case 0x0a: // a blank line ends a paragraph and any quotation in it: one that goes on reopens with a mark
        if (body.charCodeAt(i + 1) === 0x0a || (open >= 0 && single)) close(i);
        break;
      case 0x3e: // `>` starting a line: a block quotation line
        if ((i === 0 || body.charCodeAt(i - 1) === 0x0a) && open < 0) {
          const end = body.indexOf('\n', i);
          regions.push([i + 1, end < 0 ? body.length : end]);
          MARKS.lastIndex = end < 0 ? body.length : end;
        }
        break;
      case 0x22: // "
        if (open >= 0 && !single) close(i);
        else if (open < 0) [open, single] = [i + 1, false];
        break;
      case 0x201c: case 0x201e: case 0xab: // “ „ «
        if (open < 0 || single) [open, single] = [i + 1, false];
        break;
      case 0x201d: case 0xbb: // ” »
        if (open >= 0 && !single) close(i);
        break;
      default: { // ' ‘ ’: a quotation mark only where it does not join two letters (`don't`)
        const before = i > 0 ? body.charCodeAt(i - 1) : 0x20;
        const after = i + 1 < body.length ? body.charCodeAt(i + 1) : 0x20;
        if (open < 0 && body.charCodeAt(i) !== 0x2019 && !isWordCode(before) && isWordCode(after)) [open, single] = [i + 1, true];
        else if (open >= 0 && single && !isWordCode(after) && !isSpaceCode(before)) close(i);
      }
    }
  }
  close(body.length);
  return regions;
}

function isWordCode(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  return /[\p{L}\p{N}]/u.test(String.fromCharCode(code));
}

function isSpaceCode(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d || code === 0xa0;
}
