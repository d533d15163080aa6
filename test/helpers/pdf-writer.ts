/**
 * A tiny PDF writer for tests and the benchmark: pages of text lines in Helvetica (WinAnsi), optionally a page
 * with only an image (no text layer), an /Encrypt entry (a password-protected file), or a `fi` ligature glyph.
 * Enough PDF for a parser to read, written by hand so no third-party document is needed.
 */
export interface PdfLine {
  readonly text: string;
  /** From the bottom-left corner of a 612 x 792 page; defaults stack lines down from the top margin. */
  readonly x?: number;
  readonly y?: number;
  readonly size?: number;
}

export interface PdfPage {
  readonly lines?: readonly (string | PdfLine)[];
  /** A page holding one image and no text (a scan). */
  readonly imageOnly?: boolean;
}

export interface PdfOptions {
  /** Adds an /Encrypt dictionary with a user password, as a protected PDF has. */
  readonly encrypted?: boolean;
  /** `\uFB01` in a line is written as the font's `fi` ligature glyph (code 0x81 mapped by /Differences). */
  readonly ligatures?: boolean;
}

const LIGATURE_CODE = 0x81;

export function writePdf(pages: readonly PdfPage[], options: PdfOptions = {}): Uint8Array {
  const objects: string[] = []; // object k + 1
  const add = (body: string): number => objects.push(body);
  const catalog = add('');
  const pagesObj = add('');
  const differences = options.ligatures ? ` /Differences [${LIGATURE_CODE} /fi]` : '';
  const font = add(`<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding${differences} >> >>`);
  const image = add('<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\n\u0000\u00ff\u00ff\u0000\nendstream');
  const kids: number[] = [];
  for (const page of pages) {
    const content = page.imageOnly ? 'q 400 0 0 500 100 150 cm /Im1 Do Q' : textContent(page.lines ?? [], options);
    const stream = add(`<< /Length ${latin1Length(content)} >>\nstream\n${content}\nendstream`);
    kids.push(add(`<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${font} 0 R >> /XObject << /Im1 ${image} 0 R >> >> /Contents ${stream} 0 R >>`));
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  const encrypt = options.encrypted
    ? add(`<< /Filter /Standard /V 1 /R 2 /O <${'7a'.repeat(32)}> /U <${'3c'.repeat(32)}> /P -44 >>`)
    : undefined;
  let out = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  objects.forEach((body, k) => {
    offsets.push(latin1Length(out));
    out += `${k + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = latin1Length(out);
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  const id = '<0123456789abcdef0123456789abcdef>';
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${encrypt ? ` /Encrypt ${encrypt} 0 R /ID [${id} ${id}]` : ''} >>\nstartxref\n${xref}\n%%EOF\n`;
  return latin1(out);
}

function textContent(lines: readonly (string | PdfLine)[], options: PdfOptions): string {
  let y = 720;
  const ops: string[] = [];
  for (const entry of lines) {
    const line = typeof entry === 'string' ? { text: entry } : entry;
    const size = line.size ?? 11;
    const at = line.y ?? y;
    ops.push(`BT /F1 ${size} Tf ${line.x ?? 72} ${at} Td (${escapeText(line.text, options)}) Tj ET`);
    y = at - size * 1.4;
  }
  return ops.join('\n');
}

function escapeText(text: string, options: PdfOptions): string {
  let out = '';
  for (const ch of text) {
    if (ch === '(' || ch === ')' || ch === '\\') out += `\\${ch}`;
    else if (ch === '\uFB01' && options.ligatures) out += `\\${LIGATURE_CODE.toString(8)}`;
    else if (ch === '\u2019') out += '\\222'; // WinAnsi right single quotation mark
    else if (ch === '\u201C') out += '\\223';
    else if (ch === '\u201D') out += '\\224';
    else if (ch === '\u2014') out += '\\227';
    else if (ch.charCodeAt(0) < 256) out += ch;
    else out += '?';
  }
  return out;
}

function latin1Length(text: string): number {
  return text.length; // every character written is below U+0100: one byte each
}

function latin1(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let k = 0; k < text.length; k++) bytes[k] = text.charCodeAt(k) & 0xff;
  return bytes;
}
