// npm run bench:pages: saved web pages, Sourcecheck's own HTML reader (src/core/sources/html-source.ts) against
// @mozilla/readability over linkedom, on generated pages whose article text, byline and date are known
// (test/helpers/saved-pages.ts: five layouts of site chrome, four ways of giving the metadata).
//
// Text quality is counted in words: recall = article words extracted / article words, precision = article
// words extracted / words extracted (a multiset intersection, so chrome that repeats article words still
// costs precision). Byline: the extracted author names the known author. Date: the same calendar day.
// Speed: MB of HTML per second over all pages, the best and the median of 5 runs after a warm-up run (the best
// is the steadier figure on a machine shared with other work); the load average is printed with them.
import { loadavg } from 'node:os';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { readHtml } from '../src/core/sources/html-source';
import { generatePage, LAYOUTS, type Layout, type SavedPage } from '../test/helpers/saved-pages';

interface Extracted {
  readonly text: string;
  readonly author?: string;
  readonly date?: string;
}

type Reader = (html: string) => Extracted;

const READERS: Record<string, Reader> = {
  sourcecheck: (html) => {
    const a = readHtml(html);
    return { text: a.body, author: a.meta.author, date: a.meta.date };
  },
  'readability+linkedom': (html) => {
    const { document } = parseHTML(html) as unknown as { document: ConstructorParameters<typeof Readability>[0] };
    const article = new Readability(document).parse();
    return { text: article?.textContent ?? '', author: article?.byline ?? undefined, date: article?.publishedTime ?? undefined };
  },
};

const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function overlap(expected: string[], got: string[]): number {
  const counts = new Map<string, number>();
  for (const w of expected) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of got) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      common++;
      counts.set(w, n - 1);
    }
  }
  return common;
}

interface Score { recall: number; precision: number; byline: number; date: number; pages: number }

function score(page: SavedPage, got: Extracted): Score {
  const expected = words(page.body.join(' '));
  const extracted = words(got.text);
  const common = overlap(expected, extracted);
  return {
    recall: common / expected.length,
    precision: extracted.length ? common / extracted.length : 0,
    byline: got.author?.includes(page.author) ? 1 : 0,
    date: got.date?.slice(0, 10) === page.date ? 1 : 0,
    pages: 1,
  };
}

const add = (a: Score, b: Score): Score => ({ recall: a.recall + b.recall, precision: a.precision + b.precision, byline: a.byline + b.byline, date: a.date + b.date, pages: a.pages + b.pages });
const ZERO: Score = { recall: 0, precision: 0, byline: 0, date: 0, pages: 0 };
const pct = (x: number, n: number): string => `${((100 * x) / n).toFixed(1)}%`.padStart(7);

function main(): void {
  const count = Number(process.argv[2] ?? 200);
  const pages = Array.from({ length: count }, (_, k) => generatePage(k));
  const bytes = pages.reduce((sum, p) => sum + Buffer.byteLength(p.html), 0);
  console.log(`load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  console.log(`bench:pages: ${count} generated saved pages, ${(bytes / 1048576).toFixed(2)} MB (${Math.round(bytes / count / 1024)} KB a page), ${LAYOUTS.length} layouts x 4 metadata kinds`);
  console.log('reader                 layout             recall  precision  byline    date');
  for (const [name, reader] of Object.entries(READERS)) {
    const byLayout = new Map<Layout | 'all', Score>();
    for (const page of pages) {
      const s = score(page, reader(page.html));
      byLayout.set(page.layout, add(byLayout.get(page.layout) ?? ZERO, s));
      byLayout.set('all', add(byLayout.get('all') ?? ZERO, s));
    }
    for (const [layout, s] of [...byLayout].sort(([a], [b]) => (a === 'all' ? 1 : b === 'all' ? -1 : a.localeCompare(b)))) {
      console.log(`${name.padEnd(22)} ${layout.padEnd(17)} ${pct(s.recall, s.pages)}  ${pct(s.precision, s.pages)}  ${pct(s.byline, s.pages)} ${pct(s.date, s.pages)}`);
    }
    const times: number[] = [];
    for (let run = 0; run < 6; run++) {
      const start = performance.now();
      for (const page of pages) reader(page.html);
      if (run > 0) times.push(performance.now() - start); // run 0 warms up
    }
    times.sort((a, b) => a - b);
    const mbps = (ms: number): string => (bytes / 1048576 / (ms / 1000)).toFixed(1);
    console.log(`${name.padEnd(22)} speed: best ${mbps(times[0]!)} MB/s, median ${mbps(times[2]!)} MB/s of 5 runs (${(times[0]! / count).toFixed(2)} ms a page at best)`);
  }
}

main();
