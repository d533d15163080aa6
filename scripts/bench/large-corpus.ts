/**
 * A corpus ~25x the DEV corpus, derived in memory: the original articles, then perturbed copies of each.
 *
 * A copy shuffles its paragraphs and, in a seeded fraction of its sentences, shuffles the words. Plain copies
 * would make every trigram of every quotation 25 times as frequent as in real news (rotating a sentence's
 * words keeps all but two of its trigrams, so it would too); shuffled words give the copies new, mostly
 * unique trigrams, as new articles have, while the sentences left intact keep the repeated phrases and
 * re-quoted sentences that a large news archive does contain. The originals come first and unchanged, so
 * every DEV quotation still has its article.
 */
import type { SourceFile } from '../../src/core';
import { seeded } from '../../test/helpers/seeded';

/** The benchmarks' ~100 MB corpus: the originals and their copies, this many in all, shuffled with this seed. */
export const LARGE_COPIES = 25;
export const CORPUS_SEED = 20240501;

/** Share of a copy's sentences whose words are shuffled. */
const SHUFFLED_SENTENCES = 0.75;
const FRONT_MATTER_END = '\n---';

export function deriveLargeCorpus(originals: readonly SourceFile[], copies: number, seed: number): SourceFile[] {
  const random = seeded(seed); // the same corpus on every run
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  const corpus = [...originals];
  for (let copy = 1; copy < copies; copy++) {
    for (const source of originals) {
      const text = perturbedCopy(decoder.decode(source.bytes), copySuffix(copy), random);
      corpus.push({ file: withSuffix(source.file, copySuffix(copy)), bytes: encoder.encode(text) });
    }
  }
  return corpus;
}

/** The copy's id and file-name suffix. */
function copySuffix(copy: number): string {
  return `-copy${String(copy).padStart(2, '0')}`;
}

function perturbedCopy(text: string, suffix: string, random: () => number): string {
  const { head, body } = splitFrontMatter(text);
  const paragraphs = shuffle(body.split(/\n[ \t]*\n/), random).map((p) => perturbParagraph(p, random));
  return head.replace(/^id:[ \t]*(\S.*?)[ \t]*$/m, (_line, id: string) => `id: ${id}${suffix}`) + paragraphs.join('\n\n') + '\n';
}

function perturbParagraph(paragraph: string, random: () => number): string {
  return paragraph
    .split(/(?<=[.!?]["”’']?)\s+(?=["“‘']?[A-Z0-9])/)
    .map((sentence) => (random() < SHUFFLED_SENTENCES ? shuffle(sentence.split(/\s+/), random).join(' ') : sentence))
    .join(' ');
}

/** Front matter with its closing fence and the blank line after it, and the body. */
function splitFrontMatter(text: string): { head: string; body: string } {
  if (!text.startsWith('---')) return { head: '', body: text.trim() };
  const fence = text.indexOf(FRONT_MATTER_END, 3);
  if (fence < 0) return { head: '', body: text.trim() };
  const bodyStart = text.indexOf('\n', fence + FRONT_MATTER_END.length);
  if (bodyStart < 0) return { head: text, body: '' };
  return { head: `${text.slice(0, bodyStart)}\n\n`, body: text.slice(bodyStart).trim() };
}

/** Joined, not added: a name made with + is a tree of strings on the heap until flattened, unlike one read from a disk. */
function withSuffix(file: string, suffix: string): string {
  const dot = file.lastIndexOf('.');
  return dot > Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) ? [file.slice(0, dot), suffix, file.slice(dot)].join('') : [file, suffix].join('');
}

/** Fisher-Yates, in place. */
function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}
