/** The run's report in the format asked for on the command line. */
import { sarifReport, textReport, type RunSummary, type Severity, type Verdict } from '../core';
import type { ReportFormat } from './arguments';

/** The terminal the text report is fitted to (width, colour). */
export type TerminalOptions = Parameters<typeof textReport>[1];

/**
 * The text and SARIF reports (the JSON one is assembled from parts per draft: json-parts.ts). `severity` sets
 * the SARIF levels (from `.sourcecheck.json`); `terminal` fits the text report.
 */
export function formatReport(
  format: Exclude<ReportFormat, 'json'>,
  summary: RunSummary,
  severity: Readonly<Record<Verdict, Severity>>,
  terminal: TerminalOptions | undefined,
): string {
  switch (format) {
    case 'sarif':
      return `${JSON.stringify(sarifReport(summary, severity), null, 2)}\n`;
    case 'text':
      return textReport(summary, terminal);
  }
}
