// A hostile source (its title, outlet, author, URL, id and quoted passage carry Markdown, HTML, link syntax,
// an ignore-file comment, control and bidi characters, backticks and footnote markers): every citation style,
// the bibliography, "Use the source's wording" and Fix All put plain text only into the draft (the sanitiser
// is src/core/text/draft-safe.ts), the draft's checks stay on, and each edit is one undo step.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { SourcecheckApi } from '../../src/extension/extension';
import { checkedNow, cleanUp, openDraft, sourcecheck, uniqueName, waitForCodeActions, waitForDiagnostics, withCode, writeTempFile } from './helpers';
import { waitFor } from './wait';

const RLO = '\u202E';
const SOURCE = [
  '---',
  'id: "harbour`[^1]<!--x-->"',
  `title: "Harbour <!-- sourcecheck-ignore-file --> plan [click](command:workbench.action.terminal.new) ![x](https://t.example/p.png) \`code\` *em* [^1] ${RLO}gnp.exe\u202C \u0007bell"`,
  'outlet: "Reuters <!-- sourcecheck-ignore-file --> <script>alert(1)</script> \u2066Daily\u2069"',
  'author: "Jane Roe [@evil] <b>bold</b> \u200BRoe"',
  'date: 2022-05-06',
  `url: "https://example.org/story?x=1)[a](command:evil)<!--${RLO}"`,
  '---',
  '',
  'Harbour master Jane Roe spoke at the quay on Friday.',
  '',
  `"The harbour wall will be finished before the <b>winter</b> storms *arrive* and \`every\` boat in the ${RLO}port will be safe <!-- sourcecheck-ignore-file --> all year [^1]," said Jane Roe.`,
  '',
].join('\n');
const QUOTE = 'The harbour wall will be completed before the winter storms arrive and every boat in the port will be safe all year';
const DRAFT = `# Harbour\n\nJane Roe said "${QUOTE}."\n`;

/** What a plain-text insertion must not hold; `[^n]` markers and `](https://` are the styles' own markup. */
const FORBIDDEN: Array<[string, RegExp]> = [
  ['a control character', /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/],
  ['a bidi or invisible format character', /[\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/],
  ['an HTML tag or comment', /<[A-Za-z\/!?]/],
  ['a backtick or an asterisk', /[`*]/],
  ['a footnote marker not of the footnote style', /\[\^(?!\d+\])/],
  ['a link to anything but http(s)', /\]\((?!https?:\/\/)/],
  ['an ignore directive', /sourcecheck-ignore/],
  ['an image', /!\[/],
];

/** The text that replaced a part of `before` to make `after` (common prefix and suffix left out). */
function inserted(before: string, after: string): string {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return after.slice(start, after.length - end);
}

function assertPlain(text: string, what: string): void {
  assert.ok(text.length > 0, `${what}: something was inserted`);
  for (const [name, pattern] of FORBIDDEN) assert.doesNotMatch(text, pattern, `${what} inserted ${name}: ${JSON.stringify(text)}`);
  assert.ok((text.match(/\]\(/g) ?? []).length <= 1, `${what}: at most one link, the style's own: ${JSON.stringify(text)}`);
}

async function undoTo(document: vscode.TextDocument, expected: string, what: string): Promise<void> {
  assert.strictEqual(vscode.window.activeTextEditor?.document, document, 'the draft is the active editor');
  await vscode.commands.executeCommand('undo');
  await waitFor(() => (document.getText() === expected ? true : undefined), `one undo to restore the draft (${what})`, 3000);
}

/** Writes the hostile source and a draft quoting it (misquoted: "completed" for "finished"); waits for the check. */
async function setUp(api: SourcecheckApi): Promise<{ document: vscode.TextDocument; file: string }> {
  const name = uniqueName('tmp-hostile');
  const source = await writeTempFile(`sources/${name}.md`, SOURCE);
  await waitFor(() => api.sources.article(source.toString()), 'the hostile source to be indexed');
  const draft = await writeTempFile(`drafts/${name}.md`, DRAFT);
  const { document } = await openDraft(draft);
  const checked = await checkedNow(api, document);
  assert.deepStrictEqual(checked.report.quotes.map((q) => q.verdict), ['misquoted']);
  assert.strictEqual(checked.report.quotes[0]!.source?.article.file, source.toString());
  await waitForDiagnostics(document.uri, (d) => withCode(d, 'misquoted').length === 1, 'the misquoted diagnostic');
  return { document, file: source.toString() };
}

describe('a hostile source inserts plain text only into the draft', () => {
  afterEach(cleanUp);

  it('every citation style: plain text, the checks stay on, one undo each', async () => {
    const api = await sourcecheck();
    const { document, file } = await setUp(api);
    const before = document.getText();
    const close = before.indexOf('."') + 2;
    for (const style of ['inline', 'link', 'footnote', 'pandoc', 'apa', 'chicago'] as const) {
      // confirmed: citing a misquotation otherwise asks first (citations.test.ts covers the question).
      const done = await vscode.commands.executeCommand('sourcecheck.insertCitation', { uri: document.uri.toString(), version: document.version, offset: close, file, style, confirmed: true });
      assert.strictEqual(done, true, style);
      const text = inserted(before, document.getText());
      assertPlain(text, style);
      // A parenthetical citation goes before the sentence's period, which leaves the quotation: `year" (…).`
      if (style === 'link') assert.match(text, /^" \[[^\]]+\]\(https:\/\/example\.org\/story\?x=1%29%5Ba%5D%28command:evil%29%3C!--\)\.$/, text);
      if (style === 'pandoc') assert.strictEqual(text, '" [@harbour1--x--].');
      const checked = await checkedNow(api, document);
      assert.strictEqual(checked.report.quotes.find((q) => q.text === QUOTE)?.verdict, 'misquoted', `${style}: the draft is still checked`);
      await undoTo(document, before, style);
    }
  });

  it('Insert Bibliography: plain text entries, and the draft is still checked afterwards', async () => {
    const api = await sourcecheck();
    const { document } = await setUp(api);
    const before = document.getText();
    for (const style of ['link', 'apa', 'chicago'] as const) {
      assert.strictEqual(await vscode.commands.executeCommand('sourcecheck.insertBibliography', { uri: document.uri.toString(), style }), true, style);
      const section = inserted(before, document.getText());
      const entries = section.split('\n').filter((line) => line.startsWith('- '));
      assert.strictEqual(entries.length, 1, `${style}: one entry in ${JSON.stringify(section)}`);
      assertPlain(entries[0]!, `bibliography ${style}`);
      assert.doesNotMatch(section, /<|sourcecheck-ignore|[\u202A-\u202E\u2066-\u2069]/, section);
      const checked = await checkedNow(api, document);
      assert.strictEqual(checked.report.quotes.find((q) => q.text === QUOTE)?.verdict, 'misquoted', `${style}: the draft is still checked`);
      await undoTo(document, before, `bibliography ${style}`);
    }
  });

  it("\"Use the source's wording\" and Fix All write the source's words as plain text, undoable", async () => {
    const api = await sourcecheck();
    const { document } = await setUp(api);
    const before = document.getText();
    const [diagnostic] = await waitForDiagnostics(document.uri, (d) => withCode(d, 'misquoted').length === 1, 'the misquoted diagnostic');
    const actions = await waitForCodeActions(document.uri, diagnostic!.range, (a) => a.some((x) => x.title.startsWith("Use the source's wording")), 'the wording fix');
    const fix = actions.find((x) => x.title.startsWith("Use the source's wording"))!;
    for (const [name, pattern] of FORBIDDEN) assert.doesNotMatch(fix.title, pattern, `the fix's title shows ${name}`);
    assert.ok(fix.edit);
    assert.strictEqual(await vscode.workspace.applyEdit(fix.edit), true);
    const wording = inserted(before, document.getText());
    assertPlain(wording, 'the wording fix');
    assert.match(document.getText(), /finished before the winter storms arrive and every boat in the port will be safe/, document.getText());
    await undoTo(document, before, 'the wording fix');
    await checkedNow(api, document);
    assert.strictEqual(await vscode.commands.executeCommand('sourcecheck.fixAll'), true);
    assertPlain(inserted(before, document.getText()), 'Fix All');
    await undoTo(document, before, 'Fix All');
  });
});

describe('a source is never edited through completion', () => {
  afterEach(cleanUp);

  /** Sourcecheck's completion items just after `marker` (a citation key or a source to cite). */
  async function ours(document: vscode.TextDocument, marker: string, trigger: string): Promise<vscode.CompletionItem[]> {
    const at = document.getText().indexOf(marker);
    assert.ok(at >= 0, `"${marker}" is in ${document.uri.toString()}`);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, document.positionAt(at + marker.length), trigger);
    const keys = new Set(['markup-injection', 'wikinews-47819', 'wikinews-61340', 'wikinews-8397', 'harbour1--x--']); // the pandoc keys
    return (list?.items ?? []).filter((i) => i.command?.command === 'sourcecheck.insertCitation' || keys.has(typeof i.label === 'string' ? i.label : i.label.label));
  }

  it('`[^` and `[@` typed in a source offer nothing of Sourcecheck; the same in a draft do', async () => {
    const api = await sourcecheck();
    const { file } = await setUp(api);
    const draft = vscode.window.activeTextEditor!.document;
    const edit = new vscode.WorkspaceEdit();
    edit.insert(draft.uri, draft.positionAt(draft.getText().length), 'See [^ and [@\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok((await ours(draft, 'See [^', '^')).length > 0, 'a draft offers the sources after [^');
    assert.ok((await ours(draft, 'and [@', '@')).length > 0, 'a draft offers the keys after [@');
    const source = await vscode.workspace.openTextDocument(vscode.Uri.parse(file));
    await vscode.window.showTextDocument(source);
    const label = (i: vscode.CompletionItem): string => (typeof i.label === 'string' ? i.label : i.label.label);
    assert.deepStrictEqual((await ours(source, 'all year [^', '^')).map(label), [], 'nothing after [^ in a source');
    assert.deepStrictEqual((await ours(source, 'Jane Roe [@', '@')).map(label), [], 'nothing after [@ in a source');
    assert.strictEqual(source.isDirty, false);
  });
});
