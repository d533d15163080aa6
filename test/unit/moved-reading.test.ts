// A letter typed or deleted inside a long quotation moves the last reading (language/moved.ts) instead of reading
// the draft again; what the quotations are then attributed to must be what a fresh reading gives, for any edit.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { attributeQuotations } from '../../src/core/attribution/attribute';
import { analyse, howLastRead, type Analysis } from '../../src/core/language/analysis';
import { LONGEST_READ } from '../../src/core/language/moved';
import { extractQuotations } from '../../src/core/quotes/extract';
import { seeded } from '../helpers/seeded';

// Made-up drafts: long quotations (read across by no window) and short ones, names, pronouns, descriptions,
// cues before and after, a quotation continued, a block quote.
const DRAFTS = [
  [
    '# Harbour plans',
    '',
    'Maria Lopes, the port director, spoke to reporters on Monday about the closure. "The harbour will close in March, not in April as the council said last week, and every fishing boat that uses the north quay will have to find another berth until the work is done," Lopes said.',
    '',
    'Tom Berg, a harbour pilot for twenty years, disagreed. He said the plan "makes no sense." "Fishing boats can still use the north quay at high tide, and the ferry company has never once asked us what the pilots think of moving the channel markers," he said.',
    '',
    'The director added: "Nobody told the ferry company, because nobody at the council thought the ferry company would care about a quay it has not used since the old terminal was pulled down in the spring."',
    '',
    'A spokesman for the ferry company, Northwind Lines, said it was "looking at the options." Mr. Berg was not convinced.',
  ].join('\n'),
  [
    'Sen. Ana Ruiz, D-Ohio, said on Tuesday that the bill "would cost more than the whole programme it replaces, and would take longer to pay for than any of its sponsors has ever admitted in public or in private."',
    '',
    '"It is a bad bill," Ruiz said. Her chief of staff, Paul Ferrand, put it more bluntly: "We will vote against it, and we will say why on the floor of the Senate, every single day until the vote is called by the leadership."',
    '',
    'Officials at the Treasury declined to comment. One longtime adviser to the committee said the numbers were "not even close." Ferrand, who has worked for Ruiz since 2015, said the senator "reads every page."',
    '',
    'Asked about the bill, the senator was blunt. "I have read it twice now, and each time I found another clause that nobody on the committee could explain to me, so I will not be the one to wave it through," she said.',
  ].join('\n'),
  [
    'Standing in the rain outside the plant, workers waited for news. Kim Lee, a union organiser, said the company had promised "a fair hearing for every worker on the night shift, and for the cleaners, who were left out of the last agreement altogether by both sides."',
    '',
    'Harbour Ltd said in a statement that it "regrets the delay." The company, which employs 900 people in the town, did not say when talks would resume.',
    '',
    '> We have waited long enough for an answer, and the answer we were given by the board on Friday is not one that any of us can take home to our families and explain.',
    '> — Kim Lee',
    '',
    'Later, Lee told reporters: "They know where to find us." A second organiser, who asked not to be named, said the union "will not blink first, whatever the board decides to announce on Friday afternoon after the markets close."',
  ].join('\n'),
];

/** What the quotations of `text` are attributed to, and the reading's mentions and chains, as plain data. */
function attributions(text: string): unknown {
  const extraction = extractQuotations(text);
  const result = attributeQuotations(extraction.prose, extraction).map((a) => a && { speaker: a.speaker, how: a.how, confidence: a.confidence, unnamed: a.unnamed });
  return { result, reading: plain(analyse(extraction.prose, extraction.quotations)) };
}

function plain(a: Analysis): unknown {
  return { sentences: a.sentences, mentions: a.mentions, chains: a.chains.chains.map((c) => ({ ...c, roles: [...c.roles] })), chainOf: [...a.chains.chainOf] };
}

/** The same, read afresh: another text read in between, so the last reading is not at hand. */
function fresh(text: string): unknown {
  attributions('Something else entirely, said Kim Lee.');
  return attributions(text);
}

/** Offsets inside the quotations of `text` whose blanked span is at least `longer` characters, marks excluded. */
function insideQuotations(text: string, longer: number): number[] {
  const offsets: number[] = [];
  for (const q of extractQuotations(text).quotations) {
    const span = q.form === 'block' ? q.paragraph : { start: q.open, end: Math.max(q.close, q.end) };
    if (span.end - span.start < longer) continue;
    for (let k = q.start + 1; k < q.end - 1; k++) offsets.push(k);
  }
  return offsets;
}

describe('analyse: a letter typed or deleted inside a quotation', () => {
  it('attributes every quotation as a fresh reading does, for random insertions and deletions anywhere', () => {
    const next = seeded(7);
    let moved = 0;
    let edits = 0;
    for (const draft of DRAFTS) {
      const inLong = insideQuotations(draft, LONGEST_READ + 2);
      assert.ok(inLong.length > 0, 'each draft has a quotation long enough to be moved across');
      for (let n = 0; n < 60; n++) {
        // half inside a long quotation (the case moved), half anywhere (quotations short or long, prose, marks)
        const at = n % 2 === 0 ? inLong[Math.floor(next() * inLong.length)]! : Math.floor(next() * draft.length);
        const edited = next() < 0.5 ? draft.slice(0, at) + 'xe '[Math.floor(next() * 3)] + draft.slice(at) : draft.slice(0, at) + draft.slice(at + 1);
        attributions(draft);
        const reused = attributions(edited);
        if (howLastRead() === 'moved') moved++;
        edits++;
        assert.deepEqual(reused, fresh(edited), `edit at ${at}: ${JSON.stringify(edited.slice(Math.max(0, at - 30), at + 30))}`);
      }
    }
    // the moved reading was used (not only read afresh) for most edits inside long quotations
    assert.ok(moved >= edits / 4, `moved ${moved} of ${edits}`);
  });

  it('a quotation growing a letter at a time, where its length changes what is read across it', () => {
    // `Tom Reyes “…” said`: up to 71 letters, the window after the name reaches `said` (a person); from 72, not
    const quoted = (n: number): string => `Paul Ferrand is the chief of staff. Tom Reyes "${'word '.repeat(40).slice(0, n).trim()}x" said the port would close.`;
    let moved = 0;
    for (let n = 60; n < 150; n++) {
      attributions(quoted(n));
      const typed = attributions(quoted(n + 1));
      if (howLastRead() === 'moved') moved++;
      assert.deepEqual(typed, fresh(quoted(n + 1)), `typed into a quotation of ${n} letters`);
      attributions(quoted(n + 1));
      assert.deepEqual(attributions(quoted(n)), fresh(quoted(n)), `deleted from a quotation of ${n + 1} letters`);
    }
    assert.ok(moved > 10);
  });

  it('a letter typed in a short quotation is read afresh (a window may see across it)', () => {
    const draft = DRAFTS[0]!;
    const at = draft.indexOf('looking at the options') + 3;
    attributions(draft);
    attributions(draft.slice(0, at) + 'x' + draft.slice(at));
    assert.equal(howLastRead(), 'read');
  });

  it('no rule of language/ reads a window as wide as LONGEST_READ', () => {
    const folder = path.join(__dirname, '..', '..', '..', 'src', 'core', 'language');
    const widths: Array<[string, number]> = [];
    for (const file of fs.readdirSync(folder).filter((f) => f.endsWith('.ts'))) {
      const source = fs.readFileSync(path.join(folder, file), 'utf8');
      // `text.slice(at, at + 120)`, `Math.max(0, at - 80)`, and bounded repeats `{1,120}`, `{4}`
      for (const m of source.matchAll(/[+-]\s*(\d+)\s*\)|\{\d*,?(\d+)\}/g)) widths.push([file, Number(m[1] ?? m[2])]);
    }
    assert.ok(widths.length > 20, 'the windows were found');
    const wide = widths.filter(([, w]) => w >= LONGEST_READ);
    assert.deepEqual(wide, [], 'a window at least LONGEST_READ wide: raise LONGEST_READ in language/moved.ts');
  });
});
