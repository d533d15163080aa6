import * as assert from 'node:assert/strict';
import { checkDraft, indexSources, type QuoteFinding } from '../../src/core';
import { findingFocus } from '../../src/core/report/finding-focus';
import { messageParts, quotedWords, shortDate, sourceLabel } from '../../src/core/verdict-message';

const BODY = [
  'The harbour board met on Tuesday.',
  '"We want the board itself, without pressure from the ministry, to settle this matter out of court," said Ana Ruiz, the board chair.',
  '"Nobody here will cut the fees for the local fishing fleet this winter," Ruiz told reporters.',
].join('\n\n');
const FILE = `---\nid: harbour\ntitle: "Harbour Board Approves New Terminal After Two-Year Delay, Warns Of Rising Fees"\noutlet: Reuters\ndate: 2021-03-03\n---\n\n${BODY}`;
const { index } = indexSources([{ file: 'sources/harbour.md', bytes: new TextEncoder().encode(FILE) }]);

function only(draft: string): QuoteFinding {
  const quotes = checkDraft(draft, index).quotes;
  assert.equal(quotes.length, 1, JSON.stringify(quotes.map((q) => q.text)));
  return quotes[0]!;
}

const SETTLE = 'We want the board itself, without pressure from the ministry, to settle this matter out of court';
const FEES = 'Nobody here will cut the fees for the local fishing fleet this winter';

describe('verdict messages: the quoted words, the difference, the outlet and date', () => {
  const cases: Array<[string, string, string, string]> = [
    ['exact', `Ana Ruiz said, "${SETTLE}."`, 'exact', '“We want the board itself, without pressure…”: as in Reuters, 3 Mar 2021'],
    ['a left-out word', `Ana Ruiz said, "${SETTLE.replace('matter out of', 'matter of')}."`, 'misquoted',
      '“…the ministry, to settle this matter of court”: “out” left out (Reuters, 3 Mar 2021)'],
    ['a changed word', `Ruiz said, "${FEES.replace('cut', 'freeze')}."`, 'misquoted',
      '“Nobody here will freeze the fees for the…”: source has “cut”, not “freeze” (Reuters, 3 Mar 2021)'],
    ['an added word', `Ruiz said, "${FEES.replace('local', 'small local')}."`, 'misquoted',
      '“…the fees for the small local fishing fleet…”: “small” is not in the source (Reuters, 3 Mar 2021)'],
    ['unsourced', 'Ruiz said, "With the ministry, and not the board, the decision about the terminal will rest."', 'unsourced',
      '“With the ministry, and not the board, the…”: not in any indexed source'],
    ['misattributed', `Tom Lee said, "${SETTLE}."`, 'misattributed', '“We want the board itself, without pressure…”: Reuters attributes this to Ana Ruiz, not Tom Lee'],
    ['no speaker in the draft', `The statement read: "${FEES}."`, 'exact', '“Nobody here will cut the fees for the local…”: as in Reuters, 3 Mar 2021'],
  ];
  for (const [name, draft, verdict, message] of cases) {
    it(name, () => {
      const q = only(draft);
      assert.equal(q.verdict, verdict, q.message);
      assert.equal(q.message, message);
      assert.ok(!q.message.includes('Harbour Board'), 'never the headline');
    });
  }

  it('the quoted words and the detail apart, for a host that lays them out in columns', () => {
    const q = only(`Ruiz said, "${FEES.replace('cut', 'freeze')}."`);
    assert.deepEqual(messageParts(q), { quoted: '“Nobody here will freeze the fees for the…”', detail: 'source has “cut”, not “freeze” (Reuters, 3 Mar 2021)' });
  });

  it('three differences: the first two and a count', () => {
    const q = only(`Ruiz said, "${FEES.replace('cut', 'freeze').replace('local', 'big').replace('winter', 'spring')}."`);
    assert.equal(q.verdict, 'misquoted');
    assert.match(q.message, /: source has “cut”, not “freeze”; source has “local”, not “big”; and 1 more \(Reuters, 3 Mar 2021\)$/);
  });
});

describe('findingFocus: the words to underline', () => {
  it('a changed word: that word', () => {
    const draft = `Ruiz said, "${FEES.replace('cut', 'freeze')}."`;
    const focus = findingFocus(only(draft));
    assert.equal(draft.slice(focus.start, focus.end), 'freeze');
  });
  it('a left-out word: its neighbours', () => {
    const draft = `Ana Ruiz said, "${SETTLE.replace('matter out of', 'matter of')}."`;
    const focus = findingFocus(only(draft));
    assert.equal(draft.slice(focus.start, focus.end), 'matter of');
  });
  it('two differences: from the first to the last', () => {
    const draft = `Ruiz said, "${FEES.replace('cut', 'freeze').replace('local', 'big')}."`;
    const focus = findingFocus(only(draft));
    assert.equal(draft.slice(focus.start, focus.end), 'freeze the fees for the big');
  });
  it('any other verdict: the whole quotation', () => {
    const q = only(`Tom Lee said, "${SETTLE}."`);
    assert.deepEqual(findingFocus(q), { start: q.start, end: q.end });
  });
});

describe('labels', () => {
  it('outlet and short date, else a clipped title', () => {
    assert.equal(sourceLabel({ id: 'a', title: 'Harbour', outlet: 'Reuters', date: '2021-03-03' }), 'Reuters, 3 Mar 2021');
    assert.equal(sourceLabel({ id: 'a', title: 'A very long headline that goes on and on about the harbour' }), 'A very long headline that goes…');
    assert.equal(shortDate('2007-02'), 'Feb 2007');
    assert.equal(shortDate('2007'), '2007');
    assert.equal(shortDate('last week'), 'last week');
  });
  it('quoted words of a quotation with no letters', () => {
    assert.equal(quotedWords({ start: 0, text: '…' }), '“…”');
  });
});
