/**
 * Inserting citations: for the quotation at the cursor or a picked source, in the configured style (or one
 * given to the command, or switched to in the picker for this insertion), placed before the sentence's final
 * punctuation (placement.ts; footnote markers after it), as inline text, a link, a Pandoc key, an APA/Chicago reference or a numbered
 * footnote; citing every verified quotation at once; inserting a bibliography. Each command is one edit (one
 * undo step) that leaves the rest of the draft as it was, and refuses a document that changed since it was
 * offered.
 */
import * as vscode from 'vscode';
import {
  bibliography, citedSources, citeWithFootnotes, CITATION_STYLES, footnoteOffset, formatCitation, isProblem, isVerified,
  passageLocator, placeCitation, type Article, type CitationStyle, type Locator, type QuoteFinding, type TextEdit,
} from '../core';
import type { DraftChecker } from './diagnostics';
import type { CheckedDocument, FindingsStore } from './findings';
import { pickSource } from './source-picker';
import type { SettingsStore } from './settings';
import type { WorkspaceSources } from './workspace-sources';

export interface CitationDeps {
  readonly sources: WorkspaceSources;
  readonly checker: DraftChecker;
  readonly findings: FindingsStore;
  readonly settings: SettingsStore;
}

/** Where to insert a citation: a draft at a version, an offset, the source to cite, and a style. */
export interface InsertCitationArgs {
  readonly uri?: string;
  readonly version?: number;
  readonly offset?: number;
  readonly file?: string;
  readonly style?: CitationStyle;
  /** Set when the writer already agreed to cite a quotation whose verdict is a problem. */
  readonly confirmed?: boolean;
}


export function registerCitationCommands(deps: CitationDeps): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('sourcecheck.insertCitation', (args?: InsertCitationArgs) => insertCitation(deps, args ?? {})),
    vscode.commands.registerCommand('sourcecheck.citeAllVerified', (args?: { uri?: string; style?: CitationStyle }) => citeAllVerified(deps, args ?? {})),
    vscode.commands.registerCommand('sourcecheck.insertBibliography', (args?: { uri?: string; style?: CitationStyle }) => insertBibliography(deps, args ?? {})),
  );
}

function styleOf(deps: CitationDeps, requested: CitationStyle | undefined): CitationStyle {
  return requested && CITATION_STYLES.includes(requested) ? requested : deps.settings.current.citationStyle;
}

/** The draft to edit; a source (or any document that is not a draft) is refused with a message: never written. */
async function draftFor(deps: CitationDeps, uri: string | undefined): Promise<vscode.TextDocument | undefined> {
  const document = uri ? await vscode.workspace.openTextDocument(vscode.Uri.parse(uri)) : vscode.window.activeTextEditor?.document;
  if (document && !deps.checker.isDraft(document)) {
    const what = deps.sources.isSource(document) ? 'the active file is a source, and Sourcecheck never writes to a source' : 'the active file is not a draft';
    void vscode.window.showWarningMessage(`Sourcecheck: citations go into a draft; ${what}.`);
    return undefined;
  }
  return document;
}

/** What to cite where: a source, after a quotation (placed by the style's rules) or at a bare offset. */
interface CitationSite {
  readonly article: Article;
  readonly quotation?: QuoteFinding;
  readonly offset: number;
  /** The page or time of the quoted passage, when the citation is for the quotation's own source. */
  readonly locator?: Locator;
}

/** The page or time of the quoted passage, when the citation is for the quotation's own source. */
function locatorOf(quotation: QuoteFinding | undefined, article: Article): { locator?: Locator } {
  const locator = quotation?.source?.article.file === article.file ? passageLocator(article, quotation.source.start) : undefined;
  return locator ? { locator } : {};
}

/** The edits that cite each site's article in `style`. */
function citationEdits(document: vscode.TextDocument, citations: readonly CitationSite[], style: CitationStyle): TextEdit[] {
  const text = document.getText();
  if (style === 'footnote') {
    return citeWithFootnotes(text, citations.map((c) => ({
      offset: c.quotation ? footnoteOffset(text, c.quotation) : c.offset, source: c.article.meta, ...(c.locator ? { locator: c.locator } : {}),
    })));
  }
  return citations.flatMap(({ offset, article, quotation, locator }) => {
    const citation = formatCitation(article.meta, style, locator);
    return quotation ? placeCitation(text, quotation, citation, style) : [{ start: offset, end: offset, text: ` ${citation}` }];
  });
}

/**
 * The findings of `document` as it is now, checking it first when they are stale (checkOn `save` or `manual`,
 * or a command run within the debounce after typing); else these commands would miss its quotations.
 */
function currentFindings(deps: CitationDeps, document: vscode.TextDocument): CheckedDocument | undefined {
  if (!deps.findings.current(document)) deps.checker.check(document); // checkOn save/manual, or within the debounce
  return deps.findings.current(document);
}

async function applyTextEdits(document: vscode.TextDocument, edits: readonly TextEdit[]): Promise<boolean> {
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(document.uri, new vscode.Range(document.positionAt(e.start), document.positionAt(e.end)), e.text);
  return vscode.workspace.applyEdit(edit);
}

async function insertCitation(deps: CitationDeps, args: InsertCitationArgs): Promise<boolean> {
  const document = await draftFor(deps, args.uri);
  if (!document) return false;
  if (args.version !== undefined && args.version !== document.version) {
    void vscode.window.showWarningMessage('Sourcecheck: the draft changed since this citation was offered; try again.');
    return false;
  }
  const editor = vscode.window.activeTextEditor;
  const cursor = editor?.document === document ? document.offsetAt(editor.selection.active) : document.getText().length;
  currentFindings(deps, document);
  const quotation = deps.findings.findingAt(document, args.offset ?? cursor);
  if (quotation && isProblem(quotation.verdict) && !args.confirmed && !(await confirmProblem(quotation))) return false;
  let style = styleOf(deps, args.style);
  let file = args.file;
  if (!file) {
    const picked = await pickSource(deps.sources, quotation?.source?.article.file, style);
    file = picked?.file;
    if (picked) style = picked.style;
  }
  const article = file ? deps.sources.article(file) : undefined;
  if (!article) return false;
  // Cited at the quotation when there is one at the offset (or at the cursor), else at the bare offset.
  const site: CitationSite = quotation ? { article, quotation, offset: quotation.close, ...locatorOf(quotation, article) } : { article, offset: args.offset ?? cursor };
  return applyTextEdits(document, citationEdits(document, [site], style));
}

/** Asks before citing a quotation whose verdict is a problem; true to cite anyway. */
async function confirmProblem(quotation: QuoteFinding): Promise<boolean> {
  const picked = await vscode.window.showQuickPick(
    [
      { label: '$(quote) Cite anyway', cite: true },
      { label: '$(close) Don\'t cite', detail: 'Fix the quotation first: its quick fixes give the source\'s wording or speaker.', cite: false },
    ],
    { placeHolder: `This quotation is ${quotation.verdict}: ${quotation.message}`, ignoreFocusOut: false },
  );
  return picked?.cite === true;
}

/** Cites the source of every exact or edited quotation that has no citation yet right after it. */
async function citeAllVerified(deps: CitationDeps, args: { uri?: string; style?: CitationStyle }): Promise<number> {
  const document = await draftFor(deps, args.uri);
  const checked = document && currentFindings(deps, document);
  if (!document || !checked) return 0;
  const style = styleOf(deps, args.style);
  const citations = checked.report.quotes
    .filter((q) => isVerified(q.verdict) && q.source && !alreadyCited(document, q, style))
    .map((q) => ({ offset: q.close, quotation: q, article: q.source!.article, ...locatorOf(q, q.source!.article) }));
  if (citations.length === 0) return 0;
  return (await applyTextEdits(document, citationEdits(document, citations, style))) ? citations.length : 0;
}

/** Appends (or replaces) a `## Sources` section listing what the draft cites or quotes. */
async function insertBibliography(deps: CitationDeps, args: { uri?: string; style?: CitationStyle }): Promise<boolean> {
  const document = await draftFor(deps, args.uri);
  const checked = document && currentFindings(deps, document);
  if (!document || !checked) return false;
  const text = document.getText();
  const articles = citedSources(text, checked.report, deps.sources.passageIndex.articles.map((a) => a.article));
  if (articles.length === 0) {
    void vscode.window.showInformationMessage('Sourcecheck: this draft neither quotes nor cites an indexed source yet.');
    return false;
  }
  const section = bibliography(articles.map((a) => a.meta), styleOf(deps, args.style));
  // `\r?\n`: a CRLF draft's section was not found, so each call added another one. (Fix.)
  const existing = /^## Sources\r?\n[\s\S]*?(?=^#{1,2} |(?![\s\S]))/m.exec(text);
  const edit: TextEdit = existing
    ? { start: existing.index, end: existing.index + existing[0].length, text: section }
    : { start: text.length, end: text.length, text: `${text.endsWith('\n\n') ? '' : text.endsWith('\n') ? '\n' : '\n\n'}${section}` };
  return applyTextEdits(document, [edit]);
}

/** A citation just after the closing mark, or already where this style puts one (before the sentence's period). */
function alreadyCited(document: vscode.TextDocument, quotation: QuoteFinding, style: CitationStyle): boolean {
  const text = document.getText();
  const site = style === 'footnote' ? footnoteOffset(text, quotation) : placeCitation(text, quotation, '', style).at(-1)!.start;
  const citation = String.raw`(?:\[\^[^\]]+\]|\[@[^\]]+\]|\([^)]*(?:\d{4}|p\. ?\d+|\d:\d\d)\)|\[[^\]]+\]\([^)]+\))`;
  return new RegExp(`^[.,]?\\s?${citation}`).test(text.slice(quotation.close, quotation.close + 200)) ||
    new RegExp(`${citation}\\s*$`).test(text.slice(quotation.close, Math.max(quotation.close, site)));
}
