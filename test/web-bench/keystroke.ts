// Keystroke to diagnostics in the real workbench: a 5,000-word draft with 40 quotations is open, one character of
// an exact quotation is replaced (it turns misquoted: a warning appears) and put back (the warning goes), and each
// time the time until vscode.languages.getDiagnostics shows the change is taken, minus sourcecheck.debounceMs.
//
// Three series of edits:
//   - as typed (the target's figure): the debounce as configured (default 300 ms), each edit made a writer's pause
//     after the last one's diagnostics showed. The workbench's own extensions (Markdown's, in the same extension
//     host) have then done their share of the edit before the check runs, as they have for a writer;
//   - back to back: the debounce set to 0 and each edit made as soon as the last one's diagnostics showed. The check
//     then runs in the same moment as the Markdown extension's parse of the same edit, and the next edit's round trip
//     waits behind both: a stress figure, not a writer's;
//   - typing: a letter inserted into the quotation and deleted again, back to back, debounce 0 (an insertion moves
//     every offset after it, so the check reads the draft's prose again; a replaced letter lets it reuse the last
//     reading).
import * as vscode from 'vscode';
import { checkDraft, QuotationCache } from '../../src/core';
import type { CheckTiming } from '../../src/extension/diagnostics';
import type { SourcecheckApi } from '../../src/extension/extension';
import { buildEditorDraft, findFlipEdit, type EditorDraft, type FlipEdit } from '../../scripts/bench/editor-draft';
import { waitFor } from '../web/wait';
import { deferred, now, progress, spreadOf, timed, type Spread } from './measure';

const DIAGNOSTIC_SOURCE = 'Sourcecheck';
const WARMUP_EDITS = 4;
/** The extension saves its sources snapshot 1 s after an indexing run (a debounce change re-indexes): let it pass. */
const AFTER_REINDEX_MS = 2500;
const AS_TYPED_EDITS = 40;
const BACK_TO_BACK_EDITS = 20;
/** A writer's pause before the next key: a key every 250 ms is 48 words a minute. */
const WRITER_PAUSE_MS = 250;
const STEP_TIMEOUT_MS = 15000;
const ENGINE_RUNS = 50;

export interface KeystrokeFigures {
  readonly draft: Omit<EditorDraft, 'text'> & { readonly chars: number; readonly file: string };
  readonly flipEdit: Omit<FlipEdit, 'quoteText'> & { readonly quoteText: string };
  /** Edits made and not counted before the measured ones of each series. */
  readonly warmupEdits: number;
  /** How the character was typed: the `type` command (as a keystroke), or TextEditor.edit when `type` did nothing. */
  readonly mode: 'type command' | 'TextEditor.edit';
  readonly debounceConfiguredBefore: number | undefined;
  /** Opening the draft until its findings and diagnostics are there (the check on open, no debounce). */
  readonly openToDiagnosticsMs: number;
  readonly diagnosticsAfterOpen: number;
  /** The target's figure: a letter replaced with the configured debounce, a writer's pause before each edit. */
  readonly asTyped: EditSeries;
  /** The same edits with the debounce at 0, each made as soon as the last one's diagnostics showed. */
  readonly backToBack: EditSeries;
  /** A letter inserted into the quotation and deleted again, back to back, debounce 0. */
  readonly typing: EditSeries;
  /**
   * checkDraft alone in this extension host (the engine's share), as the editor checks: the draft and the draft with
   * the flipped letter in turn, with a per-quotation cache. (The same text every time would time no reading of the
   * draft's prose: the reading of the last text checked is kept.)
   */
  readonly engineCheckInHost: Spread;
}

export interface EditSeries {
  readonly debounceMs: number;
  /** The wait between the last edit's diagnostics and the next edit (0: back to back). */
  readonly pauseMs: number;
  /** From issuing the edit until getDiagnostics shows the change, minus the debounce. */
  readonly keystrokeToDiagnostics: Spread;
  /** From the edit reaching the extension host (onDidChangeTextDocument) until getDiagnostics shows the change, minus the debounce. */
  readonly documentChangeToDiagnostics: Spread;
  /** From issuing the edit until onDidChangeTextDocument in the extension host (the round trip to the renderer). */
  readonly editRoundTrip: Spread;
  /** Medians over the samples of the extension's own account of each check (DraftChecker.lastTiming). */
  readonly checkTimingMedians: Record<'waitMs' | 'checkMs' | 'pausedMs' | 'diagnosticsMs' | 'findingsMs', number> | null;
  readonly samples: Sample[];
}

interface Sample {
  direction: string;
  /** Issued -> diagnostics, minus the debounce. */
  totalMs: number;
  /** Change event -> diagnostics, minus the debounce. */
  hostMs: number;
  /** Issued -> change event. */
  roundTripMs: number;
  diagnostics: number;
  /** The longest the extension host was busy between issuing the edit and its arrival (timers set for 0 ms, in a chain). */
  hostLagMs: number;
  /** The extension's timing of the check that published the diagnostics (undefined if it timed another one). */
  timing?: CheckTiming;
}

interface Edit {
  readonly at: number;
  readonly length: number;
  readonly text: string;
  readonly direction: string;
}

export async function benchKeystroke(api: SourcecheckApi, root: vscode.Uri): Promise<KeystrokeFigures> {
  const draft = await editorDraftFrom(vscode.Uri.joinPath(root, 'drafts'));
  const file = `editor-bench-${Date.now().toString(36)}.md`;
  const uri = vscode.Uri.joinPath(root, file);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(draft.text));
  progress(`keystroke: ${draft.words} words, ${draft.quotations} quotations written to ${file}`);

  const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('sourcecheck');
  const debounceConfiguredBefore = config().inspect<number>('debounceMs')?.workspaceValue;
  await new Promise((resolve) => setTimeout(resolve, AFTER_REINDEX_MS)); // the restart phase's snapshot save
  try {
    const opened = await timed(async () => {
      const document = await vscode.workspace.openTextDocument(uri);
      const editor = await vscode.window.showTextDocument(document);
      await waitFor(() => api.findings.current(document), 'the check of the bench draft on open', STEP_TIMEOUT_MS, 1);
      return { document, editor };
    });
    const { document, editor } = opened.result;
    const diagnosticsAfterOpen = diagnosticsOf(uri).length;
    const flip = findFlipEdit(document.getText(), api.sources.passageIndex);
    if (!flip) throw new Error('no exact quotation of the bench draft turns misquoted with one letter');
    const flipped = (k: number): Edit => (k % 2 === 0
      ? { at: flip.at, length: 1, text: flip.replacement, direction: 'exact -> misquoted' }
      : { at: flip.at, length: 1, text: flip.original, direction: 'misquoted -> exact' });
    const typed = (k: number): Edit => (k % 2 === 0
      ? { at: flip.at, length: 0, text: flip.replacement, direction: 'letter typed' }
      : { at: flip.at, length: 1, text: '', direction: 'letter deleted' });

    const typist = new Typist(api, editor);
    progress(`keystroke: ${AS_TYPED_EDITS} edits as typed (debounce ${config().get<number>('debounceMs', 300)} ms, a ${WRITER_PAUSE_MS} ms pause before each)`);
    const asTyped = await typist.series(flipped, AS_TYPED_EDITS, WRITER_PAUSE_MS);
    await setDebounce(api, 0);
    await new Promise((resolve) => setTimeout(resolve, AFTER_REINDEX_MS));
    progress(`keystroke: ${BACK_TO_BACK_EDITS} edits back to back, then ${BACK_TO_BACK_EDITS} letters typed and deleted (debounce 0)`);
    const backToBack = await typist.series(flipped, BACK_TO_BACK_EDITS, 0);
    const typing = await typist.series(typed, BACK_TO_BACK_EDITS, 0);

    const engine: number[] = [];
    const base = document.getText();
    const texts = [base.slice(0, flip.at) + flip.replacement + base.slice(flip.at + 1), base];
    const cache = new QuotationCache();
    checkDraft(base, api.sources.passageIndex, { cache });
    for (let k = 0; k < ENGINE_RUNS; k++) {
      const text = texts[k % 2]!;
      engine.push((await timed(() => checkDraft(text, api.sources.passageIndex, { cache }))).ms);
    }
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    const { text, ...draftFigures } = draft;
    return {
      draft: { ...draftFigures, chars: text.length, file },
      flipEdit: flip,
      mode: typist.mode,
      warmupEdits: WARMUP_EDITS,
      debounceConfiguredBefore,
      openToDiagnosticsMs: opened.ms,
      diagnosticsAfterOpen,
      asTyped,
      backToBack,
      typing,
      engineCheckInHost: spreadOf(engine),
    };
  } finally {
    await setDebounce(api, debounceConfiguredBefore);
    try {
      await vscode.workspace.fs.delete(uri, { useTrash: false });
    } catch {
      // already gone
    }
  }
}

/** Makes series of edits in the bench draft's editor and times each (see timeEdit). */
class Typist {
  /** `type` until it is seen to do nothing (editor not focused), then TextEditor.edit. */
  mode: KeystrokeFigures['mode'] = 'type command';

  constructor(private readonly api: SourcecheckApi, private readonly editor: vscode.TextEditor) {}

  /** WARMUP_EDITS + `count` edits, edit(k) for the k-th, `pauseMs` after each one's diagnostics; the first ones not counted. */
  async series(edit: (k: number) => Edit, count: number, pauseMs: number): Promise<EditSeries> {
    const debounceMs = vscode.workspace.getConfiguration('sourcecheck').get<number>('debounceMs', 300);
    const samples: Sample[] = [];
    for (let k = 0; k < WARMUP_EDITS + count; k++) {
      if (pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
      const next = edit(k);
      let measured = await timeEdit(this.api, this.editor, next, this.mode);
      if (!measured && this.mode === 'type command') {
        this.mode = 'TextEditor.edit';
        progress('keystroke: the type command did not change the document (editor not focused?): using TextEditor.edit');
        measured = await timeEdit(this.api, this.editor, next, this.mode);
      }
      if (!measured) throw new Error(`the edit (${next.direction}) did not change the document`);
      if (k < WARMUP_EDITS) continue;
      samples.push({
        direction: next.direction, totalMs: measured.total - debounceMs, hostMs: measured.host - debounceMs, roundTripMs: measured.total - measured.host,
        diagnostics: measured.diagnostics, hostLagMs: measured.lag, ...(measured.timing ? { timing: measured.timing } : {}),
      });
    }
    return {
      debounceMs,
      pauseMs,
      keystrokeToDiagnostics: spreadOf(samples.map((s) => s.totalMs)),
      documentChangeToDiagnostics: spreadOf(samples.map((s) => s.hostMs)),
      editRoundTrip: spreadOf(samples.map((s) => s.roundTripMs)),
      checkTimingMedians: timingMedians(samples),
      samples,
    };
  }
}

/** The bench draft made from the workspace's drafts/*.md, as scripts/bench/editor-draft.ts makes it in Node. */
async function editorDraftFrom(folder: vscode.Uri): Promise<EditorDraft> {
  const names = (await vscode.workspace.fs.readDirectory(folder))
    .filter(([name, type]) => type === vscode.FileType.File && name.endsWith('.md') && !name.startsWith('.'))
    .map(([name]) => name)
    .sort();
  const decoder = new TextDecoder();
  const drafts = await Promise.all(names.map(async (name) => ({ name: `drafts/${name}`, text: decoder.decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, name))) })));
  return buildEditorDraft(drafts);
}

/**
 * Replaces `length` characters at `at` with `text` (typed, or deleted when `text` is empty) and times: the edit's arrival in this host, and the moment
 * getDiagnostics differs from before. The extension sets the diagnostics and then the findings (DraftChecker.check),
 * so the findings event is the first moment the new diagnostics can be seen; getDiagnostics is read there to be sure.
 */
async function timeEdit(api: SourcecheckApi, editor: vscode.TextEditor, edit: { at: number; length: number; text: string }, mode: KeystrokeFigures['mode']): Promise<{ total: number; host: number; diagnostics: number; lag: number; timing?: CheckTiming } | undefined> {
  const document = editor.document;
  const uri = document.uri;
  const before = diagnosticsKey(uri);
  const versionBefore = document.version;
  const changed = deferred<number>('the edit to reach the extension host', STEP_TIMEOUT_MS);
  const shown = deferred<number>('getDiagnostics to change after the edit', STEP_TIMEOUT_MS);
  let stopped = false; // stops the probe below
  const subscriptions = [
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === document && e.contentChanges.length > 0) changed.resolve(now());
    }),
    api.findings.onDidChange((changedUri) => {
      if (changedUri.toString() === uri.toString() && document.version !== versionBefore && diagnosticsKey(uri) !== before) shown.resolve(now());
    }),
  ];
  try {
    const { at, length, text } = edit;
    const range = new vscode.Range(document.positionAt(at), document.positionAt(at + length));
    const expected = text === '' ? document.getText().slice(at + length, at + length + 1) : text; // what [at, at + 1) holds after
    let started: number;
    // Timers set for 0 ms, one after another, until the edit arrives: the longest gap between two is the longest
    // the extension host was busy meanwhile (the rest of the round trip is the workbench's).
    let lag = 0;
    void changed.promise.then(() => (stopped = true), () => undefined);
    const probe = (): void => {
      let last = now();
      const tick = (): void => {
        const at = now();
        lag = Math.max(lag, at - last);
        last = at;
        if (!stopped) setTimeout(tick, 0);
      };
      setTimeout(tick, 0);
    };
    if (mode === 'type command') {
      editor.selection = new vscode.Selection(range.start, range.end);
      started = now();
      probe();
      await (text === '' ? vscode.commands.executeCommand('deleteLeft') : vscode.commands.executeCommand('type', { text }));
      if (document.version === versionBefore) {
        // the command may resolve before the change arrives: give it a moment, then report it did nothing
        const arrived = await Promise.race([changed.promise.then(() => true, () => false), new Promise<boolean>((r) => setTimeout(() => r(false), 1000))]);
        if (!arrived) return undefined;
      }
    } else {
      started = now();
      probe();
      const applied = await editor.edit((builder) => builder.replace(range, text), { undoStopBefore: false, undoStopAfter: false });
      if (!applied) return undefined;
    }
    const [changedAt, shownAt] = await Promise.all([changed.promise, shown.promise]);
    const after = document.getText(new vscode.Range(document.positionAt(at), document.positionAt(at + 1)));
    if (after !== expected) throw new Error(`the edit left "${after}" instead of "${expected}"`);
    const timing = api.checker.lastTiming?.version === document.version ? api.checker.lastTiming : undefined;
    return { total: shownAt - started, host: shownAt - changedAt, diagnostics: diagnosticsOf(uri).length, lag, ...(timing ? { timing } : {}) };
  } finally {
    stopped = true;
    changed.cancel();
    shown.cancel();
    for (const s of subscriptions) s.dispose();
  }
}

function timingMedians(samples: readonly Sample[]): EditSeries['checkTimingMedians'] {
  const timed = samples.flatMap((s) => (s.timing ? [s.timing] : []));
  if (timed.length === 0) return null;
  const median = (pick: (t: CheckTiming) => number): number => spreadOf(timed.map(pick)).medianMs;
  return {
    waitMs: median((t) => t.waitMs), checkMs: median((t) => t.checkMs), pausedMs: median((t) => t.pausedMs),
    diagnosticsMs: median((t) => t.diagnosticsMs), findingsMs: median((t) => t.findingsMs),
  };
}

async function setDebounce(api: SourcecheckApi, value: number | undefined): Promise<void> {
  const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('sourcecheck');
  await config().update('debounceMs', value, vscode.ConfigurationTarget.Workspace);
  await waitFor(() => (config().inspect<number>('debounceMs')?.workspaceValue === value ? true : undefined), `sourcecheck.debounceMs = ${String(value)}`, STEP_TIMEOUT_MS);
  // A settings change makes the extension re-index; one more re-index supersedes that run (see test/web/helpers.ts).
  await api.sources.reindex();
}

function diagnosticsOf(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === DIAGNOSTIC_SOURCE);
}

function diagnosticsKey(uri: vscode.Uri): string {
  return JSON.stringify(diagnosticsOf(uri).map((d) => [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character, d.severity, d.message]));
}
