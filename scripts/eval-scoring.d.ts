// Types for eval-scoring.js (plain CommonJS so `node scripts/eval.js` runs without a build step).

export type Label = 'exact' | 'edited' | 'misquoted' | 'unsourced' | 'misattributed';
export type Verdict = Label | 'unchecked';

export const LABELS: readonly Label[];
export const VERDICTS: readonly Verdict[];

export interface Range {
  start: number;
  end: number;
}

/** A record of expected.json (fields the scoring reads). */
export interface ExpectedRecord extends Range {
  draft: string;
  quote: string;
  label: Label;
  source_id: string | null;
  alt_sources: string[];
  speaker_in_draft: string;
  speaker_in_source: string | null;
  speaker_in_source_full: string | null;
}

/** A quotation from the CLI's JSON, with `draft` normalised to the data-folder-relative path. */
export interface PredictedQuote extends Range {
  draft: string;
  text: string;
  verdict: Verdict;
  speaker: string | null;
  source: { id: string; speaker: string | null } | null;
}

export interface Matching<R, P> {
  pairs: { record: R; prediction: P }[];
  missed: R[];
  spurious: P[];
}
export type EvalMatching = Matching<ExpectedRecord, PredictedQuote>;

export interface LabelScore {
  tp: number;
  fp: number;
  fn: number;
  support: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export interface LabelScores {
  perLabel: Record<Label, LabelScore>;
  macroF1: number | null;
  accuracy: number | null;
}

/** Rows: labels plus 'spurious'; columns: verdicts plus 'missed'. */
export type ConfusionMatrix = Record<Label | 'spurious', Record<string, number>>;

export interface Share {
  correct: number;
  total: number;
  ratio: number | null;
}

export interface Scores {
  matching: EvalMatching;
  detection: { total: number; detected: number; missed: number; spurious: number; ratio: number | null };
  labels: LabelScores;
  confusion: ConfusionMatrix;
  source: Share;
  draftSpeaker: Share;
  sourceSpeaker: Share;
}

export interface TargetCheck {
  name: string;
  value: number | null;
  target: number;
  op: '>=' | '<=';
  pass: boolean;
}

export interface ErrorCase {
  kind: 'missed' | 'spurious' | 'verdict' | 'source' | 'speaker' | 'source-speaker';
  draft: string;
  start: number;
  expected: string;
  predicted: string;
  text: string;
}

export function overlapLength(a: Range, b: Range): number;
export function matchByOverlap<R extends Range, P extends Range>(records: R[], predictions: P[]): Matching<R, P>;
export function matchAll(records: ExpectedRecord[], predictions: PredictedQuote[]): EvalMatching;
export function nameTokens(name: string | null | undefined): string[];
export function sameSurname(a: string | null | undefined, b: string | null | undefined): boolean;
export function labelScores(matching: EvalMatching): LabelScores;
export function confusionMatrix(matching: EvalMatching): ConfusionMatrix;
export function sourceIdentification(matching: EvalMatching): Share;
export function draftSpeakerAccuracy(matching: EvalMatching): Share;
export function sourceSpeakerAccuracy(matching: EvalMatching): Share;
export function evaluate(records: ExpectedRecord[], predictions: PredictedQuote[]): Scores;
export function checkTargets(scores: Scores): TargetCheck[];
export function listErrors(matching: EvalMatching): ErrorCase[];
