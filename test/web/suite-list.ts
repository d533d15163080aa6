// Every test file of the in-workbench suite, imported explicitly (esbuild has no require.context).
// To add a test file: create test/web/<name>.test.ts and add one line here.
import './smoke.test';
