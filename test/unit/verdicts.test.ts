import * as assert from 'node:assert/strict';
import {
  DEFAULT_SEVERITIES, isProblem, isSeverity, isVerdict, isVerified, PROBLEM_VERDICTS, PROBLEMS_FIRST, VERDICTS,
  verdictLabel, type Verdict,
} from '../../src/core';

describe('verdicts: policy per verdict', () => {
  const table: Array<[Verdict, boolean, boolean, string, string]> = [
    // verdict, problem, verified, label, default severity
    ['misquoted', true, false, 'Misquoted', 'warning'],
    ['misattributed', true, false, 'Misattributed', 'warning'],
    ['unsourced', true, false, 'Unsourced', 'information'],
    ['edited', false, true, 'Edited (accepted changes)', 'hint'],
    ['exact', false, true, 'Exact', 'none'],
    ['unchecked', false, false, 'Not checked', 'none'],
  ];
  for (const [verdict, problem, verified, label, severity] of table) {
    it(verdict, () => {
      assert.equal(isProblem(verdict), problem);
      assert.equal(isVerified(verdict), verified);
      assert.equal(verdictLabel(verdict), label);
      assert.equal(DEFAULT_SEVERITIES[verdict], severity);
    });
  }
  it('every verdict is in the table', () => {
    assert.deepEqual(new Set(table.map(([v]) => v)), new Set(VERDICTS));
  });
});

describe('verdicts: orders', () => {
  it('listings put the problems first', () => {
    assert.deepEqual(PROBLEMS_FIRST, ['misquoted', 'misattributed', 'unsourced', 'edited', 'exact', 'unchecked']);
    assert.deepEqual(PROBLEM_VERDICTS, ['misquoted', 'misattributed', 'unsourced']);
  });
  it('summaries go from closest to the source to not checked', () => {
    assert.deepEqual(VERDICTS, ['exact', 'edited', 'misquoted', 'unsourced', 'misattributed', 'unchecked']);
  });
});

describe('verdicts: names from outside (settings, flags, config files)', () => {
  const cases: Array<[string, boolean, boolean]> = [
    ['misquoted', true, false],
    ['warning', false, true],
    ['none', false, true],
    ['Misquoted', false, false],
    ['toString', false, false],
    ['', false, false],
  ];
  for (const [name, verdict, severity] of cases) {
    it(JSON.stringify(name), () => {
      assert.equal(isVerdict(name), verdict);
      assert.equal(isSeverity(name), severity);
    });
  }
});
