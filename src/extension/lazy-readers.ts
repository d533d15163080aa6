/**
 * The parsers kept out of the extension's main bundle (dist/readers/*.js), loaded on first use from the
 * extension's own folder: fetched in the web worker host (as VS Code fetches extension code there), read with
 * workspace.fs on the desktop. Activation never loads them.
 */
import * as vscode from 'vscode';
import type { Mammoth, PdfJs, SourceReaders } from '../core';

export function sourceReaders(extensionUri: vscode.Uri): SourceReaders {
  let pdf: Promise<PdfJs> | undefined;
  let docx: Promise<Mammoth> | undefined;
  return {
    pdf: () => (pdf ??= loadBundle<PdfJs>(vscode.Uri.joinPath(extensionUri, 'dist', 'readers', 'pdf.js'))),
    docx: () => (docx ??= loadBundle<Mammoth>(vscode.Uri.joinPath(extensionUri, 'dist', 'readers', 'docx.js'))),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  };
}

async function loadBundle<T>(uri: vscode.Uri): Promise<T> {
  const source = uri.scheme === 'http' || uri.scheme === 'https'
    ? await (await fetch(uri.toString(true))).text()
    : new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  const module: { exports: unknown } = { exports: {} };
  // The bundle is CommonJS without imports of its own; evaluated as VS Code evaluates extension code.
  new Function('module', 'exports', `${source}\n//# sourceURL=${uri.toString(true)}`)(module, module.exports);
  return module.exports as T;
}
