/**
 * The ~1 GB section of `npm run bench` alone (scripts/bench/gigabyte-bench.ts): build, memory, check latency and
 * the cold start from the persisted cache, at any size, so the cold start can be measured without the rest.
 *
 * Usage: npm run bench:cold [-- DATA_DIR]   (node --expose-gc --max-old-space-size=16384 out/scripts/bench-cold.js)
 *   SOURCECHECK_BENCH_COPIES=25 for ~100 MB (default 250, ~1 GB).
 *   SOURCECHECK_BENCH_RESTARTS=3: three cold starts one after another from the same saved cache (default 1).
 *   SOURCECHECK_BENCH_PROFILE=DIR: a CPU profile of each cold start, written to DIR/cold-N.cpuprofile.
 */
import * as fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { draftsWithQuotations, loadDataset } from './bench/dataset';
import { benchGigabyte, type GigabyteOptions } from './bench/gigabyte-bench';
import { CORPUS_SEED, deriveLargeCorpus } from './bench/large-corpus';

const REPO = path.resolve(__dirname, '..', '..');

async function main(): Promise<void> {
  const dataset = loadDataset(path.resolve(process.argv[2] ?? path.join(REPO, 'data', 'wikinews-dev')));
  const copies = Number(process.env['SOURCECHECK_BENCH_COPIES'] ?? 250);
  console.log(`load average at start ${os.loadavg()[0]!.toFixed(2)}; ${copies} copies`);
  const restarts = Number(process.env['SOURCECHECK_BENCH_RESTARTS'] ?? 1);
  const profileDir = process.env['SOURCECHECK_BENCH_PROFILE'];
  const options: GigabyteOptions = { restarts, ...(profileDir ? { around: profiled(profileDir) } : {}) };
  const figures = await benchGigabyte(() => deriveLargeCorpus(dataset.sources, copies, CORPUS_SEED), dataset.drafts, draftsWithQuotations(dataset, 15), (m) => console.log(m), options);
  console.log(JSON.stringify(figures, null, 2));
  console.log(`load average at end ${os.loadavg()[0]!.toFixed(2)}`);
}

/** Runs each cold start under the inspector's CPU profiler and writes its profile into `dir`. */
function profiled(dir: string): NonNullable<GigabyteOptions['around']> {
  return async (run, restart) => {
    const session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    await session.post('Profiler.start');
    const result = await run();
    const { profile } = await session.post('Profiler.stop');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `cold-${restart + 1}.cpuprofile`), JSON.stringify(profile));
    session.disconnect();
    return result;
  };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
