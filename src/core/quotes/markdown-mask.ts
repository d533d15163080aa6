/**
 * Hides the parts of a Markdown draft that are not prose, by overwriting them with spaces so that every offset
 * stays valid: front matter, fenced code, inline code, HTML comments and tags, link targets, footnote
 * definitions and a Sources/References section (citations quote titles; they are not quotations).
 * Block-quote markers (`>`) are blanked too, so a quotation spanning quoted lines reads as one text.
 */
import { parseFrontMatter } from '../sources/front-matter';
import { ignoreScope } from './ignore-comments';

export interface Directive {
  readonly offset: number;
  readonly scope: 'next' | 'file';
}

export interface MaskedDraft {
  /** Same length as the draft; hidden characters are spaces, line breaks are kept. */
  readonly text: string;
  /** Offsets of lines that started with a block-quote marker, by line start. */
  readonly blockQuoteLines: ReadonlySet<number>;
  /** `<!-- sourcecheck-ignore -->` (next quotation) and `<!-- sourcecheck-ignore-file -->` comments. */
  readonly directives: readonly Directive[];
}

export function maskMarkdown(draft: string): MaskedDraft {
  const hidden: Array<[number, number]> = [];
  const blank = (from: number, to: number): void => {
    if (to > from) hidden.push([from, to]);
  };
  const isHidden = (at: number): boolean => hidden.some(([from, to]) => from <= at && at < to);
  blank(0, parseFrontMatter(draft).end);
  const directives: Directive[] = [];
  for (const match of draft.matchAll(/<!--[\s\S]*?(?:-->|$)/g)) {
    const scope = ignoreScope(match[0]);
    if (scope) directives.push({ offset: match.index, scope });
    blank(match.index, match.index + match[0].length);
  }
  for (const match of draft.matchAll(/^( {0,3})(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\2[ \t]*$|(?![\s\S]))/gm)) {
    blank(match.index, match.index + match[0].length);
  }
  for (const match of draft.matchAll(/(`+)[^`\n][\s\S]*?\1/g)) if (!isHidden(match.index)) blank(match.index, match.index + match[0].length);
  // Citations are not quotations: footnote definitions, and the list under a Sources/References heading.
  for (const match of draft.matchAll(/^\[\^[^\]\n]+\]:.*$/gm)) blank(match.index, match.index + match[0].length);
  for (const match of draft.matchAll(/^#{1,6}[ \t]+(?:Sources|References|Bibliography|Works cited|Notes)[ \t]*\r?\n[\s\S]*?(?=^#{1,6}[ \t]|(?![\s\S]))/gim)) {
    blank(match.index, match.index + match[0].length);
  }
  for (const match of draft.matchAll(/\]\([^)\n]*\)|<(?:https?:|mailto:)[^>\s]*>|<\/?[A-Za-z][^<>\n]*>/g)) {
    const skip = match[0].startsWith(']') ? 1 : 0; // keep the link text's closing bracket
    blank(match.index + skip, match.index + match[0].length);
  }
  const blockQuoteLines = new Set<number>();
  let lineStart = 0;
  for (const line of draft.split('\n')) {
    const marker = /^ {0,3}((?:> ?)+)/.exec(line);
    if (marker && !isHidden(lineStart + marker[0].indexOf('>'))) {
      blockQuoteLines.add(lineStart);
      blank(lineStart, lineStart + marker[0].length);
    }
    lineStart += line.length + 1;
  }
  return { text: blankRanges(draft, hidden), blockQuoteLines, directives };
}

/** `text` with the given ranges overwritten by spaces, line breaks kept so that lines and offsets stay put. */
function blankRanges(text: string, ranges: Array<[number, number]>): string {
  if (ranges.length === 0) return text;
  ranges.sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let at = 0;
  for (const [from, to] of ranges) {
    if (to <= at) continue;
    const start = Math.max(from, at);
    parts.push(text.slice(at, start), text.slice(start, to).replace(/[^\r\n]/g, ' '));
    at = to;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
