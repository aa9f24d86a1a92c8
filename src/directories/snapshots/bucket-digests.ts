import { messageQueue, withHasher } from './message-hasher.js';

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
    const queue = messageQueue(hasher, out, BATCH_BYTES);
    for (let i = 0; i < lists.length; i++) {
      const list = lists[i] as Uint8Array;
      const start = w.at;
      w.room(list.length);
      w.bytes.set(list, start);
      w.at += list.length;
      queue.end(start, i * 32);
    }
    queue.flush();
  });
  return lists.map((_, i) => out.subarray(i * 32, i * 32 + 32));
}
