/**
 * A news page's JSON-LD (`<script type="application/ld+json">`, as schema.org asks publishers to embed): the
 * headline, authors, publication date, publisher and URL of its `NewsArticle` (or another kind of article),
 * the most exact metadata a saved page carries. The script is text from strangers: it is parsed only up to
 * MAX_JSON_LD characters, any shape is tolerated, and nothing but short strings comes out.
 */

export interface JsonLdArticle {
  readonly title?: string;
  readonly author?: string;
  readonly date?: string;
  readonly outlet?: string;
  readonly url?: string;
}

/** A JSON-LD block larger than this is not read (a page's metadata is a few KB). */
export const MAX_JSON_LD = 256 * 1024;
/** Each field is a line of text at most. */
const MAX_FIELD = 300;
/** Objects visited per block: `@graph` arrays and nesting are bounded, whatever the page holds. */
const MAX_NODES = 2000;

const ARTICLE_TYPES = /^(NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|Article|BlogPosting|Report|ScholarlyArticle|LiveBlogPosting)$/;

/** The first article described by one JSON-LD block; undefined when it holds none (or is not JSON). */
export function readJsonLd(source: string): JsonLdArticle | undefined {
  if (source.length > MAX_JSON_LD) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(source.trim().replace(/^<!--|-->$/g, ''));
  } catch {
    return undefined;
  }
  const article = findArticle(data);
  if (!article) return undefined;
  const fields: JsonLdArticle = {
    title: text(article['headline']) ?? text(article['name']),
    author: names(article['author']),
    date: text(article['datePublished']) ?? text(article['dateCreated']),
    outlet: names(article['publisher']) ?? names(article['sourceOrganization']),
    url: text(article['url']) ?? idOf(article['mainEntityOfPage']),
  };
  const present = Object.entries(fields).filter(([, value]) => value !== undefined);
  return present.length ? (Object.fromEntries(present) as JsonLdArticle) : undefined;
}

type Node = Record<string, unknown>;

/** Breadth first through arrays, `@graph` and nested objects: the outermost article wins. */
function findArticle(data: unknown): Node | undefined {
  const queue: unknown[] = [data];
  for (let visited = 0; visited < queue.length && visited < MAX_NODES; visited++) {
    const item = queue[visited];
    if (Array.isArray(item)) {
      queue.push(...item.slice(0, MAX_NODES));
      continue;
    }
    if (!isNode(item)) continue;
    if (typesOf(item).some((type) => ARTICLE_TYPES.test(type))) return item;
    for (const value of Object.values(item)) if (typeof value === 'object' && value !== null) queue.push(value);
  }
  return undefined;
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typesOf(node: Node): string[] {
  const type = node['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^(https?:\/\/)?schema\.org\//, ''));
}

/** A person or an organisation, a list of them, or a plain name: "A", "A and B", "A, B and C". */
function names(value: unknown): string | undefined {
  const list = (Array.isArray(value) ? value : [value]).slice(0, 20)
    .map((item) => (isNode(item) ? text(item['name']) : text(item)))
    .filter((name): name is string => name !== undefined);
  const unique = [...new Set(list)];
  if (unique.length === 0) return undefined;
  const joined = unique.length === 1 ? unique[0]! : `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`;
  return joined.slice(0, MAX_FIELD);
}

function idOf(value: unknown): string | undefined {
  return isNode(value) ? text(value['@id']) ?? text(value['url']) : text(value);
}

function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.replace(/\s+/g, ' ').trim();
  return trimmed ? trimmed.slice(0, MAX_FIELD) : undefined;
}
