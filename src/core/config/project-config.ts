/**
 * `.sourcecheck.json`, the project's configuration, read the same way by the CLI and the extension (as cspell
 * and Vale share one file between their hosts). The hosts find and read the file; this module turns its text
 * into settings and names every key it cannot use, so a bad file gets a clear message and never a crash. Keys
 * that are valid are kept even when others are not.
 */
import { CITATION_STYLES, type CitationStyle } from '../citations/format';
import { editDistance } from '../text/edit-distance';
import { isSeverity, isVerdict, SEVERITIES, VERDICTS, type Severity, type Verdict } from '../verdicts';
import { parseJsonc } from './jsonc';

export const CONFIG_FILE_NAME = '.sourcecheck.json';

/** Every key is optional; a missing key leaves the host's own setting or default in place. */
export interface ProjectConfig {
  /** Globs of the source files, relative to the folder of the config file. */
  readonly sources?: readonly string[];
  /** Globs left out of the sources. */
  readonly exclude?: readonly string[];
  /** Globs of files that are never checked as drafts. */
  readonly ignore?: readonly string[];
  /** Language ids of the documents the editor checks as drafts. */
  readonly draftLanguages?: readonly string[];
  /** Severity per verdict (the editor's diagnostics, the CLI's SARIF levels); unnamed verdicts keep theirs. */
  readonly severity?: Readonly<Partial<Record<Verdict, Severity>>>;
  readonly citationStyle?: CitationStyle;
  /** Verdicts that make `sourcecheck check` exit 1; empty: never. */
  readonly failOn?: readonly Verdict[];
  readonly maxSourceSizeMB?: number;
}

export interface ConfigProblem {
  /** The key as written in the file (`severity.misquoted`, `sources[2]`); empty for the file as a whole. */
  readonly key: string;
  readonly message: string;
  /** An unknown key only warns (a newer file read by an older Sourcecheck); anything else is an error. */
  readonly level: 'error' | 'warning';
}

export interface ParsedConfig {
  readonly config: ProjectConfig;
  readonly problems: readonly ConfigProblem[];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Reader = (value: unknown, key: string, problems: ConfigProblem[]) => unknown;

const READERS: Readonly<Record<keyof ProjectConfig, Reader>> = {
  sources: globs,
  exclude: globs,
  ignore: globs,
  draftLanguages: (value, key, problems) => stringList(value, key, problems),
  severity: severities,
  citationStyle: (value, key, problems) => oneOf(value, key, CITATION_STYLES, problems),
  failOn: verdictList,
  maxSourceSizeMB: (value, key, problems) => {
    if (typeof value === 'number' && value > 0 && Number.isFinite(value)) return value;
    return fail(problems, key, `must be a positive number of megabytes, not ${shown(value)}`);
  },
};

/** The keys a config file may have, besides `$schema`. */
export const CONFIG_KEYS = Object.keys(READERS) as (keyof ProjectConfig)[];

export function parseProjectConfig(text: string): ParsedConfig {
  const parsed = parseJsonc(text);
  if ('error' in parsed) return { config: {}, problems: [{ key: '', message: parsed.error, level: 'error' }] };
  const root = parsed.value;
  if (!isObject(root)) return { config: {}, problems: [{ key: '', message: `must be a JSON object ({ ... }), not ${shown(root)}`, level: 'error' }] };
  const problems: ConfigProblem[] = [];
  const config: Mutable<ProjectConfig> = {};
  for (const [key, value] of Object.entries(root)) {
    if (key === '$schema') continue;
    const read = (READERS as Readonly<Record<string, Reader>>)[key];
    if (!read) {
      problems.push({ key, message: `is not a known key${suggestion(key, CONFIG_KEYS)} (known: ${CONFIG_KEYS.join(', ')})`, level: 'warning' });
      continue;
    }
    const result = read(value, key, problems);
    if (result !== undefined) (config as Record<string, unknown>)[key] = result;
  }
  return { config, problems };
}

/** One line per problem, `file: 'key' message`, for a log, a notification or stderr. */
export function describeProblem(file: string, problem: ConfigProblem): string {
  return `${file}: ${problem.key ? `'${problem.key}' ` : ''}${problem.message}`;
}

function globs(value: unknown, key: string, problems: ConfigProblem[]): readonly string[] | undefined {
  const list = stringList(value, key, problems);
  if (!list) return undefined;
  const bad = list.findIndex((glob) => glob.startsWith('/') || /^[A-Za-z]:/.test(glob) || glob.split('/').includes('..'));
  if (bad >= 0) return fail(problems, `${key}[${bad}]`, `must be relative to the folder of ${CONFIG_FILE_NAME} (no leading / or drive, no ..), not ${shown(list[bad])}`);
  return list;
}

function stringList(value: unknown, key: string, problems: ConfigProblem[]): readonly string[] | undefined {
  if (!Array.isArray(value)) return fail(problems, key, `must be a list of strings ([ "..." ]), not ${shown(value)}`);
  const bad = value.findIndex((item) => typeof item !== 'string' || item.trim() === '');
  if (bad >= 0) return fail(problems, `${key}[${bad}]`, `must be a non-empty string, not ${shown(value[bad])}`);
  return value as string[];
}

function severities(value: unknown, key: string, problems: ConfigProblem[]): Partial<Record<Verdict, Severity>> | undefined {
  if (!isObject(value)) return fail(problems, key, `must be an object of verdicts to severities ({ "misquoted": "error" }), not ${shown(value)}`);
  const result: Partial<Record<Verdict, Severity>> = {};
  for (const [verdict, severity] of Object.entries(value)) {
    const at = `${key}.${verdict}`;
    if (!isVerdict(verdict)) problems.push({ key: at, message: `is not a verdict${suggestion(verdict, VERDICTS)} (one of ${VERDICTS.join(', ')})`, level: 'error' });
    else if (typeof severity !== 'string' || !isSeverity(severity)) fail(problems, at, `must be one of ${SEVERITIES.join(', ')}, not ${shown(severity)}`);
    else result[verdict] = severity;
  }
  return result;
}

function verdictList(value: unknown, key: string, problems: ConfigProblem[]): readonly Verdict[] | undefined {
  if (!Array.isArray(value)) return fail(problems, key, `must be a list of verdicts ([ "misquoted" ]; [] never fails), not ${shown(value)}`);
  const bad = value.findIndex((item) => typeof item !== 'string' || !isVerdict(item));
  if (bad >= 0) return fail(problems, `${key}[${bad}]`, `must be one of ${VERDICTS.join(', ')}, not ${shown(value[bad])}`);
  return value as Verdict[];
}

function oneOf<T extends string>(value: unknown, key: string, allowed: readonly T[], problems: ConfigProblem[]): T | undefined {
  const found = allowed.find((name) => name === value);
  return found ?? fail(problems, key, `must be one of ${allowed.join(', ')}, not ${shown(value)}`);
}

function fail(problems: ConfigProblem[], key: string, message: string): undefined {
  problems.push({ key, message, level: 'error' });
  return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value as the message quotes it: short, on one line (a list or an object by its kind alone, however deep). */
function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (isObject(value)) return 'an object';
  const json = JSON.stringify(value);
  return json.length > 40 ? `${json.slice(0, 37)}...` : json;
}

/** `, did you mean 'sources'?` for a name one or two edits from a known one. */
function suggestion(name: string, known: readonly string[]): string {
  const close = known.find((k) => Math.abs(k.length - name.length) <= 2 && editDistance(name.toLowerCase(), k.toLowerCase()) <= 2);
  return close ? `, did you mean '${close}'?` : '';
}
