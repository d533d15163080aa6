#!/usr/bin/env node
// Runs the same in-workbench suite in DESKTOP VS Code (the Node extension host), with @vscode/test-electron:
//
//   node esbuild.js --web-tests && node scripts/test-desktop.js     (= npm run test:desktop)
//
// test-electron downloads VS Code from update.code.visualstudio.com (cached in .vscode-test/), so this only runs
// on machines that can reach it, or that have a VS Code already: set VSCODE_EXECUTABLE to its binary
// (e.g. /usr/share/code/code). On Linux without a display, run it under xvfb-run -a. On machines without network
// (like CI here) it fails at once with a clear message; use npm run test:web there.
//
// Environment: VSCODE_EXECUTABLE, SOURCECHECK_VSCODE_VERSION (default 'stable'), SOURCECHECK_DESKTOP_TIMEOUT
// (seconds, default 300). Closing line: `desktop: N passed, N failed`.
'use strict';
const { spawn } = require('node:child_process');
const dns = require('node:dns');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const RESULT_MARKER = 'sourcecheck-test-result'; // printed by test/web/index.ts
const SUITE = path.join(ROOT, 'out/test/desktop/index.js');
const FIXTURE = path.join(ROOT, 'test/fixtures/workspace');
const CACHE = path.join(ROOT, '.vscode-test');
const DOWNLOAD_HOST = 'update.code.visualstudio.com';
const TIMEOUT_S = Number(process.env.SOURCECHECK_DESKTOP_TIMEOUT || 300);

if (process.argv.includes('--child')) child();
else parent().catch((error) => {
  console.error(`test-desktop: ${error instanceof Error ? error.message : error}`);
  console.log('desktop: 0 passed, 1 failed');
  process.exit(2);
});

async function parent() {
  const started = Date.now();
  const problem = await preflight();
  if (problem) {
    console.error(`test-desktop: ${problem}`);
    console.log('desktop: 0 passed, 1 failed');
    process.exit(2);
  }
  // Own process group, so that the watchdog can stop VS Code and all its helpers at once.
  const proc = spawn(process.execPath, [__filename, '--child'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let result;
  let timedOut = false;
  const onLine = (line, stream) => {
    const at = line.indexOf(RESULT_MARKER);
    if (at >= 0) {
      try {
        result = JSON.parse(line.slice(at + RESULT_MARKER.length));
        return;
      } catch {
        // not our line after all: print it
      }
    }
    stream.write(`${line}\n`);
  };
  forwardLines(proc.stdout, (line) => onLine(line, process.stdout));
  forwardLines(proc.stderr, (line) => onLine(line, process.stderr));
  const killGroup = (signal) => {
    try {
      process.kill(-proc.pid, signal);
    } catch {
      // already gone
    }
  };
  const watchdog = setTimeout(() => {
    timedOut = true;
    console.error(`test-desktop: watchdog: the run did not finish within ${TIMEOUT_S} s, stopping it`);
    killGroup('SIGTERM');
    setTimeout(() => killGroup('SIGKILL'), 5000).unref();
  }, TIMEOUT_S * 1000);

  proc.on('exit', (code, signal) => {
    clearTimeout(watchdog);
    killGroup('SIGKILL'); // leftovers of VS Code, if any
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const passed = result ? result.passed : 0;
    let failed = result ? result.failed : 0;
    const ok = !timedOut && code === 0 && result !== undefined && result.done && failed === 0;
    if (!ok && (failed === 0 || !result.done)) {
      const why = timedOut ? `stopped by the watchdog after ${TIMEOUT_S} s`
        : result === undefined ? `the suite reported no result (exit ${signal ?? code})`
        : !result.done ? `the suite did not finish (exit ${signal ?? code})`
        : `the run failed (exit ${signal ?? code})`;
      console.error(`test-desktop: ${why}; counted as one failure`);
      failed += 1;
    }
    const pending = result && result.pending ? `, ${result.pending} pending` : '';
    console.log(`test-desktop: ${seconds} s (build not included)${pending}`);
    console.log(`desktop: ${passed} passed, ${failed} failed`);
    process.exit(ok ? 0 : 1);
  });
}

async function preflight() {
  for (const [file, how] of [
    [SUITE, 'node esbuild.js --web-tests'],
    [path.join(ROOT, 'dist/node/extension.js'), 'node esbuild.js'],
  ]) {
    if (!fs.existsSync(file)) return `${path.relative(ROOT, file)} is missing: run \`${how}\` first (npm run test:desktop does).`;
  }
  const executable = process.env.VSCODE_EXECUTABLE;
  if (executable) {
    return fs.existsSync(executable) ? undefined : `VSCODE_EXECUTABLE=${executable} does not exist.`;
  }
  const cached = fs.existsSync(CACHE) && fs.readdirSync(CACHE).some((name) => name.startsWith('vscode-'));
  if (cached) return undefined; // test-electron falls back to the cached build when offline
  const reachable = await lookup(DOWNLOAD_HOST, 5000);
  if (reachable !== true) {
    return `cannot download desktop VS Code: ${DOWNLOAD_HOST} is unreachable (${reachable}). ` +
      'This machine cannot run the desktop extension host; set VSCODE_EXECUTABLE to an installed VS Code, ' +
      'or run the same suite in VS Code for the web: npm run test:web.';
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.error('test-desktop: warning: no DISPLAY; desktop VS Code needs one on Linux (try: xvfb-run -a npm run test:desktop)');
  }
  return undefined;
}

/** true, or the reason the host name does not resolve within timeoutMs. */
function lookup(host, timeoutMs) {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(`no DNS answer within ${timeoutMs} ms`), timeoutMs);
    dns.lookup(host, (error) => {
      clearTimeout(timer);
      resolve(error ? error.code || error.message : true);
    });
  });
}

function forwardLines(stream, onLine) {
  let rest = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop();
    for (const line of lines) onLine(line);
  });
  stream.on('end', () => {
    if (rest) onLine(rest);
  });
}

async function child() {
  const { runTests } = require(require.resolve('@vscode/test-electron', { paths: [ROOT] }));
  try {
    await runTests({
      version: process.env.SOURCECHECK_VSCODE_VERSION || 'stable',
      vscodeExecutablePath: process.env.VSCODE_EXECUTABLE || undefined,
      cachePath: CACHE,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: SUITE,
      launchArgs: [FIXTURE, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    });
    process.exit(0);
  } catch (error) {
    console.error(`test-desktop: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
