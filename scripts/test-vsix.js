#!/usr/bin/env node
// Proves the package, not only the source tree: builds sourcecheck-<version>.vsix (npm run package, @vscode/vsce),
// checks its file list against the .vscodeignore allow-list, unpacks it into a temporary folder, and runs the
// smoke part of the web-workbench suite (out/test/package/index.js) against the unpacked extension.
//
//   node esbuild.js --web-tests && node scripts/test-vsix.js     (= npm run test:vsix)
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const { version } = require('../package.json');
const VSIX = path.join(ROOT, `sourcecheck-${version}.vsix`);
const EXPECTED = [
  'extension/LICENSE.txt', 'extension/changelog.md', 'extension/dist/node/extension.js', 'extension/dist/readers/docx.js', 'extension/dist/readers/pdf.js',
  'extension/dist/web/extension.js',
  'extension/media/icon.png', 'extension/media/sourcecheck.svg', 'extension/media/walkthrough/article.md',
  'extension/media/walkthrough/check.md', 'extension/media/walkthrough/cite.md', 'extension/media/walkthrough/sources.md',
  'extension/package.json', 'extension/readme.md', 'extension/schemas/sourcecheck.schema.json',
];

function fail(message) {
  console.error(`test-vsix: ${message}`);
  console.log('vsix: 0 passed, 1 failed');
  process.exit(1);
}

fs.rmSync(VSIX, { force: true });
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const built = spawnSync(npm, ['run', '--silent', 'package'], { cwd: ROOT, encoding: 'utf8' });
if (built.status !== 0 || !fs.existsSync(VSIX)) fail(`npm run package failed:\n${built.stdout}${built.stderr}`);

// A VSIX is a zip: list and unpack it with yauzl, the reader @vscode/vsce itself depends on.
const yauzl = require(require.resolve('yauzl', { paths: [path.dirname(require.resolve('@vscode/vsce/package.json', { paths: [ROOT] }))] }));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcecheck-vsix-'));

function unpack() {
  return new Promise((resolve, reject) => {
    const files = [];
    yauzl.open(VSIX, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      zip.on('error', reject);
      zip.on('end', () => resolve(files));
      zip.on('entry', (entry) => {
        if (entry.fileName.endsWith('/')) return zip.readEntry();
        const target = path.join(work, entry.fileName);
        if (!target.startsWith(work + path.sep)) return reject(new Error(`entry outside the folder: ${entry.fileName}`));
        files.push({ name: entry.fileName, size: entry.uncompressedSize });
        fs.mkdirSync(path.dirname(target), { recursive: true });
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) return reject(streamError);
          stream.pipe(fs.createWriteStream(target)).on('finish', () => zip.readEntry()).on('error', reject);
        });
      });
      zip.readEntry();
    });
  });
}

async function main() {
  const files = await unpack();
  const size = fs.statSync(VSIX).size;
  console.log(`test-vsix: ${path.basename(VSIX)}, ${(size / 1024).toFixed(1)} KB, ${files.length} files:`);
  for (const f of files) console.log(`  ${f.name} (${(f.size / 1024).toFixed(1)} KB)`);
  const extensionFiles = files.map((f) => f.name).filter((name) => name.startsWith('extension/')).sort();
  if (JSON.stringify(extensionFiles) !== JSON.stringify(EXPECTED)) {
    fail(`the VSIX holds ${JSON.stringify(extensionFiles)}, expected ${JSON.stringify(EXPECTED)} (see .vscodeignore)`);
  }
  // test-web serves the suite from inside the extension's folder: put a copy beside the unpacked package.
  const extension = path.join(work, 'extension');
  const suite = path.join(extension, 'sourcecheck-test', 'index.js');
  fs.mkdirSync(path.dirname(suite));
  fs.copyFileSync(path.join(ROOT, 'out/test/package/index.js'), suite);
  const run = spawnSync(process.execPath, [path.join(__dirname, 'test-web.js'), '--extension', extension, '--suite', suite], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  fs.rmSync(work, { recursive: true, force: true });
  // test-web.js closes with `web: N passed, N failed`: say which suite it was.
  process.stdout.write(run.stdout.replace(/^web: /m, 'vsix: '));
  process.exit(run.status ?? 1);
}

main().catch((error) => fail(error instanceof Error ? error.message : String(error)));
