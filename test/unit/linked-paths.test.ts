// The extension's filter of linked folders (withoutLinkedFolders): the host's file search may follow links
// (VS Code's findFiles does on desktop), so a file found below a linked folder is dropped. Checked against a
// table of paths with a fake `isLink`, and on a real folder tree (outside link, loop) answered by lstat.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { foldersBetween, withoutLinkedFolders } from '../../src/core';

describe('foldersBetween', () => {
  const cases: Array<[string | undefined, string, string[]]> = [
    ['file:///w', 'file:///w/sources/a/b.md', ['file:///w/sources', 'file:///w/sources/a']],
    ['vscode-test-web://mount/', 'vscode-test-web://mount/sources/b.md', ['vscode-test-web://mount/sources']],
    ['file:///w', 'file:///w/b.md', []],
    ['file:///w', 'file:///other/b.md', []], // not below the root
    ['file:///w', 'file:///wx/b.md', []], // a sibling with the same prefix is not below it
    [undefined, 'file:///w/b.md', []],
  ];
  for (const [root, file, expected] of cases) {
    it(`${root ?? '(no root)'} + ${file}`, () => assert.deepEqual(foldersBetween(root, file), expected));
  }
});

describe('withoutLinkedFolders', () => {
  it('drops files below a linked folder, asks each folder once and nothing below a link', async () => {
    const links = new Set(['file:///w/sources/outside', 'file:///w/sources/loop']);
    const asked: string[] = [];
    const isLink = async (p: string): Promise<boolean> => {
      asked.push(p);
      return links.has(p);
    };
    const files = [
      'file:///w/sources/a.md',
      'file:///w/sources/outside/passwd',
      'file:///w/sources/loop/loop/loop/a.md',
      'file:///w/sources/deep/er/c.md',
      'file:///w/sources/deep/d.md',
      'file:///elsewhere/e.md',
    ];
    const rootOf = (f: string): string | undefined => (f.startsWith('file:///w/') ? 'file:///w' : undefined);
    const kept = await withoutLinkedFolders(files, rootOf, isLink);
    assert.deepEqual(kept, ['file:///w/sources/a.md', 'file:///w/sources/deep/er/c.md', 'file:///w/sources/deep/d.md', 'file:///elsewhere/e.md']);
    assert.deepEqual([...asked].sort(), ['file:///w/sources', 'file:///w/sources/deep', 'file:///w/sources/deep/er', 'file:///w/sources/loop', 'file:///w/sources/outside']);
  });

  it('keeps a file whose folder cannot be asked (gone meanwhile)', async () => {
    const kept = await withoutLinkedFolders(['file:///w/s/a.md'], () => 'file:///w', () => Promise.reject(new Error('ENOENT')));
    assert.deepEqual(kept, ['file:///w/s/a.md']);
  });

  it('on a real tree, as a search that follows links finds it (an outside link and a loop)', async function () {
    if (process.platform === 'win32') this.skip();
    const tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'sourcecheck-links-')));
    try {
      fs.mkdirSync(path.join(tmp, 'w', 'sources', 'inner'), { recursive: true });
      fs.mkdirSync(path.join(tmp, 'secret'));
      fs.writeFileSync(path.join(tmp, 'w', 'sources', 'inner', 'a.md'), 'a');
      fs.writeFileSync(path.join(tmp, 'secret', 'key.txt'), 'k');
      fs.symlinkSync(path.join(tmp, 'secret'), path.join(tmp, 'w', 'sources', 'outside'));
      fs.symlinkSync(path.join(tmp, 'w', 'sources'), path.join(tmp, 'w', 'sources', 'inner', 'loop'));
      const found = [...followingSearch(path.join(tmp, 'w'), 6)];
      assert.ok(found.some((f) => f.includes('/outside/')) && found.some((f) => f.includes('/loop/')), 'the search follows links');
      const isLink = async (p: string): Promise<boolean> => fs.lstatSync(p).isSymbolicLink();
      const kept = await withoutLinkedFolders(found, () => path.join(tmp, 'w'), isLink);
      assert.deepEqual(kept.map((f) => path.relative(tmp, f)), ['w/sources/inner/a.md']);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});

/** A file search that follows links down to `depth` folders (as ripgrep --follow would, bar its loop check). */
function* followingSearch(dir: string, depth: number): Generator<string> {
  if (depth === 0) return;
  for (const name of fs.readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    const stat = fs.statSync(full);
    if (stat.isDirectory()) yield* followingSearch(full, depth - 1);
    else yield full;
  }
}
