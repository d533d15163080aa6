/** Plain-text tables and number formats for the benchmark report. */

/** Left-aligns the first column and `leftColumns` more, right-aligns the rest. */
export function formatTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>, leftColumns = 1): string {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells.map((cell, i) => (i < leftColumns ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.map(line)].map((l) => `  ${l}`).join('\n');
}

export const ms = (value: number): string => (value < 10 ? `${value.toFixed(2)} ms` : value < 1000 ? `${value.toFixed(1)} ms` : `${(value / 1000).toFixed(2)} s`);
export const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;
export const times = (ratio: number): string => `${ratio >= 100 ? Math.round(ratio).toLocaleString('en-US') : ratio.toFixed(2)}x`;
export const count = (n: number): string => n.toLocaleString('en-US');

export function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
