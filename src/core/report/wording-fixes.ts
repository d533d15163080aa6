/**
 * The changes that give a misquotation the source's wording, each titled with what it does
 * (`Replace “cut” with “freeze”`, `Insert “out” as the source has it`), so the writer sees the change before
 * applying it. One fix per difference, and with several differences one for all of them. The source's words
 * are plain text (text/draft-safe.ts), as in every other edit made from a source.
 */
import type { QuoteFinding } from '../findings';
import { isError, type Edit } from '../match/edits';
import type { TextEdit } from '../text/text-edit';
import { sourceWording } from '../fixes';
import { plainText } from '../text/draft-safe';

export interface WordingFix {
  readonly title: string;
  /** Draft offsets, as in the finding. */
  readonly edits: readonly TextEdit[];
  /** The fix to offer first (the whole wording when there are several differences). */
  readonly preferred: boolean;
}

/** Differences fixed one by one at most; beyond this only the whole wording is offered. */
const MAX_SINGLE_FIXES = 3;

export function wordingFixes(finding: QuoteFinding): WordingFix[] {
  if (finding.verdict !== 'misquoted' || !finding.source) return [];
  const errors = finding.edits.filter(isError);
  const singles = errors.length <= MAX_SINGLE_FIXES ? errors.flatMap((e) => singleFix(finding, e, errors.length === 1) ?? []) : [];
  if (errors.length === 1) return singles;
  const whole: WordingFix = {
    title: `Use the source's wording for the whole quotation (${errors.length} changes)`,
    edits: [{ start: finding.start, end: finding.end, text: sourceWording(finding)! }],
    preferred: true,
  };
  return [whole, ...singles];
}

/** The fix of one difference; none when the source's words are nothing but markup (plain text: empty). */
function singleFix(finding: QuoteFinding, edit: Edit, preferred: boolean): WordingFix | undefined {
  // The source's words go into the draft: through the one gate, as plain text (no tag, comment or mark).
  const source = plainText(sourceWords(finding, edit));
  const draft = oneLine(edit.draft);
  if (!source && edit.kind !== 'insertion') return undefined;
  const at = (offset: number): string => finding.text[offset - finding.start] ?? '';
  switch (edit.kind) {
    case 'deletion': {
      // The left-out words go before the word that follows them, or after the last word.
      const atEnd = edit.draftStart >= finding.end;
      return { title: `Insert ${quoted(source)} as the source has it`, edits: [{ start: edit.draftStart, end: edit.draftStart, text: atEnd ? ` ${source}` : `${source} ` }], preferred };
    }
    case 'insertion': {
      // The added words go with one space next to them, so no double space is left.
      const start = at(edit.draftEnd) === ' ' || edit.draftStart === finding.start ? edit.draftStart : at(edit.draftStart - 1) === ' ' ? edit.draftStart - 1 : edit.draftStart;
      const end = start === edit.draftStart && at(edit.draftEnd) === ' ' ? edit.draftEnd + 1 : edit.draftEnd;
      return { title: `Remove ${quoted(draft)}, which the source does not have`, edits: [{ start, end, text: '' }], preferred };
    }
    default:
      return { title: `Replace ${quoted(draft)} with ${quoted(source)}`, edits: [{ start: edit.draftStart, end: edit.draftEnd, text: source }], preferred };
  }
}

/** Furthest a tag cut by a difference's source words is followed to be taken whole. */
const MAX_TAG = 200;

/**
 * The source's words of a difference, with any tag or comment they cut or sit in taken whole: a source's inline
 * HTML is words to the aligner (`<b>winter</b>` gives `b>winter</b`, `<!-- x -->` a left-out `x`), and plain
 * text of half a tag would keep its `b>`, of a comment's inside its words.
 */
function sourceWords(finding: QuoteFinding, edit: Edit): string {
  const body = finding.source?.article.body;
  if (body === undefined) return edit.source;
  const start = openMarkup(body, edit.sourceStart) ?? edit.sourceStart;
  let end = edit.sourceEnd;
  if (openMarkup(body, end) !== undefined) {
    const close = body.indexOf('>', end);
    if (close >= 0 && close - end <= MAX_TAG) end = close + 1;
  }
  return body.slice(start, end);
}

/** The offset of a tag or comment still open at `at` (a `<` and a letter, `/`, `!` or `?`, no `>` since). */
function openMarkup(body: string, at: number): number | undefined {
  const lt = body.lastIndexOf('<', at - 1);
  if (lt < 0 || at - lt > MAX_TAG || !/[A-Za-z\/!?]/.test(body[lt + 1] ?? '')) return undefined;
  return body.slice(lt, at).includes('>') ? undefined : lt;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function quoted(text: string): string {
  return `“${text.length > 40 ? `${text.slice(0, 39)}…` : text}”`;
}
