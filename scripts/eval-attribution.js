#!/usr/bin/env node
'use strict';
// Who said what on real news prose: scores the built CLI on the PolNeAR train articles in ../shared/data/polnear-train
// (absent from a fresh clone: then it says so and exits 0), per fixed split (data/polnear-split: 640 "shape" articles
// to shape the rules, 200 "held-out" never read), draft side and source side, by the protocol of
// scripts/attribution-scoring.js (the same as the hidden splits').
// Usage: node scripts/eval-attribution.js [--split shape|heldout|all] [--show N] [--data DIR]
//   --show N  print N misses of each side with their class (shape split only: nobody reads the held-out misses)

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFile } = require('node:child_process');
const scoring = require('./attribution-scoring');

const REPO = path.resolve(__dirname, '..');
const CLI = path.join(REPO, 'dist', 'cli.js');
const SPLITS = { shape: 'shape.txt', heldout: 'heldout.txt' };
const SPLIT_TITLES = { shape: 'shape (640 articles that shape the rules)', heldout: 'held-out (200 articles never read)' };

function fail(message) {
  console.error(`eval:attribution: ${message}`);
  process.exit(1);
}

function parseArgs(argv) {
  const options = { split: 'all', show: 0, data: path.join(REPO, '..', 'shared', 'data', 'polnear-train') };
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k];
    const value = () => {
      if (k + 1 >= argv.length) fail(`${arg} needs a value`);
      return argv[++k];
    };
    if (arg === '--split') options.split = value();
    else if (arg === '--show') options.show = Number(value());
    else if (arg === '--data') options.data = path.resolve(value());
    else fail(`unknown option ${arg}`);
  }
  if (!['shape', 'heldout', 'all'].includes(options.split)) fail(`--split must be shape, heldout or all, not ${options.split}`);
  if (!Number.isInteger(options.show) || options.show < 0) fail('--show needs a whole number');
  if (options.show > 0 && options.split !== 'shape') fail('--show is for the shape split only (--split shape): the held-out misses stay unread');
  return options;
}

function readSplit(split) {
  const file = path.join(REPO, 'data', 'polnear-split', SPLITS[split]);
  return fs.readFileSync(file, 'utf8').split('\n').map((line) => line.trim()).filter(Boolean);
}

/** Runs `sourcecheck check --format json` on files with a sources folder; resolves to the parsed report. */
function check(sources, files) {
  const args = [CLI, 'check', '--format', 'json', '--fail-on', 'none', '--sources', sources, ...files];
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { maxBuffer: 1 << 30, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`the CLI failed: ${error.message}\n${stderr}`));
      try {
        resolve(JSON.parse(stdout));
      } catch (parseError) {
        reject(new Error(`the CLI output is not JSON: ${parseError.message}`));
      }
    });
  });
}

/** The report's quotations by file name (without `.md` for the articles, as is for the probes). */
const byBaseName = (report, dropMd) =>
  new Map(report.drafts.map((d) => [d.file.split(/[\\/]/).pop().replace(dropMd ? /\.md$/ : '', ''), d.quotes || []]));

/** Scores one split: its articles as drafts (with a stub source), then as the sources of probe drafts. */
async function scoreSplit(data, articles) {
  const wanted = new Set(articles);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcecheck-attribution-'));
  try {
    const drafts = path.join(work, 'drafts');
    const probes = path.join(work, 'probes');
    const stub = path.join(work, 'stub');
    for (const dir of [drafts, probes, stub]) fs.mkdirSync(dir);
    fs.writeFileSync(path.join(stub, 'stub.md'), '---\ntitle: Stub\n---\nA stub source so that the checker has one.\n');

    const gold = [];
    const texts = new Map();
    for (const line of fs.readFileSync(path.join(data, 'attributions.jsonl'), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const { article, attributions } = JSON.parse(line);
      if (!wanted.has(article)) continue;
      const text = fs.readFileSync(path.join(data, 'text', `${article}.txt`), 'utf8');
      texts.set(article, text);
      // Written as .md, as the reference scorer does, so the CLI reads them the same way.
      fs.writeFileSync(path.join(drafts, `${article}.md`), text);
      gold.push(...scoring.goldOf(article, attributions));
    }
    if (texts.size !== wanted.size) fail(`the split lists ${wanted.size} articles, ${texts.size} found in ${data}`);

    const draftFiles = [...new Set(gold.map((g) => path.join(drafts, `${g.article}.md`)))];
    const { drafts: probeFiles, spans } = scoring.probeDrafts(scoring.probeItems(gold));
    for (const probe of probeFiles) fs.writeFileSync(path.join(probes, probe.name), probe.body);

    const started = process.hrtime.bigint();
    // The two sides are independent CLI runs; run them side by side.
    const [draftReport, sourceReport] = await Promise.all([
      check(stub, draftFiles),
      probeFiles.length ? check(drafts, probeFiles.map((p) => path.join(probes, p.name))) : { drafts: [] },
    ]);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;

    const draft = scoring.scoreDraftSide(gold, byBaseName(draftReport, true));
    const source = scoring.scoreSourceSide(spans, byBaseName(sourceReport, false));
    return { gold, draft, source, texts, seconds, drafts: draftFiles.length, probes: probeFiles.length };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

const percent = (x) => `${(100 * x).toFixed(1)}%`;

function printSide(label, score) {
  const s = scoring.summary(label, score);
  console.log(
    `  ${label.padEnd(6)} speakers right ${percent(s.speakerAccuracy)} (${score.right}/${s.quotations}); ` +
      `found ${s.found} (${percent(s.found / (s.quotations || 1))}), right of found ${percent(s.ofFound)}`,
  );
  return s;
}

function printClasses(title, rows) {
  if (title) console.log(`  ${title}`);
  for (const [key, count] of rows) console.log(`    ${String(count).padStart(4)}  ${key}`);
}

/** Error classes (and, for the draft side, where the annotated speaker stands and the cues) of the shape misses. */
function printErrorClasses(result) {
  const { draft, source, texts } = result;
  console.log('');
  console.log(`  Draft-side misses (${draft.misses.length}) by class:`);
  printClasses('', scoring.tally(draft.misses.map((m) => scoring.missClass(m, texts.get(m.gold.article), 'draft'))));
  const unattributed = draft.misses.filter((m) => m.quote);
  printClasses(
    'wrong speaker, by where the annotated speaker stands:',
    scoring.tally(unattributed.filter((m) => m.got).map((m) => scoring.speakerPosition(m.gold, texts.get(m.gold.article)))),
  );
  printClasses(
    'found but wrong or no speaker, by cue (top 12):',
    scoring.tally(unattributed.map((m) => (m.gold.cue || '(none)').toLowerCase())).slice(0, 12),
  );
  console.log(`  Source-side misses (${source.misses.length}) by class:`);
  printClasses('', scoring.tally(source.misses.map((m) => scoring.missClass(m, texts.get(m.gold.article), 'source'))));
}

const oneLine = (text, max) => {
  const flat = String(text).replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

function printMisses(result, count) {
  const { draft, source, texts } = result;
  console.log('');
  console.log(`  First ${count} draft-side misses:`);
  for (const m of draft.misses.slice(0, count)) {
    const text = texts.get(m.gold.article);
    const context = text.slice(Math.max(0, Math.min(m.gold.start, m.gold.sourceStart) - 80), Math.max(m.gold.end, m.gold.sourceEnd) + 60);
    console.log(`  - [${scoring.missClass(m, text, 'draft')}] ${m.gold.article}@${m.gold.start}`);
    console.log(`    want ${m.gold.surname} (${oneLine(m.gold.source, 60)}; cue ${m.gold.cue || '-'}), got ${m.got || '-'}`);
    console.log(`    ${oneLine(context, 400)}`);
  }
  console.log(`  First ${count} source-side misses:`);
  for (const m of source.misses.slice(0, count)) {
    const text = texts.get(m.gold.article);
    const context = text.slice(Math.max(0, Math.min(m.gold.start, m.gold.sourceStart) - 80), Math.max(m.gold.end, m.gold.sourceEnd) + 60);
    const where = m.quote && m.quote.source ? ` in ${String(m.quote.source.file).split(/[\\/]/).pop()}` : '';
    console.log(`  - [${scoring.missClass(m, text, 'source')}] ${m.gold.article}@${m.gold.start}${where}`);
    console.log(`    want ${m.gold.surname} (${oneLine(m.gold.source, 60)}), got ${m.got || '-'}`);
    console.log(`    ${oneLine(context, 400)}`);
  }
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(path.join(options.data, 'attributions.jsonl'))) {
    console.log(`eval:attribution: skipped (no PolNeAR data at ${path.relative(process.cwd(), options.data) || '.'})`);
    return;
  }
  if (!fs.existsSync(CLI)) fail(`${path.relative(process.cwd(), CLI)} not found; run \`npm run build\` first`);
  const splits = options.split === 'all' ? ['shape', 'heldout'] : [options.split];
  for (const split of splits) {
    const result = await scoreSplit(options.data, readSplit(split));
    console.log(`PolNeAR ${SPLIT_TITLES[split]}: ${result.drafts} drafts, ${result.probes} probe drafts, CLI ${result.seconds.toFixed(1)} s`);
    const draft = printSide('draft', result.draft);
    const unreachable = result.gold.filter((g) => !scoring.reachable(g)).length;
    console.log(
      `         ceiling ${percent(1 - unreachable / (result.gold.length || 1))}: ${unreachable} quotations have no quoted piece of 3+ words ` +
        '(scare quotes): nothing of 3+ words to score',
    );
    const source = printSide('source', result.source);
    console.log(`  ${JSON.stringify({ split, draft, source })}`);
    if (split === 'shape') {
      printErrorClasses(result);
      if (options.show > 0) printMisses(result, options.show);
    }
    console.log('');
  }
}

main().catch((error) => fail(error.stack || String(error)));
