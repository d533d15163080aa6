/** What an attribution says of a quotation: who, found how, and how surely. */
import type { NameSpan } from '../language/names';

export type AttributionHow = 'before' | 'after' | 'colon' | 'block' | 'continuation' | 'pronoun' | 'description' | 'previous';

export interface Attribution {
  /** Where the text names the speaker (a name, pronoun or description) and whom that stands for (`name`). */
  readonly speaker: NameSpan;
  readonly how: AttributionHow;
  /** 0..1: how sure the reading is. `misattributed` is only raised on confident readings of both sides. */
  readonly confidence: number;
  /**
   * The speaker is described, not named (`a State Department official`, `a spokesman for Ana Ruiz`): shown as the
   * text describes them, never above UNNAMED_CONFIDENCE, so never compared with another speaker.
   */
  readonly unnamed?: true;
}

/** At or above this confidence a speaker may decide a verdict. */
export const CONFIDENT = 0.7;
/** An unnamed speaker may be anyone the sources name: never confident enough to decide a verdict. */
export const UNNAMED_CONFIDENCE = 0.6;

/** A cue whose subject is not a name (`a spokesman said`, `officials said`): the speaker is unnamed. */
export type Reading = Attribution | 'unnamed' | undefined;
