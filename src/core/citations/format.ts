/**
 * Citation text for a source, in the styles a newsroom or an op-ed page uses. Pure formatting: where the text
 * goes (after a quotation, as a footnote, in a bibliography) is the host's business.
 */
import type { PersonName } from '../library/entry';
import type { SourceMeta } from '../sources/article';
import { clockTime, type Locator } from '../sources/segments';
import { draftSafeMeta, plainText } from '../text/draft-safe';

export type CitationStyle = 'inline' | 'link' | 'footnote' | 'pandoc' | 'apa' | 'chicago';
export const CITATION_STYLES: readonly CitationStyle[] = ['inline', 'link', 'footnote', 'pandoc', 'apa', 'chicago'];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

interface ParsedDate {
  readonly year: string;
  readonly month?: string;
  readonly day?: number;
}

/** `2006-05-17` (or `2006-05`, `2006`, an ISO timestamp) read for display; undefined when not a date. */
export function parseDate(date: string | undefined): ParsedDate | undefined {
  const match = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?/.exec(date?.trim() ?? '');
  if (!match) return undefined;
  const month = match[2] ? MONTHS[Number(match[2]) - 1] : undefined;
  return { year: match[1]!, ...(month ? { month } : {}), ...(match[3] && month ? { day: Number(match[3]) } : {}) };
}

/** `May 17, 2006` (Chicago and AP spell the month out in citations). */
export function longDate(date: string | undefined): string | undefined {
  const d = parseDate(date);
  if (!d) return date?.trim() || undefined;
  if (!d.month) return d.year;
  return d.day ? `${d.month} ${d.day}, ${d.year}` : `${d.month} ${d.year}`;
}

/** `p. 12`, or a transcript's time `12:31`; undefined when there is no locator. */
export function locatorText(locator: Locator | undefined): string | undefined {
  if (locator?.page !== undefined) return `p. ${locator.page}`;
  if (locator?.time !== undefined) return clockTime(locator.time);
  return undefined;
}

/**
 * The citation of `source` as text in `style` (for `footnote`, the footnote's text). With the `locator` of the
 * quoted passage, the inline, Pandoc and footnote styles point at it: `(Report, p. 12)`, `[@key, p. 12]`,
 * `(interview with Jane Roe, 12:31)`. Reference-list styles (APA, Chicago bibliography, link) cite the whole work.
 */
export function formatCitation(meta: SourceMeta, style: CitationStyle, locator?: Locator): string {
  const source = draftSafeMeta(meta); // from a source file: plain text and http(s) URLs only
  const at = locatorText(locator);
  const speaker = locator?.speaker && plainText(locator.speaker, 200);
  switch (style) {
    case 'inline':
      if (locator?.time !== undefined && speaker) return `(interview with ${speaker}, ${at})`;
      return `(${[source.outlet ?? source.title, longDate(source.date), at].filter(Boolean).join(', ')})`;
    case 'link':
      return source.url ? `[${escapeLinkText(source.title)}](${source.url})` : `"${source.title}"`;
    case 'pandoc':
      return `[@${source.id}${at ? `, ${at}` : ''}]`;
    case 'apa':
      return apa(source);
    case 'chicago':
      return chicagoBibliography(source);
    case 'footnote': {
      const note = chicagoNote(source);
      if (!at) return note;
      const who = locator?.time !== undefined && speaker ? `Interview with ${speaker}: ` : '';
      return `${who}${note.replace(/[.]$/, '')}, ${at}.`;
    }
  }
}

/** APA 7 newspaper article: Author. (2006, May 17). Title. Outlet. URL */
function apa(s: SourceMeta): string {
  const d = parseDate(s.date);
  const when = d ? `(${[d.year, d.month && (d.day ? `${d.month} ${d.day}` : d.month)].filter(Boolean).join(', ')})` : '(n.d.)';
  const title = sentenceEnd(s.title);
  const author = s.authors?.length ? apaAuthors(s.authors) : s.author;
  const head = author ? `${sentenceEnd(author)} ${when}. ${title}` : `${title} ${when}.`;
  return [head, s.outlet && sentenceEnd(s.outlet), s.doi ? `https://doi.org/${s.doi}` : s.url].filter(Boolean).join(' ');
}

/** APA 7: `Roe, J. A.`, `Roe, J., & Smith, J.`, `Roe, J., Smith, J., & Lee, A.`; organisations as written. */
function apaAuthors(names: readonly PersonName[]): string {
  const one = (n: PersonName): string => {
    if (n.literal || !n.given) return n.literal ?? n.family ?? '';
    const initials = n.given.split(/[\s.]+/).filter(Boolean).map((w) => w.split('-').map((p) => `${p[0]!.toUpperCase()}.`).join('-')).join(' ');
    return `${n.family}, ${initials}`;
  };
  const all = names.map(one);
  if (all.length === 1) return all[0]!;
  return `${all.slice(0, -1).join(', ')}, & ${all[all.length - 1]}`;
}

/** Chicago bibliography: `Roe, Jane`, `Roe, Jane, and John Smith`, `Roe, Jane, John Smith, and Ann Lee`. */
function chicagoAuthors(names: readonly PersonName[]): string {
  const all = names.map((n, k) => (n.literal ?? (k === 0 && n.given ? `${n.family}, ${n.given}` : [n.given, n.family].filter(Boolean).join(' '))));
  if (all.length === 1) return all[0]!;
  return `${all.slice(0, -1).join(', ')}, and ${all[all.length - 1]}`;
}

/** Chicago bibliography entry for a news article: Author. "Title." Outlet, May 17, 2006. URL. */
function chicagoBibliography(s: SourceMeta): string {
  const author = s.authors?.length ? chicagoAuthors(s.authors) : s.author;
  const parts = [...(author ? [sentenceEnd(author)] : []), `"${sentenceEnd(s.title)}"`];
  const where = [s.outlet, longDate(s.date)].filter(Boolean).join(', ');
  if (where) parts.push(`${where}.`);
  if (s.url) parts.push(`${s.url}.`);
  return parts.join(' ');
}

/** Chicago note: Author, "Title," Outlet, May 17, 2006, URL. */
function chicagoNote(s: SourceMeta): string {
  const title = `"${s.title.replace(/[.,]$/, '')},"`;
  const rest = [s.outlet, longDate(s.date), s.url].filter(Boolean).join(', ');
  return `${[s.author && `${s.author},`, rest ? title : `"${s.title.replace(/[.,]$/, '')}."`].filter(Boolean).join(' ')}${rest ? ` ${rest}.` : ''}`;
}

function sentenceEnd(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function escapeLinkText(text: string): string {
  return text.replace(/([\[\]\\])/g, '\\$1');
}
