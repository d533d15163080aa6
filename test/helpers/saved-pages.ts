/**
 * Saved news pages made up for the benchmark (scripts/bench-pages.ts) and the tests: the article (its text,
 * byline and date known) inside site chrome as real sites wrap it: navigation, cookie banners, share and
 * newsletter boxes, advertisements, related-story cards, comments, footers, inline scripts and styles, in
 * five layouts (semantic HTML5, a div-only CMS, chrome inside <main>, comments as nested <article>s,
 * teaser <article> cards before the story) and four ways of giving the metadata (JSON-LD, <meta>, a
 * visible byline and <time>, or both). All text is generated from word lists written here.
 */
import { seeded } from './seeded';

export interface SavedPage {
  readonly name: string;
  readonly layout: Layout;
  readonly html: string;
  /** The article's paragraphs, as a reader should extract them. */
  readonly body: readonly string[];
  readonly title: string;
  readonly author: string;
  /** YYYY-MM-DD */
  readonly date: string;
  readonly outlet: string;
}

export const LAYOUTS = ['semantic', 'div-soup', 'main-with-chrome', 'nested-comments', 'teaser-cards'] as const;
export type Layout = (typeof LAYOUTS)[number];
const METADATA = ['json-ld', 'meta', 'visible', 'all'] as const;
type Metadata = (typeof METADATA)[number];

const FIRST = ['Maria', 'Tomas', 'Aiko', 'Samuel', 'Leila', 'Henrik', 'Grace', 'Omar', 'Ines', 'Pavel', 'Nadia', 'Felix'];
const LAST = ['Okafor', 'Lindqvist', 'Moreau', 'Tanaka', 'Brennan', 'Castillo', 'Novak', 'Haddad', 'Fischer', 'Quinn'];
const OUTLETS = ['The Harbour Gazette', 'Northfield Courier', 'Valley Evening Post', 'The Coastal Record', 'Riverside Daily'];
const SUBJECTS = ['the council', 'the regional health board', 'the port authority', 'local teachers', 'the transport minister',
  'residents of the east district', 'the water company', 'a group of farmers', 'the university', 'the fire service',
  'the mayor', 'hospital staff', 'the opposition party', 'shop owners', 'the housing agency'];
const VERBS = ['announced', 'rejected', 'questioned', 'approved', 'delayed', 'defended', 'criticised', 'welcomed',
  'published', 'postponed', 'reviewed', 'promised'];
const OBJECTS = ['a plan to rebuild the northern bridge', 'new limits on night flights', 'the budget for school meals',
  'a report on flooding along the river', 'changes to the bus timetable', 'a proposal to close the old library',
  'the contract for waste collection', 'funding for two new clinics', 'a survey of empty homes',
  'the decision to raise parking fees', 'an inquiry into the power cuts', 'rules for short-term rentals'];
const TAILS = ['on Tuesday', 'after a long meeting', 'despite strong objections', 'for the second time this year',
  'in a statement', 'without a vote', 'before the summer recess', 'at a crowded public hearing', 'late last night'];
const QUOTES = ['We have listened to every concern and we will act on them', 'Nobody should have to wait this long for an answer',
  'The numbers simply do not add up', 'This is the most important decision of the decade for our town',
  'We expect the work to be finished within eighteen months', 'Families deserve clear information, not promises'];

const pick = <T>(rng: () => number, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
const person = (rng: () => number): string => `${pick(rng, FIRST)} ${pick(rng, LAST)}`;
const capital = (s: string): string => s[0]!.toUpperCase() + s.slice(1);

function sentence(rng: () => number): string {
  if (rng() < 0.2) return `"${pick(rng, QUOTES)}," said ${person(rng)}.`;
  return `${capital(pick(rng, SUBJECTS))} ${pick(rng, VERBS)} ${pick(rng, OBJECTS)} ${pick(rng, TAILS)}.`;
}

function paragraph(rng: () => number, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(rng)).join(' ');
}

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Site chrome in the words sites use; some of it prose-like (comments, teasers), which is the hard part. */
function chrome(rng: () => number, outlet: string) {
  const links = (n: number): string => Array.from({ length: n }, () => `<li><a href="/s/${Math.floor(rng() * 1e6)}">${capital(pick(rng, OBJECTS))}</a></li>`).join('');
  const comment = (): string => `<p class="comment-author">${person(rng)}</p><p>${escape(paragraph(rng, 2))}</p><a class="reply" href="#">Reply</a>`;
  return {
    nav: `<ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/weather">Weather</a></li></ul>`,
    cookie: `<p>We use cookies to improve your experience and to show you personalised advertising. By continuing you agree to our cookie policy.</p><button>Accept all cookies</button><button>Manage settings</button>`,
    share: `<a href="#">Share on social media</a> <a href="#">Copy link</a> <a href="#">Email this story</a>`,
    newsletter: `<h3>Get the morning briefing</h3><p>Sign up for our free newsletter and never miss a story from ${escape(outlet)}.</p><form><input type="email"><button>Subscribe</button></form>`,
    ad: `<span>Advertisement</span><p>Save 50% on your first year of unlimited digital access. Subscribe today.</p>`,
    related: `<h2>Related stories</h2><ul>${links(5)}</ul>`,
    teaser: (): string => `<h3><a href="/s/${Math.floor(rng() * 1e6)}">${capital(pick(rng, OBJECTS))}</a></h3><p>${escape(sentence(rng))}</p>`,
    comments: (n: number): string[] => Array.from({ length: n }, comment),
    footer: `<p>&copy; 2024 ${escape(outlet)}. All rights reserved.</p><ul><li><a href="/about">About us</a></li><li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms of use</a></li><li><a href="/contact">Contact</a></li></ul>`,
    script: `<script>window.__APP_STATE__ = ${JSON.stringify({ articles: Array.from({ length: 40 }, () => ({ title: pick(rng, OBJECTS), blurb: sentence(rng) })) })};</script>`,
    style: `<style>${Array.from({ length: 200 }, (_, k) => `.c${k}{margin:${k % 9}px;padding:${k % 7}px;color:#${(k * 4099).toString(16).slice(0, 6).padEnd(6, '0')}}`).join('')}</style>`,
  };
}

export function generatePage(seed: number, layout: Layout = LAYOUTS[seed % LAYOUTS.length]!, metadata: Metadata = METADATA[Math.floor(seed / LAYOUTS.length) % METADATA.length]!): SavedPage {
  const rng = seeded(seed * 7919 + 17);
  const outlet = pick(rng, OUTLETS);
  const author = person(rng);
  const date = `20${10 + Math.floor(rng() * 15)}-${String(1 + Math.floor(rng() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rng() * 28)).padStart(2, '0')}`;
  const title = `${capital(pick(rng, SUBJECTS))} ${pick(rng, VERBS)} ${pick(rng, OBJECTS)}`;
  const body = Array.from({ length: 4 + Math.floor(rng() * 8) }, () => paragraph(rng, 2 + Math.floor(rng() * 4)));
  const c = chrome(rng, outlet);
  const url = `https://news.example/${date.replace(/-/g, '/')}/story-${seed}`;

  const jsonLd = `<script type="application/ld+json">${JSON.stringify({
    '@context': 'https://schema.org',
    '@graph': [{ '@type': 'WebSite', name: outlet, url: 'https://news.example/' },
      { '@type': 'NewsArticle', headline: title, author: [{ '@type': 'Person', name: author }], datePublished: `${date}T08:30:00+00:00`,
        publisher: { '@type': 'Organization', name: outlet }, mainEntityOfPage: { '@type': 'WebPage', '@id': url } }],
  })}</script>`;
  const metaTags = `<meta property="og:title" content="${escape(title)}"><meta property="og:site_name" content="${escape(outlet)}"><meta name="author" content="${escape(author)}"><meta property="article:published_time" content="${date}T08:30:00Z"><meta property="og:url" content="${url}">`;
  const head = `<head><meta charset="utf-8"><title>${escape(title)} | ${escape(outlet)}</title>${metadata === 'json-ld' || metadata === 'all' ? jsonLd : ''}${metadata === 'meta' || metadata === 'all' ? metaTags : ''}${c.style}${c.script}</head>`;
  const byline = `<div class="byline">By <a rel="author" href="/people/${seed}">${escape(author)}</a></div><time datetime="${date}T08:30:00Z" class="published">${date}</time>`;
  const showByline = metadata === 'visible' || metadata === 'all';
  const paragraphs = body.map((p) => `<p>${escape(p)}</p>`);
  const middle = Math.ceil(paragraphs.length / 2);
  const withInserts = (ad: string): string => [...paragraphs.slice(0, middle), ad, ...paragraphs.slice(middle)].join('\n');
  const headline = `<h1>${escape(title)}</h1>${showByline ? byline : ''}`;
  const comments = c.comments(3 + Math.floor(rng() * 4));
  let page: string;
  switch (layout) {
    case 'semantic':
      page = `<header><a href="/" class="logo">${escape(outlet)}</a><nav>${c.nav}</nav></header>
<article>${headline}<div class="share">${c.share}</div>
${withInserts(`<aside class="ad">${c.ad}</aside>`)}
</article>
<aside class="related">${c.related}</aside>
<section id="comments"><h2>Comments</h2>${comments.join('')}</section>
<footer>${c.footer}</footer><div class="cookie-banner" role="dialog">${c.cookie}</div>`;
      break;
    case 'div-soup':
      page = `<div id="top"><div class="logo">${escape(outlet)}</div><div class="menu">${c.nav}</div></div>
<div id="content"><div class="story-body">${headline}<div class="share-tools">${c.share}</div>
${withInserts(`<div class="ad-slot">${c.ad}</div>`)}
</div><div class="related-links">${c.related}</div><div class="newsletter-box">${c.newsletter}</div>
<div id="comments" class="comments">${comments.map((x) => `<div class="comment">${x}</div>`).join('')}</div></div>
<div class="footer">${c.footer}</div><div id="cookie-consent">${c.cookie}</div>`;
      break;
    case 'main-with-chrome':
      page = `<header><nav>${c.nav}</nav></header><main><div class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/news">News</a></div>
${headline}<div class="social-share">${c.share}</div>
<figure><img src="/img/${seed}.jpg" alt=""><figcaption>The site of the works, photographed last month.</figcaption></figure>
${withInserts(`<div class="newsletter-signup">${c.newsletter}</div>`)}
<div class="more-stories">${c.related}</div></main>
<footer>${c.footer}</footer><div class="gdpr-popup">${c.cookie}</div>`;
      break;
    case 'nested-comments':
      page = `<header><nav>${c.nav}</nav></header><article class="story">${headline}
${withInserts(`<div class="ad-container">${c.ad}</div>`)}
<section class="comments"><h2>${comments.length} comments</h2>${comments.map((x) => `<article class="comment">${x}</article>`).join('')}</section>
</article><footer>${c.footer}</footer><div class="cookie-notice">${c.cookie}</div>`;
      break;
    case 'teaser-cards':
      page = `<header><nav>${c.nav}</nav></header><div class="top-stories">${Array.from({ length: 4 }, () => `<article class="card">${c.teaser()}</article>`).join('')}</div>
<article class="main-story">${headline}
${withInserts(`<div class="promo">${c.ad}</div>`)}
</article><div class="sidebar">${Array.from({ length: 5 }, () => `<article class="card">${c.teaser()}</article>`).join('')}</div>
<footer>${c.footer}</footer><div class="consent-banner">${c.cookie}</div>`;
      break;
  }
  const html = `<!DOCTYPE html>\n<html lang="en">${head}<body>\n${page}\n</body></html>\n`;
  return { name: `page-${seed}-${layout}-${metadata}`, layout, html, body, title, author, date, outlet };
}
