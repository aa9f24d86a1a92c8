/**
 * The order of entries by id (internal): the indexes of `entries` sorted by id in code-unit order (stable), or
 * `undefined` when they are in that order already. A digest hashes the entries where they lie in memory, in
 * the order given, and puts the hashes in id order afterwards: walking a million objects in id order instead
 * would read them scattered across the heap, which costs more than the hashing.
 */
export function idOrder(entries: readonly { readonly id: string }[]): number[] | undefined {
  const ids = entries.map((e) => e.id);
  let sorted = true;
  for (let i = 1; i < ids.length && sorted; i++) sorted = (ids[i - 1] as string) < (ids[i] as string);
  if (sorted) return undefined;
  return Array.from(ids, (_, i) => i).sort((a, b) => {
    const x = ids[a] as string;
    const y = ids[b] as string;
    return x < y ? -1 : x > y ? 1 : a - b;
  });
}

/** The 32-byte records of `hashes` put in `order` (record `k` of the result is record `order[k]`). */
export function inOrder(hashes: Uint8Array, order: readonly number[]): Uint8Array {
  const from = new Int32Array(hashes.buffer, hashes.byteOffset, hashes.length >> 2);
  const out = new Int32Array(from.length);
  for (let k = 0; k < order.length; k++) {
    const a = (order[k] as number) * 8;
    const b = k * 8;
    for (let w = 0; w < 8; w++) out[b + w] = from[a + w] as number;
  }
  return new Uint8Array(out.buffer);
}
