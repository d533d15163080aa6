/**
 * The whole CLI process, as a user or CI pipeline runs it: Node start, reading, indexing, checking, JSON.
 * Cold: --no-cache. Warm: a second run over the same drafts and sources with the persisted cache (a primed
 * cache folder of its own, so the user's cache is neither used nor touched).
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import type { Dataset } from './dataset';
import { median, timed } from './stats';

export interface CliFigures {
  readonly runs: number;
  readonly wallMs: number[];
  readonly medianWallMs: number;
  /** Quotations the CLI reported across the drafts. */
  readonly reportedQuotations: number;
}

export function benchCli(cli: string, dataset: Dataset, runs: number, cacheDir: string | null): CliFigures {
  const drafts = dataset.drafts.map((d) => path.join(dataset.dir, d.name));
  const cache = cacheDir === null ? ['--no-cache'] : ['--cache-dir', cacheDir];
  const args = [cli, 'check', '--format', 'json', '--fail-on', 'none', ...cache, '--sources', dataset.sourcesDir, ...drafts];
  if (cacheDir !== null) spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 30 }); // primes the cache
  const wallMs: number[] = [];
  let reportedQuotations = 0;
  for (let i = 0; i < runs; i++) {
    const { result, ms } = timed(() => spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 30 }));
    if (result.error || result.status !== 0) {
      throw new Error(`bench: the CLI failed (${result.error?.message ?? `exit ${result.status}`}): ${result.stderr.trim().split('\n')[0] ?? ''}`);
    }
    wallMs.push(ms);
    reportedQuotations = countQuotations(result.stdout);
  }
  return { runs, wallMs, medianWallMs: median(wallMs), reportedQuotations };
}

function countQuotations(json: string): number {
  const report = JSON.parse(json) as { drafts: Array<{ quotes: unknown[] }> };
  return report.drafts.reduce((sum, d) => sum + d.quotes.length, 0);
}
