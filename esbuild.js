// Builds the bundles: dist/cli.js (Node) and the extension (dist/node, dist/web); the unit tests with --tests;
// the in-workbench suite with --web-tests; the benchmark with --bench; the web-workbench benchmark with --web-bench.
const crypto = require('node:crypto');
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const version = require('./package.json').version;
const common = { bundle: true, sourcemap: true, logLevel: 'warning', target: 'es2022' };

// The extension, for both extension hosts: desktop VS Code (Node) and the web worker host (vscode.dev, the tests).
async function buildExtension() {
  const extension = { ...common, entryPoints: ['src/extension/extension.ts'], format: 'cjs', external: ['vscode'] };
  await esbuild.build({
    ...extension,
    outfile: 'dist/node/extension.js',
    platform: 'node',
    define: { SOURCECHECK_VERSION: JSON.stringify(version) },
  });
  await esbuild.build({
    ...extension,
    outfile: 'dist/web/extension.js',
    platform: 'browser',
    mainFields: ['browser', 'module', 'main'],
    define: { SOURCECHECK_VERSION: JSON.stringify(version), 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
  });
}

// The in-workbench suite (test/web, see docs/real-vscode-tests.md), one entry per extension host:
// out/test/web/index.js for the web worker host (mocha's browser build and npm `assert` bundled, a `process`
// shim injected) and out/test/desktop/index.js for the Node host (mocha external, Node's assert).
async function buildWebTests() {
  const suite = { ...common, entryPoints: ['test/web/index.ts'], format: 'cjs' };
  const forWebHost = (entry, outfile) => esbuild.build({
    ...suite,
    entryPoints: [entry],
    outfile,
    platform: 'browser',
    mainFields: ['browser', 'module', 'main'],
    external: ['vscode'],
    inject: ['test/web/process-shim.ts'],
    define: { SOURCECHECK_TEST_HOST: '"web"', global: 'globalThis' },
  });
  await forWebHost('test/web/index.ts', 'out/test/web/index.js');
  // The smoke part, for the extension unpacked from the VSIX (scripts/test-vsix.js).
  await forWebHost('test/web/package-index.ts', 'out/test/package/index.js');
  const nodeMochaSetup = {
    name: 'node-mocha-setup',
    setup(build) {
      build.onResolve({ filter: /^\.\/mocha-setup$/ }, (args) => ({ path: path.join(args.resolveDir, 'mocha-setup.node.ts') }));
    },
  };
  await esbuild.build({
    ...suite,
    outfile: 'out/test/desktop/index.js',
    platform: 'node',
    external: ['vscode', 'mocha'],
    plugins: [nodeMochaSetup],
    define: { SOURCECHECK_TEST_HOST: '"desktop"' },
  });
}

// Parsers loaded on first use (src/extension/lazy-readers.ts, the CLI), one bundle for every host: they are not
// in the extension's main bundle, so activation stays fast.
async function buildReaders() {
  await esbuild.build({
    ...common,
    sourcemap: false,
    minify: true,
    entryPoints: ['src/readers/pdf.ts'],
    outfile: 'dist/readers/pdf.js',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    format: 'cjs',
    logLevel: 'error',
  });
  // mammoth's browser build: JSZip instead of the file system, so it runs in the web worker host too.
  await esbuild.build({
    ...common,
    sourcemap: false,
    minify: true,
    entryPoints: ['src/readers/docx.ts'],
    outfile: 'dist/readers/docx.js',
    platform: 'browser',
    format: 'cjs',
    logLevel: 'error',
  });
}

// The engine's modules only define things (constants, word lists, functions): none is imported for what its
// loading does. Said to esbuild, a module none of whose exports is used is left out of the bundle whole, word
// lists and all, instead of being kept for its top-level statements.
const coreDefinesOnly = {
  name: 'core-defines-only',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, async (args) => {
      if (args.pluginData === 'resolved') return undefined;
      const result = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: 'resolved' });
      return result.errors.length === 0 && result.path.startsWith(path.join(__dirname, 'src', 'core') + path.sep) ? { ...result, sideEffects: false } : result;
    });
  },
};

// The CLI in two bundles: dist/cli.js answers a run from the cache alone; dist/cli-engine.js (the corpus, the
// checks, the readers' glue) is required by it only when the cache cannot answer, so a warm run compiles and
// initialises a fraction of the code (see the metafile: node esbuild.js --cli-metafile).
async function buildCli() {
  const cli = { ...common, platform: 'node', format: 'cjs', define: { SOURCECHECK_VERSION: JSON.stringify(version) } };
  await esbuild.build({ ...cli, entryPoints: ['src/cli/engine.ts'], outfile: 'dist/cli-engine.js' });
  // The cache's build stamp (src/cli/cache-folder.ts) covers the engine through this hash of it.
  const engineBuild = crypto.createHash('sha256').update(fs.readFileSync('dist/cli-engine.js')).digest('hex');
  const front = await esbuild.build({
    ...cli,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    define: { ...cli.define, SOURCECHECK_ENGINE_BUILD: JSON.stringify(engineBuild) },
    plugins: [coreDefinesOnly],
    metafile: process.argv.includes('--cli-metafile'),
  });
  if (front.metafile) console.log(await esbuild.analyzeMetafile(front.metafile));
}

async function main() {
  const tests = process.argv.includes('--tests');
  const webTests = process.argv.includes('--web-tests');
  const bench = process.argv.includes('--bench');
  const webBench = process.argv.includes('--web-bench');
  await buildCli();
  await buildExtension();
  await buildReaders();
  // The benchmark (npm run bench); fuse.js is bundled so the script runs from out/ alone.
  if (bench) await esbuild.build({ ...common, entryPoints: ['scripts/bench.ts'], outfile: 'out/scripts/bench.js', platform: 'node', format: 'cjs' });
  if (bench) await esbuild.build({ ...common, entryPoints: ['scripts/bench-formats.ts'], outfile: 'out/scripts/bench-formats.js', platform: 'node', format: 'cjs' });
  if (bench) await esbuild.build({ ...common, entryPoints: ['scripts/bench-short.ts'], outfile: 'out/scripts/bench-short.js', platform: 'node', format: 'cjs' });
  if (bench) await esbuild.build({ ...common, entryPoints: ['scripts/bench-corpus.ts'], outfile: 'out/scripts/bench-corpus.js', platform: 'node', format: 'cjs' });
  if (bench) await esbuild.build({ ...common, entryPoints: ['scripts/bench-cold.ts'], outfile: 'out/scripts/bench-cold.js', platform: 'node', format: 'cjs' });
  // Saved web pages: the HTML reader against @mozilla/readability over linkedom (dev dependencies, bundled here only).
  if (bench) await esbuild.build({ ...common, entryPoints: ['scripts/bench-pages.ts'], outfile: 'out/scripts/bench-pages.js', platform: 'node', format: 'cjs' });
  // The hostile-input suite (npm run test:hostile).
  if (process.argv.includes('--hostile')) await esbuild.build({ ...common, entryPoints: ['test/hostile/run.ts'], outfile: 'out/test/hostile/run.js', platform: 'node', format: 'cjs' });
  if (webTests) await buildWebTests();
  // The web-workbench benchmark (npm run bench:web), for the web worker extension host like the extension itself.
  if (webBench) {
    await esbuild.build({
      ...common,
      entryPoints: ['test/web-bench/index.ts'],
      outfile: 'out/test/web-bench/index.js',
      format: 'cjs',
      platform: 'browser',
      mainFields: ['browser', 'module', 'main'],
      external: ['vscode'],
      define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    });
  }
  if (tests) {
    const entryPoints = fs.readdirSync('test/unit').filter((f) => f.endsWith('.test.ts')).map((f) => path.join('test/unit', f));
    await esbuild.build({ ...common, entryPoints, outdir: 'out/test/unit', platform: 'node', format: 'cjs', external: ['mocha', 'eslint'] });
  }
}

main().catch(() => process.exit(1));
