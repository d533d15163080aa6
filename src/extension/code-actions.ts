/**
 * Quick fixes for Sourcecheck diagnostics, keyed by the diagnostic code (the verdict), each titled with the
 * change it makes: the source's wording (per difference, and for the whole quotation), credit the speaker the source names, open the source at the passage, ignore the quotation; and a
 * "fix all misquotations" source action. Fixes are built only from findings made for the document's current
 * version, so a fix is never applied to text that has changed since; each is one undoable edit.
 */
import * as vscode from 'vscode';
import { creditSourceSpeaker, findingFocus, fixAllMisquotations, ignoreQuotation, pageLocatorProblems, wordingFixes, type QuoteFinding, type TextEdit } from '../core';
import { DIAGNOSTIC_SOURCE, rangeOf } from './convert';
import type { FindingsStore } from './findings';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('sourcecheck');

export function registerCodeActions(findings: FindingsStore, selector: vscode.DocumentSelector): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider(selector, {
    provideCodeActions(document, _range, context) {
      const checked = findings.current(document);
      if (!checked) return []; // stale findings: the text changed since the check
      const actions: vscode.CodeAction[] = [];
      for (const diagnostic of context.diagnostics) {
        if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
        if (diagnostic.code === 'wrong-page') {
          actions.push(...pageFixes(document, checked.report.quotes, diagnostic));
          continue;
        }
        const finding = checked.report.quotes.find((q) => {
          const focus = findingFocus(q);
          return rangeOf(document, focus.start, focus.end).isEqual(diagnostic.range);
        });
        if (finding) actions.push(...quickFixes(document, finding, diagnostic));
      }
      if (!context.only || context.only.contains(FIX_ALL_KIND) || FIX_ALL_KIND.contains(context.only)) {
        const fixAll = fixAllAction(document, checked.report.quotes);
        if (fixAll) actions.push(fixAll);
      }
      return actions;
    },
  }, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND] });
}

function quickFixes(document: vscode.TextDocument, finding: QuoteFinding, diagnostic: vscode.Diagnostic): vscode.CodeAction[] {
  const actions: vscode.CodeAction[] = [];
  const source = finding.source;
  for (const wording of wordingFixes(finding)) {
    const fix = new vscode.CodeAction(wording.title, vscode.CodeActionKind.QuickFix);
    fix.edit = workspaceEdit(document, wording.edits);
    fix.diagnostics = [diagnostic];
    fix.isPreferred = wording.preferred;
    actions.push(fix);
  }
  const credit = creditSourceSpeaker(finding);
  if (credit) {
    const fix = new vscode.CodeAction(`Attribute to ${credit.text}`, vscode.CodeActionKind.QuickFix);
    fix.edit = workspaceEdit(document, [credit]);
    fix.diagnostics = [diagnostic];
    fix.isPreferred = true;
    actions.push(fix);
  }
  if (source) {
    const open = new vscode.CodeAction('Open the source at the passage', vscode.CodeActionKind.QuickFix);
    open.command = { title: open.title, command: 'sourcecheck.openSource', arguments: [{ file: source.article.file, start: source.start, end: source.end }] };
    open.diagnostics = [diagnostic];
    actions.push(open);
  }
  const ignore = new vscode.CodeAction('Ignore this quotation (sourcecheck-ignore)', vscode.CodeActionKind.QuickFix);
  ignore.edit = workspaceEdit(document, [ignoreQuotation(finding)]);
  ignore.diagnostics = [diagnostic];
  actions.push(ignore);
  return actions;
}

/** The right page for a wrong page locator (the problem is found again on the text the findings were made for). */
function pageFixes(document: vscode.TextDocument, quotes: readonly QuoteFinding[], diagnostic: vscode.Diagnostic): vscode.CodeAction[] {
  const problem = pageLocatorProblems(document.getText(), quotes).find((p) => rangeOf(document, p.start, p.end).isEqual(diagnostic.range));
  if (!problem) return [];
  const fix = new vscode.CodeAction(`Cite the page of the passage: ${problem.page}`, vscode.CodeActionKind.QuickFix);
  fix.edit = new vscode.WorkspaceEdit();
  fix.edit.replace(document.uri, diagnostic.range, String(problem.page));
  fix.diagnostics = [diagnostic];
  fix.isPreferred = true;
  return [fix];
}

/** One edit that gives every misquoted quotation of the draft its source wording. */
export function fixAllAction(document: vscode.TextDocument, quotes: readonly QuoteFinding[]): vscode.CodeAction | undefined {
  const edits = fixAllMisquotations(quotes);
  if (edits.length === 0) return undefined;
  const action = new vscode.CodeAction(`Fix all misquotations in this draft (${edits.length})`, FIX_ALL_KIND);
  action.edit = workspaceEdit(document, edits);
  return action;
}

/** The engine's edits as one workspace edit (one undo step). */
function workspaceEdit(document: vscode.TextDocument, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(document.uri, rangeOf(document, e.start, e.end), e.text);
  return edit;
}
