import * as assert from 'node:assert/strict';
import { checkDraft, indexSources, sarifReport, type RunSummary } from '../../src/core';

const FILE = '---\nid: council\ntitle: "Council budget"\n---\n\n' +
  '"We will keep every library in the county open next year," said Maria Lopez, the council leader.\n';
const { index } = indexSources([{ file: 'sources/council.md', bytes: new TextEncoder().encode(FILE) }]);

interface Sarif {
  version: string;
  runs: Array<{
    tool: { driver: { name: string; rules: Array<{ id: string; defaultConfiguration: { level: string } }> } };
    results: Array<{
      ruleId: string;
      level: string;
      message: { text: string };
      locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }>;
      relatedLocations?: Array<{ physicalLocation: { artifactLocation: { uri: string } } }>;
    }>;
  }>;
}

function sarif(file: string, text: string): Sarif {
  const run: RunSummary = { version: '9.9.9', articles: 1, skipped: [], warnings: [], drafts: [{ file, text, report: checkDraft(text, index) }] };
  return JSON.parse(JSON.stringify(sarifReport(run))) as Sarif;
}

describe('sarif report', () => {
  const draft = [
    'Intro line.',
    'Lopez said, "We will keep every library in the city open next year."',
    'Lopez said, "We will keep every library in the county open next year."',
    'She said, "Every swimming pool will close by the end of the summer."',
  ].join('\n');

  it('is SARIF 2.1.0 with one rule per verdict', () => {
    const doc = sarif('drafts/op-ed.md', draft);
    assert.equal(doc.version, '2.1.0');
    assert.equal(doc.runs.length, 1);
    const rules = doc.runs[0]!.tool.driver.rules;
    assert.deepEqual(rules.map((r) => r.id), ['misquoted', 'misattributed', 'unsourced', 'edited', 'exact', 'unchecked']);
    assert.equal(rules[0]!.defaultConfiguration.level, 'warning');
    assert.equal(rules[3]!.defaultConfiguration.level, 'note');
  });

  const cases: Array<[string, number, number, string]> = [
    // verdict, line, column (1-based, of the quotation's first character), level
    ['misquoted', 2, 14, 'warning'],
    ['unsourced', 4, 12, 'note'], // information by default (often the writer's own interviews)
  ];
  for (const [verdict, line, column, level] of cases) {
    it(`${verdict}: located at ${line}:${column} as a ${level}`, () => {
      const results = sarif('drafts/op-ed.md', draft).runs[0]!.results;
      const r = results.find((x) => x.ruleId === verdict);
      assert.ok(r, JSON.stringify(results));
      assert.equal(r.level, level);
      const region = r.locations[0]!.physicalLocation.region;
      assert.equal(region.startLine, line);
      assert.equal(region.startColumn, column);
      assert.ok(r.message.text.length > 0);
    });
  }

  it('exact quotations are not results; a misquotation names its source file', () => {
    const results = sarif('drafts/op-ed.md', draft).runs[0]!.results;
    assert.deepEqual(results.map((r) => r.ruleId), ['misquoted', 'unsourced']);
    assert.equal(results[0]!.relatedLocations?.[0]?.physicalLocation.artifactLocation.uri, 'sources/council.md');
  });

  it('file paths become URI references (forward slashes, spaces escaped)', () => {
    const r = sarif('drafts\\my op-ed.md', draft).runs[0]!.results[0]!;
    assert.equal(r.locations[0]!.physicalLocation.artifactLocation.uri, 'drafts/my%20op-ed.md');
  });
});
