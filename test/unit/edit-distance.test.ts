import * as assert from 'node:assert/strict';
import { editDistance, withinEditDistance } from '../../src/core/text/edit-distance';

describe('withinEditDistance', () => {
  it('says what editDistance(a, b) <= max says', () => {
    // Short words over a small alphabet meet every case: equal, near, far, empty, longer and shorter
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const word = (): string => Array.from({ length: random(9) }, () => 'abcé'[random(4)]).join('');
    for (let k = 0; k < 4000; k++) {
      const a = word();
      const b = random(3) === 0 ? a.slice(0, random(a.length + 1)) + 'b' + a.slice(random(a.length + 1)) : word();
      const max = random(5);
      assert.equal(withinEditDistance(a, b, max), editDistance(a, b) <= max, `${a} / ${b} / ${max}`);
    }
  });

  it('reads names as the name rules do', () => {
    assert.equal(withinEditDistance('gaddafi', 'qaddafi', 1), true);
    assert.equal(withinEditDistance('kowalczyk', 'kovalchyk', 2), true);
    assert.equal(withinEditDistance('ostrowska', 'ostrovska', 2), true);
    assert.equal(withinEditDistance('harper', 'hooper', 1), false);
    assert.equal(withinEditDistance('', 'ab', 2), true);
    assert.equal(withinEditDistance('a'.repeat(200), 'b'.repeat(200), 3), false);
  });
});
