import { canonicalJson, createSha256, sha256 } from '../../core/index.js';
import { sha256TextInto } from '../../core/internal.js';
import type { ConflictOfInterest } from '../inspectors/inspector.js';
import { createCanonicalWriter } from './canonical.js';

/**
 * The incremental directory digest `ssj-directory/2` (internal state). Each entry is hashed once: `h = SHA-256(
 * canonical JSON)`. In id order the entry hashes fall into buckets that end after every entry whose hash starts
 * with ten zero bits (about one in 1,024): the buckets depend only on the content, so a change moves only the
 * buckets around it. A bucket's digest is SHA-256 of its entry hashes; the directory's is SHA-256 of the
 * header, the bucket digests and (inspectors) the conflicts. The hashes and bucket digests are kept with each
 * snapshot, so the next one re-hashes only the entries that changed and the buckets that hold them.
 */
export const DIGEST_V2 = 'ssj-directory/2';

/** Entry hashes and bucket digests of a sorted entry list. */
export interface DigestState {
  /** 32 bytes per entry, in the order of the entries. */
  readonly hashes: Uint8Array;
  /** For each bucket, the index after its last entry. */
  readonly ends: Uint32Array;
  /** 32 bytes per bucket. */
  readonly buckets: Uint8Array;
}

/** Writes the entry hash of each `entries[i]` for `i` in `indexes` (all when omitted) into `hashes`. */
function hashEntries(entries: readonly unknown[], hashes: Uint8Array, indexes?: Iterable<number>): void {
  const write = createCanonicalWriter();
  const one = (i: number) => sha256TextInto(write(entries[i]), hashes, i * 32);
  if (indexes === undefined) for (let i = 0; i < entries.length; i++) one(i);
  else for (const i of indexes) one(i);
}

const closesBucket = (hashes: Uint8Array, i: number): boolean =>
  hashes[i * 32] === 0 && ((hashes[i * 32 + 1] as number) & 0xc0) === 0;

/** Bucket ends of the entry hashes. */
function bucketEnds(hashes: Uint8Array, count: number): Uint32Array {
  const ends: number[] = [];
  for (let i = 0; i < count; i++) if (closesBucket(hashes, i)) ends.push(i + 1);
  if (ends[ends.length - 1] !== count && count > 0) ends.push(count);
  return Uint32Array.from(ends);
}

function bucketDigest(hashes: Uint8Array, start: number, end: number): Uint8Array {
  return sha256(hashes.subarray(start * 32, end * 32));
}

/** The state of a sorted entry list, everything hashed. */
export function digestState(entries: readonly unknown[]): DigestState {
  const hashes = new Uint8Array(entries.length * 32);
  hashEntries(entries, hashes);
  const ends = bucketEnds(hashes, entries.length);
  const buckets = new Uint8Array(ends.length * 32);
  let start = 0;
  ends.forEach((end, b) => {
    buckets.set(bucketDigest(hashes, start, end), b * 32);
    start = end;
  });
  return { hashes, ends, buckets };
}

/**
 * The state of `next`, from the state of `before`: `from[i]` is the index in `before` of `next[i]` when that
 * entry is unchanged, `-1` when it is new or changed. Only those entries are hashed, and only the buckets that
 * are not a bucket of `before` unchanged are digested.
 */
export function updatedState(before: DigestState, next: readonly unknown[], from: Int32Array): DigestState {
  const n = next.length;
  const hashes = new Uint8Array(n * 32);
  const fresh: number[] = [];
  let i = 0;
  while (i < n) {
    const o = from[i] as number;
    if (o < 0) {
      fresh.push(i++);
      continue;
    }
    let j = i + 1;
    while (j < n && from[j] === (from[j - 1] as number) + 1) j++;
    hashes.set(before.hashes.subarray(o * 32, (o + j - i) * 32), i * 32);
    i = j;
  }
  hashEntries(next, hashes, fresh);
  const ends = bucketEnds(hashes, n);
  const oldStart = new Map<number, number>();
  let s = 0;
  before.ends.forEach((end, b) => {
    oldStart.set(s, b);
    s = end;
  });
  const buckets = new Uint8Array(ends.length * 32);
  let start = 0;
  ends.forEach((end, b) => {
    const o = from[start] as number;
    const ob = o >= 0 ? oldStart.get(o) : undefined;
    const reusable = ob !== undefined && before.ends[ob] === o + (end - start) && unchanged(from, start, end);
    buckets.set(
      reusable ? before.buckets.subarray(ob * 32, ob * 32 + 32) : bucketDigest(hashes, start, end),
      b * 32,
    );
    start = end;
  });
  return { hashes, ends, buckets };
}

function unchanged(from: Int32Array, start: number, end: number): boolean {
  for (let i = start + 1; i < end; i++) if (from[i] !== (from[i - 1] as number) + 1) return false;
  return (from[start] as number) >= 0;
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The `ssj-directory/2` digest of a state: header, bucket digests, then (inspectors) the conflicts. */
export function stateDigest(
  kind: 'targets' | 'inspectors',
  count: number,
  state: DigestState,
  conflicts: readonly ConflictOfInterest[] = [],
): string {
  const hash = createSha256().update(`${DIGEST_V2}\n${kind}\n${count}\n`).update(state.buckets);
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
