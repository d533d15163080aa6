/**
 * Interview transcripts as sources: WebVTT (with `<v Name>` voices), SRT, and plain transcripts as
 * transcription services export them (`Name: text`, `[00:12:31] Name: text`, `Name (00:12:31): text`, or a
 * `Name  12:31` line above the turn's text).
 *
 * The body holds what was said, without labels or timings, so a name in a label is never mistaken for a
 * mention in the text. Consecutive cues of one speaker are joined into one paragraph (a sentence split over
 * two cues is matched whole); each cue is a segment carrying its speaker and start time.
 */
import type { OffsetMap } from '../text/offset-map';
import type { SourceSegment } from './article';
import { decodeEntity } from './html-entities';
import { MappedText } from './mapped-text';
import { normalizeTime } from './segments';

export interface TranscriptArticle {
  readonly body: string;
  readonly bodyToFile: OffsetMap;
  readonly segments: SourceSegment[];
  readonly speakers: string[];
  readonly meta: { readonly title?: string; readonly date?: string; readonly author?: string; readonly outlet?: string; readonly url?: string; readonly id?: string };
  /** Something repaired or left out while reading (malformed cues). */
  readonly warning?: string;
}

export type TranscriptResult = { readonly kind: 'transcript'; readonly transcript: TranscriptArticle } | { readonly kind: 'skipped'; readonly reason: string };

/** A piece of spoken text at a file offset; `span` is its length in the file when decoded from an entity. */
interface Piece {
  readonly text: string;
  readonly origin: number;
  readonly span?: number;
  /** A line break in the file before this piece. */
  readonly newLine?: boolean;
}

/** What one speaker says in one cue (a cue with two voices gives two). */
interface Utterance {
  readonly time?: string;
  readonly speaker?: string;
  readonly pieces: Piece[];
  /** A blank line before it in a plain transcript: a new paragraph even for the same speaker. */
  readonly paragraph?: boolean;
}

const TIME = String.raw`\d{1,3}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?`;
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’.\-]*`;
const NAME = String.raw`${NAME_WORD}(?:[ \t](?:${NAME_WORD}|\d+|de|van|von|der|da|la|le|del|bin|ibn|al)){0,4}`;
/** `[00:12:31] Jane Roe: text`, `Jane Roe: text`, `Jane Roe (00:12:31): text`, `00:12:31 - Jane Roe: text`. */
const LABEL_LINE = new RegExp(String.raw`^[ \t]*(?:>>[ \t]*)?(?:[\[(]?(${TIME})[\])]?[ \t]*(?:[-–—|][ \t]*)?)?(${NAME})[ \t]*(?:[\[(](${TIME})[\])])?[ \t]*:(?:[ \t]+|$)`, 'u');
/** `Jane Roe  12:31` alone on a line, the turn's text below (a common export layout). */
const HEADING_LINE = new RegExp(String.raw`^[ \t]*(${NAME})[ \t]+[\[(]?(${TIME})[\])]?[ \t]*$`, 'u');
/** `[00:12:31] text`: a new timestamp, the same speaker. */
const TIME_LINE = new RegExp(String.raw`^[ \t]*[\[(](${TIME})[\])][ \t]*`, 'u');
const CUE_TIMING = /^[ \t]*((?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})[ \t]+-->[ \t]+((?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})(?:[ \t].*)?$/;
/** Labels that are not a person's name: generic roles, kept as they are, and never coreferred. */
const SENTENCE_WORDS = /^(?:note|update|editor'?s? note|source|sources|related|see also|photo|image|caption|warning|disclaimer)$/i;

interface Line {
  readonly text: string;
  readonly start: number;
}

function splitLines(text: string, from = 0): Line[] {
  const lines: Line[] = [];
  const pattern = /\r?\n|\r/g;
  pattern.lastIndex = from;
  let start = from;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    lines.push({ text: text.slice(start, m.index), start });
    start = m.index + m[0].length;
  }
  if (start < text.length) lines.push({ text: text.slice(start), start });
  return lines;
}

/** `JANE ROE` -> `Jane Roe`; other spellings are kept. */
function displayName(label: string): string {
  const name = label.trim().replace(/\s+/g, ' ');
  if (name !== name.toUpperCase() || !/\p{Lu}{2}/u.test(name)) return name;
  return name.toLowerCase().replace(/(^|[\s'’.\-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** A label is a speaker when it is used twice, has two words, or comes with a timestamp; `Look: we...` is not. */
function speakerLabels(candidates: ReadonlyArray<{ name: string; timed: boolean }>): Set<string> {
  const counts = new Map<string, number>();
  for (const c of candidates) counts.set(c.name, (counts.get(c.name) ?? 0) + 1);
  return new Set(candidates.filter((c) => !SENTENCE_WORDS.test(c.name) && (c.timed || (counts.get(c.name) ?? 0) >= 2 || /\s/.test(c.name))).map((c) => c.name));
}

// ---------------------------------------------------------------------------------------------------------
// WebVTT and SRT

/** Pieces of a cue's text lines, tags removed and entities decoded; a `<v Name>` switches the voice. */
function cueUtterances(text: string, lines: readonly Line[], time: string | undefined, labelled: (line: Line) => { name: string; length: number } | undefined): Utterance[] {
  const utterances: Utterance[] = [];
  let current: { speaker?: string; pieces: Piece[] } = { pieces: [] };
  const push = (): void => {
    if (current.pieces.length) utterances.push({ ...(time ? { time } : {}), ...current });
  };
  lines.forEach((line, k) => {
    let i = line.start;
    const end = line.start + line.text.length;
    let newLine = k > 0;
    const label = k === 0 ? labelled(line) : undefined;
    if (label) {
      current.speaker ??= label.name;
      i += label.length;
    }
    const tag = /<(\/?)([a-zA-Z0-9.:]*)(?:[ \t]+([^>]*))?>|\{\\[^}]*\}|&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);/g;
    tag.lastIndex = i;
    const emit = (piece: Piece): void => {
      current.pieces.push(newLine ? { ...piece, newLine } : piece);
      newLine = false;
    };
    for (let m = tag.exec(text); m && m.index < end; m = tag.exec(text)) {
      if (m.index > i) emit({ text: text.slice(i, m.index), origin: i });
      i = m.index + m[0].length;
      if (m[0].startsWith('&')) {
        const decoded = decodeEntity(m[0]);
        if (decoded !== undefined) emit({ text: decoded, origin: m.index, span: m[0].length });
        else emit({ text: m[0], origin: m.index });
      } else if (m[0].startsWith('<') && m[1] === '' && /^v(?:\.|$)/.test(m[2]!) && m[3]?.trim()) {
        const speaker = displayName(m[3]);
        if (current.pieces.length && current.speaker !== speaker) {
          push();
          current = { pieces: [] };
        }
        current.speaker = speaker;
      }
    }
    if (end > i) emit({ text: text.slice(i, end), origin: i });
  });
  push();
  return utterances;
}

/** A `Name:` or `[Name]` at the start of a cue (SRT and some VTT exports carry speakers this way). */
function cueLabel(line: Line): { name: string; length: number } | undefined {
  const match = new RegExp(String.raw`^[ \t]*(?:>>[ \t]*)?(?:(${NAME})[ \t]*:|\[(${NAME})\])[ \t]+`, 'u').exec(line.text);
  if (!match) return undefined;
  return { name: displayName(match[1] ?? match[2]!), length: match[0].length };
}

interface CueBlock {
  readonly time: string | undefined;
  readonly lines: Line[];
}

/** Splits cue blocks (separated by blank lines) and reads their timing lines; malformed ones are counted. */
function cueBlocks(lines: readonly Line[]): { cues: CueBlock[]; malformed: number; blocks: Line[][] } {
  const blocks: Line[][] = [];
  let block: Line[] = [];
  for (const line of lines) {
    if (line.text.trim() === '') {
      if (block.length) blocks.push(block);
      block = [];
    } else {
      block.push(line);
    }
  }
  if (block.length) blocks.push(block);
  const cues: CueBlock[] = [];
  let malformed = 0;
  for (const b of blocks) {
    const timing = b.findIndex((l) => l.text.includes('-->'));
    if (timing < 0 || timing > 1) {
      if (!/^(?:NOTE|STYLE|REGION)\b/.test(b[0]!.text)) malformed++;
      continue;
    }
    const match = CUE_TIMING.exec(b[timing]!.text);
    if (!match) {
      malformed++;
      continue;
    }
    cues.push({ time: normalizeTime(match[1]!), lines: b.slice(timing + 1) });
  }
  return { cues, malformed, blocks };
}

function labelsFor(cues: readonly CueBlock[]): Set<string> {
  const candidates = cues.flatMap((c) => {
    const label = c.lines[0] && cueLabel(c.lines[0]);
    return label ? [{ name: label.name, timed: false }] : [];
  });
  return speakerLabels(candidates);
}

export function readVtt(text: string): TranscriptResult {
  const lines = splitLines(text);
  const header = /^\uFEFF?WEBVTT(?:[ \t]+(.*))?$/.exec(lines[0]?.text ?? '');
  if (!header) return { kind: 'skipped', reason: 'not WebVTT: the file does not start with WEBVTT' };
  const { cues, malformed, blocks } = cueBlocks(lines.slice(1));
  const meta: Record<string, string> = {};
  const title = header[1]?.replace(/^[-–—:\s]+/, '').trim();
  if (title) meta['title'] = title;
  for (const b of blocks) if (/^NOTE\b/.test(b[0]!.text)) readFields([{ text: b[0]!.text.replace(/^NOTE[ \t]*/, ''), start: 0 }, ...b.slice(1)], meta);
  return finish(text, cues, malformed, meta);
}

export function readSrt(text: string): TranscriptResult {
  const { cues, malformed } = cueBlocks(splitLines(text.replace(/^\uFEFF/, ' ')));
  return finish(text, cues, malformed, {});
}

function finish(text: string, cues: readonly CueBlock[], malformed: number, meta: Record<string, string>): TranscriptResult {
  if (cues.length === 0) return { kind: 'skipped', reason: malformed ? `no cue with a valid timing (${malformed} malformed)` : 'no cues' };
  const labels = labelsFor(cues);
  const utterances = cues.flatMap((c) => cueUtterances(text, c.lines, c.time, (line) => {
    const label = cueLabel(line);
    return label && labels.has(label.name) ? label : undefined;
  }));
  const built = build(utterances, meta);
  if (built.kind === 'transcript' && malformed > 0) {
    return { kind: 'transcript', transcript: { ...built.transcript, warning: `${malformed} malformed cue(s) left out` } };
  }
  return built;
}

function readFields(lines: readonly Line[], meta: Record<string, string>): void {
  for (const line of lines) {
    const field = /^[ \t]*(title|date|author|outlet|url|id|interviewer|publisher)[ \t]*:[ \t]*(.+?)[ \t]*$/i.exec(line.text);
    if (field && !meta[field[1]!.toLowerCase()]) meta[field[1]!.toLowerCase()] = field[2]!;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Plain transcripts

interface LabelMatch {
  readonly name: string;
  readonly time?: string;
  /** Where the spoken text starts in the line (the line's length for a heading line). */
  readonly textFrom: number;
}

function labelOf(line: string): LabelMatch | undefined {
  const label = LABEL_LINE.exec(line);
  if (label) {
    const time = normalizeTime(label[1] ?? label[3] ?? '');
    return { name: displayName(label[2]!), ...(time ? { time } : {}), textFrom: label[0].length };
  }
  const heading = HEADING_LINE.exec(line);
  if (heading) {
    const time = normalizeTime(heading[2]!);
    if (time) return { name: displayName(heading[1]!), time, textFrom: line.length };
  }
  return undefined;
}

function plainLabels(lines: readonly Line[]): { labels: Set<string>; labelled: number; nonEmpty: number } {
  const candidates: Array<{ name: string; timed: boolean }> = [];
  let nonEmpty = 0;
  for (const line of lines) {
    if (line.text.trim() === '') continue;
    nonEmpty++;
    const label = labelOf(line.text);
    if (label) candidates.push({ name: label.name, timed: label.time !== undefined });
  }
  const labels = speakerLabels(candidates);
  return { labels, labelled: candidates.filter((c) => labels.has(c.name)).length, nonEmpty };
}

/** Whether a `.txt` file is a transcript: at least three speaker turns, and labels on a quarter of its lines. */
export function looksLikeTranscript(text: string): boolean {
  const { labelled, nonEmpty } = plainLabels(splitLines(text.slice(0, 200_000)));
  return labelled >= 3 && labelled >= nonEmpty / 4;
}

/** Reads a plain transcript from `from` (after any front matter); `meta` holds what the front matter gave. */
export function readPlainTranscript(text: string, from = 0, meta: Record<string, string> = {}): TranscriptResult {
  const lines = splitLines(text, from);
  const { labels } = plainLabels(lines);
  const utterances: Utterance[] = [];
  let speaker: string | undefined;
  let time: string | undefined;
  let current: Utterance | undefined;
  let blank = false;
  let seenText = false;
  for (const line of lines) {
    if (line.text.trim() === '') {
      blank = true;
      continue;
    }
    const label = labelOf(line.text);
    const timed = label && labels.has(label.name) ? undefined : TIME_LINE.exec(line.text);
    let textFrom = 0;
    if (label && labels.has(label.name)) {
      speaker = label.name;
      time = label.time ?? time;
      textFrom = label.textFrom;
      current = undefined;
    } else if (timed) {
      time = normalizeTime(timed[1]!) ?? time;
      textFrom = timed[0].length;
      current = undefined;
    } else if (!seenText && speaker === undefined && !meta['title'] && line.text.trim().length < 200) {
      meta['title'] = line.text.trim(); // an unlabelled first line is the transcript's title
      seenText = true;
      blank = false;
      continue;
    }
    seenText = true;
    const spoken = line.text.slice(textFrom);
    const lead = spoken.length - spoken.trimStart().length;
    const piece = { text: spoken.trim(), origin: line.start + textFrom + lead };
    if (!current || blank) {
      current = { ...(time ? { time } : {}), ...(speaker ? { speaker } : {}), pieces: [], ...(blank && current ? { paragraph: true } : {}) };
      utterances.push(current);
      if (piece.text) current.pieces.push(piece);
    } else if (piece.text) {
      current.pieces.push({ ...piece, newLine: true });
    }
    blank = false;
  }
  return build(utterances.filter((u) => u.pieces.some((p) => p.text)), meta);
}

// ---------------------------------------------------------------------------------------------------------

/** The body from utterances: one paragraph per turn, each utterance a segment with its speaker and time. */
function build(utterances: readonly Utterance[], meta: Record<string, string>): TranscriptResult {
  const text = new MappedText();
  let previous: string | undefined;
  const speakers: string[] = [];
  utterances.forEach((u, k) => {
    const speaker = u.speaker ?? previous; // a cue without a label continues the turn
    if (k > 0) text.separate(speaker !== previous || u.paragraph ? '\n\n' : ' ');
    previous = speaker;
    if (speaker && !speakers.includes(speaker)) speakers.push(speaker);
    text.startSegment({ ...(speaker ? { speaker } : {}), ...(u.time ? { time: u.time } : {}) });
    for (const piece of u.pieces) {
      if (piece.newLine) text.separate(' ');
      const core = piece.text.trim();
      const lead = piece.text.length - piece.text.trimStart().length;
      if (lead > 0 || core === '') text.separate(' '); // `we were <i>very</i> sure`: spaces kept once
      if (core) text.add(core, piece.origin + lead, piece.span);
      if (core && /\s$/.test(piece.text)) text.separate(' ');
    }
  });
  const { body, bodyToFile, segments } = text.finish();
  if (body.trim() === '') return { kind: 'skipped', reason: 'no spoken text in the transcript' };
  const people = speakers.filter((s) => !/^(?:interviewer|host|q|a|speaker\s*\d*|unknown)$/i.test(s));
  const title = meta['title'] ?? (people.length ? `Interview with ${people.join(', ')}` : undefined);
  const fields: Record<string, string> = { ...meta, ...(title ? { title } : {}) };
  if (fields['publisher'] && !fields['outlet']) fields['outlet'] = fields['publisher'];
  delete fields['publisher'];
  delete fields['interviewer'];
  return { kind: 'transcript', transcript: { body, bodyToFile, segments, speakers, meta: fields } };
}
