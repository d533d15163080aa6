/**
 * Verdict policy, in one place for every host: which verdicts are problems, the order they are listed in
 * (problems first), their labels, their default severities, and which count as verified for citing.
 */

export type Verdict = 'exact' | 'edited' | 'misquoted' | 'unsourced' | 'misattributed' | 'unchecked';

/** How loudly a host reports a verdict; `none` reports nothing. */
export type Severity = 'error' | 'warning' | 'information' | 'hint' | 'none';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint', 'none'];

interface VerdictPolicy {
  /** The writer has something to fix: counted as a problem, fails the CLI by default. */
  readonly problem: boolean;
  /** The draft matches the source (verbatim or with accepted edits), so it may be cited as verified. */
  readonly verified: boolean;
  readonly label: string;
  readonly severity: Severity;
}

/** In listing order: problems first, then the rest from most to least informative. */
const POLICY: Readonly<Record<Verdict, VerdictPolicy>> = {
  misquoted: { problem: true, verified: false, label: 'Misquoted', severity: 'warning' },
  misattributed: { problem: true, verified: false, label: 'Misattributed', severity: 'warning' },
  unsourced: { problem: true, verified: false, label: 'Unsourced', severity: 'information' }, // often the writer's own interviews
  edited: { problem: false, verified: true, label: 'Edited (accepted changes)', severity: 'hint' },
  exact: { problem: false, verified: true, label: 'Exact', severity: 'none' },
  unchecked: { problem: false, verified: false, label: 'Not checked', severity: 'none' },
};

/** Every verdict, problems first: the order of listings (the sidebar's groups). */
export const PROBLEMS_FIRST: readonly Verdict[] = Object.keys(POLICY) as Verdict[];
/** Every verdict from closest to the source to not checked: the order of counts in summaries. */
export const VERDICTS: readonly Verdict[] = ['exact', 'edited', 'misquoted', 'unsourced', 'misattributed', 'unchecked'];
export const PROBLEM_VERDICTS: readonly Verdict[] = PROBLEMS_FIRST.filter((v) => POLICY[v].problem);
export const DEFAULT_SEVERITIES: Readonly<Record<Verdict, Severity>> = Object.fromEntries(
  PROBLEMS_FIRST.map((v) => [v, POLICY[v].severity]),
) as Record<Verdict, Severity>;

export function isVerdict(name: string): name is Verdict {
  return Object.prototype.hasOwnProperty.call(POLICY, name);
}

export function isSeverity(name: string): name is Severity {
  return (SEVERITIES as readonly string[]).includes(name);
}

export function isProblem(verdict: Verdict): boolean {
  return POLICY[verdict].problem;
}

export function isVerified(verdict: Verdict): boolean {
  return POLICY[verdict].verified;
}

export function verdictLabel(verdict: Verdict): string {
  return POLICY[verdict].label;
}
