/**
 * Links reference-library entries to the source files they describe (by attached file name, DOI, URL, then
 * title), and gives those articles the library's citation key, title, authors, date and container, so that
 * Pandoc citations, completion, APA and Chicago use what the writer keeps in Zotero.
 */
import type { Article, SourceMeta } from '../sources/article';
import { authorList, type Library, type LibraryEntry } from './entry';

interface Lookup {
  readonly byFile: Map<string, LibraryEntry>;
  readonly byDoi: Map<string, LibraryEntry>;
  readonly byUrl: Map<string, LibraryEntry>;
  readonly byTitle: Map<string, LibraryEntry>;
}

/** The articles, those described by a library entry with its metadata; the others unchanged. */
export function linkLibraries(articles: readonly Article[], libraries: readonly Library[]): Article[] {
  if (libraries.length === 0) return [...articles];
  const lookup = lookupOf(libraries);
  return articles.map((article) => {
    const entry = entryFor(article, lookup);
    if (!entry) return article;
    // Fields named, not spread: an article restored from a snapshot decodes them on first use (lazy-snapshot.ts).
    const { file, body, bodyToFile, fileLines, segments } = article;
    return { file, meta: mergedMeta(article.meta, entry), body, bodyToFile, fileLines, ...(segments ? { segments } : {}) };
  });
}

/** The entry describing `article`, if any: its attached file, DOI, URL or title. */
export function entryFor(article: Article, lookup: Lookup): LibraryEntry | undefined {
  const doi = article.meta.doi ?? doiIn(article.meta.url);
  return lookup.byFile.get(fileName(article.file))
    ?? (doi ? lookup.byDoi.get(doi.toLowerCase()) : undefined)
    ?? (article.meta.url ? lookup.byUrl.get(normalUrl(article.meta.url)) : undefined)
    ?? lookup.byTitle.get(normalTitle(article.meta.title));
}

function lookupOf(libraries: readonly Library[]): Lookup {
  const lookup: Lookup = { byFile: new Map(), byDoi: new Map(), byUrl: new Map(), byTitle: new Map() };
  const add = (map: Map<string, LibraryEntry>, key: string | undefined, entry: LibraryEntry): void => {
    if (key && !map.has(key)) map.set(key, entry); // the first library and entry win
  };
  for (const library of libraries) {
    for (const entry of library.entries) {
      for (const file of entry.files) add(lookup.byFile, fileName(file), entry);
      add(lookup.byDoi, entry.doi?.toLowerCase(), entry);
      add(lookup.byUrl, entry.url && normalUrl(entry.url), entry);
      add(lookup.byTitle, entry.title && normalTitle(entry.title), entry);
    }
  }
  return lookup;
}

function mergedMeta(meta: SourceMeta, entry: LibraryEntry): SourceMeta {
  const author = authorList(entry.authors);
  const url = entry.url ?? meta.url ?? (entry.doi ? `https://doi.org/${entry.doi}` : undefined);
  return {
    ...meta,
    id: entry.key,
    title: entry.title ?? meta.title,
    ...(author ? { author, authors: entry.authors } : {}),
    ...(entry.date ? { date: entry.date } : {}),
    ...(entry.container ? { outlet: entry.container } : {}),
    ...(url ? { url } : {}),
    ...(entry.doi ? { doi: entry.doi } : {}),
  };
}

/** The last path segment, decoded and lower-cased: `file:///a/My%20Report.PDF` -> `my report.pdf`. */
export function fileName(path: string): string {
  const last = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  let decoded = last;
  try {
    decoded = decodeURIComponent(last);
  } catch {
    // not percent-encoded
  }
  return decoded.toLowerCase();
}

function doiIn(url: string | undefined): string | undefined {
  return /\b(10\.\d{4,9}\/[^\s?#]+)/.exec(url ?? '')?.[1];
}

function normalUrl(url: string): string {
  return url.trim().toLowerCase().replace(/^[a-z]+:\/\//, '').replace(/^www\./, '').replace(/[#?].*$/, '').replace(/\/+$/, '');
}

function normalTitle(title: string): string {
  return title.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
