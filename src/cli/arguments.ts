/** Parses `sourcecheck check [--sources PATH]... [--format text|json|sarif] [--fail-on VERDICTS] DRAFT...`. */
import { isVerdict, PROBLEM_VERDICTS, VERDICTS, type Verdict } from '../core';

export interface CheckCommand {
  readonly kind: 'check';
  readonly sources: string[];
  readonly format: ReportFormat;
  readonly failOn: ReadonlySet<Verdict>;
  readonly drafts: string[];
  readonly maxSourceBytes?: number;
  /** The cache folder root; null with --no-cache; undefined for the default. */
  readonly cacheDir?: string | null;
}

export type ReportFormat = 'text' | 'json' | 'sarif';
const FORMATS: readonly ReportFormat[] = ['text', 'json', 'sarif'];

export type Command = CheckCommand | { readonly kind: 'help' } | { readonly kind: 'version' };

export const USAGE = `Usage: sourcecheck check [--sources PATH]... [--format text|json|sarif] [--fail-on VERDICTS] DRAFT...
       sourcecheck --help | --version

Checks every quotation in the drafts against the source articles.
  --sources PATH     a folder of sources (.md .txt .html .pdf .vtt .srt .bib .json below it) or one file; repeatable.
                     Default: sources/, references/, refs/ or clippings/ next to each draft.
  --format F         text (default), json, or sarif (SARIF 2.1.0, for code scanning).
  --fail-on LIST     verdicts that make the exit code 1 (default misquoted,unsourced,misattributed;
                     'none' for never).
  --max-source-mb N  skip source files larger than N MB (default 5).
  --cache-dir PATH   where parsed sources and findings are kept between runs (default: the user's
                     cache directory, e.g. ~/.cache/sourcecheck).
  --no-cache         neither read nor write the cache.
Exit codes: 0 no quotation failed, 1 some did, 2 bad usage or unreadable input.`;

export const DEFAULT_FAIL_ON: readonly Verdict[] = PROBLEM_VERDICTS;

/** The command, or a one-line reason why the arguments are wrong. */
export function parseArguments(args: readonly string[]): Command | { readonly error: string } {
  if (args.includes('--help') || args.includes('-h') || args.length === 0) return { kind: 'help' };
  if (args.includes('--version')) return { kind: 'version' };
  const [command, ...rest] = args;
  if (command !== 'check') return { error: `unknown command '${command}' (expected 'check')` };
  const sources: string[] = [];
  const drafts: string[] = [];
  let format: ReportFormat = 'text';
  let failOn: ReadonlySet<Verdict> = new Set(DEFAULT_FAIL_ON);
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
    } else if (flag.startsWith('-') && flag !== '-') {
      return { error: `unknown option '${flag}'` };
    } else {
      drafts.push(arg);
    }
  }
  if (drafts.length === 0) return { error: 'no draft given' };
  if (noCache) cacheDir = null;
  return { kind: 'check', sources, format, failOn, drafts, ...(maxSourceBytes ? { maxSourceBytes } : {}), ...(cacheDir !== undefined ? { cacheDir } : {}) };
}

function parseVerdicts(list: string): { verdicts: ReadonlySet<Verdict> } | { error: string } {
  if (list === 'none' || list === '') return { verdicts: new Set() };
  const names = list.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = names.find((n) => !isVerdict(n));
  if (unknown) return { error: `--fail-on: unknown verdict '${unknown}' (one of ${VERDICTS.join(', ')}, or none)` };
  return { verdicts: new Set(names as Verdict[]) };
}
