// Builds the bundles: dist/cli.js (Node) now; the unit tests with --tests.
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const version = require('./package.json').version;
const common = { bundle: true, sourcemap: true, logLevel: 'warning', target: 'es2022' };

async function main() {
  const tests = process.argv.includes('--tests');
  await esbuild.build({
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    define: { SOURCECHECK_VERSION: JSON.stringify(version) },
  });
  if (tests) {
    const entryPoints = fs.readdirSync('test/unit').filter((f) => f.endsWith('.test.ts')).map((f) => path.join('test/unit', f));
    await esbuild.build({ ...common, entryPoints, outdir: 'out/test/unit', platform: 'node', format: 'cjs', external: ['mocha'] });
  }
}

main().catch(() => process.exit(1));
