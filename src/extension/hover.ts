/**
 * Hover citations: on a quotation, its verdict, the source passage (matched words in bold, differences
 * struck through with the draft's wording beside them), the source's metadata and a ready citation, and
 * links to open the source, insert the citation or copy it. Everything taken from a draft or an article is
 * escaped, and only our own commands are enabled in the hover.
 */
import * as vscode from 'vscode';
import { safeUrl, clockTime, formatCitation, longDate, passageDiff, passageLocator, type CitationStyle, type QuoteFinding } from '../core';
import type { FindingsStore } from './findings';
import { commandLink, escapeMarkdown } from './markdown';
import type { SettingsStore } from './settings';

export const HOVER_COMMANDS = ['sourcecheck.openSource', 'sourcecheck.insertCitation', 'sourcecheck.copyCitation'];

export function registerHover(findings: FindingsStore, settings: SettingsStore, selector: vscode.DocumentSelector): vscode.Disposable {
  return vscode.languages.registerHoverProvider(selector, {
    provideHover(document, position) {
      const finding = findings.findingAt(document, document.offsetAt(position));
      if (!finding) return undefined;
      const markdown = new vscode.MarkdownString(hoverMarkdown(document, finding, settings.current.citationStyle));
      markdown.isTrusted = { enabledCommands: HOVER_COMMANDS };
      markdown.supportHtml = false;
      return new vscode.Hover(markdown, new vscode.Range(document.positionAt(finding.open), document.positionAt(finding.close)));
    },
  });
}

export function hoverMarkdown(document: vscode.TextDocument, finding: QuoteFinding, style: CitationStyle): string {
  const lines = [`**Sourcecheck: ${finding.verdict}**${finding.speaker ? ` — quoted as ${escapeMarkdown(finding.speaker.name)}` : ''}`, '', escapeMarkdown(finding.message)];
  const source = finding.source;
  if (!source) return lines.join('\n');
  const meta = source.article.meta;
  const locator = passageLocator(source.article, source.start);
  lines.push('', `> ${markedPassage(finding)}`, '');
  const where = locator?.page !== undefined ? `p. ${locator.page}` : locator?.time !== undefined ? `at ${clockTime(locator.time)}` : undefined;
  const details = [meta.outlet, longDate(meta.date), meta.author, where].filter((x): x is string => Boolean(x)).map(escapeMarkdown);
  lines.push(`*${escapeMarkdown(meta.title)}*${details.length ? ` — ${details.join(', ')}` : ''}`);
  // A link whose target is percent-encoded, not backslash-escaped: VS Code 1.137 kept the backslashes inside an
  // auto-linked URL (`https://en%5C.wikinews...`). Only http(s) targets are linked.
  const url = safeUrl(meta.url);
  if (url) lines.push('', `[${escapeMarkdown(url)}](${url})`);
  if (source.speaker) lines.push('', `The source attributes it to **${escapeMarkdown(source.speaker)}**.`);
  lines.push('', `Citation: ${escapeMarkdown(formatCitation(meta, style, locator))}`);
  const at = { file: source.article.file, start: source.start, end: source.end };
  const insertAt = { uri: document.uri.toString(), version: document.version, offset: finding.close, file: source.article.file };
  lines.push('', [
    commandLink('Open source', 'sourcecheck.openSource', at),
    commandLink('Insert citation', 'sourcecheck.insertCitation', insertAt),
    commandLink('Copy citation', 'sourcecheck.copyCitation', { file: source.article.file, start: source.start }),
  ].join(' · '));
  return lines.join('\n');
}

/** The source passage with matched words in bold and each difference as ~~source~~ *(draft)*. */
function markedPassage(finding: QuoteFinding): string {
  return passageDiff(finding)
    .map((p) => (p.kind === 'same' ? bold(p.text)
      : `${p.source ? ` ~~${escapeMarkdown(p.source)}~~ ` : ''}${p.draft ? ` *(draft: ${escapeMarkdown(p.draft)})* ` : ''}`))
    .join('');
}

function bold(text: string): string {
  const trimmed = text.trim();
  return trimmed ? `**${escapeMarkdown(trimmed)}**` : '';
}
