/** The one place where engine offsets become VS Code ranges, locations and diagnostics. */
import * as vscode from 'vscode';
import type { Article, QuoteFinding, Severity, SourcePassage } from '../core';
import type { Settings } from './settings';

export const DIAGNOSTIC_SOURCE = 'Sourcecheck';

export function rangeOf(document: vscode.TextDocument, start: number, end: number): vscode.Range {
  return new vscode.Range(document.positionAt(start), document.positionAt(end));
}

export function sourceUri(article: Article): vscode.Uri {
  return vscode.Uri.parse(article.file);
}

/** The passage's range in its source file (body offsets mapped to file lines, no need to open the file). */
export function passageRange(passage: Pick<SourcePassage, 'article' | 'start' | 'end'>): vscode.Range {
  const position = (bodyOffset: number): vscode.Position => {
    const { line, column } = passage.article.fileLines.position(passage.article.bodyToFile.toOriginal(bodyOffset));
    return new vscode.Position(line - 1, column - 1);
  };
  return new vscode.Range(position(passage.start), position(passage.end));
}

const SEVERITIES: Record<Exclude<Severity, 'none'>, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** The diagnostic for a finding, or undefined when its verdict is set to show nothing. */
export function toDiagnostic(document: vscode.TextDocument, finding: QuoteFinding, settings: Settings): vscode.Diagnostic | undefined {
  const severity = settings.severity[finding.verdict];
  if (severity === 'none') return undefined;
  const diagnostic = new vscode.Diagnostic(rangeOf(document, finding.start, finding.end), finding.message, SEVERITIES[severity]);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = finding.verdict;
  if (finding.source) {
    const title = finding.source.article.meta.title;
    diagnostic.relatedInformation = [
      new vscode.DiagnosticRelatedInformation(new vscode.Location(sourceUri(finding.source.article), passageRange(finding.source)), `Source passage: ${title}`),
    ];
  }
  return diagnostic;
}
