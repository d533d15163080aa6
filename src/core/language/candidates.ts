/**
 * Candidate names: the runs of name words cut into what may each be one actor. A title inside a run splits off
 * the person and the organisation before it (`NDP Leader Paul Ferrand`); sentence starters, `Former` and a
 * leading nationality are dropped; an acronym defined right after a name is noted on it.
 */
/** What an actor is: the kinds of named things that can speak or act. */
export type ActorKind = 'person' | 'organization';
import { acronymAfter, lowercaseDefinitions, mergeAcronymAnds, nameRuns, type Run } from './runs';
import { isDemonym, isHeadTitle, isNameToken, isNoise, isPlace, isTitleWord, phrase, tokenize, type Token } from './tokens';
import { isCueWord } from './cues';
import { COMPANY_SUFFIXES, FORMER, KNOWN_ORGANISATIONS, MEMBER_TITLES, SURNAME_TITLES, THING_HEADS } from './vocabulary';
import { isCue, isExcludedAcronym, plain, sentenceStart } from './words';

export interface Candidate {
  readonly name: string;
  readonly start: number;
  readonly end: number;
  readonly tokens: readonly Token[];
  /** The tokens as the word lists write them (phrase). */
  readonly words: string;
  /** What the name or its context says it is (classify.ts), or what an earlier form of the same actor was (collect.ts). */
  kind?: ActorKind;
  /** A place (`United States`): never an actor, and a speaker inside it is an attribution slip. */
  place?: boolean;
  /** Not an actor at all (a title alone, a defined acronym of a law or a standard). */
  nothing?: boolean;
  /** A title without a name (`Secretary of State`, `Director General of Civil aviation`). */
  title?: boolean;
  /** Written with a capital `The` inside a sentence (`writing in The Independent`): a proper name of a body or outlet. */
  the?: boolean;
  /** After a plural title (`Representatives Bill Delahunt and Jeff Flake`): the names listed after are people too. */
  plural?: boolean;
  /** Named after `of` following a person, or before a title or a role: an organisation unless a place. */
  affiliation?: boolean;
  /** The acronym defined in brackets right after the name (`Northwind Devices Limited (NDL)`). */
  acronym?: string;
}

/** What splitting a run tells of a candidate. */
type Marks = Pick<Candidate, 'kind' | 'nothing' | 'title' | 'the' | 'plural' | 'affiliation'>;

/** Sentence starters, `Former`, `Interim` cut off the front of a run. */
function trimFront(tokens: readonly Token[]): Token[] {
  let k = 0;
  while (k < tokens.length && (isNoise(tokens[k]!) || !tokens[k]!.cap || (FORMER.has(plain(tokens[k]!.text)) && k + 1 < tokens.length && !(k + 2 === tokens.length && isCue(tokens[k + 1]!.text))))) k++;
  const rest = tokens.slice(k);
  while (rest.length > 0 && !rest[rest.length - 1]!.cap && rest[rest.length - 1]!.text.toLowerCase() !== 'party' && !COMPANY_SUFFIXES.has(plain(rest[rest.length - 1]!.text))) rest.pop();
  return rest;
}

/** `Senate Democratic` -> `Senate` (`Senate Democratic Leader X`): a trailing party adjective is no part of a name. */
function withoutPartyAdjective(tokens: Token[]): Token[] {
  return tokens.length > 1 && PARTY_ADJECTIVE.test(tokens[tokens.length - 1]!.text) ? tokens.slice(0, -1) : tokens;
}
const PARTY_ADJECTIVE = /^(?:Democratic|Republican)$/;
const PARTY_MEMBER = /^(?:Democrat|Republican)$/;
const HONORIFIC = /^(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sen|Rep|Gov)\.?$/;

/** The candidate made of `tokens`, if any: its name as written, spaces made single. */
export function candidate(text: string, tokens: readonly Token[], marks: Marks = {}): Candidate | undefined {
  if (tokens.length === 0) return undefined;
  const start = tokens[0]!.start;
  const end = tokens[tokens.length - 1]!.end;
  return { name: text.slice(start, end).replace(/\s+/g, ' '), start, end, tokens, words: phrase(tokens), ...marks };
}

/**
 * One run into candidates: a title inside it splits off the person (`NDP Leader Paul Ferrand` -> `NDP` and
 * `Paul Ferrand`), a leading nationality is dropped, and the rest is one candidate.
 */
function splitRun(text: string, run: Run): Candidate[] {
  let tokens = trimFront(run.tokens);
  // `the Senate Democratic leader`: a party adjective before a lowercase noun qualifies it, not the name
  const runEnd = run.tokens[run.tokens.length - 1]!.end;
  if (/^\s+\p{Ll}/u.test(text.slice(runEnd, runEnd + 3))) tokens = withoutPartyAdjective(tokens);
  if (tokens.length === 0) return [];
  const whole = tokens.map((t) => t.text).join(' ');
  const wholeIsOrganisation = isCue(whole) || KNOWN_ORGANISATIONS.test(whole) || run.party || run.company;
  // `Democrat Ana Ruiz`, `ranking Republican Tom Reyes`: a party's member is a role before the name, not part of it
  if (!wholeIsOrganisation && tokens.length > 1 && PARTY_MEMBER.test(tokens[0]!.text) && tokens.slice(1).every(isNameToken)) tokens = tokens.slice(1);
  // A title followed by a name: `Prime Minister Dana Whitfield`, `Lt. Gen. Carlos Mendes`.
  let k = tokens.length;
  while (k > 0 && isNameToken(tokens[k - 1]!) && tokens.length - k < 4) k--;
  let j = k;
  while (j > 0 && (isTitleWord(tokens[j - 1]!) || ['of', 'the', 'for'].includes(tokens[j - 1]!.text))) j--;
  const nameTokens = tokens.slice(k);
  const titleTokens = tokens.slice(j, k);
  // `Director General of Civil (aviation)`: what follows `of` or `for` is the title's portfolio, not a name
  const portfolio = titleTokens.length > 0 && !titleTokens[titleTokens.length - 1]!.cap;
  // `Dr. Helen Park`: an honorific makes a person of a name that reads as a place
  const honorific = titleTokens.some((t) => HONORIFIC.test(t.text));
  if (!run.party && !run.company && !portfolio && nameTokens.some((t) => t.cap) && titleTokens.some(isHeadTitle) && !nameTokens.every(isDemonym) && (honorific || !isPlace(nameTokens))) {
    const out: Candidate[] = [];
    const prefix = trimFront(tokens.slice(0, j).filter((t, n, all) => !(n === all.length - 1 && !t.cap)));
    const withoutNationality = prefix.filter((t) => !isDemonym(t));
    if (withoutNationality.length > 0 && !prefix.every(isDemonym)) {
      // `Likud Leader X`, `Apple CEO X`: the organisation of a member's title; `Railway Minister X`: a portfolio
      const memberTitle = MEMBER_TITLES.has(plain(titleTokens[0]!.text).replace(/\.$/, ''));
      const organisation = candidate(text, withoutPartyAdjective(prefix), memberTitle ? { affiliation: true } : {});
      if (organisation) out.push(organisation);
    }
    const single = nameTokens.filter((t) => t.cap).length === 1;
    const lastTitle = titleTokens.slice(-Math.min(titleTokens.length, 2)).filter((t) => t.cap);
    const display = single ? [...lastTitle, ...nameTokens] : nameTokens;
    const plural = titleTokens.some((t) => isHeadTitle(t) && /s$/.test(t.text) && !/(?:ss|us|is)$/.test(t.text));
    const person = candidate(text, display, { kind: 'person', ...(plural ? { plural: true } : {}) });
    if (person) out.push(person);
    return out;
  }
  if (isSurnameTitle(text, run, tokens)) return [candidate(text, tokens, { kind: 'person' })!];
  if (tokens.every((t) => isTitleWord(t) || !t.cap) || (portfolio && titleTokens.some(isHeadTitle) && tokens.slice(0, j).every(isDemonym))) return [candidate(text, tokens, { nothing: true, title: true })!];
  // `Liberal Party Leader` with no name after it: the organisation before the title
  if (nameTokens.length === 0 && j > 0 && titleTokens.length > 0 && titleTokens[0]!.cap && titleTokens.some(isHeadTitle)) tokens = trimFront(tokens.slice(0, j));
  if (tokens.length === 0) return [];
  // `Irish Prime Minister` aside, a leading nationality is not part of the name (`Canadian GAAP`) unless the
  // whole is an organisation (`Irish Republican Army`).
  if (!wholeIsOrganisation && tokens.length > 1 && isDemonym(tokens[0]!)) tokens = tokens.slice(1);
  // a nationality alone is no name, unless a cue stands beside it (`Cuban said`: the surname of a Mark Cuban; see mentions.ts)
  if (tokens.every(isDemonym)) return tokens.length === 1 ? [candidate(text, tokens, { nothing: true })!] : [];
  const first = run.tokens[0]!;
  const the = first.text === 'The' && tokens[0] !== first && !sentenceStart(text, first.start);
  const one = candidate(text, tokens, { ...(run.affiliation ? { affiliation: true } : {}), ...(the ? { the: true } : {}) });
  if (one && (run.party || run.company)) one.kind = 'organization';
  return one ? [one] : [];
}

/**
 * A title word that is a surname: after one given name (`Amy Pope, deputy adviser,`), or alone and right before a
 * speech verb (`King says`); never after a determiner (`the Pope said`) or before a name (`Pope Leo`).
 */
function isSurnameTitle(text: string, run: Run, tokens: readonly Token[]): boolean {
  const last = tokens[tokens.length - 1]!;
  if (tokens.length > 2 || !SURNAME_TITLES.has(plain(last.text)) || run.party || run.company) return false;
  if (/\b(?:the|a|an|his|her|their|its|our|my|your)\s+$/i.test(text.slice(Math.max(0, tokens[0]!.start - 8), tokens[0]!.start))) return false;
  if (tokens.length === 2) return isNameToken(tokens[0]!) && !isDemonym(tokens[0]!) && !isPlace([tokens[0]!]) && !KNOWN_ORGANISATIONS.test(tokens[0]!.text);
  const next = /^\s+(?:[\p{Ll}]+ly\s+)?([\p{Ll}]+)/u.exec(text.slice(last.end, last.end + 30));
  return next !== null && isCueWord(next[1]!);
}

/**
 * The candidates of a text, in text order and never overlapping (collect.ts relies on it), and the acronyms it defines for things rather than organisations
 * (`Generally Accepted Accounting Principles (GAAP)`, `foreign direct investment (FDI)`).
 */
export function findCandidates(text: string): { candidates: Candidate[]; definedThings: Set<string> } {
  const runs = mergeAcronymAnds(text, nameRuns(text, tokenize(text)));
  const definedThings = new Set<string>();
  const candidates: Candidate[] = [];
  for (const run of runs) {
    const pieces = splitRun(text, run);
    const last = pieces[pieces.length - 1];
    const defined = last && !last.kind ? acronymAfter(text, run.tokens[run.tokens.length - 1]!.rawEnd) : undefined;
    if (last && defined) {
      const acronym = defined.replace(/\./g, '');
      if (THING_HEADS.test(last.name) || isExcludedAcronym(acronym)) {
        definedThings.add(acronym);
        last.nothing = true;
      } else {
        last.acronym = acronym;
      }
    }
    candidates.push(...pieces);
  }
  for (const acronym of lowercaseDefinitions(text)) definedThings.add(acronym);
  return { candidates, definedThings };
}
