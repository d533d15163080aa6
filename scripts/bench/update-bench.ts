/**
 * One changed source file in a large corpus, as the editor's Corpus handles it today: the changed file is read
 * and tokenized again, then the passage index is rebuilt over every article (Corpus.index after an upsert).
 * There are no delta segments yet, so this costs about a whole build: reported against #10's 50 ms target.
 */
import { performance } from 'node:perf_hooks';
import { PassageIndex, tokenizeArticle } from '../../src/core';
import { median, percentile } from './stats';

export interface UpdateFigures {
  readonly samples: number;
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly articles: number;
}

export function benchOneChangedFile(index: PassageIndex, samples: number): UpdateFigures {
  const articles = [...index.articles];
  const times: number[] = [];
  for (let k = 0; k < samples; k++) {
    const at = Math.floor((k + 0.5) * (articles.length / samples));
    const article = articles[at]!.article;
    const changed = { ...article, body: `${article.body} One more sentence, added in revision ${k}.` };
    const started = performance.now();
    articles[at] = tokenizeArticle(changed);
    PassageIndex.build(articles);
    times.push(performance.now() - started);
  }
  return { samples, medianMs: median(times), p95Ms: percentile(times, 95), articles: articles.length };
}
