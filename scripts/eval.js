#!/usr/bin/env node
'use strict';
// Scores the built CLI against a labelled data set (default: data/wikinews-dev), then, beside it, against the
// hand-written op-eds of data/natural-drafts (natural prose quoting the DEV sources), then the actors it lists
// against hand-annotated articles (scripts/eval-actors.js, test/fixtures/actors).
// Usage: node scripts/eval.js [dataDir] [--strict] [--errors]
//   --strict  exit 1 when a DEV target fails (the natural drafts' targets are reported, not enforced)
//   --errors  list every wrong case, one line each

const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { LABELS, VERDICTS, evaluate, checkTargets, listErrors } = require('./eval-scoring');

const REPO = path.resolve(__dirname, '..');
const CLI = path.join(REPO, 'dist', 'cli.js');
const NATURAL = path.join(REPO, 'data', 'natural-drafts');
const DEV_SOURCES = path.join(REPO, 'data', 'wikinews-dev', 'sources');
const MAX_ERROR_LINES = 200;

function parseArgs(argv) {
  const flags = new Set(argv.filter((arg) => arg.startsWith('--')));
  for (const flag of flags) {
    if (flag !== '--strict' && flag !== '--errors') fail(`unknown option ${flag}`);
  }
  const positional = argv.filter((arg) => !arg.startsWith('--'));
  return {
    dataDir: path.resolve(positional[0] || path.join(REPO, 'data', 'wikinews-dev')),
    strict: flags.has('--strict'),
    errors: flags.has('--errors'),
  };
}

function fail(message) {
  console.error(`eval: ${message}`);
  process.exit(1);
}

function listDrafts(dataDir) {
  const draftsDir = path.join(dataDir, 'drafts');
  return fs
    .readdirSync(draftsDir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => path.join(draftsDir, name));
}

/** Runs the CLI once over all drafts; returns its parsed JSON report and the wall-clock time. */
function runCli(dataDir, drafts, sourcesDir = path.join(dataDir, 'sources')) {
  const args = [CLI, 'check', '--format', 'json', '--fail-on', 'none', '--sources', sourcesDir, ...drafts];
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd: dataDir, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.error) fail(`could not run the CLI: ${result.error.message}`);
  // Exit 1 only means findings were reported; anything else is a crash or a usage error.
  if (result.status !== 0 && result.status !== 1) {
    process.stderr.write(result.stderr);
    fail(`CLI exited with ${result.status === null ? `signal ${result.signal}` : `code ${result.status}`}`);
  }
  try {
    return { report: JSON.parse(result.stdout), seconds };
  } catch (error) {
    process.stderr.write(result.stderr);
    fail(`CLI output is not JSON: ${error.message}`);
  }
}

/** Flattens the report's quotations, keyed like expected.json's `draft` (data-folder-relative, '/'-separated). */
function predictionsOf(report, dataDir) {
  return report.drafts.flatMap((draft) => {
    const key = path.relative(dataDir, path.resolve(dataDir, draft.file)).split(path.sep).join('/');
    return draft.quotes.map((quote) => ({ ...quote, draft: key }));
  });
}

const percent = (value) => (value === null ? 'n/a' : `${(100 * value).toFixed(1)}%`);
const fixed = (value) => (value === null ? 'n/a' : value.toFixed(3));
const shareLine = (share) => `${percent(share.ratio)} (${share.correct}/${share.total})`;
const truncate = (text, max) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function printTable(header, rows) {
  const widths = header.map((cell, i) => Math.max(String(cell).length, ...rows.map((row) => String(row[i]).length)));
  const line = (cells) => cells.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join('  ');
  console.log(`  ${line(header)}`);
  for (const row of rows) console.log(`  ${line(row)}`);
}

function printReport(scores, run) {
  const { detection, labels, confusion } = scores;
  console.log(`Data: ${run.dataDir}${run.sourcesDir ? ` (sources: ${run.sourcesDir})` : ''}`);
  console.log(`Sources: ${run.report.sources.articles} articles, ${run.report.sources.skipped.length} skipped; drafts: ${run.draftCount}`);
  console.log(`CLI time: ${run.seconds.toFixed(2)} s`);
  console.log('');
  console.log(`Detection: ${detection.detected}/${detection.total} (${percent(detection.ratio)}), missed ${detection.missed}, spurious ${detection.spurious}`);
  console.log('');
  console.log('Labels:');
  printTable(
    ['label', 'support', 'precision', 'recall', 'F1'],
    LABELS.map((label) => {
      const s = labels.perLabel[label];
      return [label, s.support, fixed(s.precision), fixed(s.recall), fixed(s.f1)];
    }),
  );
  console.log(`  macro F1 ${fixed(labels.macroF1)}, accuracy ${percent(labels.accuracy)}`);
  console.log('');
  console.log('Confusion (rows: expected label, columns: verdict):');
  // Extra columns appear only if the CLI emitted a verdict outside the contract.
  const columns = [...new Set([...VERDICTS, 'missed', ...Object.values(confusion).flatMap(Object.keys)])];
  printTable(['', ...columns], Object.entries(confusion).map(([row, cells]) => [row, ...columns.map((column) => cells[column] || 0)]));
  console.log('');
  console.log(`Source identification: ${shareLine(scores.source)}`);
  console.log(`Draft-speaker accuracy: ${shareLine(scores.draftSpeaker)}`);
  console.log(`Source-speaker accuracy: ${shareLine(scores.sourceSpeaker)} (informational)`);
}

function printErrors(matching) {
  const errors = listErrors(matching);
  console.log('');
  console.log(`Errors (${errors.length}${errors.length > MAX_ERROR_LINES ? `, first ${MAX_ERROR_LINES}` : ''}):`);
  for (const e of errors.slice(0, MAX_ERROR_LINES)) {
    console.log(`  ${e.draft}@${e.start} ${e.kind}: expected ${e.expected}, got ${e.predicted} | ${truncate(e.text, 80)}`);
  }
}

/** Prints PASS/FAIL per target; returns whether all passed. */
function printTargets(scores) {
  const checks = checkTargets(scores);
  console.log('');
  console.log('Targets:');
  for (const c of checks) {
    const value = c.op === '<=' ? String(c.value) : fixed(c.value);
    console.log(`  ${c.pass ? 'PASS' : 'FAIL'}  ${c.name}: ${value} (target ${c.op} ${c.target})`);
  }
  return checks.every((c) => c.pass);
}

function main() {
  const options = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(CLI)) fail(`${path.relative(process.cwd(), CLI)} not found; run \`npm run build\` first`);
  const records = JSON.parse(fs.readFileSync(path.join(options.dataDir, 'expected.json'), 'utf8'));
  const drafts = listDrafts(options.dataDir);
  const { report, seconds } = runCli(options.dataDir, drafts);
  const scores = evaluate(records, predictionsOf(report, options.dataDir));

  console.log('=== DEV: template drafts ===');
  printReport(scores, { dataDir: options.dataDir, report, seconds, draftCount: drafts.length });
  if (options.errors) printErrors(scores.matching);
  const allPassed = printTargets(scores);
  printNatural(options.errors);
  printActors(options.errors);
  if (options.strict && !allPassed) process.exit(1);
}

/**
 * The hand-written op-eds (data/natural-drafts): natural prose quoting DEV sources, with pronouns, roles, cue verbs
 * beyond "said" and misattributions. Reported beside DEV; the targets of issue #7 are shown, not enforced.
 */
function printNatural(errors) {
  console.log('');
  console.log('=== NATURAL: hand-written op-eds quoting DEV sources ===');
  if (!fs.existsSync(path.join(NATURAL, 'expected.json'))) {
    console.log('Natural drafts: not evaluated (no data/natural-drafts/expected.json)');
    return;
  }
  const records = JSON.parse(fs.readFileSync(path.join(NATURAL, 'expected.json'), 'utf8'));
  const drafts = listDrafts(NATURAL);
  const { report, seconds } = runCli(NATURAL, drafts, DEV_SOURCES);
  const scores = evaluate(records, predictionsOf(report, NATURAL));
  printReport(scores, { dataDir: NATURAL, sourcesDir: DEV_SOURCES, report, seconds, draftCount: drafts.length });
  if (errors) printErrors(scores.matching);
  const misattributed = scores.labels.perLabel.misattributed;
  console.log('');
  console.log('Targets (issue #7, reported, not enforced):');
  for (const [name, value] of [['misattributed precision', misattributed.precision], ['misattributed recall', misattributed.recall]]) {
    console.log(`  ${value !== null && value >= 0.9 ? 'PASS' : 'FAIL'}  ${name}: ${fixed(value)} (target >= 0.9)`);
  }
}

/** The people and organisations figures (scripts/eval-actors.js) after the quotations'; they do not change the exit code. */
function printActors(errors) {
  console.log('');
  try {
    require('./eval-actors').main(errors ? ['--errors'] : []);
  } catch (error) {
    console.log(`Actors: not evaluated (${error.message})`);
  }
}

main();
