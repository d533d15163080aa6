/**
 * The sources a draft cites or quotes, and its bibliography in a citation style: APA and Chicago sort by
 * author (else title, leading article ignored), the others by date.
 */
import type { DraftReport } from '../findings';
import type { Article, SourceMeta } from '../sources/article';
import { draftSafeMeta, safeUrl } from '../text/draft-safe';
import { findDefinitions } from './footnotes';
import { formatCitation, longDate, type CitationStyle } from './format';

/** Articles the draft quotes (a matched quotation) or cites (`[@id]`, a link to its URL, a footnote). */
export function citedSources(draft: string, report: DraftReport, articles: readonly Article[]): Article[] {
  const cited = new Set<Article>();
  for (const q of report.quotes) if (q.source && q.verdict !== 'unchecked') cited.add(q.source.article);
  // What the draft cites, gathered once; then each article is a lookup, so the cost follows the draft, not the corpus.
  const keys = citationKeys(draft);
  const urls = new Set([...draft.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!));
  const notes = findDefinitions(draft).map((d) => d.text).join('\n');
  for (const article of articles) {
    const { id, url } = article.meta;
    const safe = safeUrl(url); // what Sourcecheck's own citations wrote
    const linked = (u: string | undefined): boolean => !!u && (urls.has(u) || (!!notes && notes.includes(u)));
    if (keys.has(id) || linked(url) || linked(safe)) cited.add(article);
  }
  return [...cited];
}

/** Pandoc citation keys: `[@a]`, `[@a; @b]`, `[see @a, p. 3]`, `[-@a]`. */
function citationKeys(draft: string): Set<string> {
  const keys = new Set<string>();
  for (const group of draft.matchAll(/\[[^\[\]]*@[^\[\]]*\]/g)) {
    for (const key of group[0].matchAll(/-?@([\p{L}\p{N}_][\p{L}\p{N}_:.#$%&+?<>~/-]*?)(?=[\s,;\]]|$)/gu)) keys.add(key[1]!);
  }
  return keys;
}

function sortKey(meta: SourceMeta): string {
  return (meta.authors?.[0]?.family ?? meta.authors?.[0]?.literal ?? meta.author ?? meta.title).replace(/^["'\u201C]?(?:the|a|an)\s+/i, '').toLowerCase();
}

/** The `## Sources` section; every field passes through draftSafeMeta (a source's text goes into the draft). */
export function bibliography(sources: readonly SourceMeta[], style: CitationStyle): string {
  const alphabetical = style === 'apa' || style === 'chicago' || style === 'footnote';
  const sorted = sources.map(draftSafeMeta).sort((a, b) => (alphabetical ? sortKey(a).localeCompare(sortKey(b)) : (a.date ?? '').localeCompare(b.date ?? '')));
  const entry = (s: SourceMeta): string => {
    if (style === 'apa') return formatCitation(s, 'apa');
    if (alphabetical) return formatCitation(s, 'chicago');
    const title = formatCitation(s, 'link');
    const tail = style === 'pandoc' ? ` [@${s.id}]` : '';
    return `${title}, ${[s.outlet, longDate(s.date)].filter(Boolean).join(', ')}${tail}`;
  };
  return `## Sources\n\n${sorted.map((s) => `- ${entry(s)}`).join('\n')}\n`;
}
