/**
 * A check of a draft just edited inside one quotation, made without reading its prose again. Typing a letter
 * moves every offset after it, so the reading of who says what (sentences, names, coreference: most of a check
 * of a long draft) is made afresh; but an edit inside a quotation changes no speaker in all but rare cases. Here
 * the speakers of the draft's last report, moved by the edit, stand in for that reading, and only the quotations
 * whose words changed are looked up again.
 *
 * It is provisional: the editor publishes it at once, then checks the draft in full and publishes that where the
 * two differ (a quotation that grew past a length the reading counts, say). Undefined when the edit is not one of
 * a few characters within one quotation's words, away from its ends (what a reading of the prose may look at).
 */
import { checkReading, type CheckOptions } from './check';
import type { DraftReport, QuoteFinding, Speaker } from './findings';
import type { PassageIndex } from './index/passage-index';
import { extractQuotations, type Quotation } from './quotes/extract';
import { differenceOf } from './text/difference';

/** The last checked text of a draft and its report. */
export interface LastCheck {
  readonly text: string;
  readonly report: DraftReport;
}

/** Characters at either end of a quotation's words an edit must stay clear of (a reading looks at a quotation's first and last). */
const END_MARGIN = 2;
/** An edit longer than this is not typing. */
const MAX_EDIT = 16;
/** A quotation mark or a line break typed or deleted may change which quotations there are. */
const MARK_OR_BREAK = /[\n"'\u2018\u2019\u201A\u201C\u201D\u201E\u00AB\u00BB]/;

export function provisionalCheck(draft: string, last: LastCheck, index: PassageIndex, options: CheckOptions = {}): DraftReport | undefined {
  const edit = differenceOf(last.text, draft);
  if (!edit || Math.max(edit.beforeEnd, edit.afterEnd) - edit.at > MAX_EDIT) return undefined;
  if (MARK_OR_BREAK.test(last.text.slice(edit.at, edit.beforeEnd)) || MARK_OR_BREAK.test(draft.slice(edit.at, edit.afterEnd))) return undefined;
  const before = last.report.quotes;
  const edited = before.findIndex((q) => q.start + END_MARGIN <= edit.at && edit.beforeEnd <= q.end - END_MARGIN);
  if (edited < 0) return undefined;
  const extraction = extractQuotations(draft);
  const shift = edit.afterEnd - edit.beforeEnd;
  if (extraction.quotations.length !== before.length || !extraction.quotations.every((q, k) => samePlace(q, before[k]!, k === edited, edit.at, shift))) return undefined;
  const speakers = before.map((q) => q.speaker && moved(q.speaker, edit.at, shift));
  return checkReading(draft, { extraction, speakers }, index, options);
}

/** Whether the new quotation `q` is the old one `was`, its words changed by the edit (`edited`) or moved whole. */
function samePlace(q: Quotation, was: QuoteFinding, edited: boolean, at: number, shift: number): boolean {
  const by = (offset: number): number => (offset >= at ? offset + shift : offset);
  if (edited) return q.open === was.open && q.start === was.start && q.end === was.end + shift && q.close === was.close + shift;
  return q.open === by(was.open) && q.start === by(was.start) && q.end === by(was.end) && q.close === by(was.close);
}

function moved(speaker: Speaker, at: number, shift: number): Speaker {
  return speaker.start >= at ? { ...speaker, start: speaker.start + shift, end: speaker.end + shift } : speaker;
}

/**
 * Whether two reports of the same text say the same of every quotation (verdict, message, speaker, passage) and
 * of its marks: when the full check agrees with the provisional one, nothing needs publishing again.
 */
export function sameReport(a: DraftReport, b: DraftReport): boolean {
  return a.quotes.length === b.quotes.length && a.unbalanced.length === b.unbalanced.length &&
    a.unbalanced.every((at, k) => at === b.unbalanced[k]) && a.quotes.every((q, k) => sameFinding(q, b.quotes[k]!));
}

function sameFinding(a: QuoteFinding, b: QuoteFinding): boolean {
  return a.start === b.start && a.end === b.end && a.open === b.open && a.close === b.close && a.verdict === b.verdict &&
    a.message === b.message && a.uncheckedBecause === b.uncheckedBecause && JSON.stringify(a.edits) === JSON.stringify(b.edits) &&
    sameSpeakerReading(a.speaker, b.speaker) && a.source?.article.file === b.source?.article.file && a.source?.start === b.source?.start && a.source?.end === b.source?.end;
}

/** The same speaker read at the same place (not source-passage.ts's sameSpeaker, which compares names across texts). */
function sameSpeakerReading(a: Speaker | null, b: Speaker | null): boolean {
  return a === b || (a !== null && b !== null && a.name === b.name && a.start === b.start && a.end === b.end && a.confidence === b.confidence && a.unnamed === b.unnamed);
}
