import * as assert from 'node:assert/strict';
import { quotedRegions } from '../../src/core/index/quoted-regions';

/** The quoted stretches of `body`, as text. */
function stretches(body: string, segments?: Array<{ start: number; end: number; speaker?: string }>): string[] {
  return quotedRegions({ body, segments }).map(([s, e]) => body.slice(s, e));
}

describe('quoted regions', () => {
  const cases: Array<[string, string, string[]]> = [
    ['straight double marks', 'She said "we will win" and left. "Soon," he said.', ['we will win', 'Soon,']],
    ['curly double marks', 'She said \u201Cwe will win\u201D and left.', ['we will win']],
    ['guillemets', 'Il a dit \u00ABnous gagnerons\u00BB hier.', ['nous gagnerons']],
    ['curly single marks, apostrophes left alone', 'He didn\u2019t say \u2018the plan is dead\u2019 at all.', ['the plan is dead']],
    ['single marks inside double ones belong to the double', 'She said "he called it \'a farce\' twice" then.', ["he called it 'a farce' twice"]],
    ['a quotation going on into the next paragraph reopens', '"We will win.\n\n"And we will stay," she said.', ['We will win.', 'And we will stay,']],
    ['an unclosed mark ends at its paragraph', 'A stray " mark here.\n\nNext paragraph "quoted" text.', [' mark here.', 'quoted']],
    ['a block quotation line', 'Intro.\n> We shall fight on.\nAfter.', [' We shall fight on.']],
    ['no marks', 'Nothing is quoted here.', []],
  ];
  for (const [name, body, expected] of cases) it(name, () => assert.deepEqual(stretches(body), expected));

  it('a transcript\u2019s voices are all quoted', () => {
    const body = 'Good evening. We begin with the budget.';
    assert.deepEqual(stretches(body, [{ start: 0, end: 13, speaker: 'ANCHOR' }, { start: 14, end: body.length }]), ['Good evening.']);
  });

  it('a stray mark does not make the rest of a long paragraph a quotation', () => {
    const body = `Before "${'word '.repeat(2000)}`;
    const [region] = quotedRegions({ body });
    assert.ok(region && region[1] - region[0] <= 3000);
  });
});
