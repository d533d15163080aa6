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
const dns = require('node:dns');
const fs = require('node:fs');
const path = require('node:path');
// The watchdog and the closing accounting are shared with scripts/test-web.js.
const { ROOT, failEarly, parseMarked, superviseChild, closeRun, exitAfter } = require('./workbench');

const NAME = 'test-desktop';
const RESULT_MARKER = 'sourcecheck-test-result'; // printed by test/web/index.ts
const SUITE = path.join(ROOT, 'out/test/desktop/index.js');
const FIXTURE = path.join(ROOT, 'test/fixtures/workspace');
const CACHE = path.join(ROOT, '.vscode-test');
const DOWNLOAD_HOST = 'update.code.visualstudio.com';
const TIMEOUT_S = Number(process.env.SOURCECHECK_DESKTOP_TIMEOUT || 300);

if (process.argv.includes('--child')) child();
else parent().catch((error) => failEarly(NAME, 'desktop', error instanceof Error ? error.message : error));

async function parent() {
  const started = Date.now();
  const problem = await preflight();
  if (problem) failEarly(NAME, 'desktop', problem);
  let result;
  const onLine = (line, stream) => {
    const found = parseMarked(line, RESULT_MARKER);
    if (found !== undefined) result = found;
    else stream.write(`${line}\n`);
  };
  // Own process group, so that the watchdog can stop VS Code and all its helpers at once.
  const run = await superviseChild({ name: NAME, script: __filename, args: ['--child'], timeoutS: TIMEOUT_S, onLine, processGroup: true });
  process.exit(closeRun({ name: NAME, label: 'desktop', started, timeoutS: TIMEOUT_S, ...run, result }));
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

async function child() {
  const { runTests } = require(require.resolve('@vscode/test-electron', { paths: [ROOT] }));
  await exitAfter(NAME, () => runTests({
    version: process.env.SOURCECHECK_VSCODE_VERSION || 'stable',
    vscodeExecutablePath: process.env.VSCODE_EXECUTABLE || undefined,
    cachePath: CACHE,
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: SUITE,
    launchArgs: [FIXTURE, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  }));
}
