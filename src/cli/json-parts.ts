/**
 * The JSON report assembled from one part per draft, and those parts kept in the cache. A draft's part is a
 * function of its file name, its text and its findings (themselves keyed by the text and the sources' key, in
 * a cache folder of this build), so a run over unchanged drafts and sources prints the saved parts: the
 * findings are neither decoded nor rendered again, and a part goes from its file to the output as UTF-8 bytes,
 * never a string (decoding, rendering and encoding them were most of such a run's work after Node's start).
 */
import { isVerdict, jsonDocument, type Actor, type CheckedDraft, type DraftReport, type Verdict } from '../core';
import { sha256 } from './cache-folder';
import type { Draft, SourcesSummary } from './cached-check';
import type { DiskCache } from './disk-cache';

/**
 * A draft's part of the JSON report, UTF-8: JSON.stringify of its member of the document, indented as the
 * document has it (its first line excepted); and its verdicts, for the exit code.
 */
export interface JsonPart {
  readonly json: Uint8Array;
  readonly verdicts: readonly Verdict[];
}

const FORMAT = 'sourcecheck-json-part/2';
const NEWLINE = 0x0a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

/** The report exactly as `${JSON.stringify(document, null, 2)}\n` writes it, each draft's part spliced in. */
export function assembleJson(version: string, sources: SourcesSummary, parts: readonly JsonPart[]): Buffer {
  const head = JSON.stringify(jsonDocument({ version, ...sources, drafts: [] }, () => []), null, 2);
  // `"drafts": []` is the document's last member: the parts go between its brackets, two levels in.
  const at = head.lastIndexOf('[]');
  if (parts.length === 0) return Buffer.from(`${head}\n`);
  const pieces: Uint8Array[] = [Buffer.from(`${head.slice(0, at)}[\n    `)];
  parts.forEach((part, i) => pieces.push(...(i > 0 ? [Buffer.from(',\n    ')] : []), part.json));
  pieces.push(Buffer.from(`\n  ]${head.slice(at + 2)}\n`));
  return Buffer.concat(pieces);
}

/** Each checked draft's part; `actorsOf` gives the actors of a draft that comes without them. */
export function renderParts(checked: readonly CheckedDraft[], actorsOf: (report: DraftReport) => readonly Actor[]): JsonPart[] {
  const document = jsonDocument({ version: '', articles: 0, skipped: [], warnings: [], drafts: checked }, actorsOf) as { drafts: unknown[] };
  return document.drafts.map((member, i) => ({
    json: Buffer.from(JSON.stringify(member, null, 2).replace(/\n/g, '\n    ')), // a JSON string holds no raw line break
    verdicts: checked[i]!.report.quotes.map((q) => q.verdict),
  }));
}

/** Every draft's saved part, or undefined when one is missing or damaged. */
export function partsFromCache(drafts: readonly Draft[], cache: DiskCache, key: string): JsonPart[] | undefined {
  const parts: JsonPart[] = [];
  for (const draft of drafts) {
    const part = decodePart(cache.bytes(partName(draft, key)).bytes);
    if (!part) return undefined;
    parts.push(part);
  }
  return parts;
}

/** Saved as a line of JSON (the format, the verdicts) and the part's bytes after it. */
export function saveParts(drafts: readonly Draft[], parts: readonly JsonPart[], cache: DiskCache, key: string): void {
  drafts.forEach((draft, i) => {
    const part = parts[i]!;
    cache.bytes(partName(draft, key)).save(Buffer.concat([Buffer.from(`${JSON.stringify({ format: FORMAT, verdicts: part.verdicts })}\n`), part.json]));
  });
}

function partName(draft: Draft, key: string): string {
  return `json/${sha256(`${key}\n${draft.file}\n${draft.text}`)}.part`;
}

function decodePart(bytes: Buffer | undefined): JsonPart | undefined {
  const end = bytes ? bytes.indexOf(NEWLINE) : -1;
  if (!bytes || end < 0) return undefined;
  const json = bytes.subarray(end + 1);
  if (json[0] !== OPEN_BRACE || json[json.length - 1] !== CLOSE_BRACE) return undefined; // a truncated part, say
  try {
    const header = JSON.parse(bytes.toString('latin1', 0, end)) as { format?: unknown; verdicts?: unknown };
    if (header.format !== FORMAT || !Array.isArray(header.verdicts)) return undefined;
    const verdicts: unknown[] = header.verdicts;
    return verdicts.every((v): v is Verdict => typeof v === 'string' && isVerdict(v)) ? { json, verdicts } : undefined;
  } catch {
    return undefined;
  }
}
