/** Where writers keep the articles a piece relies on: folders of these names, next to the draft or anywhere. */
export const SOURCE_FOLDER_NAMES: readonly string[] = ['sources', 'references', 'refs', 'clippings'];

/** The same convention as a workspace glob (the extension's default `sourcecheck.sources`). */
export const SOURCE_FOLDERS_GLOB = `**/{${SOURCE_FOLDER_NAMES.join(',')}}/**`;
