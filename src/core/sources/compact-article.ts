/**
 * An article as it is kept for as long as it is indexed: its strings and arrays of its own and of their exact
 * size. A body or a front-matter field cut out of the decoded file keeps the file's whole text alive (detached.ts);
 * an offset map or line index built point by point keeps spare room in its arrays (V8 grows an array by half
 * again plus 16). Over the benchmark's sources the two were about a third of the text's size again.
 */
import { detached } from '../text/detached';
import { LineIndex } from '../text/positions';
import type { Article, SourceMeta } from './article';

export function compactArticle(article: Article): Article {
  const meta: Record<string, unknown> = { ...article.meta };
  for (const [key, value] of Object.entries(meta)) if (typeof value === 'string') meta[key] = detached(value);
  return {
    ...article,
    body: detached(article.body),
    meta: meta as unknown as SourceMeta,
    bodyToFile: article.bodyToFile.compacted(),
    fileLines: LineIndex.fromJSON(article.fileLines.toJSON().slice()),
  };
}
