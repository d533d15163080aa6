/** The run's report in the format asked for on the command line. */
import { DEFAULT_SEVERITIES, jsonReport, sarifReport, textReport, type RunSummary, type Severity, type Verdict } from '../core';
import type { ReportFormat } from './arguments';

/** `severity` sets the SARIF levels (from `.sourcecheck.json`). */
export function formatReport(format: ReportFormat, summary: RunSummary, severity: Readonly<Record<Verdict, Severity>> = DEFAULT_SEVERITIES): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(jsonReport(summary), null, 2)}\n`;
    case 'sarif':
      return `${JSON.stringify(sarifReport(summary, severity), null, 2)}\n`;
    case 'text':
      return textReport(summary);
  }
}
