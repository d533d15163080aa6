/**
 * The run as SARIF 2.1.0, what code-scanning services read: one rule per verdict, one result per quotation
 * whose verdict has a severity (by default misquoted and misattributed as warnings, unsourced and edited as
 * notes; a project's `.sourcecheck.json` may change them, and `none` leaves the verdict out), located by line
 * and column (1-based, UTF-16 code units) in the draft, with the source passage's file as a related location.
 */
import type { QuoteFinding } from '../findings';
import { LineIndex } from '../text/positions';
import { DEFAULT_SEVERITIES, PROBLEMS_FIRST, verdictLabel, type Severity, type Verdict } from '../verdicts';
import type { RunSummary } from './json-report';

const RULE_HELP: Readonly<Record<string, string>> = {
  misquoted: 'A close passage exists in a source, but words differ.',
  misattributed: 'The passage exists, but the source attributes it to someone else.',
  unsourced: 'No indexed source contains this quotation.',
  edited: 'Verbatim except for accepted editorial changes.',
  exact: 'Verbatim in a source.',
  unchecked: 'Too short, too long, a title, or ignored by the writer.',
};

type Level = 'error' | 'warning' | 'note' | 'none';

function level(severity: Severity): Level {
  return severity === 'information' || severity === 'hint' ? 'note' : severity;
}

/** A relative or absolute file path as a SARIF URI reference. */
function uriOf(file: string): string {
  return encodeURI(file.replace(/\\/g, '/'));
}

export function sarifReport(run: RunSummary, severity: Readonly<Record<Verdict, Severity>> = DEFAULT_SEVERITIES): unknown {
  const results = run.drafts.flatMap((draft) => {
    const lines = new LineIndex(draft.text);
    return draft.report.quotes
      .filter((q) => severity[q.verdict] !== 'none')
      .map((q) => result(q, draft.file, lines, level(severity[q.verdict])));
  });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'Sourcecheck',
          version: run.version,
          rules: PROBLEMS_FIRST.map((verdict) => ({
            id: verdict,
            name: verdict[0]!.toUpperCase() + verdict.slice(1),
            shortDescription: { text: verdictLabel(verdict) },
            fullDescription: { text: RULE_HELP[verdict] },
            defaultConfiguration: { level: level(severity[verdict]) },
          })),
        },
      },
      columnKind: 'utf16CodeUnits',
      results,
    }],
  };
}

function result(q: QuoteFinding, file: string, lines: LineIndex, resultLevel: Level): unknown {
  const start = lines.position(q.start);
  const end = lines.position(q.end);
  return {
    ruleId: q.verdict,
    level: resultLevel,
    message: { text: q.message },
    locations: [{
      physicalLocation: {
        artifactLocation: { uri: uriOf(file) },
        region: { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column },
      },
    }],
    ...(q.source ? { relatedLocations: [{ id: 0, message: { text: q.source.article.meta.title }, physicalLocation: { artifactLocation: { uri: uriOf(q.source.article.file) } } }] } : {}),
  };
}
