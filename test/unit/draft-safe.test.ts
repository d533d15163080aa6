import * as assert from 'node:assert/strict';
import { bibliography, citeWithFootnotes, CITATION_STYLES, formatCitation, type SourceMeta } from '../../src/core';
import { citationKey, draftSafeMeta, plainText, safeUrl } from '../../src/core/text/draft-safe';
import { maskMarkdown } from '../../src/core/quotes/markdown-mask';

describe('draft-safe: plainText', () => {
  const cases: Array<[string, string, string]> = [
    ['plain words stay', 'Reuters', 'Reuters'],
    ['an ignore comment goes', 'Reuters <!-- sourcecheck-ignore-file -->', 'Reuters'],
    ['an unclosed comment drops the rest', 'Reuters <!-- sourcecheck-ignore-file', 'Reuters'],
    ['tags go, their text stays', 'The <b>big</b> <img src=x onerror=alert(1)>story', 'The big story'],
    ['a tag built from the remains of another is not left behind', '<<b>!-- sourcecheck-ignore-file -->', '!-- sourcecheck-ignore-file --&gt;'.replace('&gt;', '>')],
    ['a Markdown link keeps its text only', 'see [the report](command:workbench.action.terminal.new) now', 'see the report now'],
    ['an image keeps its alt text only', '![pixel](https://tracker.example/p.gif)', 'pixel'],
    ['a footnote reference goes', 'grew[^1] fast', 'grew fast'],
    ['emphasis and code marks go', 'We will *not* raise `taxes`', 'We will not raise taxes'],
    ['emphasis marks removed cannot leave a link behind', '[x]*(command:evil)', 'x'],
    ['a link target cut by a line break is kept apart from its text', '[x]\n(command:evil)', '[x] (command:evil)'],
    ['control characters and ANSI escapes become spaces', 'Title\u001b[31m red\u0007', 'Title [31m red'],
    ['bidi controls go', 'abc\u202Edef\u2066g\u2069\u200Eh', 'abcdefgh'],
    ['line breaks and runs of white space become one space', 'a\n\nb\r\n\tc', 'a b c'],
    ['a comparison stays', 'a < b and c > d', 'a < b and c > d'],
  ];
  for (const [name, input, expected] of cases) {
    it(name, () => assert.equal(plainText(input), expected));
  }
  it('cuts a long field with an ellipsis', () => assert.equal(plainText('x'.repeat(1000), 10), `${'x'.repeat(9)}\u2026`));
  it('is linear on hostile input (a million tag openings)', () => {
    const start = Date.now();
    plainText('<a'.repeat(500_000) + '>');
    plainText('<!--'.repeat(250_000));
    plainText('[x]('.repeat(250_000));
    assert.ok(Date.now() - start < 5000);
  });
});

describe('draft-safe: safeUrl and citationKey', () => {
  const urls: Array<[string, string | undefined]> = [
    ['https://en.wikinews.org/wiki/A_story', 'https://en.wikinews.org/wiki/A_story'],
    ['HTTP://example.com/a?b=c#d', 'HTTP://example.com/a?b=c#d'],
    ['command:workbench.action.terminal.new', undefined],
    ['javascript:alert(1)', undefined],
    ['data:text/html,<b>x</b>', undefined],
    ['/relative/path', undefined],
    ['https://', undefined],
    ['https://example.com/a) ![x](https://t.example/p.gif', 'https://example.com/a%29%20!%5Bx%5D%28https://t.example/p.gif'],
    ['https://example.com/<!--x-->', 'https://example.com/%3C!--x--%3E'],
  ];
  for (const [input, expected] of urls) it(`${input} -> ${expected}`, () => assert.equal(safeUrl(input), expected));
  const keys: Array<[string, string]> = [['wikinews-8397', 'wikinews-8397'], ['a] <!-- x -->', 'a--x--'], ['<>', 'source']];
  for (const [input, expected] of keys) it(`key ${input} -> ${expected}`, () => assert.equal(citationKey(input), expected));
});

describe('draft-safe: citations of a hostile source insert plain text only', () => {
  const hostile: SourceMeta = {
    id: 'evil] <!-- sourcecheck-ignore-file -->',
    title: 'A story <!-- sourcecheck-ignore-file --> with ![x](https://t.example/p.gif) and \u202Eevil',
    outlet: 'Reuters <!-- sourcecheck-ignore-file -->',
    author: 'Jane <script>alert(1)</script>Doe',
    date: '2020-01-02',
    url: 'command:workbench.action.terminal.new',
  };
  const inserted = [
    ...CITATION_STYLES.map((style) => formatCitation(hostile, style)),
    ...CITATION_STYLES.map((style) => bibliography([hostile, { ...hostile, url: 'https://e.example/a)(b' }], style)),
    ...citeWithFootnotes('Text.\n', [{ offset: 5, source: hostile }]).map((e) => e.text),
  ];
  for (const text of inserted) {
    it(JSON.stringify(text.slice(0, 70)), () => {
      assert.doesNotMatch(text, /<!--|<script|<img|command:|!\[|\u202E/);
      assert.equal(maskMarkdown(`Draft.\n\n${text}\n\n"A quotation here," she said.`).directives.length, 0);
    });
  }
  it('the metadata passed through draftSafeMeta twice does not change again', () => {
    assert.deepEqual(draftSafeMeta(draftSafeMeta(hostile)), draftSafeMeta(hostile));
  });
});
