import * as assert from 'node:assert/strict';
import { checkDraft, findClaims, indexSources } from '../../src/core';

const { index } = indexSources([]);

/** The claims of `draft` as [sentence, speaker], after checking that the offsets point at them. */
function claims(draft: string): Array<[string, string]> {
  const found = findClaims(draft, checkDraft(draft, index).quotes);
  for (const c of found) {
    assert.equal(draft.slice(c.start, c.end), c.text, 'claim offsets');
    assert.ok(c.start <= c.speaker.start && c.speaker.end <= c.end, 'where the sentence names the speaker is inside it');
    assert.ok(c.speaker.end > c.speaker.start && /\S/.test(draft.slice(c.speaker.start, c.speaker.end)), 'speaker offsets');
  }
  return found.map((c) => [c.text, c.speaker.name]);
}

function table(title: string, cases: ReadonlyArray<[string, string, Array<[string, string]>]>): void {
  describe(title, () => {
    for (const [name, draft, expected] of cases) {
      it(name, () => assert.deepEqual(claims(draft), expected));
    }
  });
}

table('findClaims: X said that …', [
  ['said that', 'Alice Smith said that taxes would stay low.', [['Alice Smith said that taxes would stay low.', 'Alice Smith']]],
  ['surname only', 'Smith said that taxes would stay low.', [['Smith said that taxes would stay low.', 'Smith']]],
  ['a title', 'Ms Smith argued that the rail plan will fail.', [['Ms Smith argued that the rail plan will fail.', 'Ms Smith']]],
  ['present tense', 'Alice Smith says that taxes will stay low.', [['Alice Smith says that taxes will stay low.', 'Alice Smith']]],
  ['words between the verb and that', 'Bob Jones said last week that the plan was sound.', [['Bob Jones said last week that the plan was sound.', 'Bob Jones']]],
  ['told someone that', 'Alice Smith told reporters that jobs grew.', [['Alice Smith told reporters that jobs grew.', 'Alice Smith']]],
  ['an exclamation ends the sentence', 'Alice Smith said that growth is strong! The weather was fine.', [['Alice Smith said that growth is strong!', 'Alice Smith']]],
  ['two claims, two sentences', 'Alice Smith said that taxes would stay low. Bob Jones warned that they would rise.', [
    ['Alice Smith said that taxes would stay low.', 'Alice Smith'],
    ['Bob Jones warned that they would rise.', 'Bob Jones'],
  ]],
  ['a claim in a later paragraph', 'The weather was fine.\n\nBob Jones noted that it rained later.', [['Bob Jones noted that it rained later.', 'Bob Jones']]],
]);

table('findClaims: an adverb before the verb', [
  ['also said that', 'Bob Jones also said that the plan was sound.', [['Bob Jones also said that the plan was sound.', 'Bob Jones']]],
  ['has said that', 'Bob Jones has said that the plan was sound.', [['Bob Jones has said that the plan was sound.', 'Bob Jones']]],
  ['repeatedly warned that', 'Alice Smith repeatedly warned that taxes would rise.', [['Alice Smith repeatedly warned that taxes would rise.', 'Alice Smith']]],
]);

table('findClaims: according to X, …', [
  ['at the start', 'According to Alice Smith, growth is strong.', [['According to Alice Smith, growth is strong.', 'Alice Smith']]],
  ['surname only', 'According to Smith, jobs grew.', [['According to Smith, jobs grew.', 'Smith']]],
  ['lower case, mid-sentence', 'Growth is strong, according to Alice Smith.', [['Growth is strong, according to Alice Smith.', 'Alice Smith']]],
  ['after another sentence', 'The weather was fine. According to Bob Jones, it rained later.', [['According to Bob Jones, it rained later.', 'Bob Jones']]],
]);

table('findClaims: not for sentences with a quotation', [
  ['a checked quotation', 'Alice Smith said that "taxes would stay low this year, and for ever after that."', []],
  ['a scare quote', 'Mary Brown argued that the "rail plan" will fail.', []],
  ['according to, with a quotation', 'According to Alice Smith, "growth is strong and getting stronger every single day."', []],
  ['only the sentence with the quotation is left out', 'Alice Smith said that "taxes would stay low this year, and for ever after that". Bob Jones warned that they would rise.', [
    ['Bob Jones warned that they would rise.', 'Bob Jones'],
  ]],
]);

table('findClaims: a sentence after a quotation', [
  // The closing mark after the full stop (American style) belongs to the quotation, not to the next sentence.
  ['closing mark after the full stop', 'Smith said, "We will not raise taxes this year at all." Mary Brown argued that the rail plan will fail.', [
    ['Mary Brown argued that the rail plan will fail.', 'Mary Brown'],
  ]],
  ['closing mark before the full stop', 'Smith said, "We will not raise taxes this year at all". Mary Brown argued that the rail plan will fail.', [
    ['Mary Brown argued that the rail plan will fail.', 'Mary Brown'],
  ]],
  ['curly marks, full stop inside', 'Smith said, \u201CWe will not raise taxes this year at all.\u201D Mary Brown argued that the rail plan will fail.', [
    ['Mary Brown argued that the rail plan will fail.', 'Mary Brown'],
  ]],
]);

table('findClaims: no attribution, no claim', [
  ['plain statements', 'The weather was fine. Taxes rose in May.', []],
  ['a speech verb without that', 'Alice Smith spoke at length. Bob Jones said nothing.', []],
  ['that without a speech verb', 'Alice Smith knows that taxes will rise.', []],
  ['a non-name subject', 'Critics said that it would fail. The report said that costs rose. He said that it rained.', []],
  ['according to without a name', 'According to the report, costs rose.', []],
  ['a question', 'Did anyone say that it was weak?', []],
  ['empty', '', []],
]);

table('findClaims: read with the coreference chains of the quotations', [
  ['a surname stands for the full name', 'Alice Smith spoke in May. Smith said that taxes would stay low.', [['Smith said that taxes would stay low.', 'Alice Smith']]],
  ['a pronoun', 'Alice Smith spoke in May. She said that taxes would stay low.', [['She said that taxes would stay low.', 'Alice Smith']]],
  ['a pronoun of the other gender is someone else', 'Mr. Tom Reyes met Ms. Ana Ruiz on Friday. She argued that the rail plan would fail.', [['She argued that the rail plan would fail.', 'Ana Ruiz']]],
  ['a description', 'Ana Ruiz, the finance minister, spoke in May. The minister insisted that the budget was sound.', [['The minister insisted that the budget was sound.', 'Ana Ruiz']]],
  ['past an appositive', 'Tom Reyes, a judge appointed by the governor, said that the ruling would stand.', [['Tom Reyes, a judge appointed by the governor, said that the ruling would stand.', 'Tom Reyes']]],
  ['told an outlet: the outlet is not the speaker', 'Ana Ruiz told The Ledger that the plant would close.', [['Ana Ruiz told The Ledger that the plant would close.', 'Ana Ruiz']]],
  ['according to an outlet, a person said', 'According to The Ledger, Ana Ruiz said that the plant would close.', [['According to The Ledger, Ana Ruiz said that the plant would close.', 'Ana Ruiz']]],
]);

table('findClaims: the cue closing the sentence', [
  ['name, verb', 'The plant will close in the spring, Ana Ruiz said.', [['The plant will close in the spring, Ana Ruiz said.', 'Ana Ruiz']]],
  ['verb, name, time', 'The plant will close in the spring, said Ana Ruiz on Monday.', [['The plant will close in the spring, said Ana Ruiz on Monday.', 'Ana Ruiz']]],
  ['a pronoun', 'Ana Ruiz runs the plant. It will close in the spring, she warned.', [['It will close in the spring, she warned.', 'Ana Ruiz']]],
  ['a list is no claim', 'They sold apples, pears, plums and figs.', []],
  ['an unnamed speaker', 'The plant will close in the spring, officials said.', []],
]);

table('findClaims: no one is reported', [
  ['knows that', 'Ana Ruiz knows that the plant will close.', []],
  ['realised that', 'Ana Ruiz realised that the plant would close.', []],
  ['a pronoun with no one before it', 'She said that the plant would close.', []],
]);

table('findClaims: a description closing the sentence', [
  ['said the minister', 'Ana Ruiz, the finance minister, spoke in May. The budget is sound, said the minister.', [['The budget is sound, said the minister.', 'Ana Ruiz']]],
  ['a verb and its object are no speaker', 'Ana Ruiz spoke in May. The budget is sound, but the unions rejected the plan.', []],
]);
