// npm run lint: the engine's boundaries, plus typescript-eslint's recommended rules.
// src/core runs in a web worker and on plain Node, so it may not import vscode, Node built-ins or a host;
// the hosts (src/cli, src/extension) reach the engine only through its public surface, src/core/index.ts.
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('_'));

export default tseslint.config(
  // The TypeScript sources and tests; the CommonJS launch scripts are plain Node and not linted.
  { ignores: ['dist/', 'out/', 'node_modules/', '.vscode-test*/', 'data/', 'docs/', '**/*.js'] },
  ...tseslint.configs.recommended,
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'vscode', message: 'src/core is host-independent: no vscode here (the extension adapts the engine).' },
          ...nodeBuiltins.map((name) => ({ name, message: 'src/core runs in a web worker: no Node built-ins (the CLI reads files).' })),
        ],
        patterns: [
          { group: ['node:*'], message: 'src/core runs in a web worker: no Node built-ins (the CLI reads files).' },
          { group: ['**/cli', '**/cli/**', '**/extension', '**/extension/**'], message: 'src/core may not import a host.' },
        ],
      }],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'The CLI runs without VS Code.' }],
        patterns: [
          { group: ['**/core/*', '!**/core/index'], message: "Hosts use the engine's public surface only: import from '../core' (src/core/index.ts)." },
          { group: ['**/extension', '**/extension/**'], message: 'The CLI may not import the extension.' },
        ],
      }],
    },
  },
  {
    files: ['src/extension/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: nodeBuiltins.map((name) => ({ name, message: 'The extension also runs in the web worker host: no Node built-ins.' })),
        patterns: [
          { group: ['**/core/*', '!**/core/index'], message: "Hosts use the engine's public surface only: import from '../core' (src/core/index.ts)." },
          { group: ['node:*'], message: 'The extension also runs in the web worker host: no Node built-ins.' },
          { group: ['**/cli', '**/cli/**'], message: 'The extension may not import the CLI.' },
        ],
      }],
    },
  },
);
