#!/usr/bin/env node
/**
 * `sourcecheck check`: the engine in a terminal or a CI pipeline. Exit 0 when no quotation has a failing
 * verdict, 1 when one has, 2 on bad usage or unreadable input (with a one-line reason on stderr).
 */
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { decodeUtf8, DEFAULT_EXCLUDE_GLOBS, DEFAULT_MAX_SOURCE_BYTES, DEFAULT_SEVERITIES, terminalSafe, type Actor, type DraftReport } from '../core';
import { DEFAULT_FAIL_ON, parseArguments, USAGE, type CheckCommand } from './arguments';
import { defaultCacheRoot, openCacheFolder } from './cache-folder';
import { fromCache, sourcesKey, summaryFromCache } from './cached-check';
import { DiskCache } from './disk-cache';
import type * as Engine from './engine';
import { byCodeUnits, byName, defaultSourceFolders, expandDrafts, listFiles, readRegularFile, type NameOrder } from './files';
import { formatReport } from './format-report';
import { assembleJson, partsFromCache, renderParts, saveParts } from './json-parts';
import { statSource } from './node-file-system';
import { commonFolder, ConfigError, configuredSourceFiles, findConfigFile, loadConfig, matchesAny, relativePath, writeStarterConfig, type LoadedConfig } from './project-config';

declare const SOURCECHECK_VERSION: string;

class UsageError extends Error {}

/** A draft is an article someone writes; far beyond this it is not one (and not read whole into memory). */
const MAX_DRAFT_BYTES = 64 * 1024 * 1024;

/** The engine is a bundle of its own beside this one (dist/cli-engine.js), required only when the cache cannot answer. */
let engine: typeof Engine | undefined;
function loadEngine(): typeof Engine {
  return (engine ??= createRequire(__filename)(path.join(__dirname, 'cli-engine.js')) as typeof Engine);
}

async function run(args: readonly string[]): Promise<number> {
  const command = parseArguments(args);
  if ('error' in command) throw new UsageError(command.error);
  if (command.kind === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (command.kind === 'version') {
    process.stdout.write(`sourcecheck ${SOURCECHECK_VERSION}\n`);
    return 0;
  }
  if (command.kind === 'init') {
    const file = writeStarterConfig(command.folder);
    process.stdout.write(`Wrote ${path.relative(process.cwd(), file) || file}: edit it to say where the sources are.\n`);
    return 0;
  }
  return check(command);
}

async function check(command: CheckCommand): Promise<number> {
  const project = projectConfig(command);
  const drafts = selectDrafts(command, project).map((file) => ({ file, text: readDraft(file) }));
  // Listed in code unit order, enough for the cache's key and cheaper; the engine lists them again in the
  // order users see (byName), which it keeps.
  const { folders, files } = sourceFiles(command, project, byCodeUnits);
  const cacheFolder = command.cacheDir === null ? undefined : openCacheFolder(command.cacheDir ?? defaultCacheRoot(), folders);
  const cache = cacheFolder ? new DiskCache(cacheFolder) : undefined;
  const maxSourceBytes = command.maxSourceBytes ?? (project?.config.maxSourceSizeMB ? Math.round(project.config.maxSourceSizeMB * 1048576) : undefined);
  const wantActors = command.format === 'json';
  const key = cache ? sourcesKey(maxSourceBytes || DEFAULT_MAX_SOURCE_BYTES, files, statSource) : '';
  const failOn = command.failOn ?? new Set(project?.config.failOn ?? DEFAULT_FAIL_ON);
  const sources = cache && summaryFromCache(cache, key);
  // Nothing changed since a JSON run: its report, draft by draft, is in the cache.
  const saved = sources && cache && command.format === 'json' ? partsFromCache(drafts, cache, key) : undefined;
  if (sources && saved) {
    process.stdout.write(assembleJson(SOURCECHECK_VERSION, sources, saved));
    return saved.some((part) => part.verdicts.some((v) => failOn.has(v))) ? 1 : 0;
  }
  // Nothing changed since a run that saved every draft's findings: no source is read, no snapshot loaded.
  const done = (cache && sources && fromCache(drafts, cache, key, sources, wantActors)) ?? await loadEngine().checkAgainstSources({ drafts, files: sourceFiles(command, project, byName).files, maxSourceBytes, cache, key, wantActors });
  if (!done) throw new UsageError(`no readable source article in ${folders.join(', ')}`);
  const checked = done.checked;
  const actorsOf = (report: DraftReport): Actor[] => loadEngine().draftActors(report); // JSON from a run that has none
  if (command.format === 'json') {
    const parts = renderParts(checked, actorsOf);
    process.stdout.write(assembleJson(SOURCECHECK_VERSION, done.sources, parts));
    if (cache) saveParts(drafts, parts, cache, key);
  } else {
    const summary = { version: SOURCECHECK_VERSION, ...done.sources, drafts: checked };
    process.stdout.write(formatReport(command.format, summary, { ...DEFAULT_SEVERITIES, ...project?.config.severity }, terminal()));
  }
  const failed = checked.some((d) => d.report.quotes.some((q) => failOn.has(q.verdict)));
  return failed ? 1 : 0;
}

/** --config, else the nearest .sourcecheck.json at or above the drafts' folder; none with --no-config. */
function projectConfig(command: CheckCommand): LoadedConfig | undefined {
  if (command.config === null) return undefined;
  const file = command.config ?? findConfigFile(commonFolder(command.drafts));
  if (command.config !== undefined && !fs.existsSync(command.config)) throw new UsageError(`config not found: ${command.config}`);
  return file === undefined ? undefined : loadConfig(path.resolve(file), warn);
}

/**
 * The drafts named, folders expanded; the config's `ignore` globs leave drafts out (a file named on the command
 * line with a note), and a folder's files that the config's `sources` select are sources, not drafts.
 */
function selectDrafts(command: CheckCommand, project: LoadedConfig | undefined): string[] {
  const named = new Set(command.drafts);
  return expandDrafts(command.drafts).filter((file) => {
    const relative = project && relativePath(project, file);
    if (matchesAny(relative, project?.config.ignore)) {
      if (named.has(file)) warn(`${file} is ignored by ${project!.file} (its 'ignore' globs), not checked`, 'note');
      return false;
    }
    return named.has(file) || !matchesAny(relative, project?.config.sources);
  });
}

/** --sources, else the config's `sources` globs, else the source folders next to each draft; minus the config's `exclude`. */
function sourceFiles(command: CheckCommand, project: LoadedConfig | undefined, order: NameOrder): { folders: string[]; files: string[] } {
  const exclude = project?.config.exclude ?? (project ? DEFAULT_EXCLUDE_GLOBS : []);
  if (command.sources.length === 0 && project?.config.sources) {
    const files = configuredSourceFiles(project, exclude, order);
    if (files.length === 0) throw new UsageError(`no source file matches 'sources' in ${project.file}`);
    return { folders: [project.file], files };
  }
  const folders = command.sources.length > 0 ? command.sources : defaultSourceFolders(command.drafts);
  if (folders.length === 0) throw new UsageError('no sources: pass --sources PATH, keep a sources/ folder next to the draft, or list them in .sourcecheck.json (sourcecheck init)');
  const files = folders.flatMap((folder) => {
    if (!fs.existsSync(folder)) throw new UsageError(`sources not found: ${folder}`);
    return listFiles(folder, undefined, undefined, order);
  });
  return { folders, files: project ? files.filter((file) => !matchesAny(relativePath(project, file), exclude)) : files };
}

function warn(message: string, kind: 'warning' | 'note' = 'warning'): void {
  process.stderr.write(`sourcecheck: ${kind}: ${terminalSafe(message)}\n`);
}

/**
 * How the text report fits the output: the terminal's width (or COLUMNS, else 100 for logs), and colour only
 * on a terminal, unless NO_COLOR is set (https://no-color.org) or FORCE_COLOR asks for it.
 */
function terminal(): { width: number; color: boolean } {
  const tty = process.stdout.isTTY === true;
  const width = (tty ? process.stdout.columns : undefined) ?? (Number(process.env.COLUMNS) || 100);
  const noColor = process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '';
  const force = process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== '0';
  return { width, color: !noColor && (tty || force) };
}

function readDraft(file: string): string {
  let bytes: Uint8Array;
  try {
    const read = readRegularFile(file, MAX_DRAFT_BYTES); // not a FIFO or a device: they hung the run
    if (!read.bytes) throw new UsageError(`draft ${file} is larger than ${MAX_DRAFT_BYTES / 1048576} MB`);
    bytes = read.bytes;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read draft ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const decoded = decodeUtf8(bytes);
  if (decoded.kind === 'binary') throw new UsageError(`draft ${file} is binary, not text`);
  if (decoded.invalidSequences > 0) warn(`${file}: ${decoded.invalidSequences} invalid UTF-8 sequence(s) replaced with U+FFFD`);
  return decoded.text;
}

run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
}, (error: unknown) => {
  const message = error instanceof UsageError || error instanceof ConfigError ? error.message : `internal error: ${(error as Error).stack ?? String(error)}`;
  process.stderr.write(`sourcecheck: ${terminalSafe(message)}\n`);
  process.exitCode = 2;
});
