import * as assert from 'node:assert/strict';
import { DEFAULT_FAIL_ON, parseArguments, USAGE } from '../../src/cli/arguments';

/** The parse result in plain data (sets as sorted arrays) for deepEqual. */
function parse(args: readonly string[]): unknown {
  const result = parseArguments(args);
  if ('error' in result || result.kind !== 'check') return result;
  return result.failOn ? { ...result, failOn: [...result.failOn].sort() } : result;
}

/** Without --fail-on there is no failOn: .sourcecheck.json or DEFAULT_FAIL_ON decides in main. */
const DEFAULTS = { kind: 'check', sources: [], format: 'text', drafts: ['d.md'] };

describe('parseArguments: commands', () => {
  const cases: Array<[string, string[], unknown]> = [
    ['defaults', ['check', 'd.md'], DEFAULTS],
    ['several drafts', ['check', 'a.md', 'b.md'], { ...DEFAULTS, drafts: ['a.md', 'b.md'] }],
    ['--sources', ['check', '--sources', 'refs', 'd.md'], { ...DEFAULTS, sources: ['refs'] }],
    ['repeated --sources, also with =', ['check', '--sources', 's1', '--sources=s2', 'd.md', '--sources', 's3'], { ...DEFAULTS, sources: ['s1', 's2', 's3'] }],
    ['--format json', ['check', '--format', 'json', 'd.md'], { ...DEFAULTS, format: 'json' }],
    ['--format=text', ['check', '--format=text', 'd.md'], DEFAULTS],
    ['--fail-on list', ['check', '--fail-on', 'misquoted,unchecked', 'd.md'], { ...DEFAULTS, failOn: ['misquoted', 'unchecked'] }],
    ['--fail-on list with spaces', ['check', '--fail-on', 'edited, misattributed', 'd.md'], { ...DEFAULTS, failOn: ['edited', 'misattributed'] }],
    ['--fail-on none', ['check', '--fail-on', 'none', 'd.md'], { ...DEFAULTS, failOn: [] }],
    ['--fail-on=exact', ['check', '--fail-on=exact', 'd.md'], { ...DEFAULTS, failOn: ['exact'] }],
    ['--max-source-mb', ['check', '--max-source-mb', '2', 'd.md'], { ...DEFAULTS, maxSourceBytes: 2 * 1048576 }],
    ['options after the draft', ['check', 'd.md', '--format', 'json'], { ...DEFAULTS, format: 'json' }],
    ['- is a draft name', ['check', '-'], { ...DEFAULTS, drafts: ['-'] }],
    ['--config', ['check', '--config', 'conf/.sourcecheck.json', 'd.md'], { ...DEFAULTS, config: 'conf/.sourcecheck.json' }],
    ['--no-config wins over --config', ['check', '--no-config', '--config=x.json', 'd.md'], { ...DEFAULTS, config: null }],
    ['init', ['init'], { kind: 'init', folder: '.' }],
    ['init FOLDER', ['init', 'project'], { kind: 'init', folder: 'project' }],
    ['no arguments: help', [], { kind: 'help' }],
    ['--help', ['--help'], { kind: 'help' }],
    ['-h after a command', ['check', '-h'], { kind: 'help' }],
    ['--version', ['--version'], { kind: 'version' }],
  ];
  for (const [name, args, expected] of cases) {
    it(`${name}: ${args.join(' ') || '(none)'}`, () => assert.deepEqual(parse(args), expected));
  }

  it('the default --fail-on is misquoted, unsourced, misattributed', () => {
    assert.deepEqual([...DEFAULT_FAIL_ON].sort(), ['misattributed', 'misquoted', 'unsourced']);
  });
});

describe('parseArguments: errors', () => {
  const cases: Array<[string, string[], RegExp]> = [
    ['unknown option', ['check', '--bogus', 'd.md'], /unknown option '--bogus'/],
    ['unknown short option', ['check', '-x', 'd.md'], /unknown option '-x'/],
    ['unknown verdict', ['check', '--fail-on', 'misquoted,bogus', 'd.md'], /unknown verdict 'bogus'/],
    ['unknown format', ['check', '--format', 'xml', 'd.md'], /--format must be text, json or sarif, not 'xml'/],
    ['format missing its value', ['check', 'd.md', '--format'], /--format must be text, json or sarif/],
    ['missing draft', ['check'], /no draft given/],
    ['missing draft after options', ['check', '--sources', 'refs', '--format', 'json'], /no draft given/],
    ['--sources without a path', ['check', '--sources'], /--sources needs a path/],
    ['--max-source-mb not positive', ['check', '--max-source-mb', '-1', 'd.md'], /--max-source-mb needs a positive number/],
    ['--max-source-mb not a number', ['check', '--max-source-mb', 'big', 'd.md'], /--max-source-mb needs a positive number/],
    ['unknown command', ['lint', 'd.md'], /unknown command 'lint' \(expected 'check' or 'init'\)/],
    ['--config without a file', ['check', 'd.md', '--config'], /--config needs a file/],
    ['init with an option', ['init', '--force'], /unknown option '--force' for init/],
    ['init with two folders', ['init', 'a', 'b'], /init takes at most one folder/],
  ];
  for (const [name, args, message] of cases) {
    it(`${name}: ${args.join(' ')}`, () => {
      const result = parseArguments(args);
      assert.ok('error' in result, `expected an error, got ${JSON.stringify(result)}`);
      assert.match(result.error, message);
      assert.ok(!result.error.includes('\n'), 'a one-line reason');
    });
  }
});

describe('USAGE', () => {
  it('documents every option and the exit codes', () => {
    for (const text of ['--sources', '--format', '--fail-on', '--max-source-mb', '--config', '--no-config', 'sourcecheck init', '.sourcecheck.json', 'Exit codes']) assert.ok(USAGE.includes(text), text);
  });
});
