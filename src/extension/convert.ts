/** The one place where engine offsets become VS Code ranges, locations and diagnostics. */
import * as vscode from 'vscode';
import { findingFocus, sourceLabel, type Article, type QuoteFinding, type Severity, type SourcePassage } from '../core';
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

/** The README's verdict table, which each diagnostic's code links to (set at activation). */
let verdictDocs: vscode.Uri | undefined;

export function useVerdictDocs(extensionUri: vscode.Uri): void {
  verdictDocs = vscode.Uri.joinPath(extensionUri, 'README.md').with({ fragment: 'verdicts' });
}

/**
 * The diagnostic for a finding, or undefined when its verdict is set to show nothing. It underlines the words
 * that differ (the hover still answers anywhere on the quotation), and its code is the verdict.
 */
export function toDiagnostic(document: vscode.TextDocument, finding: QuoteFinding, settings: Settings): vscode.Diagnostic | undefined {
  const severity = settings.severity[finding.verdict];
  if (severity === 'none') return undefined;
  const focus = findingFocus(finding);
  const diagnostic = new vscode.Diagnostic(rangeOf(document, focus.start, focus.end), finding.message, SEVERITIES[severity]);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = verdictDocs ? { value: finding.verdict, target: verdictDocs } : finding.verdict;
  if (finding.source) {
    const passage = finding.source.article.body.slice(finding.source.start, finding.source.end).replace(/\s+/g, ' ');
    const excerpt = passage.length > 80 ? `${passage.slice(0, 79)}…` : passage;
    diagnostic.relatedInformation = [
      new vscode.DiagnosticRelatedInformation(
        new vscode.Location(sourceUri(finding.source.article), passageRange(finding.source)),
        `${sourceLabel(finding.source.article.meta)}: “${excerpt}”`,
      ),
    ];
  }
  return diagnostic;
}
