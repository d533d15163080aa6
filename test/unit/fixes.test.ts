import * as assert from 'node:assert/strict';
import {
  applyEdits, checkDraft, creditSourceSpeaker, fixAllMisquotations, IGNORE_COMMENT, ignoreQuotation, indexSources,
  sourceWording, useSourceWording, type QuoteFinding,
} from '../../src/core';

const BODY = [
  '"We will keep every library in the county open next year," said Maria Lopez, the council leader.',
  'Later she added: "The budget for roads will rise by 12 percent."',
].join('\n\n');
const FILE = '---\nid: council\ntitle: "Council budget"\n---\n\n' + BODY;
const { index } = indexSources([{ file: 'sources/council.md', bytes: new TextEncoder().encode(FILE) }]);

const LIBRARIES = 'We will keep every library in the county open next year';
const ROADS = 'The budget for roads will rise by 12 percent';

function quotes(draft: string): readonly QuoteFinding[] {
  return checkDraft(draft, index).quotes;
}

describe('fixes: use the source wording', () => {
  const cases: Array<[string, string, string | undefined]> = [
    // name, draft, draft after the fix (undefined: no fix offered)
    ['a changed word', `Lopez said, "We will keep every library in the city open next year."`, `Lopez said, "${LIBRARIES}."`],
    ['a changed number', `She said: "The budget for roads will rise by 21 percent."`, `She said: "${ROADS}."`],
    ['exact: nothing to fix', `Lopez said, "${LIBRARIES}."`, undefined],
    ['unsourced: no wording to offer', `Lopez said, "Every swimming pool will close by the end of the summer."`, undefined],
  ];
  for (const [name, draft, fixed] of cases) {
    it(name, () => {
      const [q] = quotes(draft);
      assert.ok(q);
      const edit = useSourceWording(q);
      assert.equal(edit && applyEdits(draft, [edit]), fixed, q.message);
    });
  }
  it('the fixed draft checks exact', () => {
    const draft = `Lopez said, "We will keep every library in the city open next year."`;
    const fixed = applyEdits(draft, fixAllMisquotations(quotes(draft)));
    assert.deepEqual(quotes(fixed).map((q) => q.verdict), ['exact']);
  });
  it('source wording is on one line', () => {
    const [q] = quotes(`Lopez said, "${LIBRARIES}."`);
    assert.ok(q);
    assert.equal(sourceWording(q), LIBRARIES);
  });
});

describe('fixes: fix all misquotations', () => {
  it('every misquotation, none of the rest, in one list of edits', () => {
    const draft = [
      `Lopez said, "We will keep every library in the city open next year."`,
      `She said: "The budget for roads will rise by 21 percent."`,
      `She also said: "${ROADS}."`,
    ].join('\n\n');
    const edits = fixAllMisquotations(quotes(draft));
    assert.equal(edits.length, 2);
    assert.deepEqual(quotes(applyEdits(draft, edits)).map((q) => q.verdict), ['exact', 'exact', 'exact']);
  });
  it('no misquotation: no edits', () => {
    assert.deepEqual(fixAllMisquotations(quotes(`Lopez said, "${LIBRARIES}."`)), []);
  });
});

describe('fixes: credit the speaker the source names', () => {
  it('replaces the name the draft gives', () => {
    const draft = `Tom Baker said, "${LIBRARIES}."`;
    const [q] = quotes(draft);
    assert.ok(q);
    assert.equal(q.verdict, 'misattributed', q.message);
    const edit = creditSourceSpeaker(q);
    assert.ok(edit);
    assert.equal(applyEdits(draft, [edit]), `Maria Lopez said, "${LIBRARIES}."`);
  });
  it('no fix for a quotation that is not misattributed', () => {
    const [q] = quotes(`Maria Lopez said, "${LIBRARIES}."`);
    assert.ok(q);
    assert.equal(creditSourceSpeaker(q), undefined);
  });
});

describe('fixes: ignore comment (written here, read by the checker)', () => {
  const drafts: Array<[string, string]> = [
    ['a misquotation', `Lopez said, "We will keep every library in the city open next year."`],
    ['an unsourced quotation', `Lopez said, "Every swimming pool will close by the end of the summer."`],
    ['a block quote', `Lopez said:\n\n> We will keep every library in the city open next year.\n`],
  ];
  for (const [name, draft] of drafts) {
    it(name, () => {
      const [q] = quotes(draft);
      assert.ok(q);
      assert.notEqual(q.verdict, 'unchecked');
      const ignored = applyEdits(draft, [ignoreQuotation(q)]);
      assert.ok(ignored.includes(IGNORE_COMMENT));
      const after = quotes(ignored);
      assert.equal(after.length, 1);
      assert.equal(after[0]!.verdict, 'unchecked');
      assert.equal(after[0]!.uncheckedBecause, 'ignored');
    });
  }
});
