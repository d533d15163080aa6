/** The run's report in the format asked for on the command line. */
import { jsonReport, sarifReport, textReport, type RunSummary } from '../core';
import type { ReportFormat } from './arguments';

export function formatReport(format: ReportFormat, summary: RunSummary): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(jsonReport(summary), null, 2)}\n`;
    case 'sarif':
      return `${JSON.stringify(sarifReport(summary), null, 2)}\n`;
    case 'text':
      return textReport(summary);
  }
}
