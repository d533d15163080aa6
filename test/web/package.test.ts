// What the installed extension declares; run from the source tree (npm run test:web) and from the unpacked VSIX
// (scripts/test-vsix.js, which also checks the VSIX's file list).
import * as assert from 'assert';
import * as vscode from 'vscode';

const EXTENSION_ID = 'sourcecheck.sourcecheck';

describe('package: the extension as installed', () => {
  function extension(): vscode.Extension<unknown> {
    const found = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(found, `${EXTENSION_ID} is installed`);
    return found;
  }

  it('declares Restricted Mode and virtual workspace support, and a walkthrough', () => {
    const json = extension().packageJSON as {
      icon?: string;
      capabilities?: { untrustedWorkspaces?: { supported?: unknown }; virtualWorkspaces?: unknown };
      contributes?: { walkthroughs?: Array<{ steps: unknown[] }> };
    };
    assert.strictEqual(json.capabilities?.untrustedWorkspaces?.supported, true);
    assert.strictEqual(json.capabilities?.virtualWorkspaces, true);
    assert.strictEqual(json.contributes?.walkthroughs?.[0]?.steps.length, 4);
    assert.strictEqual(json.icon, 'media/icon.png');
  });

});
