/** The Sourcecheck output channel: skipped files and their reasons, indexing figures, errors. */
import * as vscode from 'vscode';

export type Log = vscode.LogOutputChannel;

export function createLog(): Log {
  return vscode.window.createOutputChannel('Sourcecheck', { log: true });
}
