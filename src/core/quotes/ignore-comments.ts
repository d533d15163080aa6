/**
 * The ignore comments, read and written here only: `<!-- sourcecheck-ignore -->` skips the next quotation,
 * `<!-- sourcecheck-ignore-file -->` anywhere skips the whole draft.
 */
import type { TextEdit } from '../text/text-edit';

export const IGNORE_COMMENT = '<!-- sourcecheck-ignore -->';
export const IGNORE_FILE_COMMENT = '<!-- sourcecheck-ignore-file -->';

const IGNORE = /^<!--\s*sourcecheck-ignore(-file)?\s*-->$/;

/** What an HTML comment (the whole `<!-- ... -->`) asks for, if it is an ignore comment. */
export function ignoreScope(comment: string): 'next' | 'file' | undefined {
  const match = IGNORE.exec(comment);
  return match ? (match[1] ? 'file' : 'next') : undefined;
}

/** The edit that makes the checker skip the quotation whose opening mark is at `open`. */
export function ignoreQuotationEdit(open: number): TextEdit {
  return { start: open, end: open, text: IGNORE_COMMENT };
}
