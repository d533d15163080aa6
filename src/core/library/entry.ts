/** A reference library's entry (Zotero, Better BibTeX, Pandoc): what a citation of a source needs. */
export interface PersonName {
  readonly family?: string;
  readonly given?: string;
  /** An organisation or a name that is not split: `World Health Organization`. */
  readonly literal?: string;
}

export interface LibraryEntry {
  /** The citation key (`@roe2024`). */
  readonly key: string;
  readonly type?: string;
  readonly title?: string;
  readonly authors: readonly PersonName[];
  /** ISO date, as precise as the library gives it: `2024`, `2024-03`, `2024-03-02`. */
  readonly date?: string;
  /** Journal, newspaper, website or book the work appeared in (else its publisher). */
  readonly container?: string;
  readonly doi?: string;
  readonly url?: string;
  /** Attached files as the library names them (paths, often absolute on the writer's machine). */
  readonly files: readonly string[];
}

export interface Library {
  readonly file: string;
  readonly entries: readonly LibraryEntry[];
  /** Entries left out, each with the reason. */
  readonly problems: readonly string[];
}

/** `Jane Roe`, or the literal name. */
export function displayName(name: PersonName): string {
  return name.literal ?? [name.given, name.family].filter(Boolean).join(' ');
}

/** `Jane Roe`, `Jane Roe and John Smith`, `Jane Roe, John Smith and Ann Lee`. */
export function authorList(names: readonly PersonName[]): string | undefined {
  const shown = names.map(displayName).filter(Boolean);
  if (shown.length === 0) return undefined;
  return shown.length === 1 ? shown[0] : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}
