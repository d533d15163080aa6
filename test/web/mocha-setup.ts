// Web worker extension host: mocha's browser build. Imported by index.ts BEFORE the test files, because the
// test files call describe()/it() when they are imported and those globals only exist after setup().
// (esbuild.js swaps this module for mocha-setup.node.ts in the desktop bundle.)
import 'mocha/mocha.js';

mocha.setup({ ui: 'bdd', reporter: 'spec', timeout: 20000 });

export function runMocha(done: (failures: number) => void): Mocha.Runner {
  return mocha.run(done);
}
