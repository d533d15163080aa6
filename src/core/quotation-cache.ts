/**
 * Findings of earlier checks of one draft, reused while the writer types: a quotation whose text, marks and
 * speaker are unchanged gets its earlier finding moved to where it now stands, without a lookup or an alignment.
 * Everything a finding holds depends on those and on the index alone (its edits lie inside the quotation), so
 * the cache forgets everything when the index changes, and keeps only what the latest check of the draft used.
 */
import type { QuoteFinding, Speaker } from './findings';
import type { PassageIndex } from './index/passage-index';
import type { Quotation } from './quotes/extract';

export interface CacheCounts {
  /** Quotations whose earlier finding was reused. */
  reused: number;
  /** Quotations looked up and aligned afresh. */
  checked: number;
}

export class QuotationCache {
  private index: PassageIndex | undefined;
  private earlier = new Map<string, QuoteFinding>();
  private used = new Map<string, QuoteFinding>();
  private counts: CacheCounts = { reused: 0, checked: 0 };
  /** What the latest finished check did. */
  lastRun: Readonly<CacheCounts> = { reused: 0, checked: 0 };

  /** Starts a check against `index`; findings made against another index are dropped. */
  begin(index: PassageIndex): void {
    if (index !== this.index) {
      this.index = index;
      this.earlier.clear();
    } else {
      for (const [key, finding] of this.used) this.earlier.set(key, finding); // what a cancelled check got through
    }
    this.used = new Map();
    this.counts = { reused: 0, checked: 0 };
  }

  /** The finding of `quotation`: an earlier one moved to its place, or `check()`'s. */
  finding(draft: string, quotation: Quotation, speaker: Speaker | null, check: () => QuoteFinding): QuoteFinding {
    const key = keyOf(draft, quotation, speaker);
    const earlier = this.used.get(key) ?? this.earlier.get(key);
    let finding: QuoteFinding;
    if (earlier) {
      finding = moved(earlier, quotation.open - earlier.open, speaker);
      this.counts.reused++;
    } else {
      finding = check();
      this.counts.checked++;
    }
    this.used.set(key, finding);
    return finding;
  }

  /** Ends a check: only the findings it used are kept for the next one. */
  end(): void {
    this.earlier = this.used;
    this.used = new Map();
    this.lastRun = this.counts;
  }
}

/** The quotation with its marks, where its text starts and ends within them, whether it is ignored, and who says it. */
function keyOf(draft: string, q: Quotation, speaker: Speaker | null): string {
  // the verdict reads the speaker's name, how sure that is and the draft's words for the speaker
  const named = speaker ? `${speaker.name}:${speaker.confidence}:${draft.slice(speaker.start, speaker.end)}` : '';
  return `${q.start - q.open}:${q.end - q.open}:${q.ignored ? 1 : 0}:${named}\u0000${draft.slice(q.open, q.close)}`;
}

function moved(finding: QuoteFinding, by: number, speaker: Speaker | null): QuoteFinding {
  return {
    ...finding,
    start: finding.start + by,
    end: finding.end + by,
    open: finding.open + by,
    close: finding.close + by,
    speaker,
    edits: by === 0 ? finding.edits : finding.edits.map((e) => ({ ...e, draftStart: e.draftStart + by, draftEnd: e.draftEnd + by })),
  };
}
