#!/usr/bin/env node
/**
 * `sourcecheck check`: the engine in a terminal or a CI pipeline. Exit 0 when no quotation has a failing
 * verdict, 1 when one has, 2 on bad usage or unreadable input (with a one-line reason on stderr).
 */
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { Corpus, decodeUtf8, terminalSafe, readSourceAsync, type PdfJs, type SourceReaders } from '../core';
import { parseArguments, USAGE, type CheckCommand } from './arguments';
import { defaultCacheRoot, openCacheFolder } from './cache-folder';
import { checkDrafts } from './cached-check';
import { DiskCache } from './disk-cache';
import { defaultSourceFolders, expandDrafts, listFiles, readRegularFile } from './files';
import { formatReport } from './format-report';
import { NodeFileSystem } from './node-file-system';

declare const SOURCECHECK_VERSION: string;

class UsageError extends Error {}

/** The PDF parser is a bundle of its own beside this one (dist/readers/pdf.js), required only when a PDF is read. */
/** A draft is an article someone writes; far beyond this it is not one (and not read whole into memory). */
const MAX_DRAFT_BYTES = 64 * 1024 * 1024;

const READERS: SourceReaders = {
  pdf: async () => createRequire(__filename)(path.join(__dirname, 'readers', 'pdf.js')) as PdfJs,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms).unref()),
};

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
  return check(command);
}

async function check(command: CheckCommand): Promise<number> {
  const drafts = expandDrafts(command.drafts).map((file) => ({ file, text: readDraft(file) }));
  const folders = command.sources.length > 0 ? command.sources : defaultSourceFolders(command.drafts);
  if (folders.length === 0) throw new UsageError('no sources: pass --sources PATH, or keep a sources/ folder next to the draft');
  const files = folders.flatMap((folder) => {
    if (!fs.existsSync(folder)) throw new UsageError(`sources not found: ${folder}`);
    return listFiles(folder);
  });
  const cacheFolder = command.cacheDir === null ? undefined : openCacheFolder(command.cacheDir ?? defaultCacheRoot(), folders);
  const cache = cacheFolder ? new DiskCache(cacheFolder) : undefined;
  const corpus = new Corpus({
    fs: new NodeFileSystem(files),
    reader: (file, bytes, maxBytes) => readSourceAsync(file, bytes, maxBytes, READERS),
    ...(command.maxSourceBytes ? { maxSourceBytes: command.maxSourceBytes } : {}),
    ...(cache ? { snapshot: cache } : {}),
  });
  await corpus.sync();
  const articles = corpus.articleCount;
  if (articles === 0) throw new UsageError(`no readable source article in ${folders.join(', ')}`);
  const checked = checkDrafts(drafts, corpus, cache, command.format === 'json');
  await corpus.saveSnapshot();
  const summary = { version: SOURCECHECK_VERSION, articles, skipped: corpus.problems, warnings: corpus.warnings, drafts: checked };
  process.stdout.write(formatReport(command.format, summary));
  const failed = checked.some((d) => d.report.quotes.some((q) => command.failOn.has(q.verdict)));
  return failed ? 1 : 0;
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
  if (decoded.invalidSequences > 0) process.stderr.write(`sourcecheck: warning: ${terminalSafe(file)}: ${decoded.invalidSequences} invalid UTF-8 sequence(s) replaced with U+FFFD\n`);
  return decoded.text;
}

run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
}, (error: unknown) => {
  const message = error instanceof UsageError ? error.message : `internal error: ${(error as Error).stack ?? String(error)}`;
  process.stderr.write(`sourcecheck: ${terminalSafe(message)}\n`);
  process.exitCode = 2;
});
