/**
 * Sourcecheck: Create Project Configuration, the editor's `sourcecheck init`: writes the starter
 * `.sourcecheck.json` (every key, its default and a comment) at the root of the workspace folder, as one
 * undoable file creation, and opens it. An existing file is opened, never replaced.
 */
import * as vscode from 'vscode';
import { CONFIG_FILE_NAME, starterConfig } from '../core';

export function registerProjectConfigCommand(): vscode.Disposable {
  return vscode.commands.registerCommand('sourcecheck.createProjectConfig', createProjectConfig);
}

/** The file created or found (and opened), or undefined without a workspace folder or when the pick is cancelled. */
async function createProjectConfig(): Promise<vscode.Uri | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    void vscode.window.showInformationMessage(`Sourcecheck: open a folder first; ${CONFIG_FILE_NAME} lives at its root.`);
    return undefined;
  }
  const folder = folders.length === 1 ? folders[0] : await vscode.window.showWorkspaceFolderPick({ placeHolder: `The folder to put ${CONFIG_FILE_NAME} in` });
  if (!folder) return undefined;
  const uri = vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME);
  if (await exists(uri)) {
    void vscode.window.showInformationMessage(`Sourcecheck: ${CONFIG_FILE_NAME} already exists; it is opened, not replaced.`);
  } else {
    const edit = new vscode.WorkspaceEdit();
    edit.createFile(uri, { ignoreIfExists: true, contents: new TextEncoder().encode(starterConfig()) });
    if (!(await vscode.workspace.applyEdit(edit))) {
      void vscode.window.showErrorMessage(`Sourcecheck: could not create ${vscode.workspace.asRelativePath(uri)}.`);
      return undefined;
    }
  }
  await vscode.window.showTextDocument(uri);
  return uri;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
