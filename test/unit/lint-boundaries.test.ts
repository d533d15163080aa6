// The lint configuration enforces the engine's boundaries: checked here on small files it must reject or accept.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { ESLint } from 'eslint';

const root = path.resolve(__dirname, '../../..');

async function restricted(file: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: root });
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('lint: boundaries', function () {
  this.timeout(60_000);
  const cases: Array<[string, string, boolean]> = [
    // file, import, allowed
    ['src/core/probe.ts', "import * as vscode from 'vscode';", false],
    ['src/core/probe.ts', "import * as fs from 'node:fs';", false],
    ['src/core/probe.ts', "import * as path from 'path';", false],
    ['src/core/probe.ts', "import { readSettings } from '../extension/settings';", false],
    ['src/core/probe.ts', "import { USAGE } from '../cli/arguments';", false],
    ['src/core/probe.ts', "import { checkDraft } from './check';", true],
    ['src/cli/probe.ts', "import { checkDraft } from '../core/check';", false],
    ['src/cli/probe.ts', "import * as vscode from 'vscode';", false],
    ['src/cli/probe.ts', "import { checkDraft } from '../core';", true],
    ['src/cli/probe.ts', "import * as fs from 'node:fs';", true],
    ['src/extension/sidebar/probe.ts', "import { LineIndex } from '../../core/text/positions';", false],
    ['src/extension/probe.ts', "import * as fs from 'node:fs';", false],
    ['src/extension/probe.ts', "import { USAGE } from '../cli/arguments';", false],
    ['src/extension/probe.ts', "import { checkDraft } from '../core';", true],
  ];
  for (const [file, line, allowed] of cases) {
    it(`${allowed ? 'allows' : 'rejects'} ${line} in ${path.dirname(file)}`, async () => {
      const messages = await restricted(file, `${line}\nexport const used = [${line.match(/(?:\* as |\{ )(\w+)/)![1]}];\n`);
      assert.equal(messages.length === 0, allowed, messages.join('\n'));
    });
  }
});
