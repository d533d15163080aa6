/**
 * The CLI's side of `.sourcecheck.json`: finding it (upward from the drafts' folder), reading it, and listing
 * the source files its globs select. The parsing and the validation are the engine's, shared with the editor.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CONFIG_FILE_NAME, decodeUtf8, describeProblem, matchesGlob, parseProjectConfig, starterConfig, type ProjectConfig } from '../core';
import { isDirectory, listFiles, readRegularFile, type NameOrder } from './files';

/** A configuration is a few hundred bytes; far beyond this it is not one. */
const MAX_CONFIG_BYTES = 1024 * 1024;

export interface LoadedConfig {
  readonly file: string;
  /** The folder its globs are relative to. */
  readonly folder: string;
  readonly config: ProjectConfig;
}

/** A configuration that cannot be used: the message names the file and the key (exit code 2). */
export class ConfigError extends Error {}

/** The nearest `.sourcecheck.json` in `folder` or a folder above it. */
export function findConfigFile(folder: string): string | undefined {
  for (let dir = path.resolve(folder); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    if (isFile(candidate)) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** The folder that holds every draft argument (a folder argument holds itself). */
export function commonFolder(paths: readonly string[]): string {
  const folders = paths.map((p) => (isDirectory(p) ? path.resolve(p) : path.dirname(path.resolve(p))));
  return folders.reduce((common, folder) => {
    while (folder !== common && !folder.startsWith(common.endsWith(path.sep) ? common : common + path.sep)) common = path.dirname(common);
    return common;
  });
}

/** Reads and validates `file`; warnings (unknown keys) go to `warn`, the first error is thrown as a ConfigError. */
export function loadConfig(file: string, warn: (line: string) => void): LoadedConfig {
  const shown = path.relative(process.cwd(), file) || file;
  let text: string;
  try {
    const read = readRegularFile(file, MAX_CONFIG_BYTES);
    if (!read.bytes) throw new ConfigError(`${shown}: larger than ${MAX_CONFIG_BYTES / 1048576} MB, not a configuration`);
    const decoded = decodeUtf8(read.bytes);
    if (decoded.kind === 'binary') throw new ConfigError(`${shown}: binary, not a configuration`);
    text = decoded.text;
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(`cannot read ${shown}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const { config, problems } = parseProjectConfig(text);
  const errors = problems.filter((p) => p.level === 'error');
  for (const problem of problems.filter((p) => p.level === 'warning')) warn(describeProblem(shown, problem));
  if (errors.length > 0) {
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more problem${errors.length > 2 ? 's' : ''})` : '';
    throw new ConfigError(`${describeProblem(shown, errors[0]!)}${more}`);
  }
  return { file, folder: path.dirname(file), config };
}

/** `file`'s path relative to the config's folder with `/` separators, or undefined when it lies outside. */
export function relativePath(loaded: LoadedConfig, file: string): string | undefined {
  const relative = path.relative(loaded.folder, path.resolve(file));
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return relative.split(path.sep).join('/');
}

export function matchesAny(relative: string | undefined, globs: readonly string[] | undefined): boolean {
  return relative !== undefined && (globs ?? []).some((glob) => matchesGlob(relative, glob));
}

/** The files below the config's folder that its `sources` globs select, minus `exclude` (excluded folders are not walked). */
export function configuredSourceFiles(loaded: LoadedConfig, exclude: readonly string[], order?: NameOrder): string[] {
  const skipFolder = (folder: string): boolean => matchesAny(`${relativePath(loaded, folder)}/`, exclude);
  return listFiles(loaded.folder, undefined, skipFolder, order).filter((file) => {
    const relative = relativePath(loaded, file);
    return matchesAny(relative, loaded.config.sources) && !matchesAny(relative, exclude);
  });
}

/** Writes the starter configuration into `folder`; refuses to replace a file that is there. */
export function writeStarterConfig(folder: string): string {
  if (!isDirectory(folder)) throw new ConfigError(`not a folder: ${folder}`);
  const file = path.join(folder, CONFIG_FILE_NAME);
  try {
    fs.writeFileSync(file, starterConfig(), { flag: 'wx' }); // wx: fails if the file exists, even if made just now
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new ConfigError(`${file} already exists; not overwritten (edit it, or delete it first)`);
    throw new ConfigError(`cannot write ${file}: ${code ?? String(error)}`);
  }
  return file;
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}
