/**
 * The ~1 GB section of `npm run bench` alone (scripts/bench/gigabyte-bench.ts): build, memory, check latency and
 * the cold start from the persisted cache, at any size, so the cold start can be measured without the rest.
 *
 * Usage: npm run bench:cold [-- DATA_DIR]   (node --expose-gc --max-old-space-size=16384 out/scripts/bench-cold.js)
 *   SOURCECHECK_BENCH_COPIES=25 for ~100 MB (default 250, ~1 GB).
 */
import * as os from 'node:os';
import * as path from 'node:path';
import { draftsWithQuotations, loadDataset } from './bench/dataset';
import { benchGigabyte } from './bench/gigabyte-bench';
import { CORPUS_SEED, deriveLargeCorpus } from './bench/large-corpus';

const REPO = path.resolve(__dirname, '..', '..');

async function main(): Promise<void> {
  const dataset = loadDataset(path.resolve(process.argv[2] ?? path.join(REPO, 'data', 'wikinews-dev')));
  const copies = Number(process.env['SOURCECHECK_BENCH_COPIES'] ?? 250);
  console.log(`load average at start ${os.loadavg()[0]!.toFixed(2)}; ${copies} copies`);
  const figures = await benchGigabyte(() => deriveLargeCorpus(dataset.sources, copies, CORPUS_SEED), dataset.drafts, draftsWithQuotations(dataset, 15), (m) => console.log(m));
  console.log(JSON.stringify(figures, null, 2));
  console.log(`load average at end ${os.loadavg()[0]!.toFixed(2)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
