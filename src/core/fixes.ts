/**
 * The edits that fix a finding, as plain offsets in the draft; hosts turn them into their own edit objects
 * (one undo step each). A fix is offered only when the finding says what the right text is.
 */
import type { QuoteFinding } from './findings';
import { ignoreQuotationEdit } from './quotes/ignore-comments';
import { plainText } from './text/draft-safe';
import type { TextEdit } from './text/text-edit';

/**
 * The source's words for the quotation, on one line. They go into the draft, so through the one gate
 * (text/draft-safe.ts): plain text, never a comment, tag, link or control character.
 */
export function sourceWording(finding: QuoteFinding): string | undefined {
  const source = finding.source;
  return source ? plainText(source.article.body.slice(source.start, source.end)) : undefined;
}

/** A misquotation replaced by the source's wording. */
export function useSourceWording(finding: QuoteFinding): TextEdit | undefined {
  const wording = finding.verdict === 'misquoted' ? sourceWording(finding) : undefined;
  return wording === undefined ? undefined : { start: finding.start, end: finding.end, text: wording };
}

/** A misattribution fixed by naming the speaker the source names, where the draft names one. */
export function creditSourceSpeaker(finding: QuoteFinding): TextEdit | undefined {
  const named = plainText(finding.source?.speaker ?? '', 200); // from a source: plain text only
  if (finding.verdict !== 'misattributed' || !named || !finding.speaker) return undefined;
  return { start: finding.speaker.start, end: finding.speaker.end, text: named };
}

/** Every misquotation of a draft replaced by its source's wording (non-overlapping, one edit per quotation). */
export function fixAllMisquotations(quotes: readonly QuoteFinding[]): TextEdit[] {
  return quotes.flatMap((q) => useSourceWording(q) ?? []);
}

/** The ignore comment before the quotation's opening mark. */
export function ignoreQuotation(finding: QuoteFinding): TextEdit {
  return ignoreQuotationEdit(finding.open);
}
