/** HTML character references: numeric ones, and the named ones that news pages actually use. */
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', shy: '\u00AD',
  ndash: '\u2013', mdash: '\u2014', hellip: '\u2026', minus: '\u2212', bull: '\u2022', middot: '\u00B7',
  lsquo: '\u2018', rsquo: '\u2019', sbquo: '\u201A', ldquo: '\u201C', rdquo: '\u201D', bdquo: '\u201E',
  laquo: '\u00AB', raquo: '\u00BB', lsaquo: '\u2039', rsaquo: '\u203A', prime: '\u2032', Prime: '\u2033',
  copy: '\u00A9', reg: '\u00AE', trade: '\u2122', deg: '\u00B0', euro: '\u20AC', pound: '\u00A3',
  yen: '\u00A5', cent: '\u00A2', sect: '\u00A7', para: '\u00B6', times: '\u00D7', divide: '\u00F7',
  frac12: '\u00BD', frac14: '\u00BC', frac34: '\u00BE', thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003',
  zwj: '\u200D', zwnj: '\u200C', iexcl: '\u00A1', iquest: '\u00BF', szlig: '\u00DF',
};
const ACCENTS: Record<string, string> = { acute: '\u0301', grave: '\u0300', circ: '\u0302', uml: '\u0308', tilde: '\u0303', cedil: '\u0327', ring: '\u030A' };
const ACCENTED = /^([A-Za-z])(acute|grave|circ|uml|tilde|cedil|ring)$/;

/** Decodes `&name;`, `&#123;` or `&#x7B;` (the semicolon may be missing); undefined when unknown. */
export function decodeEntity(reference: string): string | undefined {
  const body = reference.replace(/^&/, '').replace(/;$/, '');
  if (body.startsWith('#')) {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
    return String.fromCodePoint(code);
  }
  const named = NAMED[body];
  if (named !== undefined) return named;
  const accented = ACCENTED.exec(body);
  return accented ? (accented[1]! + ACCENTS[accented[2]!]!).normalize('NFC') : undefined;
}
