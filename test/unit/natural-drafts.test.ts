import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ExpectedRecord, LABELS } from '../../scripts/eval-scoring';

// The labels of the hand-written op-eds (data/natural-drafts) are a yardstick: every record must point at its
// quotation in the draft and at its passage in the DEV source, or the scores mean nothing.
const REPO = path.resolve(__dirname, '../../..'); // out/test/unit -> the repository
const HERE = path.join(REPO, 'data', 'natural-drafts');
const SOURCES = path.join(REPO, 'data', 'wikinews-dev', 'sources');

interface NaturalRecord extends ExpectedRecord {
  source_file_start: number | null;
  source_file_end: number | null;
  source_quote: string | null;
}

const records: NaturalRecord[] = JSON.parse(fs.readFileSync(path.join(HERE, 'expected.json'), 'utf8'));
const read = (file: string) => fs.readFileSync(file, 'utf8');

describe('natural drafts: labels', () => {
  it('hold at least 8 drafts and every label, misattributions included', () => {
    const drafts = new Set(records.map((r) => r.draft));
    assert.ok(drafts.size >= 8, `${drafts.size} drafts`);
    for (const label of LABELS) assert.ok(records.some((r) => r.label === label), `no ${label} record`);
    assert.ok(records.filter((r) => r.label === 'misattributed').length >= 10);
  });

  it('every draft in drafts/ is labelled', () => {
    const files = fs.readdirSync(path.join(HERE, 'drafts')).filter((n) => n.endsWith('.md'));
    assert.deepEqual(files.map((n) => `drafts/${n}`).sort(), [...new Set(records.map((r) => r.draft))].sort());
  });

  it('no astral characters, so JavaScript offsets equal code-point offsets', () => {
    for (const name of fs.readdirSync(path.join(HERE, 'drafts'))) {
      assert.doesNotMatch(read(path.join(HERE, 'drafts', name)), /[\u{10000}-\u{10FFFF}]/u, name);
    }
  });

  for (const r of records) {
    it(`${r.draft}@${r.start} (${r.label}) points at its quotation and its source passage`, () => {
      const draft = read(path.join(HERE, r.draft));
      assert.equal(draft.slice(r.start, r.end), r.quote);
      assert.match(draft.charAt(r.start - 1), /["\u201c\u2018' ]/);
      assert.ok(r.speaker_in_draft, 'a speaker in the draft');
      if (r.label === 'unsourced') {
        assert.equal(r.source_id, null);
        return;
      }
      const source = read(path.join(SOURCES, `${r.source_id}.md`));
      assert.equal(source.slice(r.source_file_start ?? -1, r.source_file_end ?? -1), r.source_quote);
      assert.ok(r.speaker_in_source, 'a speaker in the source');
      if (r.label === 'misattributed') {
        const [a, b] = [r.speaker_in_draft, r.speaker_in_source_full ?? ''].map((s) => s.split(/\s+/).pop()?.toLowerCase());
        assert.notEqual(a, b, 'a misattribution names someone else');
      }
    });
  }
});
