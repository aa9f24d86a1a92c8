import { canonicalJson, createSha256 } from '../../core/index.js';
import { sha256TextInto } from '../../core/internal.js';
import type { ConflictOfInterest } from '../inspectors/inspector.js';
import { createCanonicalWriter } from './canonical.js';
import { bucketDigest, closesBucket, type DigestBucket, rebucket } from './rebucket.js';
import type { Edit } from './sorted-overlay.js';

/**
 * The incremental directory digest `ssj-directory/2` (internal state). Each entry is hashed once: `h = SHA-256(
 * canonical JSON)`. In id order the entry hashes fall into buckets that end after every entry whose hash starts
 * with ten zero bits (about one in 1,024): the buckets depend only on the content, so a change moves only the
 * buckets around it. A bucket's digest is SHA-256 of its entry hashes; the directory's is SHA-256 of the
 * header, the bucket digests and (inspectors) the conflicts. The buckets are kept with each snapshot and
 * shared by the next one, which re-hashes only the entries that changed and the buckets that hold them: a
 * hundred changes to a million entries touch a hundred buckets, never the 32 MB of all entry hashes.
 */
export const DIGEST_V2 = 'ssj-directory/2';

/** The buckets of a sorted entry list, in order. */
export interface DigestState {
  readonly buckets: readonly DigestBucket[];
  /** Entries in all buckets. */
  readonly count: number;
}

/** The state of a sorted entry list, everything hashed. */
export function digestState(entries: readonly unknown[]): DigestState {
  const hashes = new Uint8Array(entries.length * 32);
  const write = createCanonicalWriter();
  for (let i = 0; i < entries.length; i++) sha256TextInto(write(entries[i]), hashes, i * 32);
  const buckets: DigestBucket[] = [];
  let start = 0;
  for (let i = 0; i < entries.length; i++) {
    if (closesBucket(hashes, i * 32) || i === entries.length - 1) {
      const own = hashes.subarray(start * 32, (i + 1) * 32);
      buckets.push({ hashes: own, count: i + 1 - start, digest: bucketDigest(own) });
      start = i + 1;
    }
  }
  return { buckets, count: entries.length };
}

/**
 * The state after `edits` (sorted, in indexes of the entries `before` describes): unchanged buckets are shared,
 * the buckets that hold an edit are re-cut and re-digested, with only the edited entries hashed.
 */
export function updatedState(before: DigestState, edits: readonly Edit<unknown>[]): DigestState {
  const write = createCanonicalWriter();
  const added = edits.filter((e) => e.insert).length;
  return {
    buckets: rebucket(before.buckets, before.count, edits, (entry, out, at) =>
      sha256TextInto(write(entry), out, at),
    ),
    count: before.count + added,
  };
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The `ssj-directory/2` digest of a state: header, bucket digests, then (inspectors) the conflicts. */
export function stateDigest(
  kind: 'targets' | 'inspectors',
  count: number,
  state: DigestState,
  conflicts: readonly ConflictOfInterest[] = [],
): string {
  const digests = new Uint8Array(state.buckets.length * 32);
  state.buckets.forEach((b, i) => {
    digests.set(b.digest, i * 32);
  });
  const hash = createSha256().update(`${DIGEST_V2}\n${kind}\n${count}\n`).update(digests);
  if (kind === 'inspectors') {
    const lines = conflicts.map((c) => canonicalJson(c)).sort(byCodeUnits);
    hash.update(`conflicts\n${lines.length}\n${lines.map((l) => `${l}\n`).join('')}`);
  }
  return hash.digestHex();
}

/** States kept with the snapshots' entry lists (a cache: a snapshot read back from storage is hashed anew). */
const kept = new WeakMap<readonly unknown[], DigestState>();

/** The state of a sorted entry list, from the cache or computed. */
export function stateOf(entries: readonly unknown[]): DigestState {
  let state = kept.get(entries);
  if (state === undefined) {
    state = digestState(entries);
    kept.set(entries, state);
  }
  return state;
}

/** Keeps `state` for `entries`. */
export function keepState(entries: readonly unknown[], state: DigestState): void {
  kept.set(entries, state);
}
