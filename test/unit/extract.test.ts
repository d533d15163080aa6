import * as assert from 'node:assert/strict';
import { extractQuotations, type Quotation } from '../../src/core/quotes/extract';

/** Expected [start, end) of each quoted text, found in order with indexOf (each after the previous one). */
function spans(draft: string, texts: readonly string[]): Array<[number, number]> {
  let from = 0;
  return texts.map((text) => {
    const start = draft.indexOf(text, from);
    assert.ok(start >= 0, `test setup: ${JSON.stringify(text)} not in the draft after ${from}`);
    from = start + text.length;
    return [start, start + text.length];
  });
}

function found(draft: string): Array<[number, number]> {
  return extractQuotations(draft).quotations.map((q) => [q.start, q.end]);
}

interface Case {
  readonly name: string;
  readonly draft: string;
  /** The quoted texts, in order; each must be the exact [start, end) of a quotation. */
  readonly quotes: readonly string[];
}

function table(title: string, cases: readonly Case[]): void {
  describe(title, () => {
    for (const c of cases) {
      it(c.name, () => {
        assert.deepEqual(found(c.draft), spans(c.draft, c.quotes), JSON.stringify(c.draft));
      });
    }
  });
}

table('extractQuotations: quotation marks', [
  { name: 'straight double quotes', draft: 'He said "we will win" and left.', quotes: ['we will win'] },
  { name: 'curly double quotes', draft: 'He said \u201Cwe will win\u201D and left.', quotes: ['we will win'] },
  { name: 'guillemets', draft: '\u00ABNous allons gagner\u00BB, a-t-il dit.', quotes: ['Nous allons gagner'] },
  { name: 'low-9 opening and right closing quotes', draft: 'Powiedzia\u0142 \u201EWygramy t\u0119 wojn\u0119\u201D dzisiaj.', quotes: ['Wygramy t\u0119 wojn\u0119'] },
  { name: 'straight single quotes as quotation marks', draft: "He said 'we will win' and left.", quotes: ['we will win'] },
  { name: 'curly single quotes as quotation marks', draft: 'He said \u2018we will win\u2019 and left.', quotes: ['we will win'] },
  { name: 'several quotations in one paragraph', draft: 'Say "a b c" and \'d e f\' and \u201Cg h, i\u201D done.', quotes: ['a b c', 'd e f', 'g h, i'] },
  { name: 'a quotation at the very start and end', draft: '"Start to finish"', quotes: ['Start to finish'] },
  { name: 'white space inside the marks is excluded', draft: 'He said \u201C padded words \u201D then.', quotes: ['padded words'] },
  { name: 'an inch mark is not a quotation', draft: 'He is 6\'2" tall and said "yes we can" ok.', quotes: ['yes we can'] },
  { name: 'a space between the closing single and double marks (AP style)', draft: `"She said she would be 'above the board,' " said Ruiz. "Not so."`, quotes: ["She said she would be 'above the board,'", 'Not so'] },
  { name: 'a quotation across a line break', draft: 'He said "this goes\nacross lines" ok.', quotes: ['this goes\nacross lines'] },
  { name: 'a closing curly mark typed at a word\u2019s start opens', draft: 'Fans wrote \u201DThanks for all of it!\u201D and left. \u202A\u201DWe will be back,\u201D said Ruiz.', quotes: ['Thanks for all of it!', 'We will be back'] },
  { name: 'a curly quotation across two line breaks', draft: 'He said \u201Cthis goes\nacross\nlines\u201D ok.', quotes: ['this goes\nacross\nlines'] },
]);

table('extractQuotations: apostrophes are not quotation marks', [
  { name: 'don\u2019t, Belarus\u2019, \u201990s outside quotations', draft: 'I don\u2019t know what Belarus\u2019 economy will do in the \u201990s, he said.', quotes: [] },
  { name: "don't and O'Brien with straight marks", draft: "I don't think O'Brien's plan works.", quotes: [] },
  { name: 'apostrophes inside a double-quoted quotation', draft: '\u201CI don\u2019t know what Belarus\u2019 leaders want,\u201D she said.', quotes: ['I don\u2019t know what Belarus\u2019 leaders want'] },
  { name: 'an elision inside single quotation marks', draft: 'She said \u2018the \u201990s were hard\u2019 today.', quotes: ['the \u201990s were hard'] },
  { name: 'a plural possessive inside single quotation marks', draft: "He said 'the boys' toys are here' ok.", quotes: ["the boys' toys are here"] },
  { name: 'a plural possessive inside double quotation marks', draft: 'They said "the boys\' toys are here" ok.', quotes: ["the boys' toys are here"] },
  { name: "it's inside straight double quotes", draft: 'He said, "It\'s over," and left.', quotes: ["It's over"] },
]);

table('extractQuotations: nested quotations belong to the outer one', [
  { name: 'straight single inside straight double', draft: 'He said "they called it \'a farce\' yesterday" loudly.', quotes: ["they called it 'a farce' yesterday"] },
  { name: 'curly single inside curly double', draft: '\u201CThey called it \u2018a farce\u2019 yesterday,\u201D he said.', quotes: ['They called it \u2018a farce\u2019 yesterday'] },
  { name: 'nested quotation at the end of the outer one', draft: '\u201CThey called it \u2018a farce\u2019\u201D, he said.', quotes: ['They called it \u2018a farce\u2019'] },
  { name: 'curly double inside curly single (British style)', draft: 'He said \u2018they called it \u201Ca farce\u201D yesterday\u2019 loudly.', quotes: ['they called it \u201Ca farce\u201D yesterday'] },
  { name: 'curly double inside curly double', draft: 'He said \u201Cthey called it \u201Ca farce\u201D yesterday\u201D loudly.', quotes: ['they called it \u201Ca farce\u201D yesterday'] },
]);

table('extractQuotations: trailing punctuation', [
  { name: 'a comma inside the marks is excluded', draft: '"Yes, we can," he said.', quotes: ['Yes, we can'] },
  { name: 'a period inside the marks is excluded', draft: 'He said "we can."', quotes: ['we can'] },
  { name: 'a curly-quoted period is excluded', draft: 'He said \u201Cwe can.\u201D Then left.', quotes: ['we can'] },
  { name: 'a question mark is kept', draft: 'She asked \u201Cis it over?\u201D and left.', quotes: ['is it over?'] },
  { name: 'an exclamation mark is kept', draft: 'He shouted "get out!" twice.', quotes: ['get out!'] },
  { name: 'an ellipsis is kept', draft: 'He said "Wait..." then left.', quotes: ['Wait...'] },
  { name: 'punctuation outside the marks is not in the range', draft: 'He called it "a farce".', quotes: ['a farce'] },
]);

table('extractQuotations: Markdown block quotes', [
  {
    name: 'a one-line block quote',
    draft: 'Churchill said:\n\n> We will fight them on the beaches.\n\nAfter.',
    quotes: ['We will fight them on the beaches'],
  },
  {
    name: 'a multi-line block quote is one quotation',
    draft: 'Churchill said:\n\n> We will fight them\n> on the beaches.\n\nAfter.',
    quotes: ['We will fight them\n> on the beaches'],
  },
  {
    name: 'two block-quote paragraphs are two quotations',
    draft: 'Churchill said:\n\n> We will fight them on the beaches.\n\n> We shall never surrender.\n\nAfter.',
    quotes: ['We will fight them on the beaches', 'We shall never surrender'],
  },
  {
    name: 'a `> \u2014 Name` paragraph is not quoted text',
    draft: 'Intro.\n\n> We will fight them\n> on the beaches.\n>\n> \u2014 Winston Churchill\n\nAfter.',
    quotes: ['We will fight them\n> on the beaches'],
  },
  {
    name: 'a `> \u2014 Name` line right after the quoted lines is not quoted text',
    draft: 'Intro.\n\n> We will fight them\n> on the beaches.\n> \u2014 Winston Churchill\n\nAfter.',
    quotes: ['We will fight them\n> on the beaches'],
  },
  {
    name: 'a `> -- Name` attribution line',
    draft: 'Intro.\n\n> We will fight them on the beaches.\n>\n> -- Winston Churchill',
    quotes: ['We will fight them on the beaches'],
  },
  {
    name: 'a block quote that contains quotation marks',
    draft: 'He wrote:\n\n> "We will fight them on the beaches," he said.\n\nAfter.',
    quotes: ['We will fight them on the beaches'],
  },
]);

describe('extractQuotations: forms', () => {
  it('inline, block and paragraph forms are told apart', () => {
    const draft = 'He said "inline words here".\n\n> A block quote here.\n\n\u201CFirst of two paragraphs.\n\n\u201CSecond and last,\u201D he said.';
    assert.deepEqual(extractQuotations(draft).quotations.map((q) => q.form), ['inline', 'block', 'paragraph', 'inline']);
  });

  it('open and close are the offsets of the marks', () => {
    const draft = 'He said \u201Cwe will win,\u201D and left.';
    const [q] = extractQuotations(draft).quotations;
    assert.ok(q);
    assert.equal(q.open, draft.indexOf('\u201C'));
    assert.equal(q.close, draft.indexOf('\u201D') + 1);
    assert.deepEqual(q.paragraph, { start: 0, end: draft.length });
  });

  it('paragraph is the paragraph the quotation is in', () => {
    const draft = 'First paragraph.\n\nThen "a quote here" in the second.\n\nThird.';
    const [q] = extractQuotations(draft).quotations;
    assert.ok(q);
    const start = draft.indexOf('Then');
    assert.deepEqual(q.paragraph, { start, end: draft.indexOf(' second.') + ' second.'.length });
  });
});

describe('extractQuotations: multi-paragraph quotations', () => {
  const draft = '\u201CFirst paragraph of it.\n\n\u201CSecond paragraph here.\n\n\u201CThird and last,\u201D he said.';

  it('each paragraph is a quotation, the opening mark repeated and no close until the last', () => {
    const quotes = extractQuotations(draft).quotations;
    assert.equal(quotes.length, 3);
    const expected = spans(draft, ['First paragraph of it', 'Second paragraph here', 'Third and last']);
    quotes.forEach((q: Quotation, k: number) => {
      assert.equal(q.start, expected[k]![0]);
      // The paragraphs without a closing mark may keep their final period.
      assert.equal(draft.slice(q.start, q.end).replace(/\.$/, ''), draft.slice(expected[k]![0], expected[k]![1]));
    });
    assert.deepEqual(quotes.map((q) => q.form), ['paragraph', 'paragraph', 'inline']);
    assert.deepEqual(extractQuotations(draft).unbalanced, []);
  });

  it('an opening mark without a close and no continuing paragraph is unbalanced', () => {
    const text = '\u201CFirst paragraph of it.\n\nPlain text follows.';
    const extraction = extractQuotations(text);
    assert.deepEqual(extraction.quotations, []);
    assert.deepEqual(extraction.unbalanced, [0]);
  });
});

describe('extractQuotations: unbalanced marks', () => {
  it('an unclosed mark is reported and does not swallow the next paragraph', () => {
    const draft = 'An "unbalanced start here.\n\nNext para has "a real quote" fine.';
    const extraction = extractQuotations(draft);
    assert.deepEqual(extraction.quotations.map((q) => [q.start, q.end]), spans(draft, ['a real quote']));
    assert.deepEqual(extraction.unbalanced, [draft.indexOf('"')]);
  });

  it('a straight mark doubling a curly one beside it is a slip: the curly quotation stands', () => {
    const draft = 'An open question. "\u201CYou do not win by counting states,\u201D Ruiz said. She \u201Cmeant it.\u201D" Then more.';
    const extraction = extractQuotations(draft);
    assert.deepEqual(extraction.quotations.map((q) => [q.start, q.end]), spans(draft, ['You do not win by counting states', 'meant it']));
  });

  it('a stray closing curly mark is reported', () => {
    const draft = 'Stray close\u201D here.\n\n\u201CReal one here\u201D ok.';
    const extraction = extractQuotations(draft);
    assert.deepEqual(extraction.quotations.map((q) => [q.start, q.end]), spans(draft, ['Real one here']));
    assert.deepEqual(extraction.unbalanced, [draft.indexOf('\u201D')]);
  });

  it('quotations before and after a paragraph with an unbalanced mark are found', () => {
    const draft = 'She said "first one here" today.\n\nThen \u201Cit broke off and never\nclosed at all.\n\nHe said "third one here" too.';
    const extraction = extractQuotations(draft);
    assert.deepEqual(extraction.quotations.map((q) => [q.start, q.end]), spans(draft, ['first one here', 'third one here']));
    assert.deepEqual(extraction.unbalanced, [draft.indexOf('\u201C')]);
  });

  it('an unclosed mark in a long document affects only its paragraph', () => {
    const paragraphs = Array.from({ length: 20 }, (_, k) => `Speaker ${k} said "quote number ${k} here" today.`);
    paragraphs.splice(10, 0, 'A broken "mark in this one.');
    const draft = paragraphs.join('\n\n');
    const extraction = extractQuotations(draft);
    assert.equal(extraction.quotations.length, 20);
    assert.equal(extraction.unbalanced.length, 1);
    assert.equal(extraction.unbalanced[0], draft.indexOf('"mark'));
  });
});

table('extractQuotations: non-prose is ignored', [
  { name: 'inline code spans', draft: 'Code `"not a quote"` and "real one here" ok.', quotes: ['real one here'] },
  { name: 'fenced code blocks', draft: '```\nsay("fenced quote")\n```\n\nHe said "real quote here" ok.', quotes: ['real quote here'] },
  { name: 'tilde fences', draft: '~~~\n"fenced quote"\n~~~\n\n"real quote here"', quotes: ['real quote here'] },
  { name: 'HTML comments', draft: '<!-- "comment quote" --> and "real quote here" ok.', quotes: ['real quote here'] },
  { name: 'multi-line HTML comments', draft: '<!--\n"comment quote"\n-->\n\n"real quote here"', quotes: ['real quote here'] },
  { name: 'front matter', draft: '---\ntitle: "Front Matter Quote"\n---\n\nBody "real quote here" end.', quotes: ['real quote here'] },
  { name: 'HTML tag attributes', draft: 'See <span title="attr quote">this</span> and "real quote here".', quotes: ['real quote here'] },
  { name: 'link targets', draft: 'See [the "linked words" page](https://example.org/"x") now.', quotes: ['linked words'] },
]);

describe('extractQuotations: sourcecheck-ignore directives', () => {
  it('<!-- sourcecheck-ignore --> marks the next quotation only', () => {
    const draft = '<!-- sourcecheck-ignore -->\n"ignored quote here" and "not ignored" ok.';
    const quotes = extractQuotations(draft).quotations;
    assert.deepEqual(quotes.map((q) => [q.start, q.end]), spans(draft, ['ignored quote here', 'not ignored']));
    assert.deepEqual(quotes.map((q) => q.ignored), [true, false]);
  });

  it('the directive applies to the next quotation even a paragraph later', () => {
    const draft = '"before it here" first.\n\n<!-- sourcecheck-ignore -->\n\nPara "one two three" ok.\n\n"four five six" too.';
    assert.deepEqual(extractQuotations(draft).quotations.map((q) => q.ignored), [false, true, false]);
  });

  it('the directive inside a paragraph applies to the quotation after it', () => {
    const draft = 'He said "first words here" and <!-- sourcecheck-ignore --> "second words here" too.';
    assert.deepEqual(extractQuotations(draft).quotations.map((q) => q.ignored), [false, true]);
  });

  it('<!-- sourcecheck-ignore-file --> marks every quotation', () => {
    const draft = '<!-- sourcecheck-ignore-file -->\n"a b c" and "d e f".\n\n> A block quote.';
    const quotes = extractQuotations(draft).quotations;
    assert.equal(quotes.length, 3);
    assert.ok(quotes.every((q) => q.ignored));
  });

  it('other comments do not ignore anything', () => {
    const draft = '<!-- TODO check this -->\n"a b c" and "d e f".';
    assert.deepEqual(extractQuotations(draft).quotations.map((q) => q.ignored), [false, false]);
  });

  it('no directive: nothing ignored', () => {
    assert.deepEqual(extractQuotations('"a b c"').quotations.map((q) => q.ignored), [false]);
  });
});

describe('extractQuotations: prose', () => {
  it('has the length of the draft, with code and comments blanked and line breaks kept', () => {
    const draft = 'Text `code` here <!-- c -->\n> quoted';
    const { prose } = extractQuotations(draft);
    assert.equal(prose.length, draft.length);
    assert.ok(!prose.includes('code') && !prose.includes('<!--') && !prose.includes('>'));
    assert.equal(prose.indexOf('\n'), draft.indexOf('\n'));
    assert.equal(prose.indexOf('quoted'), draft.indexOf('quoted'));
  });
});

describe('extractQuotations: citations are not quotations', () => {
  const cases: Array<[string, string, string[]]> = [
    ['a footnote definition', 'He said "we will stay the course here."[^1]\n\n[^1]: "Canada stays in Kandahar," Wikinews, May 17, 2006.\n', ['we will stay the course here']],
    ['a Sources section', 'She said "the budget is balanced at last."\n\n## Sources\n\n- "Budget balanced," The Herald, 2006.\n', ['the budget is balanced at last']],
    ['prose after the Sources section', '## References\n\n- "A title," Outlet.\n\n## Next\n\nThey said "this part is prose again."\n', ['this part is prose again']],
  ];
  for (const [name, draft, expected] of cases) {
    it(name, () => assert.deepEqual(extractQuotations(draft).quotations.map((q) => draft.slice(q.start, q.end)), expected));
  }
});
