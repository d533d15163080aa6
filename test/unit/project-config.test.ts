import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  CITATION_STYLES, CONFIG_KEYS, DEFAULT_DRAFT_LANGUAGES, DEFAULT_EXCLUDE_GLOBS, DEFAULT_SEVERITIES, DEFAULT_SOURCE_GLOBS,
  describeProblem, parseProjectConfig, PROBLEM_VERDICTS, SEVERITIES, starterConfig, VERDICTS, type ConfigProblem,
} from '../../src/core';

const ROOT = path.resolve(__dirname, '../../..');

/** Problems as `level key: message` lines, for compact expectations. */
function problems(text: string): string[] {
  return parseProjectConfig(text).problems.map((p: ConfigProblem) => `${p.level} ${p.key}: ${p.message}`);
}

describe('parseProjectConfig: valid files', () => {
  const cases: Array<[string, string, unknown]> = [
    ['an empty object', '{}', {}],
    ['every key', JSON.stringify({
      sources: ['research/**'], exclude: ['research/old/**'], ignore: ['notes/**'], draftLanguages: ['markdown'],
      severity: { misquoted: 'error', edited: 'none' }, citationStyle: 'apa', failOn: ['misquoted'], maxSourceSizeMB: 2.5,
    }), {
      sources: ['research/**'], exclude: ['research/old/**'], ignore: ['notes/**'], draftLanguages: ['markdown'],
      severity: { misquoted: 'error', edited: 'none' }, citationStyle: 'apa', failOn: ['misquoted'], maxSourceSizeMB: 2.5,
    }],
    ['$schema is allowed and dropped', '{ "$schema": "./schemas/sourcecheck.schema.json", "citationStyle": "link" }', { citationStyle: 'link' }],
    ['line and block comments', '// top\n{ /* a\n b */ "failOn": [] // never fails\n}', { failOn: [] }],
    ['trailing commas', '{ "sources": ["a/**", "b/**",], "ignore": [], }', { sources: ['a/**', 'b/**'], ignore: [] }],
    ['comment markers inside strings are text', '{ "sources": ["http//x/**", "a/*.md"] }', { sources: ['http//x/**', 'a/*.md'] }],
    ['a comma inside a string before }', '{ "ignore": [",]"] }', { ignore: [',]'] }],
    ['a byte order mark', '\uFEFF{ "citationStyle": "pandoc" }', { citationStyle: 'pandoc' }],
    ['CRLF line ends', '{\r\n  "failOn": ["unsourced"]\r\n}\r\n', { failOn: ['unsourced'] }],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => {
      const parsed = parseProjectConfig(text);
      assert.deepEqual(parsed.problems, []);
      assert.deepEqual(parsed.config, expected);
    });
  }
});

describe('parseProjectConfig: bad files name the key and never throw', () => {
  const cases: Array<[string, string, RegExp[]]> = [
    ['empty', '  \n', [/^error : the file is empty/]],
    ['not JSON: line and column', '{\n  "sources": ["a/**"]\n  "ignore": []\n}', [/^error : not valid JSON at line 3, column 3: Expected ',' or '}'/]],
    ['not an object', '["sources"]', [/^error : must be a JSON object \(\{ \.\.\. \}\), not a list$/]],
    ['null', 'null', [/^error : must be a JSON object.*not null/]],
    ['an unknown key warns, with a suggestion', '{ "sorces": ["a/**"] }', [/^warning sorces: is not a known key, did you mean 'sources'\? \(known: sources, exclude/]],
    ['an unknown key far from any', '{ "colour": "red" }', [/^warning colour: is not a known key \(known: /]],
    ['sources not a list', '{ "sources": "research/**" }', [/^error sources: must be a list of strings \(\[ "\.\.\." \]\), not "research\/\*\*"/]],
    ['a glob that is not a string', '{ "exclude": ["a/**", 3] }', [/^error exclude\[1\]: must be a non-empty string, not 3/]],
    ['an empty glob', '{ "ignore": [""] }', [/^error ignore\[0\]: must be a non-empty string/]],
    ['an absolute glob', '{ "sources": ["/home/me/research/**"] }', [/^error sources\[0\]: must be relative to the folder of \.sourcecheck\.json/]],
    ['a glob that leaves the folder', '{ "sources": ["ok/**", "../shared/**"] }', [/^error sources\[1\]: must be relative/]],
    ['a drive letter', '{ "exclude": ["C:/x/**"] }', [/^error exclude\[0\]: must be relative/]],
    ['severity not an object', '{ "severity": "error" }', [/^error severity: must be an object of verdicts to severities/]],
    ['an unknown severity', '{ "severity": { "misquoted": "loud" } }', [/^error severity\.misquoted: must be one of error, warning, information, hint, none, not "loud"/]],
    ['an unknown verdict, with a suggestion', '{ "severity": { "misquote": "error" } }', [/^error severity\.misquote: is not a verdict, did you mean 'misquoted'\?/]],
    ['a citation style', '{ "citationStyle": "mla" }', [/^error citationStyle: must be one of inline, link, footnote, pandoc, apa, chicago, not "mla"/]],
    ['failOn as a string', '{ "failOn": "misquoted" }', [/^error failOn: must be a list of verdicts/]],
    ['failOn with an unknown verdict', '{ "failOn": ["misquoted", "wrong"] }', [/^error failOn\[1\]: must be one of exact, edited/]],
    ['maxSourceSizeMB zero', '{ "maxSourceSizeMB": 0 }', [/^error maxSourceSizeMB: must be a positive number of megabytes, not 0/]],
    ['severity as a list', '{ "severity": ["error"] }', [/^error severity: must be an object of verdicts to severities .*, not a list$/]],
    ['maxSourceSizeMB a string', '{ "maxSourceSizeMB": "5" }', [/^error maxSourceSizeMB: must be a positive number of megabytes, not "5"/]],
    ['a long value is shortened', `{ "citationStyle": "${'x'.repeat(200)}" }`, [/not "x{30,36}\.\.\.$/]],
    ['several problems, each reported', '{ "sources": 1, "failOn": 2, "extra": 3 }', [/^error sources:/, /^error failOn:/, /^warning extra:/]],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => {
      const found = problems(text);
      assert.equal(found.length, expected.length, found.join('\n'));
      expected.forEach((re, k) => assert.match(found[k]!, re));
    });
  }

  it('keeps the valid keys of a file with a bad one', () => {
    const parsed = parseProjectConfig('{ "citationStyle": "apa", "severity": { "unsourced": "error", "edited": "silent" }, "failOn": "x" }');
    assert.deepEqual(parsed.config, { citationStyle: 'apa', severity: { unsourced: 'error' } });
    assert.equal(parsed.problems.length, 2);
  });

  it('describeProblem: file, quoted key, message', () => {
    const [problem] = parseProjectConfig('{ "citationStyle": 1 }').problems;
    assert.equal(describeProblem('.sourcecheck.json', problem!), `.sourcecheck.json: 'citationStyle' must be one of inline, link, footnote, pandoc, apa, chicago, not 1`);
    const [whole] = parseProjectConfig('').problems;
    assert.match(describeProblem('a/.sourcecheck.json', whole!), /^a\/\.sourcecheck\.json: the file is empty/);
  });

  it('a deeply nested or huge file is a message, not a crash', () => {
    assert.match(problems(`{ "sources": ${'['.repeat(5000)}${']'.repeat(5000)} }`)[0]!, /sources\[0\]: must be a non-empty string, not a list$/);
    assert.match(problems(`{ "sources": ${'['.repeat(200000)}${']'.repeat(200000)} }`)[0]!, /^error /);
    assert.match(problems(`{ "x": "${'/*'.repeat(50000)}" }`)[0]!, /^warning x:/);
    assert.match(problems('{ "a": 1 /* never closed')[0]!, /^error : not valid JSON/);
  });
});

describe('starterConfig (sourcecheck init)', () => {
  const parsed = parseProjectConfig(starterConfig());

  it('parses without a problem', () => assert.deepEqual(parsed.problems, []));

  it('starts from the defaults, with every key', () => {
    assert.deepEqual(Object.keys(parsed.config).sort(), [...CONFIG_KEYS].sort());
    assert.deepEqual(parsed.config, {
      sources: DEFAULT_SOURCE_GLOBS, exclude: DEFAULT_EXCLUDE_GLOBS, ignore: [], severity: DEFAULT_SEVERITIES,
      failOn: PROBLEM_VERDICTS, citationStyle: 'inline', draftLanguages: DEFAULT_DRAFT_LANGUAGES, maxSourceSizeMB: 5,
    });
  });

  it('says what each key does in a comment', () => {
    const lines = starterConfig().split('\n');
    for (const key of CONFIG_KEYS) {
      const at = lines.findIndex((line) => line.trimStart().startsWith(`"${key}"`));
      assert.ok(at > 0 && lines[at - 1]!.trimStart().startsWith('//'), `a comment above ${key}`);
    }
  });
});

describe('schemas/sourcecheck.schema.json agrees with the parser', () => {
  interface Schema { properties: Record<string, { enum?: string[]; items?: { enum?: string[] }; properties?: Record<string, { enum?: string[] }> }>; additionalProperties: boolean }
  const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas/sourcecheck.schema.json'), 'utf8')) as Schema;

  it('has the same keys', () => {
    assert.deepEqual(Object.keys(schema.properties).sort(), ['$schema', ...CONFIG_KEYS].sort());
    assert.equal(schema.additionalProperties, false);
  });

  it('has the same verdicts, severities and citation styles', () => {
    assert.deepEqual(Object.keys(schema.properties['severity']!.properties!).sort(), [...VERDICTS].sort());
    for (const verdict of VERDICTS) assert.deepEqual(schema.properties['severity']!.properties![verdict]!.enum, SEVERITIES);
    assert.deepEqual(schema.properties['failOn']!.items!.enum, VERDICTS);
    assert.deepEqual(schema.properties['citationStyle']!.enum, CITATION_STYLES);
  });

  it('package.json registers it for .sourcecheck.json, read as JSON with comments', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      contributes: { jsonValidation: { fileMatch: string; url: string }[]; languages: { id: string; filenames?: string[] }[] };
    };
    assert.deepEqual(manifest.contributes.jsonValidation, [{ fileMatch: '.sourcecheck.json', url: './schemas/sourcecheck.schema.json' }]);
    assert.ok(manifest.contributes.languages.some((l) => l.id === 'jsonc' && l.filenames?.includes('.sourcecheck.json')));
  });
});
