// npm run bench (formats part): PDF extraction speed through the lazily loaded reader, and the size of the
// extension's bundles (the main one, loaded at activation, and the PDF reader, loaded on the first PDF).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { PdfJs } from '../src/core';
import { readSourceAsync } from '../src/core/sources/read-source';
import { writePdf, type PdfPage } from '../test/helpers/pdf-writer';

const ROOT = path.join(__dirname, '..', '..');

/** A report-like PDF: a running header, ~40 lines of prose a page, some words hyphenated, page numbers. */
function reportPdf(pages: number): Uint8Array {
  const words = 'the harbour authority said that dredging costs had doubled since the tender and that the board would review the contract before the spring season began'.split(' ');
  const list: PdfPage[] = [];
  for (let p = 0; p < pages; p++) {
    const lines: string[] = ['Harbour Authority Annual Report'];
    for (let l = 0; l < 40; l++) {
      const line = Array.from({ length: 11 }, (_, w) => words[(p * 7 + l * 11 + w) % words.length]).join(' ');
      lines.push(l % 6 === 5 ? `${line} contract re-` : l % 6 === 0 && l > 0 ? `view ${line}` : line);
    }
    lines.push(String(p + 1));
    list.push({ lines });
  }
  return writePdf(list);
}

async function main(): Promise<void> {
  const reader = path.join(ROOT, 'dist', 'readers', 'pdf.js');
  const loadStart = performance.now();
  const pdfjs = require(reader) as PdfJs; // eslint-disable-line @typescript-eslint/no-require-imports
  const loadMs = performance.now() - loadStart;
  const readers = { pdf: async () => pdfjs };
  const rows: string[] = [];
  for (const pages of [20, 200]) {
    const bytes = reportPdf(pages);
    await readSourceAsync('warm.pdf', bytes, 50 * 1048576, readers); // warm-up
    const times: number[] = [];
    let chars = 0;
    for (let run = 0; run < 3; run++) {
      const start = performance.now();
      const result = await readSourceAsync('bench.pdf', bytes, 50 * 1048576, readers);
      times.push(performance.now() - start);
      if (result.kind !== 'article') throw new Error(`the benchmark PDF was skipped: ${result.kind === 'skipped' ? result.reason : result.kind}`);
      chars = result.article.body.length;
    }
    const median = times.sort((a, b) => a - b)[1]!;
    const mb = bytes.length / 1048576;
    rows.push(`| ${pages} pages, ${mb.toFixed(2)} MB (${(chars / 1000).toFixed(0)}k chars of text) | ${median.toFixed(0)} ms | ${(mb / (median / 1000)).toFixed(2)} MB/s | ${(median / pages).toFixed(2)} ms |`);
  }
  const size = (file: string): string => `${(fs.statSync(path.join(ROOT, file)).size / 1024).toFixed(0)} KB`;
  console.log('\n## Source formats: PDF extraction (unpdf build of PDF.js) and bundle sizes\n');
  console.log(`Loading the PDF reader bundle (first PDF only): ${loadMs.toFixed(0)} ms\n`);
  console.log('| PDF | extraction, median of 3 | speed | per page |\n| --- | --- | --- | --- |');
  for (const row of rows) console.log(row);
  console.log(`\n| bundle | size |\n| --- | --- |`);
  console.log(`| dist/web/extension.js (loaded at activation) | ${size('dist/web/extension.js')} |`);
  console.log(`| dist/node/extension.js | ${size('dist/node/extension.js')} |`);
  console.log(`| dist/readers/pdf.js (loaded on the first PDF source) | ${size('dist/readers/pdf.js')} |`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
