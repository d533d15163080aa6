import * as assert from 'node:assert/strict';
import { applyEdits, placeCitation, type CitationStyle } from '../../src/core';

/** The draft with `citation` placed after its first quotation (marked by “ ” in the text). */
function cite(draft: string, style: CitationStyle, citation = style === 'footnote' ? '[^1]' : '(Reuters, March 3, 2021)'): string {
  const open = draft.indexOf('\u201C');
  const close = draft.indexOf('\u201D', open) + 1;
  return applyEdits(draft, placeCitation(draft, { open, close, start: open + 1, end: close - 1 }, citation, style));
}

describe('placeCitation: before the sentence\u2019s final punctuation', () => {
  const cases: Array<[string, string, CitationStyle, string]> = [
    ['the quotation ends the sentence: the period moves after the citation', 'She said: \u201CWe have an agreement.\u201D On Monday the board met.', 'inline',
      'She said: \u201CWe have an agreement\u201D (Reuters, March 3, 2021). On Monday the board met.'],
    ['at the end of the paragraph', 'She said: \u201CWe have an agreement.\u201D\n\nNext.', 'apa', 'She said: \u201CWe have an agreement\u201D (Reuters, March 3, 2021).\n\nNext.'],
    ['at the end of the text', 'She said: \u201CWe have an agreement.\u201D', 'chicago', 'She said: \u201CWe have an agreement\u201D (Reuters, March 3, 2021).'],
    ['a question mark stays inside the quotation', 'He asked: \u201CWho will pay?\u201D Nobody knew.', 'inline', 'He asked: \u201CWho will pay?\u201D (Reuters, March 3, 2021). Nobody knew.'],
    ['the attribution follows: before the period of the sentence', '\u201CWe have an agreement,\u201D she said. Later, more.', 'inline',
      '\u201CWe have an agreement,\u201D she said (Reuters, March 3, 2021). Later, more.'],
    ['past an abbreviation in the attribution', '\u201CWe have an agreement,\u201D said Gen. Ruiz on Monday.', 'pandoc', '\u201CWe have an agreement,\u201D said Gen. Ruiz on Monday (Reuters, March 3, 2021).'],
    ['a period outside the quotation', 'She called it \u201Ca fair agreement\u201D. Then she left.', 'link', 'She called it \u201Ca fair agreement\u201D (Reuters, March 3, 2021). Then she left.'],
    ['another quotation in the sentence: right after the first', '\u201CWe agree,\u201D she said, and \u201Cso do they.\u201D', 'inline', '\u201CWe agree,\u201D (Reuters, March 3, 2021) she said, and \u201Cso do they.\u201D'],
    ['a footnote follows the punctuation', 'She said: \u201CWe have an agreement\u201D. On Monday.', 'footnote', 'She said: \u201CWe have an agreement\u201D.[^1] On Monday.'],
    ['a footnote after the closing mark', 'She said: \u201CWe have an agreement.\u201D On Monday.', 'footnote', 'She said: \u201CWe have an agreement.\u201D[^1] On Monday.'],
  ];
  for (const [name, draft, style, expected] of cases) {
    it(`${name} (${style})`, () => assert.equal(cite(draft, style), expected));
  }

  it('a block quotation (no marks): after it', () => {
    const draft = '> We have an agreement.\n';
    assert.equal(applyEdits(draft, placeCitation(draft, { open: 2, close: 23, start: 2, end: 23 }, '(Reuters)', 'inline')), '> We have an agreement. (Reuters)\n');
  });
});
