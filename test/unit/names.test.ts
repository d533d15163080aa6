import * as assert from 'node:assert/strict';
import { nameAfter, nameBefore, nameWords, sameActor, similarWords, surname } from '../../src/core/language/names';

/** Checks a found name: its text, and that start/end are its offsets in `text`. */
function assertName(text: string, found: ReturnType<typeof nameBefore>, expected: string | undefined): void {
  if (expected === undefined) {
    assert.equal(found, undefined, `expected no name in ${JSON.stringify(text)}, got ${JSON.stringify(found)}`);
    return;
  }
  assert.ok(found, `expected ${JSON.stringify(expected)} in ${JSON.stringify(text)}`);
  assert.equal(found.name, expected);
  assert.equal(found.start, text.indexOf(expected));
  assert.equal(found.end, text.indexOf(expected) + expected.length);
  assert.equal(text.slice(found.start, found.end), expected);
}

describe('nameBefore: the name that ends before a speech verb', () => {
  const cases: Array<[string, string, string | undefined]> = [
    ['plain name', 'Stephen Harper said', 'Stephen Harper'],
    ['surname only', 'Harper said', 'Harper'],
    ['title and middle initial', 'Ambassador Ryan C. Crocker said', 'Ambassador Ryan C. Crocker'],
    ['abbreviated title', 'Dr. Jane Smith said', 'Dr. Jane Smith'],
    ['Mr. with a point', 'Mr. Brown said', 'Mr. Brown'],
    ['Mr without a point', 'Mr Brown said', 'Mr Brown'],
    ['connector inside a title', 'Secretary of State Condoleezza Rice said', 'Secretary of State Condoleezza Rice'],
    ['lowercase role word', 'Interim Liberal leader Bill Graham said', 'Interim Liberal leader Bill Graham'],
    ['Spanish compound name', 'José Luis Rodríguez Zapatero said', 'José Luis Rodríguez Zapatero'],
    ['name with a particle', 'Ursula von der Leyen said', 'Ursula von der Leyen'],
    ['sentence starter But is stripped', 'But Harper said', 'Harper'],
    ['sentence starter The is stripped', 'The Prime Minister Gordon Brown said', 'Prime Minister Gordon Brown'],
    ['sentence starter And is stripped', 'And Gordon Brown said', 'Gordon Brown'],
    ['However is stripped', 'However Harper said', 'Harper'],
    ['stops at a comma', 'Yesterday, John Smith said', 'John Smith'],
    ['stops at a comma after a clause', 'Speaking in Ottawa, Harper said', 'Harper'],
    ['stops at the end of a sentence', 'It rained. Harper said', 'Harper'],
    ['stops at a paragraph break', 'Ottawa\n\nHarper said', 'Harper'],
    ['possessive is not the speaker', 'Harper\u2019s spokesman said', undefined],
    ['lowercase words are not names', 'the minister said', undefined],
    ['a pronoun is not a name', 'in the end he said', undefined],
    ['a comma right before the verb: no name', 'Smith, a lawyer, said', undefined],
  ];
  for (const [name, text, expected] of cases) {
    it(`${name}: ${JSON.stringify(text)}`, () => {
      assertName(text, nameBefore(text, text.lastIndexOf(' said')), expected);
    });
  }
});

describe('nameAfter: the name that starts after a speech verb', () => {
  const cases: Array<[string, string, string | undefined]> = [
    ['name then period', 'said Gordon Brown.', 'Gordon Brown'],
    ['stops at a comma', 'said Gordon Brown, who was there.', 'Gordon Brown'],
    ['middle initial', 'said Ryan C. Crocker.', 'Ryan C. Crocker'],
    ['title with a point', 'said Dr. Jane Smith, the head of it.', 'Dr. Jane Smith'],
    ['title chain', 'said San Jose Police Sgt. Nick Muyo.', 'San Jose Police Sgt. Nick Muyo'],
    ['connector in a title, then lowercase words', 'said Secretary of State Condoleezza Rice on Monday.', 'Secretary of State Condoleezza Rice'],
    ['stops at lowercase words', 'said Jiang Yu at a press conference.', 'Jiang Yu'],
    ['accents', 'said Hugo Chávez.', 'Hugo Chávez'],
    ['sentence starter The is stripped', 'said The Prime Minister Gordon Brown.', 'Prime Minister Gordon Brown'],
    ['lowercase role: none', 'said the minister.', undefined],
    ['pronoun: none', 'said he.', undefined],
    ['opening punctuation right after: none', 'said "Brown".', undefined],
  ];
  for (const [name, text, expected] of cases) {
    it(`${name}: ${JSON.stringify(text)}`, () => {
      assertName(text, nameAfter(text, 'said '.length), expected);
    });
  }
});

describe('nameWords and surname', () => {
  const words: Array<[string, string[]]> = [
    ['Gordon Brown', ['gordon', 'brown']],
    ['Mr Brown', ['brown']],
    ['Mr. Brown', ['brown']],
    ['Dr. José Chávez Jr.', ['jose', 'chavez']],
    ['Prime Minister Stephen Harper', ['stephen', 'harper']],
    ['Secretary of State Condoleezza Rice', ['condoleezza', 'rice']],
    ["Harper's", ['harper']],
    ['President', ['president']],
  ];
  for (const [name, expected] of words) {
    it(`nameWords(${JSON.stringify(name)})`, () => assert.deepEqual(nameWords(name), expected));
  }

  const surnames: Array<[string, string]> = [
    ['Gordon Brown', 'brown'],
    ['Mr Brown', 'brown'],
    ['Dr. José Chávez Jr.', 'chavez'],
    ['Ambassador Ryan C. Crocker', 'crocker'],
    ['Jiang Yu', 'yu'],
    ['', ''],
  ];
  for (const [name, expected] of surnames) {
    it(`surname(${JSON.stringify(name)}) = ${JSON.stringify(expected)}`, () => assert.equal(surname(name), expected));
  }
});

describe('sameActor', () => {
  const same: Array<[string, string]> = [
    ['Mr Brown', 'Gordon Brown'],
    ['Mr. Brown', 'Prime Minister Gordon Brown'],
    ['Jiang', 'Jiang Yu'],
    ['Yu', 'Jiang Yu'],
    ['Chávez', 'Chavez'],
    ['Hugo Chávez', 'President Chavez'],
    ['Tsikhanouskaya', 'Tikhanovskaya'],
    ['Sviatlana Tsikhanouskaya', 'Svetlana Tikhanovskaya'],
    ['Lukashenko', 'Alexander Lukashenko'],
    ['Dr. Alice Smith', 'Alice Smith'],
    ['President Bush', 'George W. Bush'],
    ['Secretary of State Condoleezza Rice', 'Rice'],
    ['Gordon Brown', 'Gordon Brown'],
    ['Chris Huhne', 'Christopher Huhne'],
    ['J. Smith', 'John Smith'],
    ['Spanish Prime Minister José Luis Rodríguez Zapatero', 'José Zapatero'],
  ];
  for (const [a, b] of same) {
    it(`${a} = ${b} (both ways)`, () => {
      assert.equal(sameActor(a, b), true);
      assert.equal(sameActor(b, a), true);
    });
  }

  const different: Array<[string, string]> = [
    ['John Roberts', 'John Marulanda'],
    ['Alice Smith', 'Bob Jones'],
    ['Mr Brown', 'Ms Green'],
    ['Gordon Brown', 'Stephen Harper'],
    ['Harper', 'Graham'],
    ['Alice Jones', 'Bob Jones'],
    ['Prime Minister Gordon Brown', 'Mayor Ed Brown'],
    ['', 'Smith'],
  ];
  for (const [a, b] of different) {
    it(`${JSON.stringify(a)} != ${JSON.stringify(b)} (both ways)`, () => {
      assert.equal(sameActor(a, b), false);
      assert.equal(sameActor(b, a), false);
    });
  }
});

describe('similarWords', () => {
  const cases: Array<[string, string, boolean]> = [
    ['harper', 'harper', true],
    ['tsikhanouskaya', 'tikhanovskaya', true],
    ['lukashenko', 'lukashenka', true],
    ['gaddafi', 'qaddafi', true],
    ['roberts', 'marulanda', false],
    ['yu', 'wu', false], // short words must be equal
    ['brown', 'green', false],
  ];
  for (const [a, b, expected] of cases) {
    it(`${a} ~ ${b}: ${expected}`, () => assert.equal(similarWords(a, b), expected));
  }
});
