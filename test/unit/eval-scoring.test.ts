import * as assert from 'node:assert/strict';
import {
  ExpectedRecord,
  Label,
  PredictedQuote,
  Range,
  Verdict,
  checkTargets,
  evaluate,
  labelScores,
  matchAll,
  matchByOverlap,
  sameSurname,
  sourceIdentification,
} from '../../scripts/eval-scoring';

function record(start: number, end: number, label: Label, extra: Partial<ExpectedRecord> = {}): ExpectedRecord {
  return {
    draft: 'drafts/draft-01.md',
    start,
    end,
    quote: `quote ${start}`,
    label,
    source_id: label === 'unsourced' ? null : 'wikinews-1',
    alt_sources: [],
    speaker_in_draft: 'Gordon Brown',
    speaker_in_source: label === 'unsourced' ? null : 'Mr Brown',
    speaker_in_source_full: label === 'unsourced' ? null : 'Gordon Brown',
    ...extra,
  };
}

function prediction(start: number, end: number, verdict: Verdict, extra: Partial<PredictedQuote> = {}): PredictedQuote {
  return {
    draft: 'drafts/draft-01.md',
    start,
    end,
    text: `text ${start}`,
    verdict,
    speaker: 'Brown',
    source: { id: 'wikinews-1', speaker: 'Brown' },
    ...extra,
  };
}

describe('eval scoring', () => {
  describe('matchByOverlap', () => {
    const r = (start: number, end: number): Range => ({ start, end });
    const cases: { name: string; records: Range[]; predictions: Range[]; pairs: [number, number][]; missed: number[]; spurious: number[] }[] = [
      { name: 'identical ranges', records: [r(0, 10), r(20, 30)], predictions: [r(20, 30), r(0, 10)], pairs: [[0, 1], [1, 0]], missed: [], spurious: [] },
      { name: 'partial overlap counts', records: [r(0, 10)], predictions: [r(2, 12)], pairs: [[0, 0]], missed: [], spurious: [] },
      { name: 'adjacent ranges do not overlap', records: [r(0, 10)], predictions: [r(10, 20)], pairs: [], missed: [0], spurious: [0] },
      { name: 'one prediction over two records goes to the larger overlap', records: [r(0, 10), r(12, 30)], predictions: [r(0, 30)], pairs: [[1, 0]], missed: [0], spurious: [] },
      { name: 'two predictions on one record: the larger wins, the other is spurious', records: [r(0, 20)], predictions: [r(0, 5), r(5, 20)], pairs: [[0, 1]], missed: [], spurious: [0] },
      { name: 'a prediction whose best record is taken falls back to its next overlap', records: [r(0, 10), r(10, 20)], predictions: [r(0, 10), r(4, 13)], pairs: [[0, 0], [1, 1]], missed: [], spurious: [] },
    ];
    for (const c of cases) {
      it(c.name, () => {
        const m = matchByOverlap(c.records, c.predictions);
        const pairs = m.pairs.map((p) => [c.records.indexOf(p.record), c.predictions.indexOf(p.prediction)]);
        assert.deepEqual(pairs.sort(), c.pairs.slice().sort());
        assert.deepEqual(m.missed.map((x) => c.records.indexOf(x)), c.missed);
        assert.deepEqual(m.spurious.map((x) => c.predictions.indexOf(x)), c.spurious);
      });
    }

    it('matches only within the same draft', () => {
      const m = matchAll([record(0, 10, 'exact')], [prediction(0, 10, 'exact', { draft: 'drafts/draft-02.md' })]);
      assert.equal(m.pairs.length, 0);
      assert.equal(m.missed.length, 1);
      assert.equal(m.spurious.length, 1);
    });
  });

  describe('sameSurname', () => {
    const cases: [string | null, string | null, boolean][] = [
      ['Mr Brown', 'Gordon Brown', true],
      ['Jiang', 'Jiang Yu', true],
      ['Jiang Yu', 'Jiang', true],
      ['John Roberts', 'John Marulanda', false],
      ['Hugo Chávez', 'Chavez', true],
      ['Íngrid Betancourt', 'ingrid betancourt', true],
      ['President Bush,', 'George W. Bush', true],
      ['Didier Le Reste', 'Le Reste', true],
      ['Brown', 'Gordon Smith', false],
      [null, 'Gordon Brown', false],
      ['', 'Brown', false],
    ];
    for (const [a, b, expected] of cases) {
      it(`${JSON.stringify(a)} vs ${JSON.stringify(b)} -> ${expected}`, () => {
        assert.equal(sameSurname(a, b), expected);
      });
    }
  });

  describe('labelScores', () => {
    // exact: 1 right, 1 called edited, 1 spurious exact  -> P 1/2, R 1/2
    // edited: 0 right, 1 false alarm, 1 missed          -> P 0,   R 0
    // misquoted: 1 right                                -> P 1,   R 1
    // unsourced: called unchecked (no false positive)   -> P n/a, R 0
    // misattributed: absent                             -> all n/a
    const records = [record(0, 10, 'exact'), record(20, 30, 'exact'), record(40, 50, 'misquoted'), record(60, 70, 'unsourced'), record(80, 90, 'edited')];
    const predictions = [prediction(0, 10, 'exact'), prediction(20, 30, 'edited'), prediction(40, 50, 'misquoted'), prediction(60, 70, 'unchecked'), prediction(100, 110, 'exact')];
    const scores = labelScores(matchAll(records, predictions));

    const expected: [Label, number | null, number | null, number | null][] = [
      ['exact', 0.5, 0.5, 0.5],
      ['edited', 0, 0, 0],
      ['misquoted', 1, 1, 1],
      ['unsourced', null, 0, 0],
      ['misattributed', null, null, null],
    ];
    for (const [label, precision, recall, f1] of expected) {
      it(`${label}: precision ${precision}, recall ${recall}, F1 ${f1}`, () => {
        const s = scores.perLabel[label];
        assert.deepEqual([s.precision, s.recall, s.f1], [precision, recall, f1]);
      });
    }

    it('macro F1 averages the defined F1s; accuracy counts missed records as wrong', () => {
      assert.equal(scores.macroF1, (0.5 + 0 + 1 + 0) / 4);
      assert.equal(scores.accuracy, 2 / 5);
    });
  });

  describe('source identification and targets', () => {
    it('accepts alternative sources and ignores unsourced records', () => {
      const records = [record(0, 10, 'exact', { alt_sources: ['wikinews-2'] }), record(20, 30, 'exact'), record(40, 50, 'unsourced')];
      const predictions = [
        prediction(0, 10, 'exact', { source: { id: 'wikinews-2', speaker: null } }),
        prediction(20, 30, 'exact', { source: null }),
        prediction(40, 50, 'unsourced', { source: null }),
      ];
      assert.deepEqual(sourceIdentification(matchAll(records, predictions)), { correct: 1, total: 2, ratio: 0.5 });
    });

    it('passes every target on a perfect run and fails detection on a spurious quote', () => {
      const records = [record(0, 10, 'exact')];
      assert.ok(checkTargets(evaluate(records, [prediction(0, 10, 'exact')])).every((c) => c.pass));
      const failed = checkTargets(evaluate(records, [prediction(0, 10, 'exact'), prediction(20, 30, 'exact')])).filter((c) => !c.pass);
      assert.deepEqual(failed.map((c) => c.name), ['spurious quotations']);
    });
  });
});
