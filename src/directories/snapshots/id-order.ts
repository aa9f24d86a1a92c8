import { asciiRows, rowOrder } from '../../core/internal.js';

/**
 * The order of entries by id (internal): the indexes of `entries` sorted by id in code-unit order (stable), or
 * `undefined` when they are in that order already. A digest hashes the entries where they lie in memory, in
 * the order given, and puts the hashes in id order afterwards: walking a million objects in id order instead
 * would read them scattered across the heap, which costs more than the hashing.
 *
 * Ids that are all ASCII without NUL (as 统一社会信用代码 are) are sorted as byte rows by a radix sort, which is
 * stable and, for ASCII, gives the code-unit order; any other pool is sorted by comparing its ids.
 */
export function idOrder(entries: readonly { readonly id: string }[]): Uint32Array | undefined {
  const ids = entries.map((e) => e.id);
  let sorted = true;
  let maxLength = 0;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as string;
    if (id.length > maxLength) maxLength = id.length;
    if (sorted && i > 0 && (ids[i - 1] as string) > id) sorted = false;
  }
  if (sorted) return undefined;
  const rows = asciiRows(ids, maxLength);
  if (rows !== undefined) return rowOrder(ids, rows);
  const order = Array.from(ids, (_, i) => i).sort((a, b) => {
    const x = ids[a] as string;
    const y = ids[b] as string;
    return x < y ? -1 : x > y ? 1 : a - b;
  });
  return Uint32Array.from(order);
}

/** The 32-byte records of `hashes` put in `order` (record `k` of the result is record `order[k]`). */
export function inOrder(hashes: Uint8Array, order: ArrayLike<number>): Uint8Array {
  const from = new Int32Array(hashes.buffer, hashes.byteOffset, hashes.length >> 2);
  const out = new Int32Array(from.length);
  for (let k = 0; k < order.length; k++) {
    const a = (order[k] as number) * 8;
    const b = k * 8;
    for (let w = 0; w < 8; w++) out[b + w] = from[a + w] as number;
  }
  return new Uint8Array(out.buffer);
}
