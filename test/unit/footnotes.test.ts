import * as assert from 'node:assert/strict';
import { applyEdits, citeWithFootnote, citeWithFootnotes, findDefinitions, findMarkers, formatCitation, type SourceMeta } from '../../src/core';

const A: SourceMeta = { id: 'a', title: 'Alpha story', outlet: 'The Herald', date: '2006-05-17', url: 'https://example.org/a' };
const B: SourceMeta = { id: 'b', title: 'Beta story', outlet: 'The Courier', date: '2007-01-02', url: 'https://example.org/b' };
const C: SourceMeta = { id: 'c', title: 'Gamma story', outlet: 'The Times' };

const NOTE_A = '"Alpha story," The Herald, May 17, 2006, https://example.org/a.';
const NOTE_B = '"Beta story," The Courier, January 2, 2007, https://example.org/b.';
const NOTE_C = '"Gamma story," The Times.';

/** The offset just after the first occurrence of `after` in `draft`. */
function at(draft: string, after: string): number {
  const k = draft.indexOf(after);
  assert.ok(k >= 0, `${JSON.stringify(after)} in the draft`);
  return k + after.length;
}

/** `draft` with `source` cited by a footnote just after `after`. */
function cite(draft: string, after: string, source: SourceMeta): string {
  return applyEdits(draft, citeWithFootnote(draft, at(draft, after), source));
}

/** The draft without numbered markers and numbered definition lines, trailing white space trimmed. */
function outsideFootnotes(draft: string): string {
  return draft.replace(/^\[\^\d+\]:.*(?:\r?\n|$)/gm, '').replace(/\[\^\d+\](?!:)/g, '').trimEnd();
}

const TWO_PARAGRAPHS = 'First paragraph ends here.\n\nSecond paragraph ends here.\n';

describe('footnotes: the notes', () => {
  it('the note text is the Chicago note (formatCitation footnote)', () => {
    assert.equal(formatCitation(A, 'footnote'), NOTE_A);
    assert.equal(formatCitation(B, 'footnote'), NOTE_B);
    assert.equal(formatCitation(C, 'footnote'), NOTE_C);
  });
});

describe('citeWithFootnote', () => {
  const first = cite(TWO_PARAGRAPHS, 'Second paragraph ends here.', A);
  const second = cite(first, 'First paragraph ends here.', B);

  it('the first citation adds [^1] and a definitions section after a blank line', () => {
    assert.equal(first, `First paragraph ends here.\n\nSecond paragraph ends here.[^1]\n\n[^1]: ${NOTE_A}\n`);
  });

  it('a source cited before an existing footnote becomes [^1] and the existing one [^2] (markers and definitions)', () => {
    assert.equal(second, `First paragraph ends here.[^1]\n\nSecond paragraph ends here.[^2]\n\n[^1]: ${NOTE_B}\n[^2]: ${NOTE_A}\n`);
    assert.deepEqual(findMarkers(second).map((m) => m.label), ['1', '2']);
    assert.deepEqual(findDefinitions(second).map((d) => [d.label, d.text]), [['1', NOTE_B], ['2', NOTE_A]]);
  });

  it('citing an already-cited source reuses its number (and adds no definition)', () => {
    const again = cite(second, 'Second paragraph', A);
    assert.equal(again, `First paragraph ends here.[^1]\n\nSecond paragraph[^2] ends here.[^2]\n\n[^1]: ${NOTE_B}\n[^2]: ${NOTE_A}\n`);
  });

  it('a source is recognised by its URL in a hand-written definition', () => {
    const draft = 'Text.[^7] More text.\n\n[^7]: See https://example.org/a for the details.\n';
    assert.equal(cite(draft, 'More text.', A), 'Text.[^1] More text.[^1]\n\n[^1]: See https://example.org/a for the details.\n');
  });

  it('after a marker is deleted, the next citation renumbers by appearance; the orphan definition is kept last', () => {
    const deleted = second.replace('here.[^1]', 'here.');
    const next = cite(deleted, 'First paragraph', C);
    assert.equal(next, [
      'First paragraph[^1] ends here.',
      '',
      'Second paragraph ends here.[^2]',
      '',
      `[^1]: ${NOTE_C}`,
      `[^2]: ${NOTE_A}`,
      `[^3]: ${NOTE_B}`, // defined, no longer used
      '',
    ].join('\n'));
  });

  it('named footnotes are left alone (marker, definition and its place)', () => {
    const draft = 'A claim.[^note] Another claim.\n\n[^note]: A named note.\n';
    const cited = cite(draft, 'Another claim.', A);
    assert.equal(cited, `A claim.[^note] Another claim.[^1]\n\n[^note]: A named note.\n\n[^1]: ${NOTE_A}\n`);
    const edits = citeWithFootnote(draft, at(draft, 'Another claim.'), A);
    for (const e of edits) assert.ok(!draft.slice(e.start, e.end).includes('[^note]'), `edit ${JSON.stringify(e)} touches the named footnote`);
  });

  it('numbered definitions are gathered after a named one', () => {
    const draft = 'A.[^1] B.[^x]\n\n[^x]: Named.\n[^1]: One.\n';
    assert.equal(cite(draft, 'A.[^1] B.', C), `A.[^1] B.[^2][^x]\n\n[^x]: Named.\n[^1]: One.\n[^2]: ${NOTE_C}\n`);
  });

  it('a draft not ending with a newline gets a blank line before the definitions', () => {
    const draft = 'No newline at the end.';
    const once = cite(draft, 'the end.', A);
    assert.equal(once, `No newline at the end.[^1]\n\n[^1]: ${NOTE_A}\n`);
    assert.equal(cite(once, 'No', B), `No[^1] newline at the end.[^2]\n\n[^1]: ${NOTE_B}\n[^2]: ${NOTE_A}\n`);
  });

  it('a draft already ending with a blank line gets no extra one', () => {
    assert.equal(cite('Text.\n\n', 'Text.', A), `Text.[^1]\n\n[^1]: ${NOTE_A}\n`);
  });

  it('citing at the start of an existing marker keeps the numbers in order of appearance', () => {
    // E.g. citing a quotation again when its closing mark is already followed by a marker.
    const draft = 'Intro.[^1] More.\n\n[^1]: Hand note.\n';
    const out = cite(draft, 'Intro.', C);
    assert.deepEqual(findMarkers(out).map((m) => m.label), ['1', '2'], out);
    // The new marker goes where it was asked for, before the old one, which keeps its note.
    assert.equal(out, `Intro.[^1][^2] More.\n\n[^1]: ${NOTE_C}\n[^2]: Hand note.\n`);
  });

  it('out-of-order numbers written by hand are renumbered by first appearance', () => {
    const draft = 'One.[^3] Two.[^1] Three.[^3]\n\n[^1]: First written.\n[^3]: Third written.\n';
    assert.equal(cite(draft, 'Three.[^3]', C), `One.[^1] Two.[^2] Three.[^1][^3]\n\n[^1]: Third written.\n[^2]: First written.\n[^3]: ${NOTE_C}\n`);
  });
});

describe('citeWithFootnotes: several citations at once', () => {
  const draft = [
    'Intro with no citation.',
    '',
    'The alpha claim is here. Then the beta claim. And the gamma claim.',
    '',
    'A closing line.',
    '',
  ].join('\n');
  const cases: Array<[string, string, ReadonlyArray<[string, SourceMeta]>]> = [
    ['two new sources, listed out of order', draft, [['beta claim.', B], ['alpha claim is here.', A]]],
    ['three new sources and a repeat', draft, [['gamma claim.', C], ['alpha claim is here.', A], ['beta claim.', B], ['closing line.', A]]],
    ['new sources around existing footnotes', `Intro.[^1] The alpha claim is here. Then the beta claim.[^2]\n\n[^1]: Hand note.\n[^2]: ${NOTE_B}\n`, [['alpha claim is here.', A], ['Intro', C], ['Then the', B]]],
  ];
  for (const [name, text, citations] of cases) {
    it(`${name}: the same final text as one by one`, () => {
      const all = applyEdits(text, citeWithFootnotes(text, citations.map(([after, source]) => ({ offset: at(text, after), source }))));
      // One by one, from the last offset back, so that earlier offsets stay valid.
      const byOffset = [...citations].map(([after, source]) => ({ offset: at(text, after), source })).sort((x, y) => y.offset - x.offset);
      let oneByOne = text;
      for (const c of byOffset) oneByOne = applyEdits(oneByOne, citeWithFootnote(oneByOne, c.offset, c.source));
      assert.equal(all, oneByOne);
      assert.equal(outsideFootnotes(all), outsideFootnotes(text));
    });
  }

  it('the same new source twice gets one number and one definition', () => {
    const text = 'Text. More.\n';
    const out = applyEdits(text, citeWithFootnotes(text, [{ offset: 5, source: A }, { offset: 11, source: A }]));
    assert.equal(out, `Text.[^1] More.[^1]\n\n[^1]: ${NOTE_A}\n`);
  });

  it('the edits do not overlap', () => {
    const edits = citeWithFootnotes(draft, [{ offset: at(draft, 'beta claim.'), source: B }, { offset: at(draft, 'alpha claim is here.'), source: A }]);
    const sorted = [...edits].sort((x, y) => x.start - y.start);
    for (let k = 1; k < sorted.length; k++) assert.ok(sorted[k - 1]!.end <= sorted[k]!.start, JSON.stringify(sorted));
  });
});

describe('footnotes: the rest of the draft is unchanged', () => {
  const draft = [
    '# Title with [^brackets] and a [link](https://example.org/a)',
    '',
    'A paragraph with *emphasis*, `code`, caf\u00E9 and \u201Ccurly quotes\u201D.[^1] Second sentence.',
    '',
    '> A block quote.[^2]',
    '',
    '    indented code block',
    '',
    '- a list item[^note]',
    '- another item',
    '',
    '[^note]: A named note, kept where it is.',
    '',
    'Last paragraph, trailing spaces   ',
    '',
    '[^2]: Second note.',
    '[^1]: First note.',
    '',
  ].join('\n');
  const cases: Array<[string, string, SourceMeta]> = [
    ['a new source at the start', '# Title', C],
    ['a new source in the middle', 'Second sentence.', B],
    ['an existing source (by URL) at the end', 'trailing spaces', A],
  ];
  for (const [name, after, source] of cases) {
    it(name, () => {
      const edits = citeWithFootnote(draft, at(draft, after), source);
      const out = applyEdits(draft, edits);
      assert.equal(outsideFootnotes(out), outsideFootnotes(draft));
      const firstDefinition = findDefinitions(draft).find((d) => /^\d+$/.test(d.label))!.start;
      for (const e of edits) {
        const replaced = draft.slice(e.start, e.end);
        const isMarker = /^(?:\[\^\d+\])?$/.test(replaced);
        assert.ok(isMarker || e.start >= firstDefinition, `edit ${JSON.stringify(e)} replaces ${JSON.stringify(replaced)}`);
      }
    });
  }
});

describe('findDefinitions and findMarkers', () => {
  const draft = 'A.[^1] B.[^note]\n\n[^1]: One.\n[^note]:   Named, padded.\n';
  it('definitions: label, trimmed text, the whole line', () => {
    const defs = findDefinitions(draft);
    assert.deepEqual(defs.map((d) => [d.label, d.text, draft.slice(d.start, d.end)]), [
      ['1', 'One.', '[^1]: One.\n'],
      ['note', 'Named, padded.', '[^note]:   Named, padded.\n'],
    ]);
  });
  it('markers: not the labels of definitions', () => {
    assert.deepEqual(findMarkers(draft).map((m) => [m.label, draft.slice(m.start, m.end)]), [['1', '[^1]'], ['note', '[^note]']]);
  });
});
