// Finding the CLI's files on a real folder tree: symbolic links below a sources folder are not followed
// (to a folder or a file outside, or a loop), the conventional folders and libraries next to a draft are
// not taken when they are links, and a folder that cannot be listed is passed over (an injected reader that
// fails with EACCES, so the case means something when the tests run as root, who can list anything).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { defaultSourceFolders, listFiles, type ReadDirectory } from '../../src/cli/files';

describe('CLI files: links and faults', () => {
  let tmp: string;
  let sources: string;
  let outside: string;
  const write = (file: string, text = 'x\n'): string => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    return file;
  };
  const relative = (files: string[]): string[] => files.map((f) => path.relative(tmp, f));

  beforeEach(function () {
    if (process.platform === 'win32') this.skip(); // symbolic links need privileges there
    tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'sourcecheck-files-')));
    sources = path.join(tmp, 'work', 'sources');
    outside = path.join(tmp, 'secret');
    write(path.join(sources, 'a.md'));
    write(path.join(sources, 'inner', 'b.md'));
    write(path.join(outside, 'passwords.txt'));
  });
  afterEach(() => tmp && fs.rmSync(tmp, { recursive: true, force: true }));

  it('lists regular files only, without following links to folders or files outside, or loops', () => {
    fs.symlinkSync(outside, path.join(sources, 'linked-folder'));
    fs.symlinkSync(path.join(outside, 'passwords.txt'), path.join(sources, 'linked-file.txt'));
    fs.symlinkSync(sources, path.join(sources, 'inner', 'loop')); // sources/inner/loop -> sources
    fs.symlinkSync(path.join(sources, 'inner', 'b.md'), path.join(sources, 'inside-link.md'));
    fs.symlinkSync(path.join(tmp, 'missing'), path.join(sources, 'dangling.md'));
    assert.deepEqual(relative(listFiles(sources)), ['work/sources/a.md', 'work/sources/inner/b.md']);
  });

  it('follows the root itself when it is a link (the user named it)', () => {
    const link = path.join(tmp, 'work', 'research');
    fs.symlinkSync(outside, link);
    assert.deepEqual(relative(listFiles(link)), ['work/research/passwords.txt']);
  });

  it('does not take a linked sources folder or library next to a draft', () => {
    const draft = write(path.join(tmp, 'other', 'draft.md'));
    fs.symlinkSync(outside, path.join(tmp, 'other', 'sources'));
    write(path.join(outside, 'refs.bib'), '@misc{a, title={A}}\n');
    fs.symlinkSync(path.join(outside, 'refs.bib'), path.join(tmp, 'other', 'library.bib'));
    write(path.join(tmp, 'other', 'own.bib'), '@misc{b, title={B}}\n');
    assert.deepEqual(relative(defaultSourceFolders([draft])), ['other/own.bib']);
    const real = write(path.join(tmp, 'work', 'draft.md'));
    assert.deepEqual(relative(defaultSourceFolders([real])), ['work/sources']);
  });

  it('passes over a folder that cannot be listed (EACCES) or is gone (ENOENT), and lists the rest', () => {
    write(path.join(sources, 'locked', 'c.md'));
    write(path.join(sources, 'vanishing', 'd.md'));
    const failing: ReadDirectory = (dir) => {
      const code = path.basename(dir) === 'locked' ? 'EACCES' : path.basename(dir) === 'vanishing' ? 'ENOENT' : undefined;
      if (code) throw Object.assign(new Error(`${code}: scandir '${dir}'`), { code });
      return fs.readdirSync(dir, { withFileTypes: true });
    };
    assert.deepEqual(relative(listFiles(sources, failing)), ['work/sources/a.md', 'work/sources/inner/b.md']);
  });

  it('a root that cannot be listed gives no files rather than an exception', () => {
    const denied: ReadDirectory = () => {
      throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
    };
    assert.deepEqual(listFiles(sources, denied), []);
  });
});
