/**
 * Short quotations (two to five words): what their separate retrieval path costs. On DEV and on the ~25x corpus,
 * the quoted-bigram index's build (on a check's first short quotation) and size against the text and the trigram
 * index, and the check of a draft of 40 short quotations (half of them with a changed word), each attributed to
 * the person the source quotes, cold (the first check builds the index) and warm.
 *
 * Usage: npm run bench:short [-- DATA_DIR]   (node out/scripts/bench-short.js [DATA_DIR] after node esbuild.js --bench)
 */
import * as os from 'node:os';
import * as path from 'node:path';
import { checkDraft, indexSources, type PassageIndex, type SourceFile } from '../src/core';
import { QuotedBigramIndex } from '../src/core/index/quoted-bigram-index';
import { attributedQuotations } from '../src/core/source-speakers';
import { loadDataset, totalBytes } from './bench/dataset';
import { CORPUS_SEED, deriveLargeCorpus, LARGE_COPIES } from './bench/large-corpus';
import { median, percentile, repeatFor, timed } from './bench/stats';

const REPO = path.resolve(__dirname, '..', '..');
const QUOTATIONS = 40;

/** 40 quotations of four words out of the sources' attributed quotations; every other one with its third word changed. */
function shortDraft(index: PassageIndex): string {
  const lines: string[] = [];
  for (const { article } of index.articles) {
    for (const q of attributedQuotations(article)) {
      const words = q.text.split(/\s+/).filter((w) => /^[A-Za-z]+$/.test(w));
      if (words.length < 12 || !/^[A-Z][a-z]+ [A-Z][a-z]+$/.test(q.speaker)) continue;
      const four = words.slice(4, 8);
      if (lines.length % 2 === 1) four[2] = 'meanwhile';
      lines.push(`${q.speaker} said it was "${four.join(' ')}" in the end.`);
      break;
    }
    if (lines.length === QUOTATIONS) break;
  }
  return lines.join('\n\n');
}

function measure(label: string, files: SourceFile[]): void {
  const { index } = indexSources(files);
  const draft = shortDraft(index);
  const cold = timed(() => checkDraft(draft, index));
  const verdicts = new Map<string, number>();
  for (const q of cold.result.quotes) verdicts.set(q.verdict, (verdicts.get(q.verdict) ?? 0) + 1);
  const build = timed(() => QuotedBigramIndex.build(index.articles)); // again, from the pieces kept with the articles
  const samples: number[] = [];
  repeatFor((record) => {
    const t = timed(() => checkDraft(draft, index));
    if (record) samples.push(t.ms);
  }, { budgetMs: 3000, maxRounds: 200, minRounds: 5, warmup: 2 });
  // One source changed: the host's next set of articles differs by one; only that one is indexed again.
  const changed = indexSources([{ file: 'changed.md', bytes: files[0]!.bytes }]).index.articles[0]!;
  const next = index.articles.map((a, k) => (k === 0 ? changed : a));
  const update = timed(() => QuotedBigramIndex.of(next));
  const text = totalBytes(files);
  const quoted = QuotedBigramIndex.of(index.articles).byteSize;
  console.log(`${label}: ${(text / 1e6).toFixed(1)} MB of sources, ${index.articles.length} articles`);
  console.log(`  quoted-bigram index: ${(quoted / 1e6).toFixed(2)} MB = ${(quoted / text).toFixed(3)}x the text (trigram index ${(index.byteSize / text).toFixed(3)}x); rebuilt from kept pieces in ${build.ms.toFixed(1)} ms; after one changed source ${update.ms.toFixed(1)} ms (${update.result.segmentCount} segments)`);
  console.log(`  draft of ${cold.result.quotes.length} short quotations: first check (reads the quoted stretches, builds the index) ${cold.ms.toFixed(0)} ms; then median ${median(samples).toFixed(2)} ms, p95 ${percentile(samples, 95).toFixed(2)} ms (${samples.length} rounds)`);
  console.log(`  verdicts: ${[...verdicts].map(([v, n]) => `${v} ${n}`).join(', ')}`);
}

function main(): void {
  const dataset = loadDataset(path.resolve(process.argv[2] ?? path.join(REPO, 'data', 'wikinews-dev')));
  console.log(`load average at start ${os.loadavg()[0]!.toFixed(1)}`);
  measure('DEV', dataset.sources);
  measure(`~${LARGE_COPIES}x`, deriveLargeCorpus(dataset.sources, LARGE_COPIES, CORPUS_SEED));
  console.log(`load average at end ${os.loadavg()[0]!.toFixed(1)}`);
}

main();
