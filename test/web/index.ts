// The suite entry that VS Code loads in the extension host (extensionTestsPath): it must export run().
// Bundled twice by `node esbuild.js --web-tests`: out/test/web/index.js (web worker host, npm `assert`, mocha's
// browser build) and out/test/desktop/index.js (Node host, for scripts/test-desktop.js).
import { runMocha } from './mocha-setup'; // first: defines describe/it before the test files run
import './suite-list';

/**
 * The launchers (scripts/test-web.js, scripts/test-desktop.js) read these lines (and do not print them): one after
 * every test, so that a run stopped by the watchdog still reports its counts, and a last one with done: true.
 */
export const RESULT_MARKER = 'sourcecheck-test-result';

export function run(): Promise<void> {
  return new Promise((resolve, reject) => {
    let passed = 0;
    let failed = 0;
    let pending = 0;
    const report = (done: boolean): void => console.log(`${RESULT_MARKER} ${JSON.stringify({ passed, failed, pending, done })}`);
    try {
      const runner = runMocha((failures) => {
        report(true);
        if (failures > 0) reject(new Error(`${failures} test(s) failed.`));
        else resolve();
      });
      runner.on('pass', () => {
        passed++;
        report(false);
      });
      runner.on('fail', () => {
        failed++;
        report(false);
      });
      runner.on('pending', () => {
        pending++;
        report(false);
      });
    } catch (error) {
      console.error(error);
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
