// Cancellation of the long core calls: a check of a draft abandoned between quotations (the editor cancels the
// check of text the writer has since changed), and indexing stopped between files.
import * as assert from 'node:assert/strict';
import {
  Cancelled, CancellationSource, checkDraft, checkDraftAsync, indexSources, indexSourcesAsync, isCancelled, QuotationCache,
} from '../../src/core';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const SENTENCES = Array.from({ length: 12 }, (_, k) => `Pier ${k + 1} will reopen after the storm repairs are finished, the engineers said on day ${k + 1}.`);
const { index } = indexSources([{ file: 'sources/piers.md', bytes: encode(`# Piers\n\n${SENTENCES.join('\n\n')}`) }]);
const DRAFT = SENTENCES.map((s) => `They said "${s.replace(/, the engineers said on day \d+\./, '')}."`).join('\n\n');

describe('cancellation: checkDraft', () => {
  it('a token cancelled before the check starts throws Cancelled', () => {
    const source = new CancellationSource();
    source.cancel();
    assert.throws(() => checkDraft(DRAFT, index, { token: source.token }), (e: unknown) => isCancelled(e) && e instanceof Cancelled);
  });

  it('checkDraftAsync gives the thread back between quotations and reports what checkDraft reports', async () => {
    let pauses = 0;
    const report = await checkDraftAsync(DRAFT, index, { sliceMs: 0, pause: async () => void pauses++ });
    const expected = checkDraft(DRAFT, index);
    assert.equal(report.quotes.length, 12);
    assert.deepEqual(report.quotes.map((q) => [q.start, q.verdict]), expected.quotes.map((q) => [q.start, q.verdict]));
    assert.ok(pauses >= 12, `${pauses} pauses`);
  });

  it('a newer edit cancelling the token mid-check abandons it: no report, the rest not checked', async () => {
    const source = new CancellationSource();
    const cache = new QuotationCache();
    let pauses = 0;
    const check = checkDraftAsync(DRAFT, index, {
      token: source.token, cache, sliceMs: 0,
      pause: async () => {
        if (++pauses === 3) source.cancel(); // pauses: after the extraction, after quotation 1, after quotation 2
      },
    });
    await assert.rejects(check, (e: unknown) => isCancelled(e));
    assert.equal(pauses, 3, 'no quotation after the cancellation');
    assert.deepEqual(cache.lastRun, { reused: 0, checked: 0 }, 'an abandoned check is not a finished run');
    // What the abandoned check got through is not lost: the next check reuses it.
    checkDraft(DRAFT, index, { cache });
    assert.deepEqual(cache.lastRun, { reused: 2, checked: 10 });
  });
});

describe('cancellation: indexing', () => {
  const files = SENTENCES.map((s, k) => ({ file: `sources/${k}.md`, bytes: encode(`# Note ${k}\n\n${s}`) }));

  it('indexSourcesAsync stops between files once cancelled', async () => {
    const source = new CancellationSource();
    let read = 0;
    const counted = files.map((f) => ({ file: f.file, get bytes() { if (++read === 4) source.cancel(); return f.bytes; } }));
    await assert.rejects(indexSourcesAsync(counted, undefined, {}, source.token), (e: unknown) => isCancelled(e));
    assert.equal(read, 4);
  });

  it('indexSourcesAsync with a token never cancelled indexes everything', async () => {
    const { index: built } = await indexSourcesAsync(files, undefined, {}, new CancellationSource().token);
    assert.equal(built.articles.length, files.length);
  });
});
