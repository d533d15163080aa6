/**
 * Where a passage of an article lies in the original: its page (PDF), or the speaker and time of its cue
 * (transcripts). Citations, hovers and the JSON report read it from here.
 */
import type { Article, SourceSegment } from './article';

/** The segment holding body offset `offset`, if the article has segments. Binary search: segments are sorted. */
export function segmentAt(article: Pick<Article, 'segments'>, offset: number): SourceSegment | undefined {
  const segments = article.segments;
  if (!segments || segments.length === 0) return undefined;
  let lo = 0;
  let hi = segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found >= 0 ? segments[found] : undefined; // an offset between two segments belongs to the earlier one
}

/** What a citation of a passage adds after the source: its page, or the interviewee and the time. */
export interface Locator {
  readonly page?: number;
  readonly time?: string;
  readonly speaker?: string;
}

/** The locator of the passage that starts at body offset `start`; undefined when the article has no segments. */
export function passageLocator(article: Pick<Article, 'segments'>, start: number): Locator | undefined {
  const segment = segmentAt(article, start);
  if (!segment) return undefined;
  const locator = {
    ...(segment.page !== undefined ? { page: segment.page } : {}),
    ...(segment.time !== undefined ? { time: segment.time } : {}),
    ...(segment.speaker !== undefined ? { speaker: segment.speaker } : {}),
  };
  return Object.keys(locator).length ? locator : undefined;
}

/** `00:12:31` as a reader writes it: `12:31` (hours only when there are any: `1:02:03`). */
export function clockTime(time: string): string {
  const match = /^(\d+):(\d{2}):(\d{2})$/.exec(time);
  if (!match) return time;
  const hours = Number(match[1]);
  return hours > 0 ? `${hours}:${match[2]}:${match[3]}` : `${Number(match[2])}:${match[3]}`.padStart(5, '0');
}

/** `12:31`, `1:02:03.500`, `00:12:31,000` (a transcript's timestamp) as `HH:MM:SS`; undefined when not a time. */
export function normalizeTime(text: string): string | undefined {
  const match = /^(?:(\d{1,3}):)?(\d{1,2}):(\d{2})(?:[.,]\d{1,3})?$/.exec(text.trim());
  if (!match) return undefined;
  const [hours, minutes, seconds] = [Number(match[1] ?? 0), Number(match[2]), Number(match[3])];
  if (seconds > 59 || (match[1] !== undefined && minutes > 59)) return undefined;
  const total = hours * 3600 + minutes * 60 + seconds;
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${two(Math.floor(total / 3600))}:${two(Math.floor(total / 60) % 60)}:${two(total % 60)}`;
}
