/**
 * The editor's work on a long draft, in-process: what runs after the debounce when a key is typed (checkDraft
 * on the whole draft) and what the sidebar adds (actors, claims, cited sources, what the sources quote each
 * person saying). The same draft is measured in the real web workbench by `npm run bench:web` (test/web-bench).
 */
import { performance } from 'node:perf_hooks';
import { checkDraft, citedSources, draftActors, findClaims, QuotationCache, speakerIndexOf, type Article, type PassageIndex, type Verdict } from '../../src/core';
import type { Dataset } from './dataset';
import { buildEditorDraft, findFlipEdit, verdictCounts, type EditorDraft, type FlipEdit } from './editor-draft';
import { median, percentile, repeatFor } from './stats';
import { count, formatTable, ms } from './table';

export const KEYSTROKE_TARGET_MS = 30;
export const SIDEBAR_TARGET_MS = 50;
const CHECK_BUDGET = { budgetMs: 3000, minRounds: 10, maxRounds: 400, warmup: 4 };
const SIDEBAR_BUDGET = { budgetMs: 3000, minRounds: 5, maxRounds: 60, warmup: 1 };
/** At ~100 MB one round (first call, then again) takes tens of seconds: one sample. */
const LARGE_SIDEBAR_BUDGET = { budgetMs: 0, minRounds: 1, maxRounds: 1, warmup: 0 };

export interface Spread {
  readonly samples: number;
  readonly medianMs: number;
  readonly p95Ms: number;
}

export interface SidebarFigures {
  readonly personActors: number;
  readonly organizationActors: number;
  /** Uncached: each sample runs on a fresh array of fresh Article objects, so the speaker index is built anew (as after a re-index). */
  readonly total: Spread;
  readonly draftActors: Spread;
  readonly findClaims: Spread;
  readonly citedSources: Spread;
  /** "In the sources" for every person: the speaker index built on the round's articles, then a lookup each. */
  readonly inTheSources: Spread;
  /** draftActors + findClaims + citedSources: the sidebar's work with the actors shown collapsed (as they are at first). */
  readonly collapsed: Spread;
  /** One person's lookup, first round (the first person's includes building the speaker index). */
  readonly perPerson: Spread;
  /** The same work again on the same articles (the speaker index built). */
  readonly warmTotal: Spread;
  readonly claims: number;
  readonly cited: number;
  readonly sourceQuotes: number;
}

export interface EditorFigures {
  readonly draft: Omit<EditorDraft, 'text'> & { readonly chars: number; readonly verdictsAtDev: Partial<Record<Verdict, number>> };
  readonly flipEdit: Omit<FlipEdit, 'quoteText'> | null;
  /** checkDraft on the draft, alternating with the draft after the one-character edit (as typing does). */
  readonly checkDev: Spread;
  readonly checkLarge: Spread;
  /** The same, with the editor's QuotationCache: only the quotation the edit changed is looked up and aligned. */
  readonly cachedDev: Spread;
  readonly cachedLarge: Spread;
  /** Quotations re-checked / reused per cached call (the last one). */
  readonly cachedRun: { readonly checked: number; readonly reused: number };
  readonly sidebarDev: SidebarFigures;
  readonly sidebarLarge: SidebarFigures;
  readonly targets: { readonly keystrokeMs: number; readonly sidebarMs: number };
}

export function benchEditor(dataset: Dataset, dev: PassageIndex, large: PassageIndex): EditorFigures {
  const draft = buildEditorDraft(dataset.drafts);
  const flip = findFlipEdit(draft.text, dev);
  const edited = flip ? draft.text.slice(0, flip.at) + flip.replacement + draft.text.slice(flip.at + 1) : draft.text;
  const text = draft.text;
  return {
    draft: { words: draft.words, quotations: draft.quotations, quotationsBefore: draft.quotationsBefore, parts: draft.parts, chars: text.length, verdictsAtDev: verdictCounts(text, dev) },
    flipEdit: flip ? { at: flip.at, original: flip.original, replacement: flip.replacement, quote: flip.quote, from: flip.from, to: flip.to } : null,
    checkDev: checkSpread([text, edited], dev),
    checkLarge: checkSpread([text, edited], large),
    cachedDev: checkSpread([text, edited], dev, new QuotationCache()),
    ...cachedLarge([text, edited], large),
    sidebarDev: sidebarFigures(text, dev, SIDEBAR_BUDGET),
    sidebarLarge: sidebarFigures(text, large, LARGE_SIDEBAR_BUDGET),
    targets: { keystrokeMs: KEYSTROKE_TARGET_MS, sidebarMs: SIDEBAR_TARGET_MS },
  };
}

/** The DEV half of benchEditor (bench --only=editor): checkDraft plain and cached, and the sidebar. */
export function benchEditorDev(dataset: Dataset, dev: PassageIndex): Pick<EditorFigures, 'checkDev' | 'cachedDev' | 'sidebarDev'> & TypingFigures {
  const text = buildEditorDraft(dataset.drafts).text;
  const flip = findFlipEdit(text, dev);
  const edited = flip ? text.slice(0, flip.at) + flip.replacement + text.slice(flip.at + 1) : text;
  return {
    checkDev: checkSpread([text, edited], dev),
    cachedDev: checkSpread([text, edited], dev, new QuotationCache()),
    ...typingFigures(text, flip, dev),
    sidebarDev: sidebarFigures(text, dev, SIDEBAR_BUDGET),
  };
}

/** A letter typed and deleted in turn (an insertion moves every offset after it), with the editor's QuotationCache. */
export interface TypingFigures {
  /** Into the quotation of the one-character edit, as bench:web's "typing a letter" row. */
  readonly typingInQuotationDev: Spread;
  /** Into a word of the prose (outside every quotation), in the middle of the draft. */
  readonly typingInProseDev: Spread;
}

function typingFigures(text: string, flip: FlipEdit | undefined, index: PassageIndex): TypingFigures {
  const insert = (at: number, letter: string): string => text.slice(0, at) + letter + text.slice(at);
  const inQuotation = flip ? insert(flip.at, flip.replacement) : text;
  // a letter inside a lowercase word outside the quotations, past the middle of the draft
  const report = checkDraft(text, index);
  const outside = (at: number): boolean => report.quotes.every((q) => at < q.start - 1 || at > q.end + 1);
  const word = [...text.slice(Math.floor(text.length / 2)).matchAll(/\b\p{Ll}{5,}\b/gu)].map((m) => Math.floor(text.length / 2) + m.index + 2).find(outside);
  const inProse = word === undefined ? text : insert(word, 'e');
  return {
    typingInQuotationDev: checkSpread([text, inQuotation], index, new QuotationCache()),
    typingInProseDev: checkSpread([text, inProse], index, new QuotationCache()),
  };
}

function cachedLarge(texts: readonly string[], index: PassageIndex): { cachedLarge: Spread; cachedRun: EditorFigures['cachedRun'] } {
  const cache = new QuotationCache();
  const cachedLarge = checkSpread(texts, index, cache);
  return { cachedLarge, cachedRun: { ...cache.lastRun } };
}

/**
 * checkDraft times, the texts taken in turn (each call sees another text than the last, as in typing); with a
 * cache, as the editor checks (the warm-up fills it, so each sample re-checks what the edit changed).
 */
function checkSpread(texts: readonly string[], index: PassageIndex, cache?: QuotationCache): Spread {
  const samples: number[] = [];
  let turn = 0;
  repeatFor((record) => {
    const started = performance.now();
    checkDraft(texts[turn++ % texts.length]!, index, cache ? { cache } : {});
    const elapsed = performance.now() - started;
    if (record) samples.push(elapsed);
  }, CHECK_BUDGET);
  return spreadOf(samples);
}

/**
 * The sidebar's work beyond checkDraft, as its views do it (src/extension/sidebar): the Actors view's draftActors
 * (once per check), the Claims view's findClaims, the Sources view's citedSources, and the Actors view's
 * speaker-index lookup for every person (done when that person's "In the sources" group is shown: all of them
 * expanded is the worst case).
 */
function sidebarFigures(text: string, index: PassageIndex, budget: typeof SIDEBAR_BUDGET): SidebarFigures {
  const report = checkDraft(text, index);
  const allActors = draftActors(report);
  const persons = allActors.filter((a) => a.kind === 'person');
  const parts = { total: [] as number[], actors: [] as number[], claims: [] as number[], cited: [] as number[], quotes: [] as number[], perPerson: [] as number[], collapsed: [] as number[], warm: [] as number[] };
  let last = { claims: 0, cited: 0, sourceQuotes: 0 };
  const sidebar = (articles: Article[]): { claims: number; cited: number; sourceQuotes: number; ms: [number, number, number, number]; perPerson: number[] } => {
    const ta = performance.now();
    const actors = draftActors(report);
    const t0 = performance.now();
    if (actors.length !== allActors.length) throw new Error('bench: draftActors is not deterministic');
    const claims = findClaims(report.prose, report.quotes).length;
    const t1 = performance.now();
    const cited = citedSources(text, report, articles).length;
    const t2 = performance.now();
    let sourceQuotes = 0;
    const perPerson: number[] = [];
    for (const actor of persons) {
      const started = performance.now();
      sourceQuotes += speakerIndexOf(articles).quotesBy(actor.name).length;
      perPerson.push(performance.now() - started);
    }
    const t3 = performance.now();
    return { claims, cited, sourceQuotes, ms: [t1 - t0, t2 - t1, t3 - t2, t0 - ta], perPerson };
  };
  repeatFor((record) => {
    // A fresh array of fresh Article objects (shallow copies): no speaker index or quotation cache knows them.
    const articles = index.articles.map((a) => ({ ...a.article }));
    const cold = sidebar(articles);
    const warm = sidebar(articles);
    last = { claims: cold.claims, cited: cold.cited, sourceQuotes: cold.sourceQuotes };
    if (!record) return;
    parts.actors.push(cold.ms[3]);
    parts.claims.push(cold.ms[0]);
    parts.cited.push(cold.ms[1]);
    parts.quotes.push(cold.ms[2]);
    parts.perPerson.push(...cold.perPerson);
    parts.collapsed.push(cold.ms[3] + cold.ms[0] + cold.ms[1]);
    parts.total.push(cold.ms[3] + cold.ms[0] + cold.ms[1] + cold.ms[2]);
    parts.warm.push(warm.ms[3] + warm.ms[0] + warm.ms[1] + warm.ms[2]);
  }, budget);
  return {
    personActors: persons.length,
    organizationActors: allActors.length - persons.length,
    total: spreadOf(parts.total),
    draftActors: spreadOf(parts.actors),
    findClaims: spreadOf(parts.claims),
    citedSources: spreadOf(parts.cited),
    inTheSources: spreadOf(parts.quotes),
    perPerson: spreadOf(parts.perPerson),
    collapsed: spreadOf(parts.collapsed),
    warmTotal: spreadOf(parts.warm),
    ...last,
  };
}

function spreadOf(samples: readonly number[]): Spread {
  return { samples: samples.length, medianMs: median(samples), p95Ms: percentile(samples, 95) };
}

/** Targets of this section in the shape of bench.ts's Targets table. */
export function editorTargets(e: EditorFigures): Array<{ name: string; figure: number; op: '<='; goal: number; unit: string; met: boolean }> {
  const target = (name: string, figure: number, goal: number) => ({ name, figure, op: '<=' as const, goal, unit: 'ms', met: figure <= goal });
  return [
    target('5,000-word/40-quotation draft check p95 at ~100 MB', e.checkLarge.p95Ms, e.targets.keystrokeMs),
    target('the same after a one-character edit, quotation cache (as the editor checks), p95 at ~100 MB', e.cachedLarge.p95Ms, e.targets.keystrokeMs),
    // The speaker index is read between pauses (buildSpeakerIndex, its longest step is a target of its own): what
    // holds the thread is the views' work and the lookups
    target('sidebar work for that draft, every person expanded, speaker index read (between pauses), p95 at DEV', e.sidebarDev.warmTotal.p95Ms, e.targets.sidebarMs),
  ];
}

export function renderEditor(e: EditorFigures, section: number): string {
  const d = e.draft;
  const verdicts = Object.entries(d.verdictsAtDev).map(([v, n]) => `${v} ${n}`).join(', ');
  const status = (figure: number, goal: number): string => `<= ${goal} ms: ${figure <= goal ? 'meets' : 'misses'}`;
  const met = (figure: number, goal: number): string => (figure <= goal ? 'meets' : 'misses');
  const spread = (s: Spread): string => `${ms(s.medianMs)} / ${ms(s.p95Ms)}`;
  const sidebarRow = (name: string, dev: Spread, large: Spread, target = ''): string[] => [name, spread(dev), spread(large), target];
  return [
    `${section}. Editor: a ${count(d.words)}-word draft with ${d.quotations} quotations (DEV drafts' paragraphs in order, ${d.parts[0]}..${d.parts[d.parts.length - 1]};`,
    `   ${d.quotationsBefore} quotations there, ${d.quotations} spread evenly kept, the others' marks removed; ${count(d.chars)} characters)`,
    `  verdicts at DEV: ${verdicts}; actors (draftActors): ${e.sidebarDev.personActors} persons, ${e.sidebarDev.organizationActors} organisations`,
    e.flipEdit
      ? `  one-character edit: offset ${e.flipEdit.at}, '${e.flipEdit.original}' -> '${e.flipEdit.replacement}' turns quotation #${e.flipEdit.quote + 1} from ${e.flipEdit.from} to ${e.flipEdit.to}`
      : '  one-character edit: none found (no exact quotation turns misquoted with one letter)',
    formatTable(['median / p95', 'DEV', '~100 MB', 'target (p95)'], [
      [`checkDraft after the debounce (draft and edited draft in turn; ${e.checkDev.samples} / ${e.checkLarge.samples} samples)`, spread(e.checkDev), spread(e.checkLarge),
        `<= ${e.targets.keystrokeMs} ms: DEV ${met(e.checkDev.p95Ms, e.targets.keystrokeMs)}, ~100 MB ${met(e.checkLarge.p95Ms, e.targets.keystrokeMs)}`],
      [`checkDraft with the editor's QuotationCache (${e.cachedRun.checked} quotation re-checked, ${e.cachedRun.reused} reused per call; ${e.cachedDev.samples} / ${e.cachedLarge.samples} samples)`, spread(e.cachedDev), spread(e.cachedLarge),
        `<= ${e.targets.keystrokeMs} ms: DEV ${met(e.cachedDev.p95Ms, e.targets.keystrokeMs)}, ~100 MB ${met(e.cachedLarge.p95Ms, e.targets.keystrokeMs)}`],
      ['checkDraft / keystroke target', `${((e.checkDev.p95Ms / e.targets.keystrokeMs) * 100).toFixed(0)}% of it (p95)`, `${((e.checkLarge.p95Ms / e.targets.keystrokeMs) * 100).toFixed(0)}% of it (p95)`, ''],
    ]),
    '',
    formatTable([`sidebar beyond checkDraft, median / p95 (${e.sidebarDev.total.samples} / ${e.sidebarLarge.total.samples} rounds)`, 'DEV', '~100 MB', 'target (DEV, p95)'], [
      sidebarRow(`draftActors (${e.sidebarDev.personActors + e.sidebarDev.organizationActors} actors)`, e.sidebarDev.draftActors, e.sidebarLarge.draftActors),
      sidebarRow(`findClaims (${e.sidebarDev.claims} claims)`, e.sidebarDev.findClaims, e.sidebarLarge.findClaims),
      sidebarRow(`citedSources (${e.sidebarDev.cited} / ${e.sidebarLarge.cited} articles)`, e.sidebarDev.citedSources, e.sidebarLarge.citedSources),
      sidebarRow(`"In the sources" x ${e.sidebarDev.personActors} persons, speaker index built then looked up (${e.sidebarDev.sourceQuotes} / ${e.sidebarLarge.sourceQuotes} source quotations)`, e.sidebarDev.inTheSources, e.sidebarLarge.inTheSources),
      sidebarRow('  one person\'s lookup (the first one builds the speaker index)', e.sidebarDev.perPerson, e.sidebarLarge.perPerson),
      sidebarRow('sidebar total, first call (uncached), every person expanded', e.sidebarDev.total, e.sidebarLarge.total, status(e.sidebarDev.total.p95Ms, e.targets.sidebarMs)),
      sidebarRow('sidebar with the actors collapsed (draftActors + findClaims + citedSources)', e.sidebarDev.collapsed, e.sidebarLarge.collapsed, status(e.sidebarDev.collapsed.p95Ms, e.targets.sidebarMs)),
      sidebarRow('sidebar total, again (speaker index built: lookups only)', e.sidebarDev.warmTotal, e.sidebarLarge.warmTotal),
      ['sidebar total / sidebar target (p95)', `${((e.sidebarDev.total.p95Ms / e.targets.sidebarMs) * 100).toFixed(0)}%`, `${((e.sidebarLarge.total.p95Ms / e.targets.sidebarMs) * 100).toFixed(0)}%`, ''],
    ]),
    '  (The actors are worked out for the sidebar (draftActors, once per check), not in checkDraft. The Actors view lists them',
    '   collapsed; a person\'s source quotations are looked up when that person\'s "In the sources" group is shown: the total is',
    '   the worst case, every person expanded. First call = fresh Article objects: the speaker index (built once per index, on',
    '   the first lookup) and the per-article cache of source quotations start empty, as after a re-index.',
    '   It runs only while the sidebar is visible, when it refreshes (150 ms after a check): not before the diagnostics.)',
    '  Keystroke-to-diagnostics and activation in the real workbench: npm run bench:web.',
  ].join('\n');
}
