import * as assert from 'node:assert/strict';
import { matchesGlob } from '../../src/core';

const CASES: Array<[string, string, boolean]> = [
  ['sources/a.md', '**/{sources,references,refs,clippings}/**', true],
  ['drafts/refs/deep/b.html', '**/{sources,references,refs,clippings}/**', true],
  ['drafts/a.md', '**/{sources,references,refs,clippings}/**', false],
  ['mysources/a.md', '**/{sources,references,refs,clippings}/**', false],
  ['sources/pkg/node_modules/lib/README.md', '**/node_modules/**', true],
  ['node_modules/x.md', '**/node_modules/**', true],
  ['sources/.git/HEAD', '**/.git/**', true],
  ['sources/a.md', 'sources/*.md', true],
  ['sources/x/a.md', 'sources/*.md', false],
  ['sources/a.txt', 'sources/*.{md,txt}', true],
  ['sources/a1.md', 'sources/a?.md', true],
  ['sources/b.md', 'sources/[ab].md', true],
  ['sources/c.md', 'sources/[!ab].md', true],
  ['sources/a+b (1).md', 'sources/a+b (1).md', true],
];

describe('matchesGlob', () => {
  for (const [path, glob, expected] of CASES) {
    it(`${path} ${expected ? 'matches' : 'does not match'} ${glob}`, () => assert.equal(matchesGlob(path, glob), expected));
  }
});
