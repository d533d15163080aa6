// The smoke part of the suite, run against the extension unpacked from the VSIX (scripts/test-vsix.js): proves
// the package, not only the source tree. Bundled by `node esbuild.js --web-tests` as out/test/package/index.js.
import { run } from './run'; // first: defines describe/it before the test files run
import './smoke.test';
import './package.test';
import './diagnostics.test';

export { run };
