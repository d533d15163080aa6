/**
 * UTF-8 for saved data: encoding, and lenient decoding (sources/decode.ts reads sources strictly). TextEncoder
 * and TextDecoder are globals in Node and in web workers, typed here so the engine needs no DOM or Node types.
 */
interface Codecs {
  TextEncoder: new () => { encode(text: string): Uint8Array };
  TextDecoder: new (label: string, options: { fatal: boolean }) => { decode(bytes: Uint8Array): string };
}
const { TextEncoder: Encoder, TextDecoder: Decoder } = globalThis as unknown as Codecs;

export const utf8Encoder = new Encoder();
/** Invalid bytes become U+FFFD: what is decoded was written by the engine and checked against a checksum. */
export const utf8Decoder = new Decoder('utf-8', { fatal: false });
