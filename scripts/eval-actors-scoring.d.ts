// Types for eval-actors-scoring.js (plain CommonJS so `node scripts/eval-actors.js` runs without a build step).

export type ActorKind = 'person' | 'organization';

export const KINDS: readonly ActorKind[];
export const TARGET: number;

export interface GoldActor {
  name: string;
  variants?: string[];
}

/** One article of test/fixtures/actors/gold.json. */
export interface GoldArticle {
  topic?: string;
  people: GoldActor[];
  organizations: GoldActor[];
}

/** An actor of the CLI's JSON (fields the scoring reads). */
export interface PredictedActor {
  name: string;
  kind: ActorKind;
}

export interface KindResult {
  truePositives: Array<{ predicted: string; gold: string }>;
  falsePositives: Array<{ predicted: string; reason: string }>;
  falseNegatives: Array<{ gold: string }>;
}

export interface Scores {
  tp: number;
  fp: number;
  fn: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export function words(name: string): string[];
export function surname(name: string): string;
export function organisationKey(name: string): string;
export function matches(kind: ActorKind, predictedName: string, gold: GoldActor): boolean;
export function scoreArticle(gold: GoldArticle, predicted: PredictedActor[]): Record<ActorKind, KindResult>;
export function prf(tp: number, fp: number, fn: number): Scores;
export function evaluateActors(
  gold: Record<string, GoldArticle>,
  predictions: Record<string, PredictedActor[]>,
): {
  articles: Record<string, { detail: Record<ActorKind, KindResult>; scores: Record<ActorKind, Scores> }>;
  overall: Record<ActorKind, Scores>;
};
export function checkActorTargets(
  overall: Record<ActorKind, Scores>,
  target?: number,
): Array<{ name: string; value: number | null; target: number; pass: boolean }>;
