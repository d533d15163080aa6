/** Where writers keep the articles a piece relies on: folders of these names, next to the draft or anywhere. */
export const SOURCE_FOLDER_NAMES: readonly string[] = ['sources', 'references', 'refs', 'clippings'];

/** The same convention as a workspace glob (the extension's default `sourcecheck.sources`). */
export const SOURCE_FOLDERS_GLOB = `**/{${SOURCE_FOLDER_NAMES.join(',')}}/**`;

/** Reference libraries kept anywhere in the workspace (Better BibTeX keeps a `.bib` or `.json` export current). */
export const LIBRARY_GLOBS: readonly string[] = ['**/*.bib', '**/*.csl.json'];

/** The extension's default `sourcecheck.sources`: the source folders and the reference libraries. */
export const DEFAULT_SOURCE_GLOBS: readonly string[] = [SOURCE_FOLDERS_GLOB, ...LIBRARY_GLOBS];

/** Never sources: installed packages and version control. */
export const DEFAULT_EXCLUDE_GLOBS: readonly string[] = ['**/node_modules/**', '**/.git/**'];

/** The editor's drafts: Markdown and plain text documents. */
export const DEFAULT_DRAFT_LANGUAGES: readonly string[] = ['markdown', 'plaintext'];

/** A file name that is a reference library wherever it is (the CLI picks these up next to a draft too). */
export function isLibraryFile(name: string): boolean {
  return /\.(?:bib|csl\.json)$/i.test(name);
}
