// .sourcecheck.json in the workspace: read when it appears, honoured key by key (sources, ignore, severity,
// citation style), overridden by a workspace setting, forgotten when deleted; a bad file is reported and its
// valid keys still apply; VS Code validates the file against the schema the extension contributes.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { SourcecheckApi } from '../../src/extension/extension';
import {
  cleanUp, codeOf, deleteAfterTest, deleteFile, FIXTURE_ARTICLES, openDraft, openOpEd, setSetting, sourcecheck, waitForDiagnostics, withCode, workspaceUri, writeTempFile,
} from './helpers';
import { starterConfig } from '../../src/core';
import { waitFor } from './wait';

const CONFIG = '.sourcecheck.json';

/** Writes the workspace's .sourcecheck.json and waits until the extension has read it and re-indexed. */
async function writeConfig(api: SourcecheckApi, text: string): Promise<void> {
  const uri = await writeTempFile(CONFIG, text);
  await waitFor(() => (api.settings.projectFile.uri?.toString() === uri.toString() ? true : undefined), 'the extension to read .sourcecheck.json');
  await settled(api);
}

/** Waits for the re-index a settings change starts, by running one more (it supersedes the other). */
async function settled(api: SourcecheckApi): Promise<void> {
  await api.sources.reindex();
}

function indexedFiles(api: SourcecheckApi): string[] {
  return api.sources.passageIndex.articles.map(({ article }) => vscode.workspace.asRelativePath(vscode.Uri.parse(article.file), false)).sort();
}

describe('.sourcecheck.json', () => {
  afterEach(async () => {
    await cleanUp();
    const api = await sourcecheck();
    await waitFor(() => (api.settings.projectFile.uri === undefined ? true : undefined), 'the extension to forget .sourcecheck.json');
    await settled(api);
  });

  it('severity: a verdict the file names changes, the others keep their default; deleting the file restores it', async () => {
    const api = await sourcecheck();
    const { document } = await openOpEd(api);
    await writeConfig(api, '// the desk wants unsourced quotations as errors\n{ "severity": { "unsourced": "error", }, }\n');
    await waitForDiagnostics(document.uri, (d) => withCode(d, 'unsourced')[0]?.severity === vscode.DiagnosticSeverity.Error, 'unsourced as an error');
    assert.strictEqual(withCode(vscode.languages.getDiagnostics(document.uri), 'misquoted')[0]?.severity, vscode.DiagnosticSeverity.Warning);
    await deleteFile(workspaceUri(CONFIG));
    await waitForDiagnostics(document.uri, (d) => withCode(d, 'unsourced')[0]?.severity === vscode.DiagnosticSeverity.Information, 'unsourced back to its default, information');
  });

  it('a workspace setting wins over the file, key by key', async () => {
    const api = await sourcecheck();
    const { document } = await openOpEd(api);
    await writeConfig(api, '{ "severity": { "unsourced": "error", "misquoted": "error" } }');
    await setSetting('severity', { unsourced: 'hint' });
    const after = await waitForDiagnostics(document.uri,
      (d) => withCode(d, 'unsourced')[0]?.severity === vscode.DiagnosticSeverity.Hint && withCode(d, 'misquoted')[0]?.severity === vscode.DiagnosticSeverity.Error,
      'unsourced from the setting (hint), misquoted from the file (error)');
    assert.strictEqual(withCode(after, 'misattributed')[0]?.severity, vscode.DiagnosticSeverity.Warning);
  });

  it('sources: the globs of the file choose the indexed articles', async () => {
    const api = await sourcecheck();
    assert.deepStrictEqual(indexedFiles(api), FIXTURE_ARTICLES);
    await writeConfig(api, '{ "sources": ["sources/wikinews-*.md"] }');
    await waitFor(() => (indexedFiles(api).length === 3 ? true : undefined), 'three articles indexed');
    assert.deepStrictEqual(indexedFiles(api), FIXTURE_ARTICLES.filter((f) => !f.includes('untrusted')));
  });

  it('exclude: files the file excludes leave the index', async () => {
    const api = await sourcecheck();
    await writeConfig(api, '{ "exclude": ["**/untrusted/**"] }');
    await waitFor(() => (indexedFiles(api).length === 3 ? true : undefined), 'the excluded article to leave the index');
    assert.ok(!indexedFiles(api).some((f) => f.includes('untrusted')));
  });

  it('ignore: a draft the file ignores is not checked', async () => {
    const api = await sourcecheck();
    const { document } = await openOpEd(api);
    await writeConfig(api, '{ "ignore": ["drafts/op-ed.md"] }');
    await waitForDiagnostics(document.uri, (d) => d.length === 0, 'the ignored draft to lose its diagnostics');
    assert.strictEqual(api.checker.isDraft(document), false);
    const other = (await openDraft('drafts/misquotes.md')).document;
    assert.strictEqual(api.checker.isDraft(other), true, 'other drafts are still checked');
  });

  it('citationStyle: citations use the style of the file; a workspace setting wins', async () => {
    const api = await sourcecheck();
    const file = workspaceUri('sources/wikinews-61340.md').toString();
    assert.strictEqual(await vscode.commands.executeCommand('sourcecheck.copyCitation', { file }), '(Wikinews, February 28, 2007)');
    await writeConfig(api, '{ "citationStyle": "pandoc" }');
    assert.strictEqual(await vscode.commands.executeCommand('sourcecheck.copyCitation', { file }), '[@wikinews-61340]');
    await setSetting('citationStyle', 'link');
    assert.match(String(await vscode.commands.executeCommand('sourcecheck.copyCitation', { file })), /^\[.*\]\(https?:/);
  });

  it('a bad file: its problems are reported, its valid keys still apply, nothing breaks', async () => {
    const api = await sourcecheck();
    const { document } = await openOpEd(api);
    await writeConfig(api, '{ "severity": { "unsourced": "loud", "misquoted": "error" }, "sorces": [] }');
    assert.deepStrictEqual([...api.settings.projectFile.problems], [
      `${CONFIG}: 'severity.unsourced' must be one of error, warning, information, hint, none, not "loud"`,
      `${CONFIG}: 'sorces' is not a known key, did you mean 'sources'? (known: sources, exclude, ignore, draftLanguages, severity, citationStyle, failOn, maxSourceSizeMB)`,
    ]);
    await waitForDiagnostics(document.uri,
      (d) => withCode(d, 'misquoted')[0]?.severity === vscode.DiagnosticSeverity.Error && withCode(d, 'unsourced')[0]?.severity === vscode.DiagnosticSeverity.Information,
      'misquoted as an error (valid key), unsourced at its default, information (bad value)');
    await writeConfig(api, '{ "severity": ');
    await waitFor(() => (api.settings.projectFile.problems[0]?.startsWith(`${CONFIG}: not valid JSON`) ? true : undefined), 'the syntax error to be reported');
    await waitForDiagnostics(document.uri, (d) => withCode(d, 'misquoted')[0]?.severity === vscode.DiagnosticSeverity.Warning, 'the defaults back');
    assert.strictEqual(diagnosticCodes(document).length, 3, 'the draft is still checked');
  });

  it('VS Code reads the file as JSON with comments and validates it against the contributed schema', async () => {
    const api = await sourcecheck();
    await writeConfig(api, '{\n  // comments are fine\n  "citationStyle": "mla"\n}\n');
    const document = (await openDraft(CONFIG)).document;
    assert.strictEqual(document.languageId, 'jsonc');
    const problems = await waitFor(() => {
      const found = vscode.languages.getDiagnostics(document.uri).filter((d) => d.range.start.line === 2);
      return found.length > 0 ? found : undefined;
    }, 'the JSON language service to flag "mla" against the schema', 30000);
    assert.match(problems[0]!.message, /inline|Value is not accepted/);
    assert.ok(!vscode.languages.getDiagnostics(document.uri).some((d) => d.range.start.line === 1), 'no complaint about the comment');
  });

  it('Create Project Configuration writes the starter file and opens it; an existing file is opened, not replaced', async () => {
    const api = await sourcecheck();
    const uri = deleteAfterTest(CONFIG);
    const read = async (): Promise<string> => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    const created = await vscode.commands.executeCommand<vscode.Uri>('sourcecheck.createProjectConfig');
    assert.strictEqual(created?.toString(), uri.toString());
    assert.strictEqual(await read(), starterConfig());
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString());
    await waitFor(() => (api.settings.projectFile.uri?.toString() === uri.toString() ? true : undefined), 'the extension to read the new file');
    assert.deepStrictEqual([...api.settings.projectFile.problems], [], 'the starter has no problem');

    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('{ "citationStyle": "apa" }'));
    const again = await vscode.commands.executeCommand<vscode.Uri>('sourcecheck.createProjectConfig');
    assert.strictEqual(again?.toString(), uri.toString());
    assert.strictEqual(await read(), '{ "citationStyle": "apa" }');
  });
});

function diagnosticCodes(document: vscode.TextDocument): unknown[] {
  return vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'Sourcecheck').map(codeOf);
}
