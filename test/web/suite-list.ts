// Every test file of the in-workbench suite, imported explicitly (esbuild has no require.context).
// To add a test file: create test/web/<name>.test.ts and add one line here.
import './smoke.test';
import './diagnostics.test';
import './hover.test';
import './code-actions.test';
import './watcher.test';
import './ignore.test';
import './settings.test';
import './commands.test';
import './bad-input.test';
import './sidebar.test';
import './citations.test';
import './completion.test';
import './formats.test';
import './typing.test';
import './package.test';
import './hostile-source.test';
import './saved-pages.test';
import './status-bar.test';
import './project-config.test';
import './short-quotations.test';
