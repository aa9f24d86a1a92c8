import { bucketDigests } from './bucket-digests.js';
import type { Edit } from './sorted-overlay.js';

/**
 * The buckets of the `ssj-directory/2` and `/3` digests (internal): cutting entry hashes into content-defined
 * buckets, and re-cutting only the buckets an edit touches, so a new snapshot shares every other bucket with
 * the one it was made from. New buckets are digested together at the end, side by side on the hash core.
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

/** The buckets of consecutive entry hashes (32 bytes each), cut after each closing hash and at the end. */
export function cutBuckets(hashes: Uint8Array): DigestBucket[] {
  const runs: Uint8Array[] = [];
  let start = 0;
  for (let at = 0; at < hashes.length; at += 32) {
    if (closesBucket(hashes, at) || at + 32 === hashes.length) {
      runs.push(hashes.subarray(start, at + 32));
      start = at + 32;
    }
  }
  return withDigests(runs);
}

const withDigests = (runs: readonly Uint8Array[]): DigestBucket[] => {
  const digests = bucketDigests(runs);
  return runs.map((hashes, i) => ({ hashes, count: hashes.length / 32, digest: digests[i] as Uint8Array }));
};

/** Collects entry hashes, a run at a time, into the hashes of new buckets (digested afterwards). */
function createCutter() {
  let buffer = new Uint8Array(32 * 2048);
  let count = 0;
  /** New buckets' hashes, and where each goes in the list of buckets. */
  const runs: Uint8Array[] = [];
  const places: number[] = [];
  let out: (DigestBucket | undefined)[] = [];
  const append = (from: Uint8Array, offset: number, n: number) => {
    if ((count + n) * 32 > buffer.length) {
      const bigger = new Uint8Array(Math.max(buffer.length * 2, (count + n) * 32));
      bigger.set(buffer.subarray(0, count * 32));
      buffer = bigger;
    }
    buffer.set(from.subarray(offset, offset + n * 32), count * 32);
    count += n;
  };
  const close = () => {
    runs.push(buffer.slice(0, count * 32));
    places.push(out.length);
    out.push(undefined);
    count = 0;
  };
  return {
    /** Keeps a bucket as it is. */
    keep(bucket: DigestBucket): void {
      out.push(bucket);
    },
    /** Adds the `n` hashes of `from` at `offset`, closing a bucket after each one that ends one. */
    push(from: Uint8Array, offset: number, n = 1): void {
      let start = offset;
      const end = offset + n * 32;
      for (let at = offset; at < end; at += 32) {
        if (!closesBucket(from, at)) continue;
        append(from, start, (at + 32 - start) / 32);
        close();
        start = at + 32;
      }
      if (start < end) append(from, start, (end - start) / 32);
    },
    /** Whether hashes wait for a closing one. */
    open: () => count > 0,
    /** Closes the last bucket of the list, which no hash needs to end, and digests the new buckets. */
    finish(): DigestBucket[] {
      if (count > 0) close();
      const made = withDigests(runs);
      made.forEach((bucket, i) => {
        out[places[i] as number] = bucket;
      });
      const done = out as DigestBucket[];
      out = [];
      return done;
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
  let k = 0;
  const cutter = createCutter();
  const pushEdit = () => cutter.push(editHashes, 32 * k++);
  const last = buckets.length - 1;
  let b = 0;
  let start = 0;
  while (b <= last) {
    const bucket = buckets[b] as DigestBucket;
    const end = start + bucket.count;
    const next = edits[k];
    const touched = next !== undefined && (next.at < end || (b === last && next.at <= count));
    if (!touched && !cutter.open()) cutter.keep(bucket);
    else {
      let i = start;
      while (i < end) {
        while (edits[k]?.at === i && edits[k]?.insert === true) pushEdit();
        if (edits[k]?.at === i) {
          pushEdit();
          i++;
          continue;
        }
        // The old hashes up to the next edit in this bucket, copied as one run.
        const stop = Math.min(end, edits[k]?.at ?? end);
        cutter.push(bucket.hashes, (i - start) * 32, stop - i);
        i = stop;
      }
    }
    start = end;
    b++;
  }
  while (k < edits.length) pushEdit();
  return cutter.finish();
}
