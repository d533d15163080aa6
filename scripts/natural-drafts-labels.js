#!/usr/bin/env node
'use strict';
// Builds data/natural-drafts/expected.json (the format of data/wikinews-dev/expected.json, offsets included) from the
// hand-written labels in data/natural-drafts/labels.json, so the labels stay readable and the offsets exact.
// Each label names its quotation by its text in the draft (and `occurrence` when the text repeats) and, unless
// unsourced, the passage in its source article (`source_quote`, default: the quotation itself).
// Usage: node scripts/natural-drafts-labels.js [--check]   (--check: exit 1 when expected.json is not up to date)

const fs = require('node:fs');
const path = require('node:path');

const REPO = path.resolve(__dirname, '..');
const HERE = path.join(REPO, 'data', 'natural-drafts');
const SOURCES = path.join(REPO, 'data', 'wikinews-dev', 'sources');
const LABELS = new Set(['exact', 'edited', 'misquoted', 'unsourced', 'misattributed']);
const OPENING = new Set(['"', '\u201c', '\u2018', "'", ' ']);

function fail(message) {
  console.error(`natural-drafts-labels: ${message}`);
  process.exit(1);
}

/** The body of a source file: after the closing `---` line and the blank line after it, without the final newline. */
function bodyOf(file) {
  const text = fs.readFileSync(file, 'utf8');
  const close = text.indexOf('\n---\n', 3);
  if (!text.startsWith('---\n') || close < 0) fail(`${file} has no front matter`);
  const start = close + '\n---\n'.length + 1;
  return { text, start, body: text.slice(start).replace(/\n$/, '') };
}

/** Lower case, one kind of quotation mark and apostrophe, single spaces: how alt_sources are compared. */
const normal = (s) => s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').toLowerCase();

function nthIndex(haystack, needle, occurrence) {
  let at = -1;
  for (let k = 0; k < occurrence; k++) {
    at = haystack.indexOf(needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

function build() {
  const labels = JSON.parse(fs.readFileSync(path.join(HERE, 'labels.json'), 'utf8'));
  const bodies = new Map();
  for (const name of fs.readdirSync(SOURCES).filter((n) => n.endsWith('.md')).sort()) {
    bodies.set(name.replace(/\.md$/, ''), bodyOf(path.join(SOURCES, name)));
  }
  const records = [];
  for (const label of labels) {
    const where = `${label.draft}: ${JSON.stringify(label.quote.slice(0, 50))}`;
    if (!LABELS.has(label.label)) fail(`${where}: unknown label ${label.label}`);
    const draft = fs.readFileSync(path.join(HERE, label.draft), 'utf8');
    const start = nthIndex(draft, label.quote, label.occurrence || 1);
    if (start < 0) fail(`${where}: not in the draft`);
    if (!label.occurrence && draft.indexOf(label.quote, start + 1) >= 0) fail(`${where}: occurs twice; give an occurrence`);
    if (!OPENING.has(draft[start - 1])) fail(`${where}: not right after an opening mark`);
    if (!label.speaker_in_draft) fail(`${where}: no speaker_in_draft`);
    const record = { draft: label.draft, start, end: start + label.quote.length, quote: label.quote, label: label.label };
    if (label.label === 'unsourced') {
      Object.assign(record, {
        source_id: null, source_start: null, source_end: null, source_file_start: null, source_file_end: null, source_quote: null,
        alt_sources: [], speaker_in_draft: label.speaker_in_draft, speaker_in_source: null, speaker_in_source_full: null,
      });
      for (const [id, { body }] of bodies) {
        if (normal(body).includes(normal(label.quote))) fail(`${where}: unsourced, yet ${id} holds it`);
      }
    } else {
      const source = bodies.get(label.source_id);
      if (!source) fail(`${where}: no source ${label.source_id}`);
      const sourceQuote = label.source_quote || label.quote;
      const at = source.body.indexOf(sourceQuote);
      if (at < 0) fail(`${where}: source_quote not in ${label.source_id}`);
      if (label.label === 'exact' && normal(sourceQuote) !== normal(label.quote)) fail(`${where}: exact, yet it differs from its source_quote`);
      if (['edited', 'misquoted'].includes(label.label) && sourceQuote === label.quote) fail(`${where}: ${label.label}, yet the same as its source`);
      if (!label.speaker_in_source) fail(`${where}: no speaker_in_source`);
      const alt = [...bodies].filter(([id, { body }]) => id !== label.source_id && normal(body).includes(normal(sourceQuote))).map(([id]) => id);
      Object.assign(record, {
        source_id: label.source_id,
        source_start: at,
        source_end: at + sourceQuote.length,
        source_file_start: source.start + at,
        source_file_end: source.start + at + sourceQuote.length,
        source_quote: sourceQuote,
        alt_sources: alt,
        speaker_in_draft: label.speaker_in_draft,
        speaker_in_source: label.speaker_in_source,
        speaker_in_source_full: label.speaker_in_source_full || label.speaker_in_source,
      });
    }
    if (label.note) record.note = label.note;
    records.push(record);
  }
  records.sort((a, b) => a.draft.localeCompare(b.draft) || a.start - b.start);
  return records;
}

function main() {
  const records = build();
  const out = path.join(HERE, 'expected.json');
  const text = `${JSON.stringify(records, null, 1)}\n`;
  if (process.argv.includes('--check')) {
    if (!fs.existsSync(out) || fs.readFileSync(out, 'utf8') !== text) fail('expected.json is not up to date with labels.json');
    console.log(`natural-drafts-labels: expected.json is up to date (${records.length} quotations)`);
    return;
  }
  fs.writeFileSync(out, text);
  const counts = {};
  for (const r of records) counts[r.label] = (counts[r.label] || 0) + 1;
  console.log(`natural-drafts-labels: ${records.length} quotations in ${new Set(records.map((r) => r.draft)).size} drafts`, counts);
}

main();
