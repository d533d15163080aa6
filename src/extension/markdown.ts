/** Building hover and report Markdown safely: text from articles and drafts is always escaped. */

/** Escapes Markdown and HTML so that source text shows as written and cannot inject links or commands. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_{}\[\]()#+\-.!|~>]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;');
}

/** A `command:` link to one of our commands, with its argument encoded as the Markdown API expects. */
export function commandLink(label: string, command: string, argument: unknown): string {
  return `[${escapeMarkdown(label)}](command:${command}?${encodeURIComponent(JSON.stringify([argument]))})`;
}
