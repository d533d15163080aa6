// The saved-page reader's handling of site chrome (src/core/sources/html-source.ts): containers named as
// chrome by class, id or role are left out unless their names also say content, the largest of several
// top-level <article>s is the story, a visible byline gives the author, and hints that hide everything are
// dropped. Then the generated pages of test/helpers/saved-pages.ts, as `npm run bench:pages` measures them.
import * as assert from 'node:assert/strict';
import { readHtml } from '../../src/core/sources/html-source';
import { generatePage, LAYOUTS } from '../helpers/saved-pages';

const STORY = '<p>The council approved the plan on Tuesday.</p><p>Work starts in May.</p>';
const BODY = 'The council approved the plan on Tuesday.\n\nWork starts in May.';

describe('readHtml: site chrome', () => {
  const cases: Array<[string, string, string]> = [
    ['a cookie banner by class', `<body>${STORY}<div class="cookie-banner"><p>We use cookies.</p></div></body>`, BODY],
    ['comments by id, with nested divs inside', `<body>${STORY}<div id="comments"><div><div>Great piece!</div></div><div>Agreed.</div></div><p>After.</p></body>`, `${BODY}\n\nAfter.`],
    ['related links as a list', `<body>${STORY}<ul class="related-links"><li>Other story</li></ul></body>`, BODY],
    ['an advertisement box in the middle of the story', `<article><p>One.</p><div class="ad-slot">Buy now</div><p>Two.</p></article>`, 'One.\n\nTwo.'],
    ['a dialog by role', `<body>${STORY}<div role="dialog">Accept all</div></body>`, BODY],
    ['chrome words inside other words are not chrome', `<body><div class="shadow loading header2">${STORY}</div></body>`, BODY],
    ['a content name keeps a chrome-named container', `<body><div class="article-header main-story">${STORY}</div></body>`, BODY],
    ['comments as nested articles inside the story', `<article>${STORY}<section class="comments"><article class="comment"><p>Nice.</p></article></section></article>`, BODY],
    ['the byline box is not article text', `<article><div class="byline">By <a rel="author">Ann Lee</a></div>${STORY}</article>`, BODY],
    ['a <p> or <span> is never hinted (it may close implicitly)', `<body><p class="ad">Kept.</p><span class="share">Kept too.</span></body>`, 'Kept.\n\nKept too.'],
  ];
  for (const [name, html, body] of cases) {
    it(name, () => assert.equal(readHtml(html).body, body));
  }

  it('of several top-level articles (teaser cards), the one with the most text', () => {
    const html = `<article><h3>Teaser</h3><p>Short.</p></article><article>${STORY}</article><article><p>Another teaser.</p></article>`;
    const a = readHtml(html);
    assert.equal(a.body, BODY);
    const at = a.bodyToFile.toOriginal(a.body.indexOf('Work'));
    assert.equal(html.slice(at, at + 4), 'Work', 'offsets map into the file');
  });

  it('hints are dropped when they hide the whole page or a hinted box is never closed (it would hide the rest)', () => {
    assert.equal(readHtml(`<body><div class="sidebar">${STORY}</div></body>`).body, BODY);
    assert.equal(readHtml(`<body><div class="promo"><p>Only text.</p></body>`).body, 'Only text.');
    assert.equal(readHtml(`<body><p>Lead.</p><div class="share">Share<p>Rest of the story.</p></body>`).body, 'Lead.\n\nShare\n\nRest of the story.');
    const closed = '<body><p>Lead.</p><div class="share">Share</div><p>Rest of the story.</p></body>';
    assert.equal(readHtml(closed).body, 'Lead.\n\nRest of the story.', 'a closed hinted box is still left out');
  });

  it('a visible byline gives the author when no metadata does; metadata wins', () => {
    const byline = '<div class="byline">By <a rel="author" href="/p">Ann Lee</a></div>';
    assert.equal(readHtml(`<article>${byline}${STORY}</article>`).meta.author, 'Ann Lee');
    assert.equal(readHtml(`<article><span itemprop="author">Bo Park</span>${STORY}</article>`).meta.author, 'Bo Park');
    assert.equal(readHtml(`<head><meta name="author" content="Meta Name"></head><article>${byline}${STORY}</article>`).meta.author, 'Meta Name');
    const biography = `<div class="author-bio">${'A long biography. '.repeat(20)}</div>`;
    assert.equal(readHtml(`<article>${biography}${byline}${STORY}</article>`).meta.author, 'Ann Lee', 'a long author box is no byline');
  });
});

describe('readHtml: generated saved pages', () => {
  const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  for (let seed = 0; seed < 40; seed++) {
    const page = generatePage(seed);
    it(page.name, () => {
      const a = readHtml(page.html);
      for (const paragraph of page.body) assert.ok(a.body.includes(paragraph), `the article holds "${paragraph}"`);
      const extra = words(a.body).length - words(page.body.join(' ')).length;
      assert.ok(extra <= 40, `at most a headline and a date besides the story: ${extra} more words in\n${a.body}`);
      assert.deepEqual({ author: a.meta.author, date: a.meta.date }, { author: page.author, date: page.date });
    });
  }
  it('covers every layout', () => assert.equal(new Set(Array.from({ length: 40 }, (_, k) => generatePage(k).layout)).size, LAYOUTS.length));
});
