import * as assert from 'node:assert/strict';
import { checkDraft, indexSources } from '../../src/core';
import { ALIGNMENT_BUDGET, alignmentWork } from '../../src/core/match/align';
import { findPassages, fitsAlignmentBudget } from '../../src/core/match/find-passage';
import { quoteUnits } from '../../src/core/match/quote-units';

const WORDS = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}x`);
const { index } = indexSources([{ file: 'sources/long.md', bytes: new TextEncoder().encode(`# Long\n\n${WORDS.join(' ')}.`) }]);

/** A draft with `text` as its one quotation. */
function quotation(text: string): { draft: string; start: number; end: number } {
  const draft = `She said "${text}" yesterday.`;
  return { draft, start: 10, end: 10 + text.length };
}

describe('find passage: alignment work budget', () => {
  const cases: Array<{ name: string; text: string; fits: boolean; verdict: string }> = [
    { name: 'plain quotation', text: WORDS.slice(100, 130).join(' '), fits: true, verdict: 'exact' },
    { name: 'three ellipses', text: [WORDS.slice(100, 110), WORDS.slice(150, 160), WORDS.slice(200, 210), WORDS.slice(260, 270)].map((w) => w.join(' ')).join(' ... '), fits: true, verdict: 'edited' },
    // Each ellipsis widened the window by 80 words: 3,000 of them needed 5 GB and 6,000 crashed with RangeError.
    { name: '3,000 ellipses between a few words', text: `${WORDS.slice(100, 104).join(' ')} ${'... '.repeat(3000)}${WORDS.slice(104, 108).join(' ')}`, fits: false, verdict: 'unchecked' },
    { name: '50 ellipses, each after four words', text: WORDS.slice(100, 300).map((w, i) => (i % 4 === 3 ? `${w} ...` : w)).join(' '), fits: true, verdict: 'edited' },
    { name: '2,000 brackets', text: WORDS.slice(100, 110).join(' ') + ' [and] '.repeat(2000) + WORDS.slice(110, 120).join(' '), fits: false, verdict: 'unchecked' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const q = quotation(c.text);
      const units = quoteUnits(q.draft, q.start, q.end);
      assert.equal(fitsAlignmentBudget(units), c.fits);
      for (const match of findPassages(index, units)) {
        const { from, to } = match.alignment;
        assert.ok(alignmentWork(units, to - from) <= ALIGNMENT_BUDGET);
      }
      const finding = checkDraft(q.draft, index).quotes[0]!;
      assert.equal(finding.verdict, c.verdict);
      if (!c.fits) assert.equal(finding.uncheckedBecause, 'long');
    });
  }
});
