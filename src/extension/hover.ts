/**
 * Hover citations, short enough to read without scrolling: the actions first (open the source at the
 * passage, insert or copy a citation), one line of verdict, the source's sentence(s) around the passage with
 * only the differing words marked (the source's words struck through, the draft's in bold), and one line of
 * outlet · date · speaker · link. The diagnostic's message, which VS Code shows above a hover on the
 * underlined words, is never repeated. Everything taken from a draft or an article is escaped, and only our
 * own commands are enabled.
 */
import * as vscode from 'vscode';
import { clockTime, longDate, messageParts, passageContext, passageLocator, safeUrl, type QuoteFinding, type SourcePassage } from '../core';
import type { FindingsStore } from './findings';
import { commandLink, escapeMarkdown } from './markdown';
import type { SettingsStore } from './settings';

export const HOVER_COMMANDS = ['sourcecheck.openSource', 'sourcecheck.insertCitation', 'sourcecheck.copyCitation'];

export function registerHover(findings: FindingsStore, _settings: SettingsStore, selector: vscode.DocumentSelector): vscode.Disposable {
  return vscode.languages.registerHoverProvider(selector, {
    provideHover(document, position) {
      const finding = findings.findingAt(document, document.offsetAt(position));
      if (!finding) return undefined;
      const markdown = new vscode.MarkdownString(hoverMarkdown(document, finding));
      markdown.isTrusted = { enabledCommands: HOVER_COMMANDS };
      markdown.supportHtml = false;
      return new vscode.Hover(markdown, new vscode.Range(document.positionAt(finding.open), document.positionAt(finding.close)));
    },
  });
}

export function hoverMarkdown(document: vscode.TextDocument, finding: QuoteFinding): string {
  const source = finding.source;
  const lines: string[] = [];
  if (source) {
    const at = { file: source.article.file, start: source.start, end: source.end };
    const insertAt = { uri: document.uri.toString(), version: document.version, offset: finding.close, file: source.article.file };
    lines.push([
      commandLink('Open source', 'sourcecheck.openSource', at),
      commandLink('Insert citation', 'sourcecheck.insertCitation', insertAt),
      commandLink('Copy citation', 'sourcecheck.copyCitation', { file: source.article.file, start: source.start }),
    ].join(' · '), '');
  }
  lines.push(verdictLine(finding));
  if (source) lines.push('', `> ${contextMarkdown(finding)}`, '', metadataLine(source));
  return lines.join('\n');
}

/** What the verdict means for this quotation, in other words than the diagnostic's message. */
function verdictLine(finding: QuoteFinding): string {
  const head = `**Sourcecheck: ${finding.verdict}**`;
  switch (finding.verdict) {
    case 'exact':
      return `${head} · word for word as the source has it`;
    case 'edited':
      return `${head} · only accepted editorial changes`;
    case 'misquoted': {
      const n = passageContext(finding)?.pieces.filter((p) => p.kind === 'difference').length ?? 0;
      return `${head} · ${n} difference${n === 1 ? '' : 's'}: ~~struck~~ the source's words, **bold** the draft's`;
    }
    case 'misattributed':
      return `${head} · the source names **${escapeMarkdown(finding.source?.speaker ?? 'someone else')}** as the speaker`;
    case 'unsourced':
      return `${head} · no indexed source has a passage close to it (a quotation from your own reporting needs none)`;
    case 'unchecked':
      return `${head} · ${escapeMarkdown(messageParts(finding).detail)}`;
  }
}

/** The source's sentence(s) around the passage: the source's differing words struck, the draft's in bold. */
function contextMarkdown(finding: QuoteFinding): string {
  const context = passageContext(finding);
  if (!context) return '';
  const text = (t: string): string => (t.trim() ? escapeMarkdown(t) : t.replace(/\s+/g, ' '));
  const marked = context.pieces.map((p) => (p.kind === 'same' ? text(p.text)
    : [p.source && `~~${escapeMarkdown(p.source.trim())}~~`, p.draft && `**${escapeMarkdown(p.draft.trim())}**`].filter(Boolean).join(' ')));
  return `${text(context.before)}${marked.join('')}${text(context.after)}`;
}

/** Outlet · date · page or time (PDFs, transcripts) · speaker · link to the article. */
function metadataLine(source: SourcePassage): string {
  const meta = source.article.meta;
  const locator = passageLocator(source.article, source.start);
  const parts = [
    meta.outlet,
    longDate(meta.date),
    locator?.page !== undefined ? `p. ${locator.page}` : locator?.time !== undefined ? `at ${clockTime(locator.time)}` : undefined,
    source.speaker ? `said by ${source.speaker}` : undefined,
  ].filter((x): x is string => Boolean(x)).map(escapeMarkdown);
  const title = escapeMarkdown(meta.title.length > 70 ? `${meta.title.slice(0, 69)}…` : meta.title);
  // A link whose target is percent-encoded, not backslash-escaped: VS Code 1.137 kept the backslashes inside an
  // auto-linked URL (`https://en%5C.wikinews...`). Only http(s) targets are linked.
  const url = safeUrl(meta.url);
  parts.push(url ? `[${title}](${url})` : `*${title}*`);
  return parts.join(' · ');
}
