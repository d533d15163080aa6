/** CSL-JSON libraries (Zotero, Better BibTeX and Pandoc export them): an array of items with an `id`. */
import type { Library, LibraryEntry, PersonName } from './entry';

type Json = Record<string, unknown>;

/** The library in `text`, or undefined when it is not CSL-JSON (some other JSON file in the folder). */
export function parseCslJson(file: string, text: string): Library | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
  const items = Array.isArray(parsed) ? parsed : isObject(parsed) && Array.isArray(parsed['items']) ? parsed['items'] : undefined;
  if (!items || !items.some(isCslItem)) return undefined;
  const entries: LibraryEntry[] = [];
  const problems: string[] = [];
  items.forEach((item, k) => {
    if (isCslItem(item)) entries.push(entryOf(item));
    else problems.push(`item ${k + 1} skipped: no id`);
  });
  return { file, entries, problems };
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCslItem(value: unknown): value is Json {
  return isObject(value) && (typeof value['id'] === 'string' || typeof value['id'] === 'number') && (typeof value['type'] === 'string' || typeof value['title'] === 'string');
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : typeof value === 'number' ? String(value) : undefined;
}

function entryOf(item: Json): LibraryEntry {
  const title = str(item['title']);
  const date = dateOf(item['issued']);
  const container = str(item['container-title']) ?? str(item['publisher']);
  const doi = str(item['DOI'])?.replace(/^https?:\/\/(?:dx\.)?doi\.org\//i, '');
  const url = str(item['URL']);
  const authors = Array.isArray(item['author']) ? item['author'] : Array.isArray(item['editor']) ? item['editor'] : [];
  return {
    key: String(item['id']),
    ...(str(item['type']) ? { type: str(item['type'])! } : {}),
    authors: authors.flatMap((a) => (isObject(a) ? [personOf(a)] : [])).filter((p) => p.literal || p.family),
    files: [str(item['file'])].filter((f): f is string => Boolean(f)),
    ...(title ? { title } : {}),
    ...(date ? { date } : {}),
    ...(container ? { container } : {}),
    ...(doi ? { doi } : {}),
    ...(url ? { url } : {}),
  };
}

function personOf(a: Json): PersonName {
  const literal = str(a['literal']);
  if (literal) return { literal };
  const family = [str(a['non-dropping-particle']), str(a['family'])].filter(Boolean).join(' ');
  const given = str(a['given']);
  return { ...(family ? { family } : {}), ...(given ? { given } : {}) };
}

/** `{"date-parts": [[2024, 3, 2]]}`, or a `raw`/`literal` ISO date. */
function dateOf(issued: unknown): string | undefined {
  if (!isObject(issued)) return undefined;
  const parts = issued['date-parts'];
  if (Array.isArray(parts) && Array.isArray(parts[0])) {
    const [y, m, d] = (parts[0] as unknown[]).map((p) => Number(p));
    if (!Number.isFinite(y)) return undefined;
    const two = (n: number | undefined): string | undefined => (n !== undefined && Number.isFinite(n) ? String(n).padStart(2, '0') : undefined);
    return [String(y), two(m), two(m) && two(d)].filter(Boolean).join('-');
  }
  return /^\d{4}(?:-\d{2}(?:-\d{2})?)?/.exec(str(issued['raw']) ?? str(issued['literal']) ?? '')?.[0];
}
