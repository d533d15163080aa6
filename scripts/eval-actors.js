#!/usr/bin/env node
'use strict';
// Scores the actors (people, organisations) of the built CLI against hand-annotated real articles:
// test/fixtures/actors/ (six articles, gold.json: the targets; heldout.json: 34 more articles of the data set,
// reported for information; the annotation rules and the scoring in README.md there).
// Usage: node scripts/eval-actors.js [--gold FILE] [--sources DIR] [--errors] [--strict]
//   --gold     score only this annotation (gold.json's format; its articles next to it or in its articles_dir)
//   --sources  the sources folder given to the CLI (default data/wikinews-dev/sources, else the fixtures)
//   --errors   list every false positive and false negative (of gold.json, or of --gold)
//   --strict   exit 1 when a target fails
// `npm run eval` runs it after the quotation figures (scripts/eval.js calls main()).

const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { KINDS, TARGET, evaluateActors, checkActorTargets } = require('./eval-actors-scoring');

const REPO = path.resolve(__dirname, '..');
const CLI = path.join(REPO, 'dist', 'cli.js');
const FIXTURES = path.join(REPO, 'test', 'fixtures', 'actors');
const GOLD = path.join(FIXTURES, 'gold.json');
const HELDOUT = path.join(FIXTURES, 'heldout.json');
const DEFAULT_SOURCES = path.join(REPO, 'data', 'wikinews-dev', 'sources');

class UsageError extends Error {}

function parseArgs(argv) {
  const options = { gold: undefined, sources: fs.existsSync(DEFAULT_SOURCES) ? DEFAULT_SOURCES : FIXTURES, errors: false, strict: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--errors') options.errors = true;
    else if (arg === '--strict') options.strict = true;
    else if (arg === '--sources' && argv[i + 1]) options.sources = path.resolve(argv[++i]);
    else if (arg === '--gold' && argv[i + 1]) options.gold = path.resolve(argv[++i]);
    else throw new UsageError(`unknown argument ${arg}`);
  }
  return options;
}

/** An annotation file: its articles (file name -> gold entry) and the folder they are in. */
function readGold(file) {
  const gold = JSON.parse(fs.readFileSync(file, 'utf8'));
  return { articles: gold.articles, dir: path.resolve(path.dirname(file), gold.articles_dir || '.') };
}

/** Runs the CLI once over the articles; returns file name -> actors. */
function predict(files, sources) {
  const args = [CLI, 'check', '--format', 'json', '--fail-on', 'none', '--sources', sources, ...files];
  const result = spawnSync(process.execPath, args, { cwd: REPO, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.error) throw new Error(`could not run the CLI: ${result.error.message}`);
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`CLI exited with ${result.status === null ? `signal ${result.signal}` : `code ${result.status}`}: ${result.stderr.trim()}`);
  }
  const report = JSON.parse(result.stdout);
  const byFile = {};
  for (const draft of report.drafts) byFile[path.basename(draft.file)] = draft.actors || [];
  return byFile;
}

function score(gold, sources) {
  const files = Object.keys(gold.articles).sort().map((name) => path.join(gold.dir, name));
  return evaluateActors(gold.articles, predict(files, sources));
}

const fixed = (value) => (value === null ? 'n/a' : value.toFixed(3));

function printTable(header, rows) {
  const widths = header.map((cell, i) => Math.max(String(cell).length, ...rows.map((row) => String(row[i]).length)));
  const line = (cells) => cells.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join('  ');
  console.log(`  ${line(header)}`);
  for (const row of rows) console.log(`  ${line(row)}`);
}

const HEADER = ['gold', 'found', 'correct', 'precision', 'recall', 'F1'];
const row = (label, s) => [label, s.tp + s.fn, s.tp + s.fp, s.tp, fixed(s.precision), fixed(s.recall), fixed(s.f1)];

function printScores(scores, where) {
  console.log(`Actors: people and organisations of ${Object.keys(scores.articles).length} hand-annotated Wikinews articles (${where}):`);
  printTable(['kind', ...HEADER], KINDS.map((kind) => row(kind, scores.overall[kind])));
  console.log('');
  console.log('Per article:');
  printTable(
    ['article / kind', ...HEADER],
    Object.entries(scores.articles).flatMap(([file, a]) => KINDS.map((kind) => row(`${file} ${kind}`, a.scores[kind]))),
  );
}

function printErrors(scores) {
  console.log('');
  console.log('Actor errors:');
  for (const [file, a] of Object.entries(scores.articles)) {
    for (const kind of KINDS) {
      for (const fp of a.detail[kind].falsePositives) console.log(`  ${file} ${kind} FP: ${fp.predicted} (${fp.reason})`);
      for (const fn of a.detail[kind].falseNegatives) console.log(`  ${file} ${kind} FN: ${fn.gold}`);
    }
  }
}

/** The held-out articles, per annotation set and in all (information only: no target). */
function printHeldout(gold, scores) {
  const sets = [...new Set(Object.values(gold.articles).map((a) => a.set))].sort((a, b) => a - b);
  console.log('');
  console.log(`Held-out check (${Object.keys(gold.articles).length} more articles, not a target; set 5 was never used to change the rules):`);
  const rows = [];
  for (const set of sets) {
    const files = Object.keys(gold.articles).filter((f) => gold.articles[f].set === set);
    const totals = KINDS.map((kind) => files.reduce((t, f) => {
      const s = scores.articles[f].scores[kind];
      return { tp: t.tp + s.tp, fp: t.fp + s.fp, fn: t.fn + s.fn };
    }, { tp: 0, fp: 0, fn: 0 }));
    KINDS.forEach((kind, k) => rows.push(row(`set ${set} (${files.length} articles) ${kind}`, withRatios(totals[k]))));
  }
  for (const kind of KINDS) rows.push(row(`all ${kind}`, scores.overall[kind]));
  printTable(['set / kind', ...HEADER], rows);
}

function withRatios({ tp, fp, fn }) {
  const precision = tp + fp === 0 ? null : tp / (tp + fp);
  const recall = tp + fn === 0 ? null : tp / (tp + fn);
  const f1 = precision === null || recall === null || precision + recall === 0 ? null : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

function printTargets(overall) {
  const checks = checkActorTargets(overall, TARGET);
  console.log('');
  console.log('Actor targets:');
  for (const c of checks) console.log(`  ${c.pass ? 'PASS' : 'FAIL'}  ${c.name}: ${fixed(c.value)} (target >= ${c.target})`);
  return checks.every((c) => c.pass);
}

/** Runs the actor evaluation and prints it; returns whether every target passed. Throws on a setup error. */
function main(argv = []) {
  const options = parseArgs(argv);
  if (!fs.existsSync(CLI)) throw new Error(`${path.relative(process.cwd(), CLI)} not found; run \`npm run build\` first`);
  const goldFile = options.gold || GOLD;
  const scores = score(readGold(goldFile), options.sources);
  printScores(scores, path.relative(REPO, path.dirname(goldFile)) || '.');
  if (options.errors) printErrors(scores);
  // the held-out articles are read from the data set (data/wikinews-dev/sources), when it is there
  const heldout = !options.gold && fs.existsSync(HELDOUT) ? readGold(HELDOUT) : undefined;
  if (heldout && Object.keys(heldout.articles).every((f) => fs.existsSync(path.join(heldout.dir, f)))) printHeldout(heldout, score(heldout, options.sources));
  const passed = printTargets(scores.overall);
  return { passed, strict: options.strict, scores };
}

module.exports = { main };

if (require.main === module) {
  try {
    const { passed, strict } = main(process.argv.slice(2));
    if (strict && !passed) process.exit(1);
  } catch (error) {
    console.error(`eval-actors: ${error.message}`);
    process.exit(error instanceof UsageError ? 2 : 1);
  }
}
