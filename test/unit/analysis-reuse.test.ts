// The editor re-reads the whole draft for attribution on every keystroke; an edit inside a quotation that keeps
// the prose around the quotations as it was (a letter replaced) reuses the last reading's mentions and chains,
// and what it gives is what a fresh reading gives.
import * as assert from 'node:assert/strict';
import { analyse, type Analysis } from '../../src/core/language/analysis';
import { extractQuotations } from '../../src/core/quotes/extract';

const DRAFT = [
  'Maria Lopes, the port director, spoke on Monday. "The harbour will close in March, not April," Lopes said.',
  '',
  'Tom Berg, a harbour pilot, disagreed. "Fishing boats can still use the north quay," he said.',
  '',
  'The director added: "Nobody told the ferry company."',
].join('\n');

function read(text: string): Analysis {
  return analyse(text, extractQuotations(text).quotations);
}

/** A fresh reading of `text` (another text read in between, so the last reading is not at hand). */
function fresh(text: string): Analysis {
  read('Something else entirely, said Kim Lee.');
  return read(text);
}

/** What a reading says, as plain data. */
function plain(a: Analysis): unknown {
  return { sentences: a.sentences, quoteSpans: a.quoteSpans, mentions: a.mentions, chains: a.chains.chains.map((c) => ({ ...c, roles: [...c.roles] })), chainOf: [...a.chains.chainOf] };
}

function replaced(text: string, word: string, by: string): string {
  const at = text.indexOf(word);
  assert.ok(at >= 0 && word.length === by.length);
  return text.slice(0, at) + by + text.slice(at + word.length);
}

describe('analyse: reading a draft again after an edit', () => {
  it('a letter replaced inside a quotation: mentions and chains reused, equal to a fresh reading', () => {
    const before = fresh(DRAFT);
    const text = replaced(DRAFT, 'quay', 'quax');
    const after = read(text);
    assert.equal(after.mentions, before.mentions);
    assert.equal(after.chains, before.chains);
    assert.equal(after.text, text);
    assert.deepEqual(plain(after), plain(fresh(text)));
  });
  it('a quotation that now ends a sentence: the sentences are read again', () => {
    fresh(DRAFT);
    const text = replaced(DRAFT, 'company."', 'company!"');
    assert.deepEqual(plain(read(text)), plain(fresh(text)));
  });
  it('a letter replaced outside the quotations: read afresh', () => {
    const before = fresh(DRAFT);
    const text = replaced(DRAFT, 'Tom Berg', 'Tom Borg');
    const after = read(text);
    assert.notEqual(after.chains, before.chains);
    assert.ok(after.chains.chains.some((c) => c.display === 'Tom Borg'));
    assert.deepEqual(plain(after), plain(fresh(text)));
  });
});
