/**
 * Symbolic links are never followed into the sources. A host's file search may follow them (VS Code's
 * `findFiles` does on desktop), which would read files outside the workspace or walk a link loop; the host
 * drops every listed file whose path passes through a link, below the folder it searched. A link pointing
 * inside the workspace loses nothing: its target is listed under its own path.
 */

/** Whether one path (a folder or a file) is itself a symbolic link; false when it cannot be told (gone). */
export type IsLink = (path: string) => Promise<boolean>;

/**
 * `files` without those reached through a linked folder: each folder between a file and its `rootOf` (the
 * folder searched; a file with no root is kept) is asked once, however many files share it, top down, so
 * nothing below a link is asked. Whether a file is itself a link is left to the host's `stat`, which the
 * corpus asks for every file anyway (a link answers as absent).
 */
export async function withoutLinkedFolders(files: readonly string[], rootOf: (file: string) => string | undefined, isLink: IsLink): Promise<string[]> {
  const asked = new Map<string, Promise<boolean>>();
  const linked = (path: string): Promise<boolean> => {
    let answer = asked.get(path);
    if (!answer) {
      answer = isLink(path).catch(() => false);
      asked.set(path, answer);
    }
    return answer;
  };
  const kept = await Promise.all(
    files.map(async (file) => {
      for (const folder of foldersBetween(rootOf(file), file)) if (await linked(folder)) return false;
      return true;
    }),
  );
  return files.filter((_, k) => kept[k]);
}

/** `root/a`, `root/a/b`, ...: the folders below `root` that hold `file`, top down (none when it is not below root). */
export function foldersBetween(root: string | undefined, file: string): string[] {
  if (root === undefined) return [];
  const base = root.endsWith('/') ? root : `${root}/`;
  if (!file.startsWith(base)) return [];
  const segments = file.slice(base.length).split('/').filter((segment) => segment !== '');
  return segments.slice(0, -1).map((_, k) => base + segments.slice(0, k + 1).join('/'));
}
