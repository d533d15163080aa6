/**
 * The engine's findings: the verdicts and what a checked quotation and draft carry. Kept apart from the checker
 * so that the language layer, the reports and the hosts can read findings without importing the orchestrator.
 */
import type { NameSpan } from './language/names';
import type { Edit } from './match/edits';
import type { Article } from './sources/article';
import type { Verdict } from './verdicts';

export type { Verdict } from './verdicts';

export interface SourcePassage {
  readonly article: Article;
  /** Offsets of the matched passage in `article.body`. */
  readonly start: number;
  readonly end: number;
  /** Whom the source attributes the passage to, when it says. */
  readonly speaker: string | null;
  /** How sure that reading of the source is, 0..1 (0 when it names nobody). */
  readonly speakerConfidence: number;
  /** The source's own words for the speaker at the passage (`Clinton`, `the minister`), before coreference. */
  readonly speakerNamedAs: string | null;
}

/** Where a text names a speaker (a name, pronoun or description), whom it stands for, and how sure that is. */
export interface Speaker extends NameSpan {
  /** 0..1; `misattributed` needs a confident reading (attribution/attribute.ts). */
  readonly confidence: number;
  /** Described, not named (`a State Department official`): `name` is the description; no actor of the draft. */
  readonly unnamed?: true;
}

export type UncheckedReason = 'short' | 'long' | 'title' | 'ignored';

export interface QuoteFinding {
  readonly start: number;
  readonly end: number;
  /** Offsets of the opening mark and just after the closing one (equal to start/end for block quotes). */
  readonly open: number;
  readonly close: number;
  readonly text: string;
  readonly verdict: Verdict;
  /** The speaker the draft names, with its offsets in the draft. */
  readonly speaker: Speaker | null;
  readonly source: SourcePassage | null;
  readonly edits: readonly Edit[];
  readonly message: string;
  /** Why a quotation was not checked: too short, too long, a title, or ignored by the writer. */
  readonly uncheckedBecause?: UncheckedReason;
}

export interface DraftReport {
  readonly quotes: QuoteFinding[];
  /** The draft with non-prose (front matter, code, comments, block markers) blanked, offsets unchanged. */
  readonly prose: string;
  /** Offsets of quotation marks that open or close nothing. */
  readonly unbalanced: number[];
}
