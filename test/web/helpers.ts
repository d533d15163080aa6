// Shared steps of the in-workbench feature tests: reach the extension's API, open drafts of the fixture workspace,
// read Sourcecheck's diagnostics, change settings and files for one test and put them back afterwards.
// Everything waits by polling (waitFor), never by a fixed sleep.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { SourcecheckApi } from '../../src/extension/extension';
import type { CheckedDocument } from '../../src/extension/findings';
import { waitFor } from './wait';

export const EXTENSION_ID = 'sourcecheck.sourcecheck';
export const DIAGNOSTIC_SOURCE = 'Sourcecheck';

/** The source articles of the fixture workspace that are indexed (3 Wikinews articles + the markup one). */
export const FIXTURE_ARTICLES = [
  'sources/untrusted/markup-injection.md',
  'sources/wikinews-47819.md',
  'sources/wikinews-61340.md',
  'sources/wikinews-8397.md',
];

/** The extension's API, once activation and the first indexing are done. */
export async function sourcecheck(): Promise<SourcecheckApi> {
  const extension = vscode.extensions.getExtension<SourcecheckApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed`);
  const api = await extension.activate();
  await api.ready;
  return api;
}

export function workspaceUri(path: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the fixture workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, ...path.split('/'));
}

/** Opens a workspace file in an editor (a draft is then checked by the extension). */
export async function openDraft(pathOrUri: string | vscode.Uri): Promise<vscode.TextEditor> {
  const uri = typeof pathOrUri === 'string' ? workspaceUri(pathOrUri) : pathOrUri;
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document);
}

/** Waits until the extension has checked `document` as it is now (findings made for its current version). */
export function checkedNow(api: SourcecheckApi, document: vscode.TextDocument): Promise<CheckedDocument> {
  return waitFor(() => api.findings.current(document), `the check of ${vscode.workspace.asRelativePath(document.uri)} at version ${document.version}`);
}

/** Sourcecheck's diagnostics of `uri` (other extensions' are left out). */
export function diagnosticsOf(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === DIAGNOSTIC_SOURCE);
}

/** Polls Sourcecheck's diagnostics of `uri` until `accept` holds, and returns them. */
export function waitForDiagnostics(uri: vscode.Uri, accept: (diagnostics: vscode.Diagnostic[]) => boolean, what: string, timeoutMs?: number): Promise<vscode.Diagnostic[]> {
  return waitFor(() => {
    const diagnostics = diagnosticsOf(uri);
    return accept(diagnostics) ? diagnostics : undefined;
  }, what, timeoutMs).catch((error: unknown) => {
    throw new Error(`${error instanceof Error ? error.message : String(error)}; last diagnostics: ${summarize(diagnosticsOf(uri))}`);
  });
}

export function summarize(diagnostics: readonly vscode.Diagnostic[]): string {
  return `[${diagnostics.map((d) => `${String(codeOf(d))}@${d.range.start.line + 1}:${d.range.start.character + 1}`).join(', ')}]`;
}

export function codeOf(diagnostic: vscode.Diagnostic): string | number | undefined {
  const code = diagnostic.code;
  return typeof code === 'object' ? code.value : code;
}

export function withCode(diagnostics: readonly vscode.Diagnostic[], code: string): vscode.Diagnostic[] {
  return diagnostics.filter((d) => codeOf(d) === code);
}

/**
 * The range of the quotation that starts with `firstWords`: the text between its marks, without the one
 * trailing `,` or `.` the engine leaves out (sentence punctuation, not part of the quoted words).
 */
export function quotationRange(document: vscode.TextDocument, firstWords: string): vscode.Range {
  const text = document.getText();
  const start = text.indexOf(firstWords);
  assert.ok(start > 0, `"${firstWords}" is in ${document.uri.toString()}`);
  assert.match(text[start - 1]!, /["\u201C]/, `an opening quotation mark before "${firstWords}"`);
  const close = text.slice(start).search(/["\u201D]/);
  assert.ok(close > 0, `a closing quotation mark after "${firstWords}"`);
  let end = start + close;
  if (/[.,]/.test(text[end - 1]!)) end--;
  return new vscode.Range(document.positionAt(start), document.positionAt(end));
}

/** Applies an edit replacing `find` (its first occurrence, or the `nth`) with `replacement`. */
export async function replaceText(document: vscode.TextDocument, find: string, replacement: string, after = 0): Promise<void> {
  const at = document.getText().indexOf(find, after);
  assert.ok(at >= 0, `"${find}" is in the document`);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(document.positionAt(at), document.positionAt(at + find.length)), replacement);
  assert.strictEqual(await vscode.workspace.applyEdit(edit), true, `replacing "${find}"`);
}

export async function insertText(document: vscode.TextDocument, offset: number, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.insert(document.uri, document.positionAt(offset), text);
  assert.strictEqual(await vscode.workspace.applyEdit(edit), true, `inserting "${text}"`);
}

/** Code actions offered for `range`, polled until `accept` holds (the workbench gets diagnostics asynchronously). */
export function waitForCodeActions(uri: vscode.Uri, range: vscode.Range, accept: (actions: vscode.CodeAction[]) => boolean, what: string, kind?: string): Promise<vscode.CodeAction[]> {
  return waitFor(async () => {
    const actions = await codeActions(uri, range, kind);
    return accept(actions) ? actions : undefined;
  }, what);
}

export async function codeActions(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  const result = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, range, kind);
  return (result ?? []).filter((a): a is vscode.CodeAction => 'title' in a && !('command' in a && typeof a.command === 'string'));
}

// ---------------------------------------------------------------------------------------------------------
// Settings and files changed by a test, put back by cleanUp().

const changedSettings = new Set<string>();
const tempFiles: vscode.Uri[] = [];
let counter = 0;

/** Sets `sourcecheck.<key>` in the workspace settings and waits until the extension host sees it. */
export async function setSetting(key: string, value: unknown): Promise<void> {
  changedSettings.add(key);
  await vscode.workspace.getConfiguration('sourcecheck').update(key, value, vscode.ConfigurationTarget.Workspace);
  await waitFor(() => sameJson(vscode.workspace.getConfiguration('sourcecheck').inspect(key)?.workspaceValue, value) || undefined,
    `the workspace setting sourcecheck.${key} = ${JSON.stringify(value)}`);
  await settleIndex();
}

/**
 * A settings change makes the extension re-index in the background, and re-check every open draft when that
 * ends. Re-indexing once more supersedes that run (a superseded run publishes nothing), so when this resolves
 * no re-check from the settings change is still to come.
 */
async function settleIndex(): Promise<void> {
  await (await sourcecheck()).sources.reindex();
}

async function restoreSettings(): Promise<void> {
  for (const key of [...changedSettings]) {
    await vscode.workspace.getConfiguration('sourcecheck').update(key, undefined, vscode.ConfigurationTarget.Workspace);
    await waitFor(() => vscode.workspace.getConfiguration('sourcecheck').inspect(key)?.workspaceValue === undefined || undefined,
      `the workspace setting sourcecheck.${key} to be removed`);
    changedSettings.delete(key);
    await settleIndex();
  }
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A unique file name stem for this run (tests never reuse a name, so no cache can mix them up). */
export function uniqueName(stem: string): string {
  return `${stem}-${Date.now().toString(36)}-${++counter}`;
}

/** Writes a workspace file that cleanUp() deletes. */
export async function writeTempFile(path: string, content: string | Uint8Array): Promise<vscode.Uri> {
  const uri = workspaceUri(path);
  if (!tempFiles.some((u) => u.toString() === uri.toString())) tempFiles.push(uri);
  await vscode.workspace.fs.writeFile(uri, typeof content === 'string' ? new TextEncoder().encode(content) : content);
  return uri;
}

/** Has cleanUp() delete `path` (a folder: with everything in it). */
export function deleteAfterTest(path: string): vscode.Uri {
  const uri = workspaceUri(path);
  if (!tempFiles.some((u) => u.toString() === uri.toString())) tempFiles.push(uri);
  return uri;
}

export async function deleteFile(uri: vscode.Uri): Promise<void> {
  await vscode.workspace.fs.delete(uri, { recursive: true, useTrash: false });
}

/** Closes every editor, discarding unsaved changes (no save prompt: revert first). */
export async function closeAllEditors(): Promise<void> {
  // Revert every edited file first, each in its own editor: under load, revertAndCloseActiveEditor has closed an
  // editor without reverting it, and the next test reopened the draft with the edit still in it.
  for (const document of vscode.workspace.textDocuments.filter((d) => d.isDirty && !d.isUntitled)) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  for (let k = 0; k < 50 && vscode.window.tabGroups.all.some((g) => g.tabs.length > 0); k++) {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  assert.ok(vscode.window.tabGroups.all.every((g) => g.tabs.length === 0), 'every editor closed');
}

/**
 * Puts the workspace back as the fixture has it: editors closed without saving, settings removed, temporary
 * files deleted, and the extension's index back to the fixture's articles.
 */
export async function cleanUp(): Promise<void> {
  await closeAllEditors();
  await restoreSettings();
  const files = tempFiles.splice(0);
  for (const uri of files) {
    try {
      await deleteFile(uri);
    } catch {
      // already deleted by the test
    }
  }
  const api = await sourcecheck();
  const removed = new Set(files.map((u) => u.toString()));
  await waitFor(() => {
    const indexed = api.sources.passageIndex.articles.some(({ article }) => removed.has(article.file));
    const problem = api.sources.problems.some((p) => removed.has(p.file));
    return !indexed && !problem && !api.sources.progress.indexing ? true : undefined;
  }, 'the temporary source files to leave the index');
}

/** The fixture draft op-ed.md and its four quotations (one of each verdict but edited). */
export const OP_ED = {
  path: 'drafts/op-ed.md',
  exact: 'After the ambush, fierce',
  misquoted: 'Thanks to the Canadian Forces',
  unsourced: 'We will not leave until',
  misattributed: 'I was deeply saddened',
};

/** Opens op-ed.md and waits for its three diagnostics (misquoted, unsourced, misattributed). */
export async function openOpEd(api: SourcecheckApi): Promise<{ editor: vscode.TextEditor; document: vscode.TextDocument; diagnostics: vscode.Diagnostic[] }> {
  const editor = await openDraft(OP_ED.path);
  const document = editor.document;
  await checkedNow(api, document);
  const diagnostics = await waitForDiagnostics(document.uri, (d) => d.length === 3, 'the three diagnostics of op-ed.md');
  return { editor, document, diagnostics };
}

/**
 * Opens a temporary copy of a fixture draft, for a test that edits it several times: the web workbench may
 * save an edited file after a delay, and the fixture itself must stay as it is for the next tests.
 */
export async function openCopyOf(api: SourcecheckApi, path: string): Promise<vscode.TextDocument> {
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri(path)));
  const uri = await writeTempFile(`drafts/${uniqueName('copy')}.md`, text);
  const { document } = await openDraft(uri);
  await checkedNow(api, document);
  return document;
}
