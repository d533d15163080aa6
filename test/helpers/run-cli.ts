// Runs the built CLI (dist/cli.js) as a child process, as a user or a CI job would, for the CLI tests.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

/** The repository root (the tests are bundled into out/test/unit/). */
export const ROOT = path.resolve(__dirname, '../../..');
export const CLI = path.join(ROOT, 'dist', 'cli.js');

export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function cli(cwd: string, ...args: string[]): Run {
  return cliWith({}, cwd, ...args);
}

/** The CLI with a fixed terminal (100 columns, no colour) plus `env`: the text report must not depend on the caller's. */
export function cliWith(env: Record<string, string>, cwd: string, ...args: string[]): Run {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !['NO_COLOR', 'FORCE_COLOR', 'COLUMNS'].includes(k)));
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000, env: { ...base, COLUMNS: '100', ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Exit code 2 with one line on stderr, `sourcecheck: <reason>`. */
export function assertUsageError(run: Run, reason: RegExp): void {
  assert.equal(run.status, 2, `exit code; stdout: ${run.stdout}; stderr: ${run.stderr}`);
  const lines = run.stderr.split('\n').filter((l) => l !== '');
  assert.equal(lines.length, 1, `one line on stderr, got ${JSON.stringify(run.stderr)}`);
  assert.match(lines[0]!, /^sourcecheck: /);
  assert.match(lines[0]!, reason);
}
