import { SsjError } from '../core/index.js';

/** The encodings a pool file may have: UTF-8, or the national GBK and GB18030 (国家标准汉字编码). */
export type PoolFileEncoding = 'utf-8' | 'gbk' | 'gb18030';

export const ENCODINGS: readonly PoolFileEncoding[] = ['utf-8', 'gbk', 'gb18030'];

/** The offset of the first byte that does not start a well-formed UTF-8 sequence (RFC 3629), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    const n = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (n < 0 || i + n >= bytes.length) return i;
    const second = bytes[i + 1] as number;
    const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    if (second < low || second > high) return i;
    for (let k = 2; k <= n; k++) {
      const c = bytes[i + k] as number;
      if (c < 0x80 || c > 0xbf) return i;
    }
    i += n + 1;
  }
  return -1;
}

/**
 * Decodes a pool file's bytes with `TextDecoder` in fatal mode, so a byte that is not valid in the encoding is
 * refused, never replaced by U+FFFD (which would change an id silently).
 *
 * @throws {SsjError} `DRAW_POOL_FILE_ENCODING` naming the encoding (and, for UTF-8, the byte offset and line)
 */
export function decodePoolBytes(bytes: Uint8Array, encoding: PoolFileEncoding): string {
  if (!ENCODINGS.includes(encoding))
    throw new SsjError('DRAW_POOL_FILE_ENCODING', `Unknown pool file encoding ${JSON.stringify(encoding)}`, {
      issues: [
        { path: ['options', 'encoding'], message: 'unknown encoding', expected: ENCODINGS.join(', ') },
      ],
    });
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch (cause) {
    let where = '';
    if (encoding === 'utf-8') {
      const at = firstInvalidUtf8(bytes);
      let line = 1;
      for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line++;
      if (at >= 0) where = ` at byte ${at} (line ${line})`;
    }
    const message = `the file is not valid ${encoding.toUpperCase()}${where}`;
    throw new SsjError('DRAW_POOL_FILE_ENCODING', `Invalid pool file: ${message}`, {
      issues: [{ path: [], message, expected: `${encoding} text; give the file's encoding` }],
      cause,
    });
  }
}
