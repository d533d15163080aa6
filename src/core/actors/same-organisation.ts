/**
 * Whether two names are one organisation: equal once accents, case, points, `the` and company suffixes are
 * dropped (`Time Warner, Inc.` = `Time Warner`), an acronym of the other (`IRA` = `Provisional Irish Republican
 * Army`), or a short form (`Green Party` = `Green Party of Canada`, `Tribune` = `Tribune Company`).
 */
import { ABBREVIATED, COMPANY_SUFFIXES } from '../language/vocabulary';
import { capitalise, isAcronym, isCue, memo, plain, suffixes } from '../language/words';

/** An organisation name as comparable words: accents, case, points, `the` and company suffixes dropped. */
export const organisationWords = memo(organisationWordsOf);

function organisationWordsOf(name: string): string[] {
  const words = plain(name)
    .replace(/['\u2019]s\b/g, '')
    .split(/[\s,]+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}&]+|[^\p{L}\p{N}&]+$/gu, '').replace(/\./g, ''))
    .filter(Boolean)
    .map((w) => ABBREVIATED.get(w) ?? w);
  while (words.length > 1 && words[0] === 'the') words.shift();
  while (words.length > 1 && COMPANY_SUFFIXES.has(words[words.length - 1]!)) words.pop();
  return words;
}

/** Same organisation: equal names, an acronym of one (`BQ` = `Bloc Québécois`), or a short form (`Green Party`). */
export function organisationSame(a: string, b: string): boolean {
  const x = organisationWords(a);
  const y = organisationWords(b);
  if (x.length === 0 || y.length === 0) return false;
  if (x.length === y.length && x.every((w, k) => w === y[k])) return true; // the words have no spaces: the names are equal
  const acronymOf = (short: string, long: string[]): boolean => {
    const letters = short.replace(/\./g, '').toLowerCase();
    const spelled = long.filter((w) => !/^(?:and|of|on|for|the|de|du|la|le|&)$/.test(w));
    return suffixes(spelled).some((s) => s.length >= 2 && s.map((w) => w[0]).join('') === letters);
  };
  const [shortName, longName, short, long] = x.length <= y.length ? [a, b, x, y] : [b, a, y, x];
  // spelled-out initials only from three letters on: two-letter acronyms collide too easily (`WB`)
  if (short.length === 1 && short[0]!.length >= 3 && isAcronym(shortName.replace(/^the\s+/i, '').trim()) && long.length >= 2 && acronymOf(short[0]!, long)) return true;
  if (short.length < long.length && short.every((w, k) => w === long[k])) {
    const rest = long.slice(short.length);
    const restName = longName.split(/\s+/).slice(-rest.length).join(' ');
    return rest[0] === 'of' || rest[0] === 'party' || COMPANY_SUFFIXES.has(rest[0]!) || isCue(capitalise(rest[0]!)) || isCue(restName.split(/\s+/)[0]!);
  }
  // `the Commission` after `Independent International Commission on Decommissioning`
  if (short.length === 1 && isCue(capitalise(short[0]!)) && long.includes(short[0]!)) return true;
  return false;
}
