/**
 * The parts of `npm run bench` that time the Corpus and the CLI, alone (a minute instead of many): the ~100 MB
 * corpus as the editor drives it (one changed file, the longest task during indexing, snapshot write, a storm,
 * the merge) and the whole CLI over the DEV drafts, cold and warm, against fuse.js per quotation.
 *
 * Usage: npm run bench:corpus [-- DATA_DIR]   (node --expose-gc out/scripts/bench-corpus.js [DATA_DIR])
 *   SOURCECHECK_BENCH_PART=cli or =updates runs one of the two.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { indexSources } from '../src/core';
import { benchCli } from './bench/cli-bench';
import { loadDataset } from './bench/dataset';
import { benchFusePeer } from './bench/fuse-peer';
import { CORPUS_SEED, deriveLargeCorpus, LARGE_COPIES } from './bench/large-corpus';
import { benchCorpusUpdates } from './bench/update-bench';
import { ms, times } from './bench/table';

const REPO = path.resolve(__dirname, '..', '..');
const CLI_RUNS = 5;
const FUSE_QUOTATIONS = 5;

async function main(): Promise<void> {
  const dataset = loadDataset(path.resolve(process.argv[2] ?? path.join(REPO, 'data', 'wikinews-dev')));
  const part = process.env['SOURCECHECK_BENCH_PART'];
  console.log(`load average at start ${os.loadavg()[0]!.toFixed(2)}`);
  if (part !== 'updates') {
    const cli = path.join(REPO, 'dist', 'cli.js');
    const quotations = dataset.expected.length;
    const peer = benchFusePeer(dataset.sources, dataset.expected, FUSE_QUOTATIONS, indexSources(dataset.sources).index);
    const cold = benchCli(cli, dataset, CLI_RUNS, null);
    const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcecheck-bench-cache-'));
    const warm = benchCli(cli, dataset, CLI_RUNS, cacheDir);
    fs.rmSync(cacheDir, { recursive: true, force: true });
    for (const [name, f] of [['cold (--no-cache)', cold], ['warm cache', warm]] as const) {
      console.log(`CLI ${name}: wall ${f.wallMs.map(ms).join(', ')} (median ${ms(f.medianWallMs)}); fuse.js per quotation ${ms(peer.fuseMedianMs)} / CLI per quotation ${ms(f.medianWallMs / quotations)} = ${times(peer.fuseMedianMs / (f.medianWallMs / quotations))}`);
    }
  }
  if (part !== 'cli') {
    const u = await benchCorpusUpdates(() => deriveLargeCorpus(dataset.sources, LARGE_COPIES, CORPUS_SEED), dataset.drafts, 20);
    console.log(`~100 MB, one changed file: ${ms(u.medianMs)} median, ${ms(u.p95Ms)} p95; same as fresh ${u.sameAsFresh.sameVerdictAndSource}/${u.sameAsFresh.quotations}; new text found: ${u.foundNewText ? 'yes' : 'NO'}`);
    for (const p of ['indexing', 'snapshot', 'storm', 'merge'] as const) {
      console.log(`  ${p}: wall ${ms(u.wallMs[p])}, longest task ${ms(u.longestTaskMs[p])}, longest slice (CPU) ${ms(u.longestSliceCpuMs[p])}, longest slice less run-queue wait ${ms(u.longestSliceOwnMs[p])}, longest full GC ${ms(u.longestMajorGcMs[p])}, longest GC pause of any kind ${ms(u.longestAnyGcMs[p])}, GC pauses in all ${ms(u.totalGcMs[p])}`);
    }
  }
  console.log(`load average at end ${os.loadavg()[0]!.toFixed(2)}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
