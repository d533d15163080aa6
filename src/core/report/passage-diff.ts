/**
 * A matched source passage as pieces: the source's words that the draft repeats, and at each difference the
 * source's wording and the draft's. The text report and the hover render the same pieces their own way.
 */
import type { QuoteFinding } from '../findings';
import { isError } from '../match/edits';

export type PassagePiece =
  | { readonly kind: 'same'; readonly text: string }
  | { readonly kind: 'difference'; readonly source: string; readonly draft: string };

export function passageDiff(finding: QuoteFinding): PassagePiece[] {
  const source = finding.source;
  if (!source) return [];
  const body = source.article.body;
  const pieces: PassagePiece[] = [];
  let at = source.start;
  for (const edit of finding.edits.filter(isError)) {
    if (edit.sourceStart > at) pieces.push({ kind: 'same', text: body.slice(at, edit.sourceStart) });
    pieces.push({ kind: 'difference', source: edit.source, draft: edit.draft });
    at = Math.max(at, edit.sourceEnd);
  }
  if (source.end > at) pieces.push({ kind: 'same', text: body.slice(at, source.end) });
  return pieces;
}
