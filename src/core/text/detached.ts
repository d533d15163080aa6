/**
 * Copies of strings cut out of a larger one, so that the larger one can be freed. V8 represents a substring as
 * a slice of its parent and keeps the whole parent alive for as long as the slice lives: an article's body and
 * front-matter fields, cut out of the decoded file, kept the file's whole text (front matter and markup included,
 * about a fifth more than the body on the benchmark's sources) in memory for as long as the article was indexed.
 */
/**
 * The same text in a string of its own. Two pieces joined make a new string that is copied flat on first
 * read, which drops the pieces and with them the parent; in engines without slices this costs one copy.
 */
export function detached(text: string): string {
  if (text.length < 2) return text;
  const copy = text.slice(0, 1) + text.slice(1);
  copy.charCodeAt(0); // flattens it now
  return copy;
}

