// The suite entry that VS Code loads in the extension host (extensionTestsPath): it must export run().
// Bundled twice by `node esbuild.js --web-tests`: out/test/web/index.js (web worker host, npm `assert`, mocha's
// browser build) and out/test/desktop/index.js (Node host, for scripts/test-desktop.js).
import { run } from './run'; // first: defines describe/it before the test files run
import './suite-list';

export { run };
