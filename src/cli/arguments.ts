/** Parses `sourcecheck check [--sources PATH]... [--format text|json|sarif] [--fail-on VERDICTS] DRAFT...` and `sourcecheck init [FOLDER]`. */
import { isVerdict, PROBLEM_VERDICTS, VERDICTS, type Verdict } from '../core';

export interface CheckCommand {
  readonly kind: 'check';
  readonly sources: string[];
  readonly format: ReportFormat;
  /** Undefined unless --fail-on was given (then .sourcecheck.json or the default decides). */
  readonly failOn?: ReadonlySet<Verdict>;
  readonly drafts: string[];
  /** The config file given with --config; null with --no-config; undefined to look upward from the drafts. */
  readonly config?: string | null;
  readonly maxSourceBytes?: number;
  /** The cache folder root; null with --no-cache; undefined for the default. */
  readonly cacheDir?: string | null;
}

export type ReportFormat = 'text' | 'json' | 'sarif';
const FORMATS: readonly ReportFormat[] = ['text', 'json', 'sarif'];

/** `sourcecheck init [FOLDER]`: write a starter .sourcecheck.json into FOLDER (default: the current one). */
export interface InitCommand {
  readonly kind: 'init';
  readonly folder: string;
}

export type Command = CheckCommand | InitCommand | { readonly kind: 'help' } | { readonly kind: 'version' };

export const USAGE = `Usage: sourcecheck check [--sources PATH]... [--format text|json|sarif] [--fail-on VERDICTS] DRAFT...
       sourcecheck init [FOLDER]
       sourcecheck --help | --version

Checks every quotation in the drafts against the source articles.
  --sources PATH     a folder of sources (.md .txt .html .pdf .docx .vtt .srt .bib .json below it) or one file; repeatable.
                     Default: sources/, references/, refs/ or clippings/ next to each draft.
  --format F         text (default), json, or sarif (SARIF 2.1.0, for code scanning).
  --fail-on LIST     verdicts that make the exit code 1 (default misquoted,unsourced,misattributed;
                     'none' for never).
  --max-source-mb N  skip source files larger than N MB (default 5).
  --cache-dir PATH   where parsed sources and findings are kept between runs (default: the user's
                     cache directory, e.g. ~/.cache/sourcecheck).
  --no-cache         neither read nor write the cache.
  --config FILE      the project configuration to use (default: the first .sourcecheck.json found in the
                     drafts' folder or above it); --no-config reads none.
Options given here win over .sourcecheck.json, which wins over the defaults.
'sourcecheck init' writes a commented starter .sourcecheck.json (never over an existing one).
Exit codes: 0 no quotation failed, 1 some did, 2 bad usage or unreadable input.`;

export const DEFAULT_FAIL_ON: readonly Verdict[] = PROBLEM_VERDICTS;

/** The command, or a one-line reason why the arguments are wrong. */
export function parseArguments(args: readonly string[]): Command | { readonly error: string } {
  if (args.includes('--help') || args.includes('-h') || args.length === 0) return { kind: 'help' };
  if (args.includes('--version')) return { kind: 'version' };
  const [command, ...rest] = args;
  if (command === 'init') return parseInit(rest);
  if (command !== 'check') return { error: `unknown command '${command}' (expected 'check' or 'init')` };
  const sources: string[] = [];
  const drafts: string[] = [];
  let format: ReportFormat = 'text';
  let failOn: ReadonlySet<Verdict> | undefined;
  let config: string | null | undefined;
  let noConfig = false;
  let maxSourceBytes: number | undefined;
  let cacheDir: string | null | undefined;
  let noCache = false; // wins over --cache-dir, wherever it stands
  for (let k = 0; k < rest.length; k++) {
    const arg = rest[k]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string | undefined => inline ?? rest[++k];
    if (flag === '--sources') {
      const path = value();
      if (!path) return { error: '--sources needs a path' };
      sources.push(path);
    } else if (flag === '--format') {
      const f = value();
      const known = FORMATS.find((name) => name === f);
      if (!known) return { error: `--format must be text, json or sarif, not '${f ?? ''}'` };
      format = known;
    } else if (flag === '--fail-on') {
      const parsed = parseVerdicts(value() ?? '');
      if ('error' in parsed) return parsed;
      failOn = parsed.verdicts;
    } else if (flag === '--max-source-mb') {
      const mb = Number(value());
      if (!(mb > 0)) return { error: '--max-source-mb needs a positive number' };
      maxSourceBytes = Math.round(mb * 1048576);
    } else if (flag === '--no-cache') {
      noCache = true;
    } else if (flag === '--cache-dir') {
      const dir = value();
      if (!dir) return { error: '--cache-dir needs a path' };
      cacheDir = dir;
    } else if (flag === '--config') {
      const file = value();
      if (!file) return { error: '--config needs a file' };
      config = file;
    } else if (flag === '--no-config') {
      noConfig = true;
    } else if (flag.startsWith('-') && flag !== '-') {
      return { error: `unknown option '${flag}'` };
    } else {
      drafts.push(arg);
    }
  }
  if (drafts.length === 0) return { error: 'no draft given' };
  if (noCache) cacheDir = null;
  if (noConfig) config = null;
  return {
    kind: 'check', sources, format, drafts,
    ...(failOn ? { failOn } : {}),
    ...(maxSourceBytes ? { maxSourceBytes } : {}),
    ...(cacheDir !== undefined ? { cacheDir } : {}),
    ...(config !== undefined ? { config } : {}),
  };
}

function parseInit(rest: readonly string[]): InitCommand | { readonly error: string } {
  const option = rest.find((arg) => arg.startsWith('-') && arg !== '-');
  if (option) return { error: `unknown option '${option}' for init` };
  if (rest.length > 1) return { error: 'init takes at most one folder' };
  return { kind: 'init', folder: rest[0] ?? '.' };
}

function parseVerdicts(list: string): { verdicts: ReadonlySet<Verdict> } | { error: string } {
  if (list === 'none' || list === '') return { verdicts: new Set() };
  const names = list.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = names.find((n) => !isVerdict(n));
  if (unknown) return { error: `--fail-on: unknown verdict '${unknown}' (one of ${VERDICTS.join(', ')}, or none)` };
  return { verdicts: new Set(names as Verdict[]) };
}
