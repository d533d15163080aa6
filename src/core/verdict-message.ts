/** The one-line explanation of a finding, as the writer reads it in a terminal or the Problems panel. */
import type { QuoteFinding } from './findings';
import type { Edit } from './match/edits';

export function describeFinding(finding: Omit<QuoteFinding, 'message'>): string {
  const source = finding.source;
  const title = source ? `"${source.article.meta.title}"` : '';
  switch (finding.verdict) {
    case 'exact':
      return `Matches ${title}.`;
    case 'edited':
      return `Matches ${title} with accepted edits: ${finding.edits.map(describeEdit).join('; ')}.`;
    case 'misquoted':
      return `Differs from ${title}: ${finding.edits.filter((e) => !isAccepted(e)).map(describeEdit).join('; ')}.`;
    case 'misattributed':
      return `Attributed to ${finding.speaker?.name ?? 'someone'}, but ${title} attributes it to ${source?.speaker ?? 'someone else'}.`;
    case 'unsourced':
      return 'No indexed source contains this quotation.';
    case 'unchecked':
      return finding.uncheckedBecause === 'ignored' ? 'Ignored (sourcecheck-ignore).'
        : finding.uncheckedBecause === 'long' ? 'Too long to be one quotation (a stray quotation mark?); not checked.'
        : finding.uncheckedBecause === 'title' ? 'Looks like a title; not checked.'
        : 'Too short to check.';
  }
}

const ACCEPTED = new Set(['case', 'punctuation', 'quote-marks', 'bracket', 'sic', 'ellipsis']);
function isAccepted(edit: Edit): boolean {
  return ACCEPTED.has(edit.kind);
}

export function describeEdit(edit: Edit): string {
  const d = `"${edit.draft}"`;
  const s = `"${edit.source}"`;
  switch (edit.kind) {
    case 'substitution':
    case 'number':
      return `${d} where the source has ${s}`;
    case 'insertion':
      return `${d} is not in the source`;
    case 'deletion':
      return `${s} is left out without an ellipsis`;
    case 'transposition':
      return `${d} is ${s} in the source`;
    case 'ellipsis':
      return edit.changesMeaning ? `ellipsis omits ${s}, which changes the meaning` : `ellipsis for ${s}`;
    case 'bracket':
      return edit.source ? `${d} for ${s}` : `${d} added`;
    case 'sic':
      return '[sic]';
    case 'case':
      return `${d} for ${s}`;
    case 'quote-marks':
      return 'inner quotation marks made single';
    case 'punctuation':
      return `punctuation ${d.trim()} for ${s.trim()}`;
  }
}
