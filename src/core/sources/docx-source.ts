/**
 * Word documents (.docx) as sources, through mammoth's raw text extraction (handed in by the host, loaded on
 * first use). The extracted text is both the body and the "file text" offsets point into; paragraphs are
 * separated by blank lines, and a short first paragraph is the title.
 */
export interface Mammoth {
  extractRawText(input: { arrayBuffer: ArrayBuffer; buffer?: Uint8Array }): Promise<{ value: string; messages?: ReadonlyArray<unknown> }>;
}

export type DocxResult = { readonly kind: 'docx'; readonly text: string; readonly title?: string } | { readonly kind: 'skipped'; readonly reason: string };

export async function readDocx(bytes: Uint8Array, mammoth: Mammoth): Promise<DocxResult> {
  try {
    const copy = new Uint8Array(bytes); // a plain ArrayBuffer of its own (a Node Buffer shares a pool)
    // `arrayBuffer` for mammoth's browser build (the bundle the hosts load), `buffer` for its Node build.
    const { value } = await mammoth.extractRawText({ arrayBuffer: copy.buffer, buffer: copy });
    const text = value.replace(/\s+$/, '');
    if (!/\p{L}/u.test(text)) return { kind: 'skipped', reason: 'no text in the Word document' };
    const first = text.trimStart().split(/\n/, 1)[0]!.trim();
    return first.length > 0 && first.length < 150 ? { kind: 'docx', text, title: first } : { kind: 'docx', text };
  } catch (error) {
    return { kind: 'skipped', reason: `unreadable Word document (${error instanceof Error ? error.message : String(error)})` };
  }
}
