import { canonicalJson, createSha256 } from '../../core/index.js';
import { borrowBuffer, compareBytes, returnBuffer, sha256TextInto } from '../../core/internal.js';
import type { ConflictOfInterest } from '../inspectors/inspector.js';
import { createCanonicalWriter } from './canonical.js';
import { ENCODING_V3, ENCODING_V4, hashEntries } from './entry-batch.js';
import { encodeValue, tableKey } from './entry-encoding.js';
import { slotsOf } from './id-order.js';
import { cutBuckets, type DigestBucket, rebucket } from './rebucket.js';
import type { Edit } from './sorted-overlay.js';

/**
 * The incremental directory digests `ssj-directory/2`, `/3` and `/4` (internal state). Each entry is hashed
 * once: `h = SHA-256(canonical JSON)` in version 2, `h = SHA-256(binary encoding)` in versions 3 and 4 (see
 * `entry-encoding.ts`; version 4 writes the keys of a fixed table as one byte). In id order the entry hashes fall into buckets that end after every entry whose hash
 * starts with ten zero bits (about one in 1,024): the buckets depend only on the content, so a change moves only
 * the buckets around it. A bucket's digest is SHA-256 of its entry hashes; the directory's is SHA-256 of the
 * header, the bucket digests and (inspectors) the conflicts. The buckets are kept with each snapshot and
 * shared by the next one, which re-hashes only the entries that changed and the buckets that hold them: a
 * hundred changes to a million entries touch a hundred buckets, never the 32 MB of all entry hashes.
 */
export const DIGEST_V2 = 'ssj-directory/2';
export const DIGEST_V3 = 'ssj-directory/3';
export const DIGEST_V4 = 'ssj-directory/4';
/** A bucketed version. */
export type BucketedDigest = typeof DIGEST_V2 | typeof DIGEST_V3 | typeof DIGEST_V4;
/** The version snapshots use, and whose states are kept with their entry lists. */
export const SNAPSHOT_DIGEST: BucketedDigest = DIGEST_V4;

/** The buckets of a sorted entry list, in order. */
export interface DigestState {
  readonly buckets: readonly DigestBucket[];
  /** Entries in all buckets. */
  readonly count: number;
}

/** Writes the entry hash of each of `entries` into `out` as record `slots[i]` (32 bytes each), or in order. */
const ENTRY_HASHES: Record<
  BucketedDigest,
  (entries: readonly unknown[], out: Uint8Array, slots?: ArrayLike<number>) => void
> = {
  [DIGEST_V2]: (entries, out, slots) => {
    const write = createCanonicalWriter();
    for (let i = 0; i < entries.length; i++)
      sha256TextInto(write(entries[i]), out, (slots === undefined ? i : (slots[i] as number)) * 32);
  },
  [DIGEST_V3]: (entries, out, slots) => hashEntries(entries, out, slots, ENCODING_V3),
  [DIGEST_V4]: (entries, out, slots) => hashEntries(entries, out, slots, ENCODING_V4),
};

/**
 * The state of an entry list, everything hashed: in its order, or when `order` is given (indexes into
 * `entries`, see `idOrder`) in that order, the entries hashed where they lie and each hash written where its
 * entry goes. The buckets are views of `hashes` (32 bytes an entry), a new buffer unless given.
 */
export function digestState(
  entries: readonly unknown[],
  version: BucketedDigest = SNAPSHOT_DIGEST,
  order?: ArrayLike<number>,
  hashes = new Uint8Array(entries.length * 32),
): DigestState {
  if (order === undefined) ENTRY_HASHES[version](entries, hashes);
  else {
    const slots = new Uint32Array(borrowBuffer('directory-slots', order.length * 4), 0, order.length);
    try {
      ENTRY_HASHES[version](entries, hashes, slotsOf(order, slots));
    } finally {
      returnBuffer('directory-slots', slots.buffer as ArrayBuffer);
    }
  }
  return { buckets: cutBuckets(hashes), count: entries.length };
}

/**
 * The digest of an entry list in `version`, without keeping its state: the entry hashes are written into scratch
 * memory reused from one digest to the next, not 32 bytes an entry of new memory each time.
 */
export function listDigest(
  version: BucketedDigest,
  kind: 'targets' | 'inspectors',
  entries: readonly unknown[],
  order: ArrayLike<number> | undefined,
  conflicts: readonly ConflictOfInterest[],
): string {
  const size = entries.length * 32;
  const hashes = new Uint8Array(borrowBuffer('directory-hashes', size), 0, size);
  try {
    return stateDigest(version, kind, digestState(entries, version, order, hashes), conflicts);
  } finally {
    returnBuffer('directory-hashes', hashes.buffer as ArrayBuffer);
  }
}

/**
 * The {@link SNAPSHOT_DIGEST} state after `edits` (sorted, in indexes of the entries `before` describes): unchanged
 * buckets are shared, the buckets that hold an edit are re-cut and re-digested, with only the edited entries
 * hashed.
 */
export function updatedState(before: DigestState, edits: readonly Edit<unknown>[]): DigestState {
  const editHashes = new Uint8Array(edits.length * 32);
  ENTRY_HASHES[SNAPSHOT_DIGEST](
    edits.map((e) => e.entry),
    editHashes,
  );
  const added = edits.filter((e) => e.insert).length;
  return {
    buckets: rebucket(before.buckets, before.count, edits, editHashes),
    count: before.count + added,
  };
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The conflicts as each version hashes them: canonical JSON lines, or encodings in byte order. */
function conflictBytes(
  version: BucketedDigest,
  conflicts: readonly ConflictOfInterest[],
): (string | Uint8Array)[] {
  if (version === DIGEST_V2) {
    const lines = conflicts.map((c) => canonicalJson(c)).sort(byCodeUnits);
    return [`conflicts\n${lines.length}\n${lines.map((l) => `${l}\n`).join('')}`];
  }
  const key = version === DIGEST_V4 ? tableKey : undefined;
  return [
    `conflicts\n${conflicts.length}\n`,
    ...conflicts.map((c) => encodeValue(c, key)).sort(compareBytes),
  ];
}

/** The digest of a state: header, bucket digests, then (inspectors) the conflicts. */
export function stateDigest(
  version: BucketedDigest,
  kind: 'targets' | 'inspectors',
  state: DigestState,
  conflicts: readonly ConflictOfInterest[] = [],
): string {
  const digests = new Uint8Array(state.buckets.length * 32);
  state.buckets.forEach((b, i) => {
    digests.set(b.digest, i * 32);
  });
  const hash = createSha256().update(`${version}\n${kind}\n${state.count}\n`).update(digests);
  if (kind === 'inspectors') for (const part of conflictBytes(version, conflicts)) hash.update(part);
  return hash.digestHex();
}

/** {@link SNAPSHOT_DIGEST} states kept with the snapshots' entry lists (a cache: a stored snapshot is hashed anew). */
const kept = new WeakMap<readonly unknown[], DigestState>();

/** The {@link SNAPSHOT_DIGEST} state of a sorted entry list, from the cache or computed. */
export function stateOf(entries: readonly unknown[]): DigestState {
  let state = kept.get(entries);
  if (state === undefined) {
    state = digestState(entries);
    kept.set(entries, state);
  }
  return state;
}

/** Keeps `state` ({@link SNAPSHOT_DIGEST}) for `entries`. */
export function keepState(entries: readonly unknown[], state: DigestState): void {
  kept.set(entries, state);
}
