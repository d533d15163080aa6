#!/usr/bin/env node
// The web-workbench benchmark: runs out/test/web-bench/index.js (test/web-bench) in a real VS Code for the web,
// offline, like scripts/test-web.js runs the suite (same build, browser and flags: scripts/workbench.js), then
// prints a table and writes out/bench-web.json. It reports and never fails on a missed target; it exits non-zero
// only when the run itself failed.
//
//   node esbuild.js --web-bench && node scripts/bench-web.js [DATA_DIR]     (= npm run bench:web)
//
// The workbench is started twice, each time in a temporary folder (the bench never writes into DATA_DIR):
//   1. an empty folder and the extension's manifest without activation events, to time activation: with the real
//      manifest the workbench activates the extension at start-up in any folder (onLanguage:plaintext fires even in an
//      empty one; and test-web's file search ignores include patterns, so workspaceContains:**/sources/** matches
//      any folder holding a file);
//   2. a copy of DATA_DIR's sources/ and drafts/, with .vscode/settings.json pointing sourcecheck.sources at a folder
//      that does not exist, so the start-up indexing reads nothing and the bench times the first real one.
// See test/web-bench/index.ts for what is measured.
//
// Environment: SOURCECHECK_WEB_TIMEOUT (seconds per workbench run, default 420), SOURCECHECK_CHROMIUM,
// SOURCECHECK_WEB_VERBOSE=1 (also the workbench's own console and the server log).
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
// The offline build, the system Chromium, the noise filter and the watchdog are shared with scripts/test-web.js.
const {
  ROOT, VERBOSE, isNoise, chromiumProblem, webPackagesProblem, parseMarked, superviseChild, runInWorkbench,
} = require('./workbench');

const MARKER = 'BENCH '; // printed by test/web-bench/index.ts
const KEY_REQUEST = 'SOURCECHECK_BENCH_KEY '; // printed by test/web-bench/keystroke.ts to have a key pressed
const KEYDOWN = 'KEYDOWN '; // printed by the child for each key pressed, read by the parent
const TIMEOUT_S = Number(process.env.SOURCECHECK_WEB_TIMEOUT || 420);
const BENCH = path.join(ROOT, 'out/test/web-bench/index.js');
const OUT_FILE = path.join(ROOT, 'out/bench-web.json');
const TARGETS = { keystrokeMs: 30 };

const NOWHERE = '**/bench-web-no-sources-yet/**'; // the DEV workspace's sourcecheck.sources until the bench removes it

if (process.argv[2] === '--child') {
  const [workspace, extension] = process.argv.slice(3);
  runInWorkbench({
    name: 'bench-web',
    extensionDevelopmentPath: extension,
    extensionTestsPath: path.join(extension, path.relative(ROOT, BENCH)), // test-web serves it from the extension's folder
    folderPath: workspace,
    onPage: pressKeysWhenAsked,
  });
} else {
  parent(path.resolve(process.argv[2] || path.join(ROOT, 'data', 'wikinews-dev'))).catch((error) => {
    console.error(`bench-web: ${error instanceof Error ? error.stack : error}`);
    process.exit(1);
  });
}

/**
 * Child side of the keyboard series (test/web-bench/keystroke.ts): when the extension host asks for a key, press
 * it in the page as a writer would and print when its keydown came and when the editor's squiggles next changed
 * (the diagnostics drawn), on the page's clock (performance.timeOrigin + now(), the one the extension host's worker
 * shares). Keys are pressed one at a time, in the order asked.
 */
function pressKeysWhenAsked(page) {
  let queue = Promise.resolve();
  page.on('console', (message) => {
    const text = message.text();
    const at = text.indexOf(KEY_REQUEST);
    if (at < 0) return;
    const { n, key } = JSON.parse(text.slice(at + KEY_REQUEST.length));
    queue = queue.then(async () => {
      await page.evaluate(watchKeyAndSquiggles, SQUIGGLE_WAIT_MS);
      await page.keyboard.press(key);
      const { keydownAt, drawnAt } = await page.evaluate(() => globalThis.sourcecheckKey);
      console.log(`${KEYDOWN}${JSON.stringify({ n, key, keydownAt, drawnAt })}`);
    }).catch((error) => console.error(`bench-web: pressing "${key}" failed: ${error}`));
  });
}

const SQUIGGLE_WAIT_MS = 5000;

/**
 * Runs in the page before a key is pressed: globalThis.sourcecheckKey becomes a promise of the next keydown's
 * time and of the first moment after it that the editor's squiggles differ in number (null after waitMs).
 */
function watchKeyAndSquiggles(waitMs) {
  const now = () => performance.timeOrigin + performance.now();
  const squiggles = () => document.querySelectorAll('.squiggly-error, .squiggly-warning, .squiggly-info').length;
  const before = squiggles();
  globalThis.sourcecheckKey = new Promise((resolve) => {
    const onKeydown = () => {
      const keydownAt = now();
      removeEventListener('keydown', onKeydown, true);
      const observer = new MutationObserver(() => {
        if (squiggles() === before) return;
        observer.disconnect();
        clearTimeout(timer);
        resolve({ keydownAt, drawnAt: now() });
      });
      observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });
      const timer = setTimeout(() => {
        observer.disconnect();
        resolve({ keydownAt, drawnAt: null });
      }, waitMs);
    };
    addEventListener('keydown', onKeydown, true);
  });
}

// ---------------------------------------------------------------------------------------------------------
// Parent: the workspaces, the two workbench runs, the report.

async function parent(dataDir) {
  const problem = preflight(dataDir);
  if (problem) {
    console.error(`bench-web: ${problem}`);
    process.exit(2);
  }
  const loadAtStart = os.loadavg()[0];
  const started = Date.now();
  const runs = [];
  for (const phase of ['activation', 'dev']) {
    const workspace = phase === 'activation' ? emptyWorkspace() : devWorkspace(dataDir);
    const extension = phase === 'activation' ? extensionWithoutActivationEvents() : ROOT;
    try {
      console.log(`bench-web: starting the workbench (${phase} phase)`);
      runs.push({ phase, ...(await runWorkbench(workspace, extension)) });
    } finally {
      fs.rmSync(workspace, { recursive: true, force: true });
      if (extension !== ROOT) fs.rmSync(extension, { recursive: true, force: true });
    }
  }
  const environment = {
    node: process.version, cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length, platform: `${os.platform()} ${os.arch()}`,
    loadAverage1mStart: loadAtStart, loadAverage1mEnd: os.loadavg()[0],
  };
  const wallS = (Date.now() - started) / 1000;
  const [activationRun, devRun] = runs;
  const activation = activationRun.result || {};
  const dev = devRun.result || {};
  const keyboard = dev.keystroke?.keys ? {
    asTyped: keyboardFigures(dev.keystroke.keys, devRun.keydowns ?? []),
    typing: keyboardFigures(dev.keystroke.keysTyping, devRun.keydowns ?? []),
    backToBack: keyboardFigures(dev.keystroke.keysBackToBack, devRun.keydowns ?? []),
  } : null;
  console.log(render({ activation, dev, keyboard, environment, dataDir, wallS }));
  const json = {
    environment: { ...environment, ...(dev.environment || activation.environment || {}) },
    dataDir, wallSeconds: wallS, targets: TARGETS,
    activation: activation.activation ?? null,
    devActivation: dev.activation ?? null,
    indexing: dev.indexing ?? null,
    restart: dev.restart ?? null,
    keystroke: dev.keystroke ?? null,
    keyboard,
    errors: runs.flatMap((r) => (r.failure ? [`${r.phase}: ${r.failure}`] : [])),
  };
  fs.mkdirSync(path.dirname(OUT_FILE), { recursive: true });
  fs.writeFileSync(OUT_FILE, `${JSON.stringify(json, null, 2)}\n`);
  console.log(`\nFigures written to ${path.relative(process.cwd(), OUT_FILE)}`);
  for (const error of json.errors) console.error(`bench-web: ${error}`);
  process.exit(json.errors.length === 0 ? 0 : 1);
}

/** One workbench run (the child process) with the watchdog; resolves with the BENCH result and why it failed. */
async function runWorkbench(workspace, extension) {
  let result;
  const keydowns = [];
  const onLine = (line, stream) => {
    const keydown = parseMarked(line, KEYDOWN, { objectOnly: true });
    if (keydown !== undefined) {
      keydowns.push(keydown);
      return;
    }
    const found = parseMarked(line, MARKER, { objectOnly: true });
    if (found !== undefined) {
      result = found;
      return;
    }
    if (!VERBOSE && (isNoise(line) || line.includes(KEY_REQUEST))) return;
    if (result !== undefined && !VERBOSE) return; // teardown chatter
    stream.write(`${line}\n`);
  };
  const { code, signal, timedOut } = await superviseChild({
    name: 'bench-web', script: __filename, args: ['--child', workspace, extension], timeoutS: TIMEOUT_S, onLine,
  });
  const failure = timedOut ? `stopped by the watchdog after ${TIMEOUT_S} s`
    : result === undefined ? `the bench reported nothing (exit ${signal ?? code})`
    : result.error ? `a step failed: ${result.error.split('\n')[0]}`
    : code !== 0 ? `the run failed (exit ${signal ?? code})`
    : undefined;
  return { result, failure, keydowns };
}

function preflight(dataDir) {
  const browser = chromiumProblem();
  if (browser) return browser;
  for (const [file, how] of [[BENCH, 'node esbuild.js --web-bench'], [path.join(ROOT, 'dist/web/extension.js'), 'node esbuild.js']]) {
    if (!fs.existsSync(file)) return `${path.relative(ROOT, file)} is missing: run \`${how}\` first (npm run bench:web does).`;
  }
  for (const folder of ['sources', 'drafts']) {
    if (!fs.existsSync(path.join(dataDir, folder))) return `${path.join(dataDir, folder)} is missing (DATA_DIR must hold sources/ and drafts/).`;
  }
  return webPackagesProblem();
}

function emptyWorkspace() {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'sourcecheck-bench-web-empty-'));
}

/**
 * The extension as it is (dist/, media/ and the bench bundle in out/, linked) with a package.json whose
 * activationEvents is empty: with the real ones the workbench activates it at start-up even in an empty folder
 * (onLanguage:plaintext fires there: seen, not explained), and activation could not be timed. The bundle and what
 * activate() does are the same.
 */
function extensionWithoutActivationEvents() {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcecheck-bench-web-extension-'));
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  fs.writeFileSync(path.join(folder, 'package.json'), `${JSON.stringify({ ...manifest, activationEvents: [] }, null, 2)}\n`);
  for (const name of ['dist', 'media', 'out']) fs.symlinkSync(path.join(ROOT, name), path.join(folder, name));
  return folder;
}

/** sources/ and drafts/ copied from DATA_DIR; sourcecheck.sources points nowhere until the bench removes it. */
function devWorkspace(dataDir) {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcecheck-bench-web-dev-'));
  fs.cpSync(path.join(dataDir, 'sources'), path.join(workspace, 'sources'), { recursive: true });
  fs.cpSync(path.join(dataDir, 'drafts'), path.join(workspace, 'drafts'), { recursive: true });
  fs.mkdirSync(path.join(workspace, '.vscode'));
  fs.writeFileSync(path.join(workspace, '.vscode', 'settings.json'), `${JSON.stringify({ 'sourcecheck.sources': [NOWHERE] }, null, 2)}\n`);
  return workspace;
}

// ---------------------------------------------------------------------------------------------------------
// The report.

function render({ activation: a, dev: r, keyboard, environment: env, dataDir, wallS }) {
  const e = r.environment || a.environment || {};
  const lines = [
    '',
    'Sourcecheck web-workbench benchmark',
    `  Code - OSS ${e.vscode ?? '?'} for the web (uiKind ${e.uiKind ?? '?'}), web worker extension host in ${chromiumVersion(e.userAgent)} (headless, ${e.hardwareConcurrency ?? '?'} hardware threads)`,
    `  Node ${env.node} launcher, ${env.cpu} (${env.cores} cores, ${env.platform}); both workbench runs ${wallS.toFixed(1)} s (start-up included)`,
    `  1-minute load average: ${env.loadAverage1mStart.toFixed(2)} at start, ${env.loadAverage1mEnd.toFixed(2)} at end (the workbench, its server and the browser account for about 1-2; more means other processes shared the CPU)`,
    `  workspaces: an empty folder (a), a temporary copy of ${path.relative(ROOT, dataDir) || dataDir}/{sources,drafts} (b, c, d)`,
    '',
  ];
  const act = a.activation;
  lines.push('a. Activation: extension.activate() while not active (fetch and evaluate dist/web/extension.js, run activate());');
  lines.push('   empty folder, the manifest without activation events (else the workbench activates it at start-up)');
  lines.push(table(['', 'figure'], [
    ['active before the bench asked (empty folder)', act ? (act.activeAtStart ? 'yes: not timed' : 'no') : 'n/a (run failed)'],
    ['activate()', act && act.activateMs !== null ? ms(act.activateMs) : 'n/a'],
    ['activate() called -> api.ready (nothing to index)', act && act.activateToReadyMs !== null ? ms(act.activateToReadyMs) : 'n/a'],
    ['DEV folder, real manifest: active before the bench asked', r.activation ? (r.activation.activeAtStart ? `yes (activated at start-up; found active ${ms(r.activation.foundActiveAtMs)} after the extension host started)` : 'no') : 'n/a'],
  ]));
  lines.push('');
  if (r.indexing) {
    const i = r.indexing;
    lines.push('b. First indexing of the DEV sources (findFiles, stat + read every file through the workbench file system, tokenize, build the index)');
    lines.push(table(['', 'figure'], [
      ['extension host told of the setting change -> index published', ms(i.indexMs)],
      ['configuration update() called -> index published', ms(i.settingToIndexMs)],
      ['articles indexed (passageIndex.articles.length)', count(i.articles)],
      ['words indexed', count(i.words)],
      ['files skipped (problems)', count(i.problems)],
      ['api.sources.lastRun', runCounts(i.lastRun)],
      ['per file', ms(i.indexMs / Math.max(1, i.lastRun.read))],
      ['start-up indexing (sourcecheck.sources pointing nowhere)', `${count(i.atStartup.articles)} articles; ${runCounts(i.atStartup.lastRun)}${i.atStartup.problems.length ? `; problems: ${i.atStartup.problems.join('; ')}` : ''}`],
    ]));
    lines.push('  (api.ready resolves after the start-up indexing, which in this harness starts before the bench can: the bench');
    lines.push('   times the indexing that removing the setting starts instead, with every file read for the first time.)');
    lines.push('');
  }
  if (r.restart) {
    const s = r.restart;
    lines.push('d. Restart with unchanged sources');
    const rows = [
      ['second api.sources.reindex(), nothing changed', ms(s.secondReindex.ms), runCounts(s.secondReindex.lastRun)],
      ['snapshot in the extension\'s workspace storage', s.snapshot.found ? `${(s.snapshot.bytes / 1e6).toFixed(1)} MB` : 'not found', s.snapshot.found ? s.snapshot.uri : s.snapshot.where],
    ];
    if (s.simulatedRestart) {
      rows.push(['simulated restart: new WorkspaceSources on that snapshot, reindex()', ms(s.simulatedRestart.ms), `${runCounts(s.simulatedRestart.lastRun)}, ${count(s.simulatedRestart.articles)} articles`]);
      if (r.indexing) rows.push(['first indexing / simulated restart', times(r.indexing.indexMs / s.simulatedRestart.ms), '']);
    }
    if (r.fs) {
      rows.push([`vscode.workspace.fs.stat + readFile of the ${count(r.fs.files)} files, one at a time (no extension)`, ms(r.fs.sequentialMs), `${ms(r.fs.sequentialMs / r.fs.files)} per file, ${(r.fs.bytes / 1e6).toFixed(1)} MB`]);
      rows.push([`the same, ${r.fs.concurrency} at a time`, ms(r.fs.concurrentMs), `${times(r.fs.sequentialMs / r.fs.concurrentMs)} faster`]);
      const c = r.fs.cold;
      rows.push([`cold (never read in this session): ${c.sequentialFiles} draft files one at a time`, ms(c.sequentialMs), `${ms(c.sequentialMs / c.sequentialFiles)} per file`]);
      rows.push([`cold: ${c.concurrentFiles} other draft files all at once`, ms(c.concurrentMs), `${ms(c.concurrentMs / c.concurrentFiles)} per file`]);
    }
    lines.push(table(['', 'time', 'what it did'], rows, 1));
    lines.push('  (A test cannot deactivate and re-activate the extension. The simulated restart is the extension\'s WorkspaceSources');
    lines.push('   class, bundled with the bench, with an empty cache and the extension\'s saved snapshot: it decodes the snapshot and');
    lines.push('   stats every file. Not in it: bundle loading and activate() (see a.), and the stats are cheaper than after a real');
    lines.push('   restart: test-web keeps each file\'s stat in the browser\'s memory once fetched from its server. The fs rows: the');
    lines.push('   same files, stat and content already in that memory: the extension host <-> workbench round trips alone.)');
    lines.push('');
  }
  if (r.keystroke) lines.push(...renderKeystroke(r.keystroke, keyboard));
  for (const [phase, x] of [['activation', a], ['dev', r]]) if (x.error) lines.push('', `bench-web: ${phase} phase, a step failed: ${x.error}`);
  return lines.join('\n');
}

/**
 * The keyboard series: each key's keydown in the page (the child's KEYDOWN lines) joined with the times the
 * extension host saw its change event and its diagnostics (test/web-bench/keystroke.ts), all on one clock.
 */
function keyboardFigures(series, keydowns) {
  if (!series) return null;
  const pressed = new Map(keydowns.map((k) => [k.n, k]));
  const perKey = series.keys.filter((k) => !k.warmup && typeof pressed.get(k.n)?.keydownAt === 'number').map((k) => {
    const { keydownAt, drawnAt } = pressed.get(k.n);
    return {
      n: k.n,
      key: k.key,
      keyToDiagnosticsMs: k.shownAt - keydownAt - series.debounceMs,
      keyToChangeMs: k.changedAt - keydownAt,
      changeToDiagnosticsMs: k.shownAt - k.changedAt - series.debounceMs,
      keyToDrawnMs: typeof drawnAt === 'number' ? drawnAt - keydownAt - series.debounceMs : null,
      checkMs: k.timing ? k.timing.checkMs : null,
    };
  });
  const counted = series.keys.filter((k) => !k.warmup).length;
  return {
    debounceMs: series.debounceMs, pauseMs: series.pauseMs, warmupKeys: series.warmupEdits, keys: counted, joined: perKey.length, provisional: series.provisional,
    keyToDiagnostics: spreadOf(perKey.map((k) => k.keyToDiagnosticsMs)),
    keyToChange: spreadOf(perKey.map((k) => k.keyToChangeMs)),
    changeToDiagnostics: spreadOf(perKey.map((k) => k.changeToDiagnosticsMs)),
    /** Keydown to the squiggles redrawn in the page, for the keys whose squiggles were seen to change. */
    keyToDrawn: spreadOf(perKey.flatMap((k) => (k.keyToDrawnMs === null ? [] : [k.keyToDrawnMs]))),
    perKey,
  };
}

/** Median, nearest-rank p95, min and max, as test/web-bench/measure.ts computes them. */
function spreadOf(samples) {
  const sorted = [...samples].sort((x, y) => x - y);
  const rank = (p) => sorted[Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length))) - 1];
  return sorted.length === 0
    ? { samples: 0, medianMs: NaN, p95Ms: NaN, minMs: NaN, maxMs: NaN }
    : { samples: sorted.length, medianMs: rank(50), p95Ms: rank(95), minMs: sorted[0], maxMs: sorted[sorted.length - 1] };
}

function renderKeystroke(k, keyboard) {
  const d = k.draft;
  const spread = (x) => `${ms(x.medianMs)} / ${ms(x.p95Ms)}`;
  const verdict = (x) => `<= ${TARGETS.keystrokeMs} ms after the debounce: ${x.p95Ms <= TARGETS.keystrokeMs ? 'meets' : 'misses'} (p95)`;
  const seriesRows = (title, x) => [
    [`${title} (${x.keystrokeToDiagnostics.samples} edits): edit issued -> getDiagnostics changed`, spread(x.keystrokeToDiagnostics), ''],
    ['  of which: edit issued -> onDidChangeTextDocument in the host (the workbench\'s round trip)', spread(x.editRoundTrip), ''],
    ['  of which: onDidChangeTextDocument -> getDiagnostics changed (the extension)', spread(x.documentChangeToDiagnostics), ''],
  ];
  const keyRows = (title, x, target) => [
    [`${title} (${x.keyToDiagnostics.samples}): keydown in the page -> getDiagnostics changed in the host`, spread(x.keyToDiagnostics), target ? verdict(x.keyToDiagnostics) : ''],
    ['  of which: keydown -> onDidChangeTextDocument in the host (the workbench)', spread(x.keyToChange), ''],
    ['  of which: onDidChangeTextDocument -> getDiagnostics changed (the extension)', spread(x.changeToDiagnostics), ''],
    [`  keydown -> the editor's squiggles redrawn in the page (${x.keyToDrawn.samples} keys seen)`, x.keyToDrawn.samples ? spread(x.keyToDrawn) : 'n/a', ''],
  ];
  const lines = [
    `c. Keystroke to diagnostics: ${count(d.words)}-word draft, ${d.quotations} quotations (${d.parts[0]}..${d.parts[d.parts.length - 1]}, as in npm run bench), written to ${d.file}`,
    `  edit: '${k.flipEdit.original}' <-> '${k.flipEdit.replacement}' at offset ${k.flipEdit.at}, in quotation #${k.flipEdit.quote + 1} "${truncate(k.flipEdit.quoteText, 50)}" (${k.flipEdit.from} <-> ${k.flipEdit.to}); the extension host's edits by the ${k.mode}`,
    keyboard
      ? `  keys: typed on the page's keyboard (Playwright's keyboard.press) and timed from the keydown in the page: as typed (sourcecheck.debounceMs ${keyboard.asTyped.debounceMs}, workspace value ${k.debounceConfiguredBefore === undefined ? 'unset, the default' : k.debounceConfiguredBefore}; each key ${keyboard.asTyped.pauseMs} ms after the last one's diagnostics), then back to back (debounce ${keyboard.backToBack?.debounceMs ?? '-'}); ${keyboard.asTyped.joined} of ${keyboard.asTyped.keys} and ${keyboard.backToBack?.joined ?? 0} of ${keyboard.backToBack?.keys ?? 0} keys joined`
      : '  keys: no key was pressed in the page (the launcher\'s hook did not run): the target is not measured',
    `  back to back and typing: by the type command from the extension host, debounce set to ${k.backToBack.debounceMs}, each edit as soon as the last one's diagnostics showed; every figure is minus the debounce`,
    table(['median / p95', 'figure', 'target'], [
      ...(keyboard ? keyRows('keys as typed', keyboard.asTyped, true) : []),
      ...(keyboard?.typing ? keyRows('a letter typed into the quotation and deleted with Backspace, as typed', keyboard.typing, false) : []),
      ...(keyboard?.backToBack ? keyRows('keys back to back', keyboard.backToBack, false) : []),
      ...seriesRows('type command back to back', k.backToBack),
      ...seriesRows('a letter typed into the quotation and deleted again', k.typing),
      [`checkDraft alone in this host (${k.engineCheckInHost.samples} runs, the edit's two texts in turn, per-quotation cache)`, spread(k.engineCheckInHost), ''],
      ...nodeCheck(k),
      ...(keyboard ? [['keys as typed, keydown -> diagnostics / keystroke target (p95)', `${((keyboard.asTyped.keyToDiagnostics.p95Ms / TARGETS.keystrokeMs) * 100).toFixed(0)}%`, '']] : []),
      ['open the draft -> findings and diagnostics (check on open)', ms(k.openToDiagnosticsMs), `${k.diagnosticsAfterOpen} diagnostics`],
    ], 1),
    `  each series began with ${k.warmupEdits} edits not counted; the bench waited 2.5 s before the first series and after the debounce change (its re-index and snapshot save)`,
  ];
  for (const [title, x] of keyboard ? [['keys as typed', keyboard.asTyped], ['letters typed and deleted', keyboard.typing], ['keys back to back', keyboard.backToBack]] : []) {
    if (x) lines.push(`  ${title}: ${x.provisional.published} provisional checks published (warm-up keys included), ${x.provisional.corrected} of them then corrected by the full check`);
    if (x) lines.push(`  ${title}, per key, ms (keydown->diagnostics / keydown->change event / check / keydown->squiggles drawn): ${x.perKey.map((y) => `${y.keyToDiagnosticsMs.toFixed(1)}/${y.keyToChangeMs.toFixed(1)}/${y.checkMs === null ? '-' : y.checkMs.toFixed(1)}/${y.keyToDrawnMs === null ? '-' : y.keyToDrawnMs.toFixed(1)}`).join(' ')}`);
  }
  for (const [title, x] of [['back to back', k.backToBack], ['typing', k.typing]]) {
    const t = x.checkTimingMedians;
    if (t) lines.push(`  ${title}, the extension's account of each check (DraftChecker.lastTiming), medians: change event -> check starts ${ms(t.waitMs)} (debounce included), check ${ms(t.checkMs)} (+ ${ms(t.pausedMs)} paused between slices), diagnostics set ${ms(t.diagnosticsMs)}, findings listeners ${ms(t.findingsMs)}`);
    lines.push(`    per edit, ms (issued->diagnostics / round trip / longest the host was busy in the round trip / check): ${x.samples.map((s) => `${s.totalMs.toFixed(1)}/${s.roundTripMs.toFixed(1)}/${s.hostLagMs.toFixed(0)}/${s.timing ? s.timing.checkMs.toFixed(1) : '-'}`).join(' ')}`);
  }
  return lines;
}

/** checkDraft on the same draft in Node at DEV, from the last `npm run bench` (out/bench.json), for the ratio. */
function nodeCheck(k) {
  try {
    const bench = JSON.parse(fs.readFileSync(path.join(ROOT, 'out', 'bench.json'), 'utf8'));
    const node = bench.editor && bench.editor.checkDev;
    if (!node) return [];
    return [
      [`checkDraft in Node at DEV (out/bench.json of the last npm run bench, load ${bench.environment.loadAverage1mEnd.toFixed(1)})`, `${ms(node.medianMs)} / ${ms(node.p95Ms)}`, ''],
      ['checkDraft in this host / in Node (median)', times(k.engineCheckInHost.medianMs / node.medianMs), ''],
    ];
  } catch {
    return [];
  }
}

function table(header, rows, leftColumns = 1) {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => String(row[i] ?? '').length)));
  const line = (cells) => cells.map((cell, i) => (i < leftColumns ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].map((l) => `  ${l}`).join('\n');
}

function ms(value) {
  return value < 10 ? `${value.toFixed(2)} ms` : value < 1000 ? `${value.toFixed(1)} ms` : `${(value / 1000).toFixed(2)} s`;
}
const count = (n) => n.toLocaleString('en-US');
const times = (ratio) => `${ratio.toFixed(1)}x`;
const runCounts = (c) => `restored ${c.restored}, read ${c.read}, unchanged ${c.unchanged}`;
const truncate = (text, max) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function chromiumVersion(userAgent) {
  const m = /(?:HeadlessChrome|Chrome)\/([\d.]+)/.exec(userAgent || '');
  return m ? `Chromium ${m[1]}` : 'Chromium';
}
