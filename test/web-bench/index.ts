// The web-workbench benchmark (npm run bench:web), loaded by VS Code in the web worker extension host as
// extensionTestsPath. scripts/bench-web.js starts the workbench twice:
//
// 1. Activation phase, in an EMPTY folder, the extension's manifest without activation events (the launcher links
//    it): (a) extension.activate() while the extension is not active yet. With the real manifest the workbench
//    activates the extension at start-up in any folder: onLanguage:plaintext fires even in an empty one, and
//    workspaceContains:**/sources/** matches any folder holding a file (test-web's file search ignores patterns).
// 2. DEV phase, in a copy of the DEV data (sources/ = 1,536 articles, drafts/ = the 40 DEV drafts) whose
//    .vscode/settings.json points sourcecheck.sources at a folder that does not exist, so that the indexing done at
//    start-up reads nothing:
//    (b) the first indexing: the setting removed, the default globs find the 1,536 files, all read cold;
//    (d) a second re-index with nothing changed, the snapshot in the workspace storage, a simulated restart on it,
//        and the bare cost of vscode.workspace.fs.stat + readFile on the same files;
//    (c) keystroke to diagnostics on a 5,000-word draft with 40 quotations: keys pressed on the page's keyboard (by
//        the launcher) as a writer types, and edits back to back with the debounce at 0 (keystroke.ts).
//
// It prints progress lines `bench-web: ...` and one line `BENCH {json}` that the launcher reads; run() rejects
// (the run exits non-zero) only when a step could not be measured.
import * as vscode from 'vscode';
import type { SourcecheckApi } from '../../src/extension/extension';
import { benchFsRoundTrips, type FsProbeFigures } from './fs-probe';
import { benchKeystroke, type KeystrokeFigures } from './keystroke';
import { deferred, now, progress } from './measure';
import { benchRestart, type RestartFigures } from './restart';

export const BENCH_MARKER = 'BENCH';
const EXTENSION_ID = 'sourcecheck.sourcecheck';
const INDEX_TIMEOUT_MS = 300000;

interface Activation {
  readonly activeAtStart: boolean;
  /** extension.activate() when not active: fetch and evaluate the bundle, run activate(). */
  readonly activateMs: number | null;
  /** activate() called until api.ready (the first indexing; nothing to read in the empty folder). */
  readonly activateToReadyMs: number | null;
  /** When the bench found the extension active (start-up activation): ms since the extension host worker started. */
  readonly foundActiveAtMs: number;
}

interface Indexing {
  /** The workspace setting `sourcecheck.sources` removed (update() called) until the index was published. */
  readonly settingToIndexMs: number;
  /** The extension host told of the setting change (the re-index starts there) until the index was published. */
  readonly indexMs: number;
  readonly lastRun: { restored: number; read: number; unchanged: number };
  readonly articles: number;
  readonly words: number;
  readonly problems: number;
  /** What the start-up indexing (with the setting pointing nowhere) found. */
  readonly atStartup: { readonly articles: number; readonly lastRun: { restored: number; read: number; unchanged: number }; readonly problems: string[] };
}

interface BenchResult {
  phase: 'activation' | 'dev';
  environment: { vscode: string; uiKind: string; userAgent: string; hardwareConcurrency: number };
  workspace: string;
  activation?: Activation;
  indexing?: Indexing;
  restart?: RestartFigures;
  fs?: FsProbeFigures;
  keystroke?: KeystrokeFigures;
  error?: string;
}

export async function run(): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  const result: BenchResult = {
    phase: 'dev',
    environment: {
      vscode: vscode.version,
      uiKind: vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop',
      userAgent: typeof navigator === 'undefined' ? '' : navigator.userAgent,
      hardwareConcurrency: typeof navigator === 'undefined' ? 0 : navigator.hardwareConcurrency,
    },
    workspace: folder?.uri.toString() ?? '(none)',
  };
  try {
    if (!folder) throw new Error('no workspace folder is open');
    const extension = vscode.extensions.getExtension<SourcecheckApi>(EXTENSION_ID);
    if (!extension) throw new Error(`${EXTENSION_ID} is not installed`);
    const activeAtStart = extension.isActive;
    const foundActiveAtMs = now();
    result.phase = (await vscode.workspace.fs.readDirectory(folder.uri)).length === 0 ? 'activation' : 'dev';

    progress(`${result.phase} phase; the extension is ${activeAtStart ? 'already active (activated at start-up)' : 'not active yet'}`);
    const started = now();
    const api = await extension.activate();
    const activated = now();
    await withTimeout(api.ready, INDEX_TIMEOUT_MS, 'api.ready');
    const ready = now();
    result.activation = {
      activeAtStart,
      activateMs: activeAtStart ? null : activated - started,
      activateToReadyMs: activeAtStart ? null : ready - started,
      foundActiveAtMs,
    };
    if (result.phase === 'activation') {
      progress(`activate() ${activeAtStart ? 'n/a (already active)' : `${(activated - started).toFixed(1)} ms`}`);
    } else {
      result.indexing = await benchFirstIndexing(api);
      result.restart = await benchRestart(api);
      result.fs = await benchFsRoundTrips(api, folder.uri);
      result.keystroke = await benchKeystroke(api, folder.uri);
    }
  } catch (error) {
    result.error = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
  }
  console.log(`${BENCH_MARKER} ${JSON.stringify(result)}`);
  if (result.error) throw new Error(`bench-web: ${result.error.split('\n')[0]}`);
}

/**
 * The first real indexing of the DEV sources: the launcher's workspace setting kept the start-up indexing empty;
 * removing it makes the extension re-index with the default globs (SettingsStore -> WorkspaceSources.reindex),
 * every file stat'ed and read for the first time in this session.
 */
async function benchFirstIndexing(api: SourcecheckApi): Promise<Indexing> {
  const atStartup = {
    articles: api.sources.passageIndex.articles.length,
    lastRun: { ...api.sources.lastRun },
    problems: api.sources.problems.map((p) => `${p.file}: ${p.reason}`),
  };
  const configured = vscode.workspace.getConfiguration('sourcecheck').inspect<string[]>('sources')?.workspaceValue;
  if (!configured) throw new Error('the DEV workspace should set sourcecheck.sources (scripts/bench-web.js writes it)');
  progress(`indexing: start-up index has ${atStartup.articles} articles (sourcecheck.sources = ${JSON.stringify(configured)}); removing the setting`);

  const told = deferred<number>('the configuration change to reach the extension host', INDEX_TIMEOUT_MS);
  const published = deferred<number>('the DEV sources to be indexed', INDEX_TIMEOUT_MS);
  const subscriptions = [
    // Registered after the extension's own listener, so this runs once its re-index has started.
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('sourcecheck.sources')) told.resolve(now());
    }),
    // The index is published during the run (onDidChange) and the run ends after it (onDidProgress): either may come last.
    ...[api.sources.onDidChange, api.sources.onDidProgress].map((event) => event(() => {
      if (api.sources.passageIndex.articles.length > atStartup.articles && !api.sources.progress.indexing) published.resolve(now());
    })),
  ];
  try {
    const started = now();
    await vscode.workspace.getConfiguration('sourcecheck').update('sources', undefined, vscode.ConfigurationTarget.Workspace);
    const [toldAt, publishedAt] = await Promise.all([told.promise, published.promise]);
    const figures: Indexing = {
      settingToIndexMs: publishedAt - started,
      indexMs: publishedAt - toldAt,
      lastRun: { ...api.sources.lastRun },
      articles: api.sources.passageIndex.articles.length,
      words: api.sources.passageIndex.wordCount,
      problems: api.sources.problems.length,
      atStartup,
    };
    progress(`indexing: ${figures.articles} articles in ${figures.indexMs.toFixed(0)} ms; lastRun ${JSON.stringify(figures.lastRun)}`);
    return figures;
  } finally {
    told.cancel();
    published.cancel();
    for (const s of subscriptions) s.dispose();
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  const timeout = deferred<never>(what, ms);
  return Promise.race([promise, timeout.promise]).finally(() => timeout.cancel());
}
