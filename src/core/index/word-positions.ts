/**
 * Where each word of a source article is, for the articles a check matched. Re-scanning one article takes
 * microseconds; the most recently used ones are remembered.
 */
import type { Article } from '../sources/article';
import { scanWords, type WordSpans } from '../text/words';

const REMEMBERED = 2048; // about 4 KB each for a news article
const recent = new Map<Article, WordSpans>();

export function wordPositions(article: Article): WordSpans {
  let spans = recent.get(article);
  if (spans) {
    recent.delete(article); // re-insert: a Map iterates in insertion order, so the oldest is first
  } else {
    spans = scanWords(article.body);
    if (recent.size >= REMEMBERED) recent.delete(recent.keys().next().value!);
  }
  recent.set(article, spans);
  return spans;
}
