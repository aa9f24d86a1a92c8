import { padMessage, withHasher } from './message-hasher.js';

/**
 * The digests of many buckets at once (internal): each bucket's entry hashes are copied into the hash core's
 * memory and the buckets compressed side by side, four lanes at a time with SIMD, instead of one after another.
 */

/** Bucket bytes copied before they are hashed. */
const BATCH_BYTES = 4 << 20;

/** SHA-256 of each of `lists`, in order. */
export function bucketDigests(lists: readonly Uint8Array[]): Uint8Array[] {
  const out = new Uint8Array(lists.length * 32);
  withHasher((hasher) => {
    const w = hasher.writer;
    const starts = new Int32Array(hasher.capacity);
    const lengths = new Int32Array(hasher.capacity);
    const places = new Int32Array(hasher.capacity);
    let first = 0;
    for (let i = 0; i < lists.length; i++) {
      const list = lists[i] as Uint8Array;
      const start = w.at;
      w.room(list.length);
      w.bytes.set(list, start);
      w.at += list.length;
      starts[i - first] = start;
      lengths[i - first] = list.length;
      places[i - first] = i * 32;
      if (hasher.padded) padMessage(w, start);
      if (w.at - hasher.base >= BATCH_BYTES || i + 1 - first === hasher.capacity || i === lists.length - 1) {
        hasher.hashAll(starts, lengths, i + 1 - first, out, places);
        first = i + 1;
        w.at = hasher.base;
      }
    }
  });
  return lists.map((_, i) => out.subarray(i * 32, i * 32 + 32));
}
