/**
 * The JSON report assembled from one part per draft, and those parts kept in the cache. A draft's part is a
 * function of its file name, its text and its findings (themselves keyed by the text and the sources' key, in
 * a cache folder of this build), so a run over unchanged drafts and sources prints the saved parts: the
 * findings are neither decoded nor rendered again, which was most of such a run's work after Node's start.
 */
import { isVerdict, jsonDocument, type Actor, type CheckedDraft, type DraftReport, type Verdict } from '../core';
import { sha256 } from './cache-folder';
import type { Draft, SourcesSummary } from './cached-check';
import type { DiskCache } from './disk-cache';

/** A draft's part of the JSON report (JSON.stringify of its member, indented by 2) and its verdicts, for the exit code. */
export interface JsonPart {
  readonly json: string;
  readonly verdicts: readonly Verdict[];
}

const FORMAT = 'sourcecheck-json-part/1';

/** The report exactly as JSON.stringify(document, null, 2) writes it, each draft's part spliced in. */
export function assembleJson(version: string, sources: SourcesSummary, parts: readonly JsonPart[]): string {
  const head = JSON.stringify(jsonDocument({ version, ...sources, drafts: [] }, () => []), null, 2);
  // `"drafts": []` is the document's last member: the parts go between its brackets, two levels in.
  const at = head.lastIndexOf('[]');
  const drafts = parts.length === 0 ? '[]' : `[\n    ${parts.map((p) => p.json.replace(/\n/g, '\n    ')).join(',\n    ')}\n  ]`;
  return `${head.slice(0, at)}${drafts}${head.slice(at + 2)}\n`;
}

/** Each checked draft's part; `actorsOf` gives the actors of a draft that comes without them. */
export function renderParts(checked: readonly CheckedDraft[], actorsOf: (report: DraftReport) => readonly Actor[]): JsonPart[] {
  const document = jsonDocument({ version: '', articles: 0, skipped: [], warnings: [], drafts: checked }, actorsOf) as { drafts: unknown[] };
  return document.drafts.map((member, i) => ({ json: JSON.stringify(member, null, 2), verdicts: checked[i]!.report.quotes.map((q) => q.verdict) }));
}

/** Every draft's saved part, or undefined when one is missing or damaged. */
export function partsFromCache(drafts: readonly Draft[], cache: DiskCache, key: string): JsonPart[] | undefined {
  const parts: JsonPart[] = [];
  for (const draft of drafts) {
    const part = decodePart(cache.entry(partName(draft, key)).text);
    if (!part) return undefined;
    parts.push(part);
  }
  return parts;
}

export function saveParts(drafts: readonly Draft[], parts: readonly JsonPart[], cache: DiskCache, key: string): void {
  drafts.forEach((draft, i) => cache.entry(partName(draft, key)).save(JSON.stringify({ format: FORMAT, ...parts[i] })));
}

function partName(draft: Draft, key: string): string {
  return `json/${sha256(`${key}\n${draft.file}\n${draft.text}`)}.json`;
}

function decodePart(text: string | undefined): JsonPart | undefined {
  if (text === undefined) return undefined;
  try {
    const saved = JSON.parse(text) as { format?: unknown; json?: unknown; verdicts?: unknown };
    if (saved.format !== FORMAT || typeof saved.json !== 'string' || !saved.json.startsWith('{') || !Array.isArray(saved.verdicts)) return undefined;
    const verdicts: unknown[] = saved.verdicts;
    return verdicts.every((v): v is Verdict => typeof v === 'string' && isVerdict(v)) ? { json: saved.json, verdicts } : undefined;
  } catch {
    return undefined;
  }
}
