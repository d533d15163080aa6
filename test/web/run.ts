// Runs the suite's registered tests with mocha and reports each result on a line the launchers read.
import { runMocha } from './mocha-setup'; // first: defines describe/it before the test files run

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
