/** Check latency: checkDraft per draft and per quotation over many repetitions. */
import { performance } from 'node:perf_hooks';
import { checkDraft, type PassageIndex, type QuoteFinding } from '../../src/core';
import type { Draft } from './dataset';
import { median, percentile, repeatFor } from './stats';

export interface LatencyFigures {
  readonly drafts: number;
  /** Quotations the engine found in these drafts (scare quotes included). */
  readonly quotations: number;
  readonly rounds: number;
  readonly draftMedianMs: number;
  readonly draftP95Ms: number;
  /** Each sample is one draft's time divided by its number of quotations. */
  readonly quoteMedianMs: number;
  readonly quoteP95Ms: number;
}

export interface LatencyBudget {
  readonly budgetMs: number;
  readonly maxRounds: number;
}

/** Checks every draft once per round, timing each draft on its own. */
export function benchCheckLatency(drafts: readonly Draft[], index: PassageIndex, budget: LatencyBudget): LatencyFigures {
  const quotesPerDraft = drafts.map((d) => checkDraft(d.text, index).quotes.length);
  const draftMs: number[] = [];
  const quoteMs: number[] = [];
  const rounds = repeatFor(
    (record) => drafts.forEach((draft, i) => {
      const started = performance.now();
      checkDraft(draft.text, index);
      const ms = performance.now() - started;
      if (!record) return;
      draftMs.push(ms);
      if (quotesPerDraft[i]! > 0) quoteMs.push(ms / quotesPerDraft[i]!);
    }),
    { ...budget, minRounds: 3, warmup: 2 },
  );
  return {
    drafts: drafts.length,
    quotations: quotesPerDraft.reduce((a, b) => a + b, 0),
    rounds,
    draftMedianMs: median(draftMs),
    draftP95Ms: percentile(draftMs, 95),
    quoteMedianMs: median(quoteMs),
    quoteP95Ms: percentile(quoteMs, 95),
  };
}

/** Findings per draft, to compare the verdicts and sources of two indexes. */
export function findingsOf(drafts: readonly Draft[], index: PassageIndex): QuoteFinding[][] {
  return drafts.map((d) => checkDraft(d.text, index).quotes);
}
