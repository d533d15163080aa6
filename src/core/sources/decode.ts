/**
 * UTF-8 decoding that never throws: invalid bytes become U+FFFD and are counted, binary content is refused.
 * TextDecoder is a global both in Node and in web workers; it is typed here so the engine needs no DOM or
 * Node type library.
 */
interface Utf8Decoder {
  decode(bytes: Uint8Array): string;
}
type DecoderConstructor = new (label: string, options: { fatal: boolean }) => Utf8Decoder;
const Decoder = (globalThis as unknown as { TextDecoder: DecoderConstructor }).TextDecoder;
const strict = new Decoder('utf-8', { fatal: true });
const lenient = new Decoder('utf-8', { fatal: false });

export type Decoded =
  | { readonly kind: 'text'; readonly text: string; readonly invalidSequences: number }
  | { readonly kind: 'binary' };

/** Bytes that look like a binary file: a NUL, or many control characters, in the first 8 KiB. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return n > 0 && control / n > 0.1;
}

export function decodeUtf8(bytes: Uint8Array): Decoded {
  if (looksBinary(bytes)) return { kind: 'binary' };
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0; // byte-order mark
  const body = start ? bytes.subarray(start) : bytes;
  try {
    return { kind: 'text', text: strict.decode(body), invalidSequences: 0 };
  } catch {
    const text = lenient.decode(body);
    let invalid = 0;
    for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) invalid++;
    return { kind: 'text', text, invalidSequences: invalid };
  }
}
