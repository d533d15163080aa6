/**
 * The LaTeX that BibTeX field values hold, turned into plain text: accents (`{\"o}`, `\'e`), escaped
 * characters (`\&`), dashes, ties, and the braces that protect capitals.
 */
const ACCENTS: Record<string, string> = {
  '"': '\u0308', "'": '\u0301', '`': '\u0300', '^': '\u0302', '~': '\u0303', '=': '\u0304', '.': '\u0307',
  u: '\u0306', v: '\u030C', H: '\u030B', c: '\u0327', k: '\u0328', r: '\u030A',
};
const SYMBOLS: Record<string, string> = {
  ss: 'ß', o: 'ø', O: 'Ø', ae: 'æ', AE: 'Æ', oe: 'œ', OE: 'Œ', aa: 'å', AA: 'Å', l: 'ł', L: 'Ł', i: 'ı', j: 'ȷ',
  textendash: '–', textemdash: '—', textquoteright: '’', textquoteleft: '‘', ldots: '…', dots: '…', S: '§', P: '¶',
};

export function latexToText(value: string): string {
  return value
    .replace(/\\([`'"^~=.])\s*\{?\\?([A-Za-z])\}?/g, (_, accent: string, letter: string) => (letter + ACCENTS[accent]!).normalize('NFC'))
    .replace(/\\([uvHckr])\s*\{\\?([A-Za-z])\}/g, (_, accent: string, letter: string) => (letter + ACCENTS[accent]!).normalize('NFC'))
    .replace(/\\([A-Za-z]+)(?:\{\}|\s*(?=[^A-Za-z]|$))/g, (whole, name: string) => SYMBOLS[name] ?? whole)
    .replace(/\\([&%$#_{}])/g, '$1')
    .replace(/\\(?:emph|textit|textbf|textsc|url|mkbibquote|enquote)\s*/g, '')
    .replace(/---/g, '—')
    .replace(/--/g, '–')
    .replace(/(?<!\\)~/g, '\u00A0')
    .replace(/[{}]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
