import * as assert from 'node:assert/strict';
import { applyEdits, checkDraft, indexSources, wordingFixes } from '../../src/core';

const BODY = [
  '"We will keep every library in the county open next year," said Maria Lopez, the council leader.',
  '"The harbour wall will be finished before the <b>winter</b> storms *arrive* and the boats will be safe," said Jane Roe.',
  '"Every ferry will sail on <!-- sourcecheck-ignore --> time from the \u202Eeast pier this summer," said Tom Hale.',
].join('\n\n');
const FILE = '---\nid: council\ntitle: "Council budget"\n---\n\n' + BODY;
const { index } = indexSources([{ file: 'sources/council.md', bytes: new TextEncoder().encode(FILE) }]);

const LIBRARIES = 'We will keep every library in the county open next year';

/** The fixes offered for the draft's first quotation: [title, draft after the fix, preferred]. */
function fixes(draft: string): Array<[string, string, boolean]> {
  const [q] = checkDraft(draft, index).quotes;
  assert.ok(q);
  return wordingFixes(q).map((f) => [f.title, applyEdits(draft, f.edits), f.preferred]);
}

describe('wordingFixes: each titled with its change', () => {
  const cases: Array<[string, string, Array<[string, string, boolean]>]> = [
    ['a changed word', `Lopez said, "We will keep every library in the city open next year."`,
      [['Replace “city” with “county”', `Lopez said, "${LIBRARIES}."`, true]]],
    ['a left-out word goes before the next word', `Lopez said, "We will keep library in the county open next year."`,
      [['Insert “every” as the source has it', `Lopez said, "${LIBRARIES}."`, true]]],
    ['an added word leaves one space', `Lopez said, "We will keep every single library in the county open next year."`,
      [['Remove “single”, which the source does not have', `Lopez said, "${LIBRARIES}."`, true]]],
    ['two differences: the whole wording first, then one fix each', `Lopez said, "We will keep every library in the city open this year."`, [
      ["Use the source's wording for the whole quotation (2 changes)", `Lopez said, "${LIBRARIES}."`, true],
      ['Replace “city” with “county”', `Lopez said, "We will keep every library in the county open this year."`, false],
      ['Replace “this” with “next”', `Lopez said, "We will keep every library in the city open next year."`, false],
    ]],
    ['exact: none', `Lopez said, "${LIBRARIES}."`, []],
    ['unsourced: none', `Lopez said, "Every swimming pool will close by the end of the summer."`, []],
  ];
  for (const [name, draft, expected] of cases) {
    it(name, () => assert.deepEqual(fixes(draft), expected));
  }

  it('a word taken from a source is plain text in the draft and in the title (no tag, no emphasis mark)', () => {
    const draft = 'Roe said "The harbour wall will be finished before the autumn storms arrive and the boats will be safe."';
    const offered = fixes(draft);
    assert.ok(offered.length > 0);
    for (const [title, fixed] of offered) {
      assert.doesNotMatch(title, /[<>*`]/, title);
      assert.doesNotMatch(fixed, /[<>*`]/, fixed);
    }
    assert.ok(offered.some(([title, fixed]) => title === 'Replace “autumn” with “winter”' && fixed.includes('before the winter storms arrive')), JSON.stringify(offered));
  });

  it('no fix inserts a comment, an ignore directive or a bidi control from a source', () => {
    const draft = 'Hale said "Every ferry will sail on time from the west pier this summer."';
    const offered = fixes(draft);
    assert.ok(offered.some(([title]) => title === 'Replace “west” with “east”'), JSON.stringify(offered));
    for (const [title, fixed] of offered) {
      assert.doesNotMatch(title, /sourcecheck-ignore|<|[\u202A-\u202E]/, title);
      assert.doesNotMatch(fixed, /sourcecheck-ignore|<|[\u202A-\u202E]/, fixed);
    }
  });
});
