// Incremental checking: a quotation whose text, marks and speaker are unchanged is not looked up or aligned
// again, and its reused finding (moved to where the quotation now stands) equals a fresh check's.
import * as assert from 'node:assert/strict';
import { checkDraft, indexSources, QuotationCache, type DraftReport, type PassageIndex } from '../../src/core';

const SOURCE = [
  '---', 'id: harbour', 'title: "Harbour to close"', '---', '',
  '"The harbour will close in March, not April, because the dredging is late," said Maria Lopes, the port director.',
  '',
  '"We have asked the council for a second survey of the channel before any ship comes in," Lopes added.',
  '',
  '"Fishing boats can still use the north quay during the works," said Tom Berg, a harbour pilot.',
  '',
  '"Nobody told the ferry company about the closure until last Friday," Berg said.',
].join('\n');

/** The index, with every lookup counted: a lookup is where a quotation's alignment starts. */
function countingIndex(): { index: PassageIndex; lookups: () => number } {
  const { index } = indexSources([{ file: 'sources/harbour.md', bytes: new TextEncoder().encode(SOURCE) }]);
  let lookups = 0;
  const counted = new Proxy(index, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (property === 'lookup' && typeof value === 'function') {
        return (...args: unknown[]) => {
          lookups++;
          return (value as (...a: unknown[]) => unknown).apply(receiver, args);
        };
      }
      return value;
    },
  });
  return { index: counted, lookups: () => lookups };
}

const DRAFT = [
  '# The harbour',
  '',
  'The director, Maria Lopes, said: "The harbour will close in March, not April, because the dredging is late."',
  '',
  '"We have asked the council for a second survey of the channel before any ship comes in," Lopes added.',
  '',
  'Tom Berg, a pilot, said "fishing boats can still use the north quay during the works."',
  '',
  '"Nobody told the ferry company about the closure until last Friday," Berg said.',
].join('\n');

/** A report as plain data (articles by file), to compare a cached check with a fresh one. */
function plain(report: DraftReport): unknown {
  return report.quotes.map((q) => ({ ...q, source: q.source && { ...q.source, article: q.source.article.file } }));
}

describe('QuotationCache', () => {
  it('a first check aligns every quotation; the same draft again aligns none and reports the same', () => {
    const { index, lookups } = countingIndex();
    const cache = new QuotationCache();
    const first = checkDraft(DRAFT, index, { cache });
    assert.deepEqual(cache.lastRun, { reused: 0, checked: 4 });
    assert.equal(lookups(), 4);
    assert.deepEqual(first.quotes.map((q) => q.verdict), ['exact', 'exact', 'edited', 'exact']); // 'fishing' for 'Fishing'
    const again = checkDraft(DRAFT, index, { cache });
    assert.deepEqual(cache.lastRun, { reused: 4, checked: 0 });
    assert.equal(lookups(), 4, 'no lookup for unchanged quotations');
    assert.deepEqual(plain(again), plain(first));
  });

  // [what the writer did, the edit, quotations checked afresh, of which looked up (an ignored one is not)]
  const edits: Array<[string, (draft: string) => string, number, number]> = [
    ['text typed before every quotation moves them all; none is aligned again', (d) => d.replace('# The harbour', '# The harbour of Porto, this week'), 0, 0],
    ['one word changed in one quotation re-aligns that one', (d) => d.replace('second survey', 'third survey'), 1, 1],
    ['a quotation added aligns only it', (d) => `${d}\n\n"The harbour will close in March, not April," Lopes repeated.`, 1, 1],
    ['the speaker of one quotation changed re-checks that one', (d) => d.replace('Berg said.', 'Lopes said.'), 1, 1],
    ['a quotation the writer now ignores is re-checked, without a lookup', (d) => d.replace('"Nobody told', '<!-- sourcecheck-ignore -->\n"Nobody told'), 1, 0],
  ];
  for (const [name, edit, checked, looked] of edits) {
    it(name, () => {
      const { index, lookups } = countingIndex();
      const cache = new QuotationCache();
      checkDraft(DRAFT, index, { cache });
      const before = lookups();
      const draft = edit(DRAFT);
      const cached = checkDraft(draft, index, { cache });
      assert.equal(cache.lastRun.checked, checked, 'quotations checked afresh');
      assert.equal(cache.lastRun.reused, cached.quotes.length - checked, 'quotations reused');
      assert.equal(lookups() - before, looked, 'lookups for the changed quotations only');
      assert.deepEqual(plain(cached), plain(checkDraft(draft, index)), 'the cached check equals a fresh one, offsets and edits moved');
    });
  }

  it('moves the edits of a misquotation with it', () => {
    const { index } = countingIndex();
    const cache = new QuotationCache();
    const draft = DRAFT.replace('north quay', 'south quay');
    const first = checkDraft(draft, index, { cache });
    assert.equal(first.quotes[2]!.verdict, 'misquoted');
    const moved = checkDraft(`Intro paragraph.\n\n${draft}`, index, { cache });
    assert.equal(cache.lastRun.checked, 0);
    const edited = `Intro paragraph.\n\n${draft}`;
    assert.deepEqual(moved.quotes[2]!.edits.map((e) => edited.slice(e.draftStart, e.draftEnd)), first.quotes[2]!.edits.map((e) => e.draft));
    assert.ok(moved.quotes[2]!.edits.some((e) => e.draft === 'south'));
  });

  it('forgets its findings when the index changes', () => {
    const cache = new QuotationCache();
    checkDraft(DRAFT, countingIndex().index, { cache });
    const { index, lookups } = countingIndex();
    checkDraft(DRAFT, index, { cache });
    assert.deepEqual(cache.lastRun, { reused: 0, checked: 4 });
    assert.equal(lookups(), 4);
  });
});
