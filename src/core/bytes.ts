import { SsjError } from './errors.js';

const encoder = new TextEncoder();
/** In a `u` regex a surrogate pair is one code point, so only a lone surrogate matches. */
const LONE_SURROGATE = /\p{Cs}/u;
const nativeWellFormed = (String.prototype as { isWellFormed?: (this: string) => boolean }).isWellFormed;

/**
 * Whether `text` holds no lone surrogate (internal): `String.prototype.isWellFormed` where the runtime has it
 * (several times as fast on short text as the regular expression it falls back to).
 */
export function isWellFormedText(text: string): boolean {
  return nativeWellFormed === undefined ? !LONE_SURROGATE.test(text) : nativeWellFormed.call(text);
}

/** Throws `INVALID_INPUT` naming what was expected; the message shows the type, never the (maybe huge) value. */
function refuse(expected: string, value: unknown): never {
  const message = `Expected ${expected}, received ${value === null ? 'null' : typeof value}`;
  throw new SsjError('INVALID_INPUT', message, { issues: [{ path: [], message, expected }] });
}
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/**
 * UTF-8 bytes of a string (the encoding every hashed string uses).
 *
 * @throws {SsjError} `INVALID_INPUT` when `text` is not a string, or holds a lone surrogate (which UTF-8 cannot
 *   encode: it would silently become U+FFFD)
 * @example
 * {@includeCode ../../examples/bytes-and-codes.ts#hex}
 */
export function utf8(text: string): Uint8Array<ArrayBuffer> {
  if (typeof text !== 'string') refuse('a string', text);
  if (!isWellFormedText(text)) refuse('well-formed text (no lone surrogate)', text);
  return encoder.encode(text);
}

/**
 * Lower-case hexadecimal of bytes.
 *
 * @throws {SsjError} `INVALID_INPUT` when `bytes` is not a `Uint8Array`
 * @example
 * {@includeCode ../../examples/bytes-and-codes.ts#hex}
 */
export function toHex(bytes: Uint8Array): string {
  if (!(bytes instanceof Uint8Array)) refuse('a Uint8Array', bytes);
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += HEX[bytes[i] as number];
  return out;
}

/**
 * Bytes of a hexadecimal string (even length, 0-9a-f in either case); `undefined` when it is not hex.
 *
 * @throws {SsjError} `INVALID_INPUT` when `hex` is not a string
 * @example
 * {@includeCode ../../examples/bytes-and-codes.ts#hex}
 */
export function fromHex(hex: string): Uint8Array<ArrayBuffer> | undefined {
  if (typeof hex !== 'string') refuse('a hexadecimal string', hex);
  if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) return undefined;
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/** Concatenates byte arrays. */
export function concatBytes(...parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  let length = 0;
  for (const p of parts) length += p.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

/** Compares two byte arrays lexicographically (unsigned): negative, zero or positive. */
export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = (a[i] as number) - (b[i] as number);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

/** The 4-byte big-endian encoding of an unsigned 32-bit integer (the length prefix hashed records use). */
export function uint32be(value: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, value >>> 0, false);
  return out;
}
