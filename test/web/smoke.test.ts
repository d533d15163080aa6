// The extension loads and activates inside a real VS Code workbench.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { waitFor } from './wait';

const EXTENSION_ID = 'sourcecheck.sourcecheck';

describe('smoke: the extension in a real workbench', () => {
  it('is installed as the development extension', () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not among the installed extensions`);
    assert.strictEqual(extension.packageJSON.name, 'sourcecheck');
  });

  it('activates', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    await extension.activate();
    assert.strictEqual(extension.isActive, true);
  });

  it('registers the sourcecheck.reindex command', async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
    const commands = await waitFor(async () => {
      const all = await vscode.commands.getCommands(true);
      return all.includes('sourcecheck.reindex') ? all : undefined;
    }, 'the sourcecheck.reindex command to be registered');
    assert.ok(commands.includes('sourcecheck.reindex'));
  });

  it('opens the fixture workspace', async () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.strictEqual(folders.length, 1, 'one workspace folder (test/fixtures/workspace)');
    const sources = await vscode.workspace.findFiles('sources/*.md');
    assert.strictEqual(sources.length, 3, sources.map((uri) => uri.toString()).join(', '));
  });

  it('runs in the host this suite was started for', function () {
    // SOURCECHECK_TEST_HOST is defined per bundle by esbuild.js: 'web' for out/test/web, 'desktop' for out/test/desktop.
    if (SOURCECHECK_TEST_HOST === 'web') assert.strictEqual(vscode.env.uiKind, vscode.UIKind.Web);
    else assert.strictEqual(vscode.env.uiKind, vscode.UIKind.Desktop);
  });
});
