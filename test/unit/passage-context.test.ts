import * as assert from 'node:assert/strict';
import { checkDraft, indexSources, passageContext } from '../../src/core';

const BODY = [
  'The council met on Tuesday. "We will keep every library in the county open next year," said Maria Lopez, the council leader. Nobody objected.',
  'A long paragraph without a full stop for a very long while before the quotation, which goes on and on with words that are not a sentence end at all, and then "the roads will be mended by the spring" as the engineer put it in a report that continues for many more words without ending in any way that a reader would take as the end of a sentence, with a list of streets and bridges and lanes and the dates on which each of them is to be closed',
].join('\n\n');
const FILE = '---\nid: council\ntitle: "Council"\n---\n\n' + BODY;
const { index } = indexSources([{ file: 'sources/council.md', bytes: new TextEncoder().encode(FILE) }]);

function context(draft: string): ReturnType<typeof passageContext> {
  const [q] = checkDraft(draft, index).quotes;
  assert.ok(q);
  return passageContext(q);
}

describe('passageContext: the source sentence around a passage', () => {
  it('from the sentence start to its end, the passage as pieces with the difference', () => {
    const c = context('Lopez said, "We will keep every library in the city open next year."');
    assert.ok(c);
    assert.equal(c.before, '"');
    assert.equal(c.after, '," said Maria Lopez, the council leader.');
    const differences = c.pieces.filter((p) => p.kind === 'difference');
    assert.deepEqual(differences.map((p) => [p.source.trim(), p.draft.trim()]), [['county', 'city']]);
  });

  it('without a sentence end in reach: cut at a word with an ellipsis on each side', () => {
    const c = context('The engineer said "the roads will be mended by the spring".');
    assert.ok(c);
    assert.ok(c.before.startsWith('…'), c.before);
    assert.ok(c.before.length <= 161, `${c.before.length}`);
    assert.ok(c.before.endsWith('and then "'), c.before);
    assert.ok(c.after.endsWith('…'), c.after);
    assert.ok(c.after.startsWith('" as the engineer put it'), c.after);
    assert.match(c.before, /^…\S/, 'cut at a word');
  });

  it('an unsourced quotation has none', () => {
    assert.equal(context('She said "every swimming pool will close by the end of the summer".'), undefined);
  });
});
