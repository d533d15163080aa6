import * as assert from 'node:assert/strict';
import { findMentions } from '../../src/core/language/mentions';
import { analyse } from '../../src/core/language/analysis';
import { extractQuotations } from '../../src/core/quotes/extract';

/** The descriptions and unnamed speakers of a text, as `form:text`. */
function described(text: string): string[] {
  return findMentions(text).filter((m) => m.form === 'description' || m.form === 'unnamed').map((m) => `${m.form}:${m.text}`);
}

// Made-up sentences.
describe('findMentions: descriptions', () => {
  it('a description does not swallow the start of the next sentence', () => {
    assert.deepEqual(described('The campaign spokesman said so. A spokesman for the mayor said it.'), ['description:The campaign spokesman', 'unnamed:A spokesman', 'description:the mayor']);
  });
  it('a capitalised word inside a description is part of a name, not a cue (State)', () => {
    assert.deepEqual(described('Then a State Department official said it.'), ['unnamed:a State Department official']);
  });
  it('the last of a run of role words heads the description', () => {
    const [m] = findMentions('Then a council spokesman said it.').filter((x) => x.form === 'unnamed');
    assert.equal(m?.role, 'spokesman');
    assert.equal(m?.entity, 'person');
  });
  it('a name inside a description before its role word stays in the description; a name reaching its end replaces it', () => {
    assert.deepEqual(described('The Harbour Party candidate sent a letter.').slice(0, 1), ['description:The Harbour Party candidate']);
    assert.deepEqual(findMentions('Later the Harbour Party said it.').filter((m) => m.form === 'name').map((m) => m.text), ['Harbour Party']);
  });
  it('someone indefinite before a speech verb, opening a sentence or right after a quotation', () => {
    assert.deepEqual(described('The hall went quiet. One employee said it.'), ['unnamed:One employee']);
    assert.deepEqual(described('The hall went quiet. Then one employee told the press.'), ['unnamed:one employee']);
    const text = '"We are shocked," one employee told the press.';
    assert.deepEqual(analyse(text, extractQuotations(text).quotations).mentions.map((m) => m.text), ['one employee']);
  });
  it('a bare form after an indefinite is a noun, not its verb: `a liberal think tank`, `a fundraising email`', () => {
    assert.deepEqual(described('Then a liberal think tank said so.').filter((d) => d.startsWith('unnamed:a liberal')), []);
    // … a document sent out by someone, not a person who emails
    assert.deepEqual(findMentions('In addition, a fundraising email sent out by Ruiz warned of it.').filter((m) => m.entity === 'person' && m.form !== 'name').map((m) => m.text), []);
  });
  it('`that` before a plural is a conjunction, and before an article no determiner', () => {
    assert.deepEqual(described('She said that lawmakers agreed.'), ['unnamed:lawmakers']);
    assert.deepEqual(described('It was so odd that a spokesman laughed.'), ['unnamed:a spokesman']);
  });
});

describe('chains: roles', () => {
  it('a word that names a property of every object (`constructor`, `toString`) is no title', () => {
    const a = analyse('The constructor Ana Ruiz spoke first. Then toString Tom Reyes spoke.', []);
    const roles = a.chains.chains.flatMap((c) => [...c.roles]);
    assert.ok(roles.every((r) => typeof r === 'string'), String(roles));
  });
});

describe('findMentions: a name between role words', () => {
  it('qualifies the last role word: the description runs to it', () => {
    assert.deepEqual(described('Then a prominent Republican Harbour Caucus member said so.'), ['unnamed:a prominent Republican Harbour Caucus member']);
  });
  it('a name after the role word that ends in a stop ends the description before it', () => {
    assert.deepEqual(described('It was the senator Ana Ruiz, who spoke.'), ['description:the senator']);
  });
});

describe('findMentions: someone indefinite before a speech verb', () => {
  it('is an unnamed speaker when it opens its clause', () => {
    assert.deepEqual(described('One attendee, who asked not to be named, said so. Then a witness told reporters.'), ['unnamed:One attendee', 'unnamed:a witness']);
  });
  it('not the object of a verb before it, nor a time', () => {
    assert.deepEqual(described('Ruiz delivered a snappy retort. A year later said nothing.'), []);
  });
});

describe('findMentions: an appositive naming an organisation', () => {
  it('makes the name an organisation, unless the organisation is a possessive (the union\'s president)', () => {
    const kind = (text: string, name: string): string | undefined => findMentions(text).find((m) => m.text === name)?.entity;
    assert.notEqual(kind('"We have heard that before," said Tom Reyes, the union\'s president.', 'Tom Reyes'), 'organization');
    assert.equal(kind('The vote was called by Harbourside, a small shipping company.', 'Harbourside'), 'organization');
  });
});
