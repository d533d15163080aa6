/**
 * Runs of name words: capitalised words in a row, joined over what may sit inside a name (`von der`, `Bank of
 * England`, `AT & T`, `Time Warner, Inc.`, `the Kadima party`). Each run becomes one or more candidates.
 */
import { isTitleWord, type Token } from './tokens';
import { COMPANY_SUFFIXES, DAYS, JOINING_OF, MONTHS_AND_DAYS, PERSON_CONNECTORS, TIME_PREPOSITIONS } from './vocabulary';
import { isAcronym, isCue, plain, suffixes } from './words';

/** A run of name words: one candidate name before it is split or classified. */
export interface Run {
  tokens: Token[];
  /** Named after `of` following a person: `Tom Reyes of Harbour Ledger`. */
  affiliation?: boolean;
  /** Ends with a lowercase `party` (`the Kadima party`). */
  party?: boolean;
  /** Ends with a company suffix after a comma (`Time Warner, Inc.`). */
  company?: boolean;
}

/**
 * Whether `b` continues the name `a` is in: no sentence end or possessive between them, a few spaces and at most
 * one line break (a no-break space joins too: `Ana\u00A0Ruiz`). A longer run of spaces is a quotation blanked by the caller: `Teachers “…” Ruiz` is two names.
 */
const gapJoins = (text: string, a: Token, b: Token): boolean => !a.stop && !a.possessive && /^[ \t\u00A0]{0,3}(?:\n[ \t]*)?$/.test(text.slice(a.rawEnd, b.start));

/** Capitalised runs of the text, joined over particles, `of`/`on`/`for`, `&`, company suffixes and `party`. */
export function nameRuns(text: string, tokens: readonly Token[]): Run[] {
  const runs: Run[] = [];
  let run: Run | undefined;
  const close = (): void => {
    if (run && run.tokens.some((t) => t.cap)) runs.push(run);
    run = undefined;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const previous = run?.tokens[run.tokens.length - 1];
    if (run && previous && !gapJoins(text, previous, token) && !(token.cap && /^ & $/.test(text.slice(previous.rawEnd, token.start)))) {
      // `, Inc.` after a company name
      if (COMPANY_SUFFIXES.has(plain(token.text)) && /^,[ \t]*$/.test(text.slice(previous.rawEnd, token.start)) && !previous.possessive && !previous.stop) {
        run.tokens.push(token);
        run.company = true;
        close();
        continue;
      }
      close();
    }
    if (token.cap) {
      if (run && endsWithTime(tokens, i)) close();
      if (!run) run = { tokens: [] };
      run.tokens.push(token);
      continue;
    }
    if (!run) continue;
    const next = tokens[i + 1];
    const nextJoins = next !== undefined && next.cap && gapJoins(text, token, next);
    const last = run.tokens[run.tokens.length - 1]!;
    const lower = token.text.toLowerCase();
    if (lower === 'party' && last.cap && !isTitleWord(last)) {
      run.tokens.push(token);
      run.party = true;
      close();
    } else if (PERSON_CONNECTORS.has(lower) && (nextJoins || (next && PERSON_CONNECTORS.has(next.text) && gapJoins(text, token, next)))) {
      run.tokens.push(token);
    } else if (lower === 'of' && nextJoins) {
      if (JOINING_OF.test(last.text.replace(/\.$/, '')) || isCue(last.text)) {
        run.tokens.push(token);
      } else {
        close();
        run = { tokens: [], affiliation: true };
      }
    } else if ((lower === 'on' || lower === 'for') && nextJoins && isCue(last.text) && !MONTHS_AND_DAYS.has(plain(next!.text))) {
      run.tokens.push(token);
    } else {
      close();
    }
  }
  close();
  return runs;
}

/**
 * Whether the word before `tokens[i]` is a day, or a month after a time preposition: a time, not the start of a
 * name (`On Monday Ana Ruiz said`, `In March Ruiz said`; `May Ruiz said` stays a name).
 */
function endsWithTime(tokens: readonly Token[], i: number): boolean {
  const word = plain(tokens[i - 1]!.text);
  if (DAYS.has(word)) return true;
  const before = tokens[i - 2];
  return MONTHS_AND_DAYS.has(word) && before !== undefined && !before.stop && TIME_PREPOSITIONS.has(before.text.toLowerCase());
}

/** Initial capitals of a run's words, skipping small words (`Securities and Exchange Commission` -> SEC). */
function initials(tokens: readonly Token[]): string {
  return tokens.filter((t) => t.cap).map((t) => t.text[0]!.toUpperCase()).join('');
}

/** The acronym in parentheses right after a run (`Northwind Devices Limited (NDL)`), if any. */
export function acronymAfter(text: string, end: number): string | undefined {
  const match = /^[ \t]*\(\s*([A-Z][A-Z0-9&.]{1,8})\s*\)/.exec(text.slice(end, end + 20));
  return match && isAcronym(match[1]!) ? match[1]! : undefined;
}

/** Acronyms spelled out in lowercase words (`foreign direct investment (FDI)`): terms, not organisations. */
export function lowercaseDefinitions(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/\(([A-Z]{2,6})s?\)/g)) {
    const acronym = match[1]!;
    const words = text.slice(Math.max(0, match.index - 120), match.index).trim().split(/[\s-]+/).filter((w) => !/^(?:and|of|on|for|the|in|to|&)$/.test(w));
    const spelled = words.slice(-acronym.length);
    if (spelled.length === acronym.length && spelled.every((w) => /^\p{Ll}/u.test(w)) && spelled.map((w) => w[0]!.toUpperCase()).join('') === acronym) found.push(acronym);
  }
  return found;
}

/** `US Securities` + ` and ` + `Exchange Commission (SEC)`: one name, when the acronym spells it. */
export function mergeAcronymAnds(text: string, runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    const previous = out[out.length - 1];
    if (previous && !previous.affiliation && !previous.party && !previous.company) {
      const a = previous.tokens[previous.tokens.length - 1]!;
      const b = run.tokens[0]!;
      const defined = !a.stop && !a.possessive && /^ and $/.test(text.slice(a.rawEnd, b.start)) ? acronymAfter(text, run.tokens[run.tokens.length - 1]!.rawEnd) : undefined;
      if (defined) {
        const joined = [...previous.tokens, ...run.tokens];
        const letters = defined.replace(/\./g, '');
        if (suffixes(joined).some((s) => initials(s) === letters)) {
          previous.tokens = joined;
          continue;
        }
      }
    }
    out.push(run);
  }
  return out;
}
