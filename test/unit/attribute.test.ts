import * as assert from 'node:assert/strict';
import { attributeQuotations, type AttributionHow } from '../../src/core/attribution/attribute';
import { extractQuotations } from '../../src/core/quotes/extract';

type Expected = [name: string, how: AttributionHow] | undefined;

interface Case {
  readonly name: string;
  readonly draft: string;
  /** Per quotation of the draft, in order: the speaker's name and how it was found, or undefined. */
  readonly expected: readonly Expected[];
}

function attribute(draft: string): Array<Expected> {
  const extraction = extractQuotations(draft);
  return attributeQuotations(extraction.prose, extraction).map((a) => {
    if (!a) return undefined;
    // The speaker's offsets point at the name in the draft (for a pronoun: at the earlier named speaker).
    assert.equal(draft.slice(a.speaker.start, a.speaker.end).replace(/\s+/g, ' '), a.speaker.name, 'speaker offsets');
    return [a.speaker.name, a.how];
  });
}

function table(title: string, cases: readonly Case[]): void {
  describe(title, () => {
    for (const c of cases) {
      it(c.name, () => {
        const extraction = extractQuotations(c.draft);
        assert.equal(extraction.quotations.length, c.expected.length, 'test setup: number of quotations');
        assert.deepEqual(attribute(c.draft), c.expected, JSON.stringify(c.draft));
      });
    }
  });
}

const Q = 'We will stay the course in Afghanistan';

table('attributeQuotations: speaker before the quotation', [
  { name: 'X said, "…"', draft: `Stephen Harper said, "${Q}."`, expected: [['Stephen Harper', 'before']] },
  { name: 'X said: "…"', draft: `Stephen Harper said: "${Q}."`, expected: [['Stephen Harper', 'before']] },
  { name: 'X said that "…"', draft: `Stephen Harper said that "${Q.toLowerCase()}."`, expected: [['Stephen Harper', 'before']] },
  { name: 'X said on Monday, "…"', draft: `Stephen Harper said on Monday, "${Q}."`, expected: [['Stephen Harper', 'before']] },
  { name: 'titled speaker', draft: `Prime Minister Stephen Harper said, "${Q}."`, expected: [['Prime Minister Stephen Harper', 'before']] },
  { name: 'initials and a title', draft: `Ambassador Ryan C. Crocker said, "${Q}."`, expected: [['Ambassador Ryan C. Crocker', 'before']] },
  { name: 'title with a connector', draft: `Secretary of State Condoleezza Rice said, "${Q}."`, expected: [['Secretary of State Condoleezza Rice', 'before']] },
  { name: 'sentence starter stripped', draft: `But Harper said, "${Q}."`, expected: [['Harper', 'before']] },
  { name: 'appositive: X, the prime minister, said, "…"', draft: `Stephen Harper, the prime minister, said, "${Q}."`, expected: [['Stephen Harper', 'before']] },
  { name: 'X told reporters, "…"', draft: `Stephen Harper told reporters, "${Q}."`, expected: [['Stephen Harper', 'before']] },
  { name: 'X told <outlet> that "…"', draft: `Stephen Harper told the BBC that "${Q.toLowerCase()}."`, expected: [['Stephen Harper', 'before']] },
  { name: 'X described it as "…"', draft: 'Stephen Harper described it as "a noble and necessary mission."', expected: [['Stephen Harper', 'before']] },
  { name: 'X warned that "…"', draft: 'Stephen Harper warned that "the mission is not over yet."', expected: [['Stephen Harper', 'before']] },
  { name: 'According to X, "…"', draft: `According to Stephen Harper, "${Q.toLowerCase()}."`, expected: [['Stephen Harper', 'before']] },
  { name: 'As X put it, "…"', draft: `As Stephen Harper put it, "${Q.toLowerCase()}."`, expected: [['Stephen Harper', 'before']] },
  { name: 'In the words of X, "…"', draft: `In the words of Stephen Harper, "${Q.toLowerCase()}."`, expected: [['Stephen Harper', 'before']] },
  { name: 'the name in an earlier sentence does not count', draft: `Stephen Harper arrived. The report said, "${Q}."`, expected: [undefined] },
]);

table('attributeQuotations: speaker after the quotation', [
  { name: '"…," X said', draft: `"${Q}," Stephen Harper said.`, expected: [['Stephen Harper', 'after']] },
  { name: '"…," said X', draft: `"${Q}," said Stephen Harper.`, expected: [['Stephen Harper', 'after']] },
  { name: '"…," said X on Monday', draft: `"${Q}," said Prime Minister Stephen Harper on Monday.`, expected: [['Prime Minister Stephen Harper', 'after']] },
  { name: '"…," said X, the prime minister', draft: `"${Q}," said Stephen Harper, the prime minister.`, expected: [['Stephen Harper', 'after']] },
  { name: 'appositive: "…," X, the prime minister, said', draft: `"${Q}," Harper, the prime minister, said.`, expected: [['Harper', 'after']] },
  { name: '"…," according to X', draft: `"${Q}," according to Stephen Harper.`, expected: [['Stephen Harper', 'after']] },
  { name: '"…?" asked X', draft: '"Why should we stay there at all?" asked Jack Layton.', expected: [['Jack Layton', 'after']] },
  { name: 'a new sentence after the quotation is not an attribution', draft: `"${Q}." Stephen Harper left the room.`, expected: [undefined] },
  { name: 'a non-person subject: no speaker', draft: `The weather was bad. "${Q}," the report said.`, expected: [undefined] },
]);

table('attributeQuotations: pronouns and continuations', [
  {
    name: 'he said after a named speaker, in a later paragraph',
    draft: `Stephen Harper said, "${Q}."\n\nOther news followed.\n\n"We will not waver," he said.`,
    expected: [['Stephen Harper', 'before'], ['Stephen Harper', 'pronoun']],
  },
  {
    name: 'she said before the quotation, after a named speaker',
    draft: `"${Q}," said Alice Smith.\n\nLater she said, "We will not waver at all."`,
    expected: [['Alice Smith', 'after'], ['Alice Smith', 'pronoun']],
  },
  {
    name: 'the pronoun goes to the previous named speaker, not an earlier one',
    draft: `Alice Smith said, "One two three four."\n\nBob Jones said, "Five six seven eight."\n\n"Nine ten eleven," he said.`,
    expected: [['Alice Smith', 'before'], ['Bob Jones', 'before'], ['Bob Jones', 'pronoun']],
  },
  {
    name: 'a pronoun with no named speaker before: no speaker',
    draft: `"${Q}," he said.`,
    expected: [undefined],
  },
  {
    name: 'a continuation quotation in the same paragraph',
    draft: `"${Q}," Stephen Harper said. "We will not waver."`,
    expected: [['Stephen Harper', 'after'], ['Stephen Harper', 'continuation']],
  },
  {
    name: 'a continuation after "then"',
    draft: 'Rice said "nothing at all here", then "more things here".',
    expected: [['Rice', 'before'], ['Rice', 'continuation']],
  },
  {
    name: 'a paragraph that is only a quotation continues the previous speaker',
    draft: `Stephen Harper said, "${Q}."\n\n"We will not waver in Kandahar."`,
    expected: [['Stephen Harper', 'before'], ['Stephen Harper', 'continuation']],
  },
  {
    name: 'a quotation-only paragraph after a narrative paragraph does not continue',
    draft: `Stephen Harper said, "${Q}."\n\nThe debate went on for hours.\n\n"We will not waver in Kandahar."`,
    expected: [['Stephen Harper', 'before'], undefined],
  },
  {
    name: 'each quotation keeps its own speaker',
    draft: `Alice Smith said, "One two three four." Bob Jones said, "Five six seven eight."`,
    expected: [['Alice Smith', 'before'], ['Bob Jones', 'before']],
  },
]);

table('attributeQuotations: block quotes', [
  {
    name: 'introduced by an attribution line (after a paragraph)',
    draft: `Parliament met on Monday.\n\nStephen Harper said on Monday:\n\n> ${Q}.\n\nAfter that.`,
    expected: [['Stephen Harper', 'block']],
  },
  {
    name: 'introduced by an attribution line at the start of the draft',
    draft: `Stephen Harper said on Monday:\n\n> ${Q}.\n\nAfter that.`,
    expected: [['Stephen Harper', 'block']],
  },
  {
    name: 'followed by a `> — Name` line',
    draft: `Intro line.\n\n> ${Q}.\n\n> \u2014 Stephen Harper\n\nAfter that.`,
    expected: [['Stephen Harper', 'block']],
  },
  {
    name: 'followed by a `>` blank line and a `> — Name` line',
    draft: `Intro line.\n\n> ${Q}.\n>\n> \u2014 Stephen Harper`,
    expected: [['Stephen Harper', 'block']],
  },
  {
    name: 'two block paragraphs after one attribution line',
    draft: `Parliament met.\n\nStephen Harper said:\n\n> ${Q}.\n\n> We will not waver.\n\nAfter that.`,
    expected: [['Stephen Harper', 'block'], ['Stephen Harper', 'block']],
  },
  {
    name: 'a block quote after a sentence that names nobody',
    draft: `Parliament met.\n\nThe mood was grim.\n\n> ${Q}.\n\nAfter that.`,
    expected: [undefined],
  },
]);
