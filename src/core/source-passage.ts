/**
 * A matched passage as the findings show it: its offsets in the source, and whom the source attributes it to.
 */
import type { Speaker, SourcePassage } from './findings';
import { wordPositions } from './index/word-positions';
import { sameActor } from './language/names';
import type { PassageMatch } from './match/find-passage';
import { sourceSpeaker } from './source-speakers';
import type { Article } from './sources/article';

export function passageOf(article: Article, match: PassageMatch): SourcePassage {
  const { from, to } = match.alignment;
  const { starts, ends } = wordPositions(article);
  const start = starts[from] ?? 0;
  const end = to > from ? ends[to - 1]! : start;
  const quoted = sourceSpeaker(article, start, end);
  return { article, start, end, speaker: quoted?.speaker ?? null, speakerConfidence: quoted?.confidence ?? 0, speakerNamedAs: quoted?.namedAs ?? null };
}

/**
 * Whether the draft's speaker is the one the source names for the passage, by any way either text names them
 * (`Clinton` in a source that also names Hillary Clinton matches `Hillary Clinton`). With `namesOnly`, the words
 * at either attribution count only when they are a name: `he` in a draft and `he` in a source are not evidence
 * of one person.
 */
export function sameSpeaker(draft: string, speaker: Speaker, source: SourcePassage, namesOnly = false): boolean {
  if (!source.speaker) return false;
  const keep = (names: string[]): string[] => (namesOnly ? names.filter((n, k) => k === 0 || isNameLike(n)) : names);
  const draftNames = keep([speaker.name, draft.slice(speaker.start, speaker.end)]);
  const sourceNames = keep([source.speaker, source.speakerNamedAs ?? source.speaker]);
  return draftNames.some((ours) => sourceNames.some((theirs) => sameActor(ours, theirs)));
}

/** Capitalised, and not a pronoun or a description (`He`, `The minister`). */
function isNameLike(words: string): boolean {
  const text = words.trim();
  return /^\p{Lu}/u.test(text) && !/^(?:he|she|they|it|we|i|you|the|a|an|this|that|his|her|their|its|our)\b/i.test(text);
}
