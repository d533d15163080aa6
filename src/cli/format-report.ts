/** The run's report in the format asked for on the command line. */
import { DEFAULT_SEVERITIES, jsonReport, sarifReport, textReport, type RunSummary, type Severity, type Verdict } from '../core';
import type { ReportFormat } from './arguments';

/** The terminal the text report is fitted to (width, colour). */
export type TerminalOptions = Parameters<typeof textReport>[1];

/** `severity` sets the SARIF levels (from `.sourcecheck.json`); `terminal` fits the text report. */
export function formatReport(
  format: ReportFormat,
  summary: RunSummary,
  severity: Readonly<Record<Verdict, Severity>> = DEFAULT_SEVERITIES,
  terminal?: TerminalOptions,
): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(jsonReport(summary), null, 2)}\n`;
    case 'sarif':
      return `${JSON.stringify(sarifReport(summary, severity), null, 2)}\n`;
    case 'text':
      return textReport(summary, terminal);
  }
}
