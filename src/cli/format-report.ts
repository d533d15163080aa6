/** The run's report in the format asked for on the command line. */
import { jsonDocument, sarifReport, textReport, type Actor, type DraftReport, type RunSummary, type Severity, type Verdict } from '../core';
import type { ReportFormat } from './arguments';

/** The terminal the text report is fitted to (width, colour). */
export type TerminalOptions = Parameters<typeof textReport>[1];

/**
 * `severity` sets the SARIF levels (from `.sourcecheck.json`); `terminal` fits the text report; `actorsOf` gives
 * the JSON the actors of a draft that comes without them (the engine's draftActors, loaded when asked).
 */
export function formatReport(
  format: ReportFormat,
  summary: RunSummary,
  severity: Readonly<Record<Verdict, Severity>>,
  terminal: TerminalOptions | undefined,
  actorsOf: (report: DraftReport) => readonly Actor[],
): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(jsonDocument(summary, actorsOf), null, 2)}\n`;
    case 'sarif':
      return `${JSON.stringify(sarifReport(summary, severity), null, 2)}\n`;
    case 'text':
      return textReport(summary, terminal);
  }
}
