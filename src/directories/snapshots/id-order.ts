import { asciiRows, releaseRows, rowOrder } from '../../core/internal.js';

/**
 * The order of entries by id (internal): the indexes of `entries` sorted by id in code-unit order (stable), or
 * `undefined` when they are in that order already. A digest hashes the entries where they lie in memory, in
 * the order given, each hash written where its entry goes in id order: walking a million objects in id order instead
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
  const rows = asciiRows(ids, maxLength, true);
  if (rows !== undefined)
    try {
      return rowOrder(ids, rows);
    } finally {
      releaseRows(rows);
    }
  const order = Array.from(ids, (_, i) => i).sort((a, b) => {
    const x = ids[a] as string;
    const y = ids[b] as string;
    return x < y ? -1 : x > y ? 1 : a - b;
  });
  return Uint32Array.from(order);
}

/** Where each entry goes in `order`: `slots[order[k]] = k` (written into `slots` when given). */
export function slotsOf(order: ArrayLike<number>, slots = new Uint32Array(order.length)): Uint32Array {
  for (let k = 0; k < order.length; k++) slots[order[k] as number] = k;
  return slots;
}
