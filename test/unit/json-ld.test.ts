// JSON-LD article metadata of saved pages (src/core/sources/json-ld.ts) and how readHtml ranks it above the
// page's <meta> tags. The pages are written here; the shapes are those schema.org documents.
import * as assert from 'node:assert/strict';
import { readJsonLd, MAX_JSON_LD, type JsonLdArticle } from '../../src/core/sources/json-ld';
import { readHtml } from '../../src/core/sources/html-source';

describe('readJsonLd', () => {
  const cases: Array<[string, unknown, JsonLdArticle | undefined]> = [
    ['a NewsArticle with a Person author and an Organization publisher', {
      '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Bridge reopens after repairs',
      author: { '@type': 'Person', name: 'Jane Roe' }, datePublished: '2024-03-02T10:00:00+01:00',
      publisher: { '@type': 'Organization', name: 'The Valley Post', logo: { '@type': 'ImageObject', url: 'https://v.example/l.png' } },
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://v.example/bridge' },
    }, { title: 'Bridge reopens after repairs', author: 'Jane Roe', date: '2024-03-02T10:00:00+01:00', outlet: 'The Valley Post', url: 'https://v.example/bridge' }],
    ['several authors, as names and objects, repeated', {
      '@type': 'ReportageNewsArticle', headline: 'H', author: [{ name: 'A One' }, 'B Two', { name: 'C Three' }, { name: 'A One' }],
    }, { title: 'H', author: 'A One, B Two and C Three' }],
    ['an article inside @graph, after the WebSite and the BreadcrumbList', {
      '@context': 'https://schema.org',
      '@graph': [{ '@type': 'WebSite', name: 'Site' }, { '@type': 'BreadcrumbList', itemListElement: [] },
        { '@type': ['NewsArticle', 'Article'], headline: 'In the graph', datePublished: '2023-01-05', url: 'https://s.example/g' }],
    }, { title: 'In the graph', date: '2023-01-05', url: 'https://s.example/g' }],
    ['a top-level array; the type given as a schema.org URL', [
      { '@type': 'Organization', name: 'Org' }, { '@type': 'http://schema.org/BlogPosting', name: 'Post title', author: 'Sam Poe' },
    ], { title: 'Post title', author: 'Sam Poe' }],
    ['no article at all', { '@type': 'WebSite', name: 'Only a site' }, undefined],
    ['an article without any field we read', { '@type': 'Article', wordCount: 5 }, undefined],
    ['fields of the wrong types are left out', { '@type': 'NewsArticle', headline: 12, author: { name: ['x'] }, datePublished: { v: 1 }, publisher: 'P' }, { outlet: 'P' }],
    ['white space is collapsed and long values cut', { '@type': 'NewsArticle', headline: `  A\n\n  B ${'x'.repeat(500)}` }, { title: `A B ${'x'.repeat(296)}` }],
  ];
  for (const [name, data, expected] of cases) {
    it(name, () => assert.deepEqual(readJsonLd(JSON.stringify(data)), expected));
  }

  const bad: Array<[string, string]> = [
    ['not JSON', '{"@type": "NewsArticle", headline: '],
    ['empty', ''],
    ['a string', '"NewsArticle"'],
    ['null', 'null'],
    ['too large', JSON.stringify({ '@type': 'NewsArticle', headline: 'x'.repeat(MAX_JSON_LD) })],
  ];
  for (const [name, source] of bad) {
    it(`${name}: nothing, no exception`, () => assert.equal(readJsonLd(source), undefined));
  }

  it('a deep or wide structure is searched within a bound, quickly', () => {
    const deep = `${'{"child":'.repeat(5000)}{"@type":"NewsArticle","headline":"deep"}${'}'.repeat(5000)}`;
    const wide = { '@graph': Array.from({ length: 100_000 }, () => ({ '@type': 'Thing' })) };
    const started = Date.now();
    assert.equal(readJsonLd(deep), undefined); // beyond MAX_NODES: not found, not a stack overflow
    assert.equal(readJsonLd(JSON.stringify(wide)), undefined); // larger than MAX_JSON_LD
    assert.ok(Date.now() - started < 2000);
  });
});

describe('readHtml: JSON-LD metadata', () => {
  const page = (head: string): string => `<!doctype html><html><head>${head}</head><body><article><p>Body text here.</p></article></body></html>`;
  const ld = (data: unknown, type = 'application/ld+json'): string => `<script type="${type}">${JSON.stringify(data)}</script>`;

  it('the JSON-LD article wins over <meta> tags; the canonical link over its url', () => {
    const meta = readHtml(page([
      '<meta property="og:title" content="OG title"><meta name="author" content="Meta Author">',
      '<meta property="article:published_time" content="2020-01-01"><meta property="og:site_name" content="OG Site">',
      '<link rel="canonical" href="https://c.example/a">',
      ld({ '@type': 'NewsArticle', headline: 'LD headline', author: [{ name: 'Jane Roe' }, { name: 'John Poe' }], datePublished: '2021-06-07T08:00:00Z', publisher: { name: 'LD Outlet' }, url: 'https://ld.example/a' }),
    ].join(''))).meta;
    assert.deepEqual(meta, { title: 'LD headline', outlet: 'LD Outlet', author: 'Jane Roe and John Poe', date: '2021-06-07', url: 'https://c.example/a' });
  });

  it('the first block with an article counts; other scripts and broken JSON are passed over; <meta> fills the gaps', () => {
    const meta = readHtml(page([
      '<script>var x = {"@type": "NewsArticle", "headline": "not JSON-LD"};</script>',
      ld({ '@type': 'WebSite', name: 'Site' }),
      '<script type="application/ld+json">{ broken</script>',
      ld({ '@type': 'NewsArticle', datePublished: '2022-02-03' }, 'application/ld+json; charset=utf-8'),
      ld({ '@type': 'NewsArticle', headline: 'Second article' }),
      '<meta name="author" content="Meta Author"><title>Tag title</title>',
    ].join(''))).meta;
    assert.deepEqual(meta, { title: 'Tag title', author: 'Meta Author', date: '2022-02-03' });
  });

  it('the JSON-LD text never reaches the article body', () => {
    const a = readHtml(`<body>${ld({ '@type': 'NewsArticle', headline: 'Secret headline' })}<p>Body.</p></body>`);
    assert.equal(a.body, 'Body.');
  });

  it('a date that is not ISO is kept whole', () => {
    assert.equal(readHtml(page(ld({ '@type': 'NewsArticle', datePublished: 'March 2, 2024' }))).meta.date, 'March 2, 2024');
  });
});
