import * as assert from 'node:assert/strict';
import type { Article } from '../../src/core/sources/article';
import { decodeEntity } from '../../src/core/sources/html-entities';
import { readHtml } from '../../src/core/sources/html-source';
import { DEFAULT_MAX_SOURCE_BYTES, readSource, sizeProblem, sourceFormat, type ReadResult } from '../../src/core/sources/read-source';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

function article(result: ReadResult): { article: Article; warning?: string } {
  if (result.kind !== 'article') assert.fail(`expected an article, got ${result.kind === "skipped" ? `skipped: ${result.reason}` : result.kind}`);
  return result.warning === undefined ? { article: result.article } : { article: result.article, warning: result.warning };
}

function skippedReason(result: ReadResult): string {
  if (result.kind !== 'skipped') assert.fail(`expected the file to be skipped, got ${result.kind === "article" ? `an article: ${JSON.stringify(result.article.body)}` : result.kind}`);
  return result.reason;
}

/** The file text of body range [start, end), through the article's map. */
function fileSlice(file: string, a: Article, start: number, end: number): string {
  return file.slice(a.bodyToFile.toOriginal(start), a.bodyToFile.toOriginal(end));
}

describe('sourceFormat', () => {
  const cases: Array<[string, string | undefined]> = [
    ['a.md', 'markdown'], ['a.markdown', 'markdown'], ['A.MD', 'markdown'], ['a.txt', 'text'], ['a.text', 'text'],
    ['a.html', 'html'], ['a.htm', 'html'], ['a.xhtml', 'html'], ['dir/page.HTML', 'html'],
    ['a.pdf', 'pdf'], ['a.docx', 'docx'], ['README', undefined], ['dir.md/file', undefined], ['dir\\x.md\\y', undefined],
  ];
  for (const [file, expected] of cases) {
    it(`${file} -> ${expected ?? 'unsupported'}`, () => assert.equal(sourceFormat(file), expected));
  }
});

describe('readSource: Markdown', () => {
  const file = [
    '---',
    'id: wikinews-42',
    'title: "Quoted \\"title\\" with caf\\u00e9"',
    'outlet: Wikinews',
    "author: 'O''Brien'",
    'date: 2008-01-02',
    'url: https://example.org/a',
    '---',
    '',
    '',
    'First paragraph of the body.',
    '',
    'Second paragraph.',
    '',
  ].join('\n');

  it('reads id, title, outlet, author, date and url from the front matter', () => {
    const { article: a } = article(readSource('sources/x.md', encode(file)));
    assert.deepEqual(a.meta, {
      id: 'wikinews-42',
      title: 'Quoted "title" with café',
      outlet: 'Wikinews',
      author: "O'Brien",
      date: '2008-01-02',
      url: 'https://example.org/a',
    });
    assert.equal(a.file, 'sources/x.md');
  });

  it('the body starts after the front matter and blank lines, trailing white space trimmed', () => {
    const { article: a } = article(readSource('sources/x.md', encode(file)));
    assert.equal(a.body, 'First paragraph of the body.\n\nSecond paragraph.');
  });

  it('bodyToFile maps body offsets to the same text in the file', () => {
    const { article: a } = article(readSource('sources/x.md', encode(file)));
    for (const word of ['First', 'body', 'Second', 'paragraph.']) {
      const at = a.body.lastIndexOf(word);
      assert.equal(fileSlice(file, a, at, at + word.length), word);
      assert.equal(a.bodyToFile.toOriginal(at), file.lastIndexOf(word));
    }
  });

  it('without front matter: id from the file name, title from the first heading', () => {
    const { article: a } = article(readSource('refs/some-story.md', encode('# The Heading\n\nBody text.\n')));
    assert.equal(a.meta.id, 'some-story');
    assert.equal(a.meta.title, 'The Heading');
    assert.equal(a.body, '# The Heading\n\nBody text.');
  });

  it('without front matter or heading: the id is the title', () => {
    const { article: a } = article(readSource('refs/plain.md', encode('Just text.')));
    assert.deepEqual(a.meta, { id: 'plain', title: 'plain' });
  });

  it('alias keys: publisher, link, published', () => {
    const { article: a } = article(readSource('s/a.md', encode('---\ntitle: T\npublisher: P\npublished: 2001-02-03\nlink: http://l\n---\nBody.')));
    assert.equal(a.meta.outlet, 'P');
    assert.equal(a.meta.date, '2001-02-03');
    assert.equal(a.meta.url, 'http://l');
    assert.equal(a.meta.id, 'a');
  });

  it('CRLF line endings', () => {
    const crlf = '---\r\nid: c1\r\ntitle: "T"\r\n---\r\n\r\nBody line.\r\n';
    const { article: a } = article(readSource('s/c.md', encode(crlf)));
    assert.equal(a.meta.id, 'c1');
    assert.equal(a.meta.title, 'T');
    assert.equal(a.body, 'Body line.');
    assert.equal(fileSlice(crlf, a, 0, 4), 'Body');
  });

  it('a byte-order mark is not part of the text', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...encode('---\nid: bom\n---\nText.')]);
    const { article: a } = article(readSource('s/b.md', bytes));
    assert.equal(a.meta.id, 'bom');
    assert.equal(a.body, 'Text.');
  });

  it('front matter only, no body: skipped', () => {
    assert.match(skippedReason(readSource('s/e.md', encode('---\ntitle: x\n---\n\n  \n'))), /no article text/);
  });
});

describe('readSource: plain text', () => {
  const file = 'My Title Line\n\n\nFirst para.\nSecond line.\n\n';

  it('the first line is the title, the id is the file name', () => {
    const { article: a } = article(readSource('sources/story.txt', encode(file)));
    assert.deepEqual(a.meta, { id: 'story', title: 'My Title Line' });
  });

  it('the body starts after the title and blank lines', () => {
    const { article: a } = article(readSource('sources/story.txt', encode(file)));
    assert.equal(a.body, 'First para.\nSecond line.');
    const at = a.body.indexOf('Second');
    assert.equal(fileSlice(file, a, at, at + 6), 'Second');
  });

  it('a single line is title and body', () => {
    const { article: a } = article(readSource('s/one.txt', encode('Only line here')));
    assert.equal(a.meta.title, 'Only line here');
    assert.equal(a.body, 'Only line here');
  });

  it('a single line too long for a title is body only, titled by the file name', () => {
    const line = 'word '.repeat(20_000).trim();
    const { article: a } = article(readSource('s/long-line.txt', encode(line)));
    assert.equal(a.meta.title, 'long-line');
    assert.equal(a.body, line);
  });

  it('lone CR line endings: the first line is the title, lines are counted', () => {
    const { article: a } = article(readSource('s/mac.txt', encode('Old Mac title\r\rFirst para.\rSecond line.')));
    assert.equal(a.meta.title, 'Old Mac title');
    assert.equal(a.body, 'First para.\rSecond line.');
    assert.deepEqual(a.fileLines.position(15 + 12), { line: 4, column: 1 });
  });

  it('lone CR line endings: front matter is read', () => {
    const { article: a } = article(readSource('s/mac.md', encode('---\rtitle: "Mac"\routlet: Old\r---\r\rBody text here.')));
    assert.equal(a.meta.title, 'Mac');
    assert.equal(a.meta.outlet, 'Old');
    assert.equal(a.body, 'Body text here.');
  });

  it('a front-matter value of 200,000 spaces is read in linear time', () => {
    const { article: a } = article(readSource('s/spaces.md', encode(`---\ntitle: ${' '.repeat(200_000)}x\n---\n\nBody text.`)));
    assert.equal(a.meta.title, 'x');
  });
});

describe('readSource: HTML', () => {
  const html = [
    '<!doctype html><html><head>',
    '<title>Title tag</title>',
    '<meta property="og:title" content="OG &amp; Title">',
    '<meta property="og:site_name" content="Daily News">',
    '<meta name="author" content="Jane Doe">',
    '<meta property="article:published_time" content="2020-05-06T10:00:00Z">',
    '<link rel="canonical" href="https://example.com/story">',
    '<script>var x = "<p>not text</p>";</script>',
    '<style>p { color: red }</style>',
    '</head><body>',
    '<nav>Menu Home Sports</nav>',
    '<header>Site banner</header>',
    '<p>Outside the article.</p>',
    '<article><h1>Headline</h1>',
    '<p>He said &ldquo;caf&eacute; &amp; more&rdquo; on Monday.</p>',
    '<script>trackMe()</script><style>.x{}</style>',
    '<p>Second&nbsp;para &#8212; it&#x27;s   done.</p>',
    '</article>',
    '<footer>Footer text</footer>',
    '</body></html>',
  ].join('\n');

  const read = (): Article => article(readSource('sources/page.html', encode(html))).article;

  it('reads metadata from meta tags and the canonical link', () => {
    assert.deepEqual(read().meta, {
      id: 'page',
      title: 'OG & Title',
      outlet: 'Daily News',
      author: 'Jane Doe',
      date: '2020-05-06',
      url: 'https://example.com/story',
    });
  });

  it('keeps only the <article> text, decoding entities, paragraphs as blank lines', () => {
    assert.equal(read().body, 'Headline\n\nHe said \u201Ccaf\u00E9 & more\u201D on Monday.\n\nSecond para \u2014 it\'s done.');
  });

  const skippedTexts = ['not text', 'trackMe', 'color', 'Menu', 'Site banner', 'Outside the article', 'Footer text', 'Title tag'];
  for (const text of skippedTexts) {
    it(`skips ${JSON.stringify(text)}`, () => assert.ok(!read().body.includes(text)));
  }

  it('bodyToFile maps the start of every word to the same word in the file', () => {
    const a = read();
    for (const word of ['Headline', 'He', 'said', 'Monday', 'Second', 'para', 'done']) {
      const at = a.body.indexOf(word);
      const inFile = a.bodyToFile.toOriginal(at);
      assert.equal(html.slice(inFile, inFile + word.length), word, word);
    }
  });

  it('bodyToFile maps a word [start, end) to exactly that word in the file', () => {
    // Every position maps back to the original offset: the JSON report gives source.start/end in the FILE
    // (docs/json-report.md) through this map, so a word's end must not run on over the white space or tags after it.
    const a = read();
    for (const word of ['Headline', 'He', 'said', 'on', 'Monday', 'Second', 'para', 'done']) {
      const at = a.body.indexOf(word);
      assert.equal(fileSlice(html, a, at, at + word.length), word, word);
    }
  });

  it('bodyToFile maps a decoded entity to the whole reference', () => {
    const a = read();
    const at = a.body.indexOf('\u2014');
    assert.equal(html.slice(a.bodyToFile.toOriginal(at), a.bodyToFile.toOriginal(at) + 7), '&#8212;');
    const cafe = a.body.indexOf('caf\u00E9');
    assert.equal(a.bodyToFile.toOriginal(cafe), html.indexOf('caf&eacute;'));
  });

  it('falls back to <title>, then to the first <h1>, for the title', () => {
    const withTitle = article(readSource('p/t.html', encode('<title>Tag &amp; Title</title><p>Text.</p>'))).article;
    assert.equal(withTitle.meta.title, 'Tag & Title');
    const withH1 = article(readSource('p/h.html', encode('<body><h1>Big <b>Head</b></h1><p>Text.</p></body>'))).article;
    assert.equal(withH1.meta.title, 'Big Head');
  });

  it('<time datetime> gives the date when no meta does', () => {
    const a = article(readSource('p/t.html', encode('<p>Posted <time datetime="2019-03-04T05:06">March</time>. Text.</p>'))).article;
    assert.equal(a.meta.date, '2019-03-04');
  });

  it('without <article>, a <main> scopes the text', () => {
    const a = article(readSource('p/m.html', encode('<body><nav>N</nav><p>Chrome</p><main><p>Main text.</p></main><aside>A</aside></body>'))).article;
    assert.equal(a.body, 'Main text.');
  });

  it('without <article> or <main>, all text but chrome is kept', () => {
    const a = article(readSource('p/n.html', encode('<body><nav>N</nav><p>One.</p><div>Two.</div><footer>F</footer></body>'))).article;
    assert.equal(a.body, 'One.\n\nTwo.');
  });

  const broken: Array<[string, string, string[]]> = [
    ['unclosed tags', '<p>Unclosed <b>bold <i>italic text', ['Unclosed', 'bold', 'italic text']],
    ['stray < in text', '<p>if x < y and y > z then</p>', ['x < y', 'then']],
    ['< at the very end', '<p>ends with <', ['ends with']],
    ['unterminated comment', '<p>before</p><!-- never closed <p>hidden</p>', ['before']],
    ['unknown entity kept as text', '<p>a &bogus; b &amp c</p>', ['&bogus;', 'b & c']],
    ['unterminated attribute quote', '<p class="x>text</p><p>after</p>', ['after']],
    ['closing tag without opening', '</div></p>Loose text</span>', ['Loose text']],
    ['numeric entity out of range', '<p>bad &#xD800; and &#99999999; end</p>', ['bad \uFFFD and \uFFFD end']],
    ['nested unclosed article', '<article><p>One<article>Two', ['One', 'Two']],
  ];
  for (const [name, input, expected] of broken) {
    it(`broken HTML (${name}) gives text and does not throw`, () => {
      assert.doesNotThrow(() => readHtml(input));
      const a = article(readSource('p/broken.html', encode(input))).article;
      for (const text of expected) assert.ok(a.body.includes(text), `${JSON.stringify(a.body)} lacks ${JSON.stringify(text)}`);
    });
  }

  it('random tag soup never throws', () => {
    const pieces = ['<', '>', '</', '<p', '<!--', '-->', '"', "'", '&', '&#', ';', 'text', ' ', '<article>', '<script>', '</script>', '<nav>', '=', '/'];
    let seed = 7;
    for (let n = 0; n < 300; n++) {
      let html = '';
      for (let k = 0; k < 40; k++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        html += pieces[seed % pieces.length];
      }
      assert.doesNotThrow(() => readSource('p/soup.html', encode(html)), html);
    }
  });
});

describe('decodeEntity', () => {
  const cases: Array<[string, string | undefined]> = [
    ['&amp;', '&'], ['&lt;', '<'], ['&quot;', '"'], ['&nbsp;', '\u00A0'], ['&mdash;', '\u2014'], ['&hellip;', '\u2026'],
    ['&rsquo;', '\u2019'], ['&#39;', "'"], ['&#x2019;', '\u2019'], ['&#X41;', 'A'], ['&eacute;', '\u00E9'], ['&Ouml;', '\u00D6'],
    ['&ccedil;', '\u00E7'], ['&amp', '&'], ['&#0;', '\uFFFD'], ['&#xD800;', '\uFFFD'], ['&nosuch;', undefined],
  ];
  for (const [reference, expected] of cases) {
    it(`${reference} -> ${JSON.stringify(expected)}`, () => assert.equal(decodeEntity(reference), expected));
  }
});

describe('readSource: files that are not articles', () => {
  it('binary bytes (a NUL) are skipped with a reason', () => {
    assert.match(skippedReason(readSource('sources/img.md', new Uint8Array([0x41, 0x42, 0x00, 0x43]))), /binary/);
  });

  it('many control characters count as binary', () => {
    const bytes = new Uint8Array(200).fill(0x01);
    assert.match(skippedReason(readSource('sources/ctl.txt', bytes)), /binary/);
  });

  for (const file of ['sources/README', 'sources/photo.jpg']) {
    it(`unsupported extension is skipped: ${file}`, () => {
      assert.match(skippedReason(readSource(file, encode('Some text.'))), /unsupported/);
    });
  }

  it('a file over the size limit is skipped, with the limit in the reason', () => {
    const reason = skippedReason(readSource('sources/big.md', encode('x'.repeat(3 * 1048576)), 2 * 1048576));
    assert.match(reason, /larger than the 2\.0 MB limit \(3\.0 MB\)/);
  });

  it('a file at the size limit is read', () => {
    assert.equal(readSource('sources/ok.md', encode('x'.repeat(100)), 100).kind, 'article');
  });

  it('sizeProblem: undefined at or under the default limit, a reason over it', () => {
    assert.equal(sizeProblem(DEFAULT_MAX_SOURCE_BYTES), undefined);
    assert.match(sizeProblem(DEFAULT_MAX_SOURCE_BYTES + 1) ?? '', /larger than the 5\.0 MB limit/);
  });

  it('invalid UTF-8 is decoded with U+FFFD and a warning', () => {
    const bytes = new Uint8Array([...encode('Caf'), 0xff, ...encode(' is open. '), 0xc3, ...encode('x')]);
    const { article: a, warning } = article(readSource('sources/bad.md', bytes));
    assert.equal(a.body, 'Caf\uFFFD is open. \uFFFDx');
    assert.match(warning ?? '', /invalid UTF-8: 2 byte sequence/);
  });

  it('valid UTF-8 gives no warning', () => {
    const result = readSource('sources/good.md', encode('Caf\u00E9 \u201Cok\u201D \u{1F600}'));
    assert.equal(article(result).warning, undefined);
    assert.equal(article(result).article.body, 'Caf\u00E9 \u201Cok\u201D \u{1F600}');
  });

  it('empty file is skipped', () => {
    assert.match(skippedReason(readSource('sources/empty.txt', new Uint8Array())), /no article text/);
  });

  it('HTML with only chrome is skipped', () => {
    assert.match(skippedReason(readSource('sources/nav.html', encode('<nav>Menu</nav><script>x()</script>'))), /no article text/);
  });
});
