import { borrowBuffer, returnBuffer } from './scratch.js';

/**
 * Sorting a pool by id bytes fast (internal). Ids are written once into a zero-padded byte matrix; when every id
 * is at most {@link RADIX_MAX_BYTES} bytes and has no NUL byte, a least-significant-digit radix sort over
 * 16-bit digits gives the byte order (zero padding sorts a prefix first, as byte order does). Otherwise a
 * comparison sort is used.
 */
export const RADIX_MAX_BYTES = 40;

const encoder = new TextEncoder();

/**
 * Ids as rows of a zero-padded byte matrix (internal): row `i` is `matrix[i * width, i * width + lens[i])`. The
 * width is a multiple of 4, so `words` (the same memory as 32-bit words) compares two rows a word at a time.
 */
export interface IdRows {
  readonly matrix: Uint8Array;
  readonly words: Int32Array;
  readonly width: number;
  /** The longest id's byte length. */
  readonly maxBytes: number;
  readonly lens: Uint8Array;
  /** The matrix and lengths are scratch memory, to be handed back with {@link releaseRows} once read. */
  readonly borrowed?: true;
  /**
   * Each row ends with a word of its own after the id's bytes: `tag << 8 | length`, its tag from the caller. A
   * pass in id order then finds an entry's length and tag in the memory it reads for the id.
   */
  readonly tagged?: true;
}

/** The largest tag a row's last word holds. */
export const MAX_ROW_TAG = 0x7fffff;

/** Hands the scratch memory of rows built with `borrowed` back, once nothing reads them any more. */
export function releaseRows(rows: IdRows): void {
  if (rows.borrowed !== true) return;
  returnBuffer('id-rows', rows.matrix.buffer as ArrayBuffer);
  returnBuffer('id-lengths', rows.lens.buffer as ArrayBuffer);
}

/**
 * The rows of ids that are all ASCII without NUL and at most {@link RADIX_MAX_BYTES} long, written in one scan
 * of their characters (ASCII is its own NFC and its own UTF-8); `undefined` as soon as one id is not.
 *
 * @param maxLength - the longest id's length in UTF-16 units (known from the pool's scan)
 * @param borrowed - build the rows in scratch memory, which the caller hands back with {@link releaseRows}
 */
export function asciiRows(
  ids: readonly string[],
  maxLength: number,
  borrowed = false,
  tags?: Int32Array,
): IdRows | undefined {
  if (maxLength > RADIX_MAX_BYTES) return undefined;
  const n = ids.length;
  const width = ((maxLength + 3) & ~3) + (tags === undefined ? 0 : 4);
  const size = n * width;
  const matrix = new Uint8Array(
    borrowed ? borrowBuffer('id-rows', size, true) : new ArrayBuffer(size),
    0,
    size,
  );
  const lens = new Uint8Array(borrowed ? borrowBuffer('id-lengths', n) : new ArrayBuffer(n), 0, n);
  const words = new Int32Array(matrix.buffer, 0, size >> 2);
  const rows: IdRows = {
    matrix,
    words,
    width,
    maxBytes: maxLength,
    lens,
    ...(borrowed ? { borrowed } : {}),
    ...(tags === undefined ? {} : { tagged: true as const }),
  };
  for (let i = 0; i < n; i++) {
    const id = ids[i] as string;
    const base = i * width;
    const len = id.length;
    for (let j = 0; j < len; j++) {
      const c = id.charCodeAt(j);
      // one unsigned comparison for both NUL and non-ASCII: 0 wraps round to the top
      if ((c - 1) >>> 0 >= 0x7f) {
        releaseRows(rows);
        return undefined;
      }
      matrix[base + j] = c;
    }
    lens[i] = len;
    if (tags !== undefined) words[((base + width) >> 2) - 1] = ((tags[i] as number) << 8) | len;
  }
  return rows;
}

/** The indexes of ASCII rows in byte order: the input order when it is already sorted, else a radix sort. */
export function rowOrder(ids: readonly string[], rows: IdRows): Uint32Array {
  const n = ids.length;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) if ((ids[i - 1] as string) > (ids[i] as string)) sorted = false;
  if (sorted) return order;
  if (n < 256) return comparisonOrder(ids, (a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return radixOrder(rows, order);
}

/** The indexes of `ids` in the order of their UTF-8 bytes (ids already NFC), and their rows when built. */
export function byteOrder(
  ids: readonly string[],
  compare: (a: string, b: string) => number,
): { order: Uint32Array; rows?: IdRows } {
  const n = ids.length;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let sorted = true;
  for (let i = 1; i < n && sorted; i++)
    if (compare(ids[i - 1] as string, ids[i] as string) > 0) sorted = false;
  if (sorted) return { order };
  if (n < 256) return { order: comparisonOrder(ids, compare) };
  const rows = idRows(ids);
  if (rows === undefined) return { order: comparisonOrder(ids, compare) };
  return { order: radixOrder(rows, order), rows };
}

/** Writes the ids into a zero-padded matrix; `undefined` when one is too long or holds a NUL. */
function idRows(ids: readonly string[]): IdRows | undefined {
  const n = ids.length;
  const lens = new Uint8Array(n);
  let maxBytes = 0;
  for (let i = 0; i < n; i++) {
    const bytes = utf8Length(ids[i] as string);
    if (bytes < 0 || bytes > RADIX_MAX_BYTES) return undefined;
    lens[i] = bytes;
    if (bytes > maxBytes) maxBytes = bytes;
  }
  const width = (maxBytes + 3) & ~3;
  const matrix = new Uint8Array(n * width);
  for (let i = 0; i < n; i++) {
    const id = ids[i] as string;
    const base = i * width;
    let j = 0;
    for (; j < id.length; j++) {
      const c = id.charCodeAt(j);
      if (c >= 0x80) break;
      matrix[base + j] = c;
    }
    if (j < id.length) encoder.encodeInto(id, matrix.subarray(base, base + width));
  }
  return { matrix, words: new Int32Array(matrix.buffer, 0, (n * width) >> 2), width, maxBytes, lens };
}

/**
 * LSD radix sort of the rows over 16-bit digits, skipping digits that are the same in every row. Each digit is
 * first read into a column in row order (one sequential pass over the matrix, counting as it goes), so the
 * scatter looks digits up in that small column instead of in the matrix.
 */
function radixOrder(rows: IdRows, identity: Uint32Array): Uint32Array {
  const { matrix, width } = rows;
  const n = identity.length;
  const digits = (rows.maxBytes + 1) >> 1;
  let from: Uint32Array = identity;
  // the second order and the digit column are scratch: the order returned is always `identity`'s memory
  const spare = borrowBuffer('radix-order', n * 4);
  const digitsAt = borrowBuffer('radix-column', n * 2);
  let to: Uint32Array = new Uint32Array(spare, 0, n);
  const counts = new Uint32Array(65536);
  const column = new Uint16Array(digitsAt, 0, n);
  // digits within the prefix every row shares (a region code, say) need no pass at all
  const shared = sharedWords(rows, n) * 4;
  for (let d = digits - 1; d >= 0; d--) {
    if (2 * d + 2 <= shared) continue;
    counts.fill(0);
    for (let i = 0, at = 2 * d; i < n; i++, at += width) {
      const v = ((matrix[at] as number) << 8) | (matrix[at + 1] as number);
      column[i] = v;
      counts[v] = (counts[v] as number) + 1;
    }
    if (counts[column[0] as number] === n) continue;
    countsToStarts(counts);
    for (let i = 0; i < n; i++) {
      const idx = from[i] as number;
      const v = column[idx] as number;
      to[counts[v] as number] = idx;
      counts[v] = (counts[v] as number) + 1;
    }
    const t = from;
    from = to;
    to = t;
  }
  if (from !== identity) identity.set(from);
  returnBuffer('radix-order', spare);
  returnBuffer('radix-column', digitsAt);
  return identity;
}

/**
 * Turns the count of each digit into the position where the digit's first entry goes, in place (the prefix sums
 * of a counting sort's scatter).
 */
export function countsToStarts(counts: Uint32Array): void {
  let sum = 0;
  for (let v = 0; v < counts.length; v++) {
    const c = counts[v] as number;
    counts[v] = sum;
    sum += c;
  }
}

/** How many leading 32-bit words the first `n` rows all share, found a word at a time. */
function sharedWords(rows: IdRows, n: number): number {
  const { words, width } = rows;
  const step = width >> 2;
  let shared = rows.tagged === true ? step - 1 : step;
  for (let i = 1; i < n && shared > 0; i++) {
    const at = i * step;
    for (let w = 0; w < shared; w++)
      if (words[at + w] !== words[w]) {
        shared = w;
        break;
      }
  }
  return shared;
}

function comparisonOrder(ids: readonly string[], compare: (a: string, b: string) => number): Uint32Array {
  const order = Array.from({ length: ids.length }, (_, i) => i);
  order.sort((a, b) => compare(ids[a] as string, ids[b] as string));
  return Uint32Array.from(order);
}

/** UTF-8 length of a string, or -1 when it holds a NUL (which zero padding cannot order). */
function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return -1;
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
