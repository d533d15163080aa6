// Keystroke to diagnostics in the real workbench: a 5,000-word draft with 40 quotations is open, one character of
// an exact quotation is replaced (it turns misquoted: a warning appears) and put back (the warning goes), and each
// time the time until vscode.languages.getDiagnostics shows the change is taken, minus sourcecheck.debounceMs.
//
// The series:
//   - keys as typed (the target's figure): the launcher presses the key on the page's keyboard (scripts/bench-web.js)
//     and takes the time of its keydown there and of the squiggles redrawn; this host takes the times of the change
//     event and of the diagnostics, on the same clock. The debounce as configured (default 300 ms), a writer's pause
//     before each key;
//   - back to back, by the `type` command from this host, the debounce set to 0, each edit as soon as the last one's
//     diagnostics showed (the figure of earlier rounds). The command goes to the renderer and the change comes back:
//     a round trip a key pressed in the page does not make; and with no debounce the check runs in the same moment
//     as the built-in Markdown extension's parse of the same edit (a CPU profile of this host showed 15 to 30 ms of
//     it per edit), so the next edit waits behind both;
//   - keys back to back: keys pressed with the debounce at 0, each as soon as the last one's diagnostics showed;
//   - typing: a letter inserted into the quotation and deleted again by the command, back to back, debounce 0 (an
//     insertion moves every offset after it, so the check reads the draft's prose again; a replaced letter lets it
//     reuse the last reading).
import * as vscode from 'vscode';
import { checkDraft, QuotationCache } from '../../src/core';
import type { CheckTiming } from '../../src/extension/diagnostics';
import type { SourcecheckApi } from '../../src/extension/extension';
import { buildEditorDraft, findFlipEdit, type EditorDraft, type FlipEdit } from '../../scripts/bench/editor-draft';
import { waitFor } from '../web/wait';
import { deferred, now, progress, spreadOf, timed, type Deferred, type Spread } from './measure';

const DIAGNOSTIC_SOURCE = 'Sourcecheck';
/** The console line asking the launcher to press a key in the page (scripts/bench-web.js watches for it). */
const KEY_REQUEST = 'SOURCECHECK_BENCH_KEY';
const WARMUP_EDITS = 4;
/** The extension saves its sources snapshot 1 s after an indexing run (a debounce change re-indexes): let it pass. */
const AFTER_REINDEX_MS = 2500;
const KEYS_AS_TYPED = 40;
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
  /**
   * The target's figure: the edit typed on the page's keyboard with the configured debounce, a writer's pause
   * before each key. The launcher joins its keydown times with the host's times here; undefined when no key came
   * (a launcher without the hook).
   */
  readonly keys: KeySeries | undefined;
  /** The letter typed into the quotation on the keyboard and deleted with Backspace, as typed (the prose read again). */
  readonly keysTyping: KeySeries | undefined;
  /** Keys pressed with the debounce at 0, each as soon as the last one's diagnostics showed. */
  readonly keysBackToBack: KeySeries | undefined;
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

export interface KeySeries {
  readonly debounceMs: number;
  readonly pauseMs: number;
  readonly warmupEdits: number;
  /** Provisional checks published during the series (DraftChecker.provisional), and how many the full check then corrected. */
  readonly provisional: { readonly published: number; readonly corrected: number };
  /** Per key, in order (warm-up ones included, flagged): when the host saw the change and the diagnostics. */
  readonly keys: Array<{ readonly n: number; readonly key: string; readonly warmup: boolean; readonly changedAt: number; readonly shownAt: number; readonly diagnostics: number; readonly timing?: CheckTiming }>;
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
    progress(`keystroke: ${KEYS_AS_TYPED} keys pressed in the page as typed (debounce ${config().get<number>('debounceMs', 300)} ms, a ${WRITER_PAUSE_MS} ms pause before each)`);
    const keys = await typist.keySeries(flipped, KEYS_AS_TYPED, WRITER_PAUSE_MS);
    const keysTyping = keys && await typist.keySeries(typed, KEYS_AS_TYPED, WRITER_PAUSE_MS);
    await setDebounce(api, 0);
    await new Promise((resolve) => setTimeout(resolve, AFTER_REINDEX_MS));
    progress(`keystroke: ${BACK_TO_BACK_EDITS} edits back to back, then ${BACK_TO_BACK_EDITS} letters typed and deleted (debounce 0)`);
    const backToBack = await typist.series(flipped, BACK_TO_BACK_EDITS, 0);
    const typing = await typist.series(typed, BACK_TO_BACK_EDITS, 0);
    const keysBackToBack = keys && await typist.keySeries(flipped, BACK_TO_BACK_EDITS, 0);

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
      keys,
      keysTyping,
      keysBackToBack,
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
  private keysAsked = 0;

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

  /**
   * WARMUP_EDITS + `count` edits made by keys the launcher presses (edit(k) for the k-th: its range selected, then
   * the letter typed over it, or Backspace), `pauseMs` after the last one's diagnostics. A key is asked for by a
   * console line the launcher watches for; the launcher takes its keydown time.
   */
  async keySeries(edit: (k: number) => Edit, count: number, pauseMs: number): Promise<KeySeries | undefined> {
    const debounceMs = vscode.workspace.getConfiguration('sourcecheck').get<number>('debounceMs', 300);
    const document = this.editor.document;
    const keys: KeySeries['keys'] = [];
    const provisionalBefore = { ...this.api.checker.provisional };
    for (let k = 0; k < WARMUP_EDITS + count; k++) {
      if (pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
      const next = edit(k);
      const key = next.text === '' ? 'Backspace' : next.text;
      const expected = expectedAfter(document, next);
      // the first key may not come at all (a launcher without the hook): a shorter wait, then no series
      const watch = watchEdit(this.api, document, k === 0 ? 5000 : STEP_TIMEOUT_MS);
      try {
        this.editor.selection = new vscode.Selection(document.positionAt(next.at), document.positionAt(next.at + next.length));
        const n = this.keysAsked++;
        console.log(`${KEY_REQUEST} ${JSON.stringify({ n, key })}`);
        let changedAt: number;
        try {
          changedAt = await watch.changed.promise;
        } catch (error) {
          if (k === 0) {
            progress(`keystroke: no key arrived from the launcher (${error instanceof Error ? error.message : String(error)}): no keyboard series`);
            return undefined;
          }
          throw error;
        }
        const shownAt = await watch.shown.promise;
        checkEdited(document, next, expected);
        const timing = timingOf(this.api, document);
        keys.push({ n, key, warmup: k < WARMUP_EDITS, changedAt, shownAt, diagnostics: diagnosticsOf(document.uri).length, ...(timing ? { timing } : {}) });
      } finally {
        watch.dispose();
      }
    }
    await waitFor(() => (this.api.checker.isChecking(document) ? undefined : true), 'the last full check of the series', STEP_TIMEOUT_MS);
    const provisional = {
      published: this.api.checker.provisional.published - provisionalBefore.published,
      corrected: this.api.checker.provisional.corrected - provisionalBefore.corrected,
    };
    return { debounceMs, pauseMs, warmupEdits: WARMUP_EDITS, provisional, keys };
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
 * Replaces `length` characters at `at` with `text` (typed, or deleted when `text` is empty) by a command from this
 * host, and times the edit's arrival here and the diagnostics after it (watchEdit).
 */
async function timeEdit(api: SourcecheckApi, editor: vscode.TextEditor, edit: Edit, mode: KeystrokeFigures['mode']): Promise<{ total: number; host: number; diagnostics: number; lag: number; timing?: CheckTiming } | undefined> {
  const document = editor.document;
  const versionBefore = document.version;
  const watch = watchEdit(api, document, STEP_TIMEOUT_MS);
  const { changed, shown } = watch;
  let stopped = false; // stops the probe below
  try {
    const { at, length, text } = edit;
    const range = new vscode.Range(document.positionAt(at), document.positionAt(at + length));
    const expected = expectedAfter(document, edit);
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
      started = absoluteNow();
      probe();
      await (text === '' ? vscode.commands.executeCommand('deleteLeft') : vscode.commands.executeCommand('type', { text }));
      if (document.version === versionBefore) {
        // the command may resolve before the change arrives: give it a moment, then report it did nothing
        const arrived = await Promise.race([changed.promise.then(() => true, () => false), new Promise<boolean>((r) => setTimeout(() => r(false), 1000))]);
        if (!arrived) return undefined;
      }
    } else {
      started = absoluteNow();
      probe();
      const applied = await editor.edit((builder) => builder.replace(range, text), { undoStopBefore: false, undoStopAfter: false });
      if (!applied) return undefined;
    }
    const [changedAt, shownAt] = await Promise.all([changed.promise, shown.promise]);
    checkEdited(document, edit, expected);
    const timing = timingOf(api, document);
    return { total: shownAt - started, host: shownAt - changedAt, diagnostics: diagnosticsOf(document.uri).length, lag, ...(timing ? { timing } : {}) };
  } finally {
    stopped = true;
    watch.dispose();
  }
}

/**
 * Watches one edit of `document`: when it reaches this host (onDidChangeTextDocument) and when getDiagnostics first
 * differs from now after it, on absoluteNow()'s clock. The extension sets the diagnostics and then the findings
 * (DraftChecker), so the findings event is the first moment the new diagnostics can be seen.
 */
function watchEdit(api: SourcecheckApi, document: vscode.TextDocument, timeoutMs: number): { changed: Deferred<number>; shown: Deferred<number>; dispose(): void } {
  const uri = document.uri;
  const before = diagnosticsKey(uri);
  const versionBefore = document.version;
  const changed = deferred<number>('the edit to reach the extension host', timeoutMs);
  const shown = deferred<number>('getDiagnostics to change after the edit', timeoutMs);
  const subscriptions = [
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === document && e.contentChanges.length > 0) changed.resolve(absoluteNow());
    }),
    api.findings.onDidChange((changedUri) => {
      if (changedUri.toString() === uri.toString() && document.version !== versionBefore && diagnosticsKey(uri) !== before) shown.resolve(absoluteNow());
    }),
  ];
  return {
    changed,
    shown,
    dispose: () => {
      changed.cancel();
      shown.cancel();
      for (const s of subscriptions) s.dispose();
    },
  };
}

/** What [at, at + 1) of `document` holds once `edit` is made (the letter typed, or the one after the deletion). */
function expectedAfter(document: vscode.TextDocument, edit: Edit): string {
  const { at, length, text } = edit;
  return text === '' ? document.getText().slice(at + length, at + length + 1) : text;
}

function checkEdited(document: vscode.TextDocument, edit: Edit, expected: string): void {
  const after = document.getText(new vscode.Range(document.positionAt(edit.at), document.positionAt(edit.at + 1)));
  if (after !== expected) throw new Error(`the edit (${edit.direction}) left "${after}" instead of "${expected}"`);
}

/** The extension's timing of the check that published `document`'s current diagnostics, if it timed that one. */
function timingOf(api: SourcecheckApi, document: vscode.TextDocument): CheckTiming | undefined {
  return api.checker.lastTiming?.version === document.version ? api.checker.lastTiming : undefined;
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

/** performance.now() on the clock the page shares with this worker (its time origin added), for the launcher's keydown times. */
function absoluteNow(): number {
  return performance.timeOrigin + performance.now();
}
