import { sha256 } from '../../core/index.js';
import type { Edit } from './sorted-overlay.js';

/**
 * The buckets of the `ssj-directory/2` and `/3` digests (internal): cutting entry hashes into content-defined
 * buckets, and re-cutting only the buckets an edit touches, so a new snapshot shares every other bucket with the one it
 * was made from.
 */

/** A run of consecutive entry hashes and its digest. Shared between snapshots, never written after creation. */
export interface DigestBucket {
  /** 32 bytes per entry. */
  readonly hashes: Uint8Array;
  readonly count: number;
  /** SHA-256 of `hashes`. */
  readonly digest: Uint8Array;
}

/** Whether the entry hash at `offset` ends its bucket: its first ten bits are zero. */
export const closesBucket = (hashes: Uint8Array, offset: number): boolean =>
  hashes[offset] === 0 && ((hashes[offset + 1] as number) & 0xc0) === 0;

/** The digest of a bucket's entry hashes. */
export const bucketDigest = (hashes: Uint8Array): Uint8Array => sha256(hashes);

/** Collects entry hashes one at a time and closes a bucket after each hash that ends one. */
function createCutter(out: DigestBucket[]) {
  let buffer = new Uint8Array(32 * 2048);
  let count = 0;
  const close = () => {
    const hashes = buffer.slice(0, count * 32);
    out.push({ hashes, count, digest: bucketDigest(hashes) });
    count = 0;
  };
  return {
    /** Adds the 32 bytes of `from` at `offset`. */
    push(from: Uint8Array, offset: number): void {
      if ((count + 1) * 32 > buffer.length) {
        const bigger = new Uint8Array(buffer.length * 2);
        bigger.set(buffer);
        buffer = bigger;
      }
      const at = count * 32;
      for (let j = 0; j < 32; j++) buffer[at + j] = from[offset + j] as number;
      count++;
      if (closesBucket(buffer, at)) close();
    },
    /** Whether hashes wait for a closing one. */
    open: () => count > 0,
    /** Closes the last bucket of the list, which no hash needs to end. */
    finish(): void {
      if (count > 0) close();
    },
  };
}

/**
 * The buckets of the entries after `edits`: `at` is an index into the old entries, where a new entry is
 * inserted (before the old one there) or the old one is replaced. `editHashes` holds the hash of each edit's
 * entry, 32 bytes each, in the order of `edits`.
 */
export function rebucket<E>(
  buckets: readonly DigestBucket[],
  count: number,
  edits: readonly Edit<E>[],
  editHashes: Uint8Array,
): DigestBucket[] {
  const out: DigestBucket[] = [];
  let k = 0;
  const cutter = createCutter(out);
  const pushEdit = () => cutter.push(editHashes, 32 * k++);
  const last = buckets.length - 1;
  let b = 0;
  let start = 0;
  while (b <= last) {
    const bucket = buckets[b] as DigestBucket;
    const end = start + bucket.count;
    const next = edits[k];
    const touched = next !== undefined && (next.at < end || (b === last && next.at <= count));
    if (!touched && !cutter.open()) {
      out.push(bucket);
    } else {
      for (let i = start; i < end; i++) {
        while (edits[k]?.at === i && edits[k]?.insert === true) pushEdit();
        if (edits[k]?.at === i) pushEdit();
        else cutter.push(bucket.hashes, (i - start) * 32);
      }
    }
    start = end;
    b++;
  }
  while (k < edits.length) pushEdit();
  cutter.finish();
  return out;
}
