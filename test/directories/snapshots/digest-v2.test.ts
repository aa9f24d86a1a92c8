import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/core/index.js';
import {
  applyChanges,
  createTargetSnapshot,
  directoryDigest,
  type Target,
  type TargetChange,
  verifyDirectoryDigest,
} from '../../../src/directories/index.js';
import { generateTargets } from '../../../src/testing/index.js';

const sha = (data: Buffer | string) => createHash('sha256').update(data).digest();

/** `ssj-directory/2` as specified, with node:crypto: entry hashes, buckets closed by ten zero bits, header. */
function referenceV2(entries: readonly { readonly id: string }[]): string {
  const sorted = [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const bucketDigests: Buffer[] = [];
  let bucket: Buffer[] = [];
  for (const e of sorted) {
    const h = sha(canonicalJson(e));
    bucket.push(h);
    if (h[0] === 0 && ((h[1] as number) & 0xc0) === 0) {
      bucketDigests.push(sha(Buffer.concat(bucket)));
      bucket = [];
    }
  }
  if (bucket.length > 0) bucketDigests.push(sha(Buffer.concat(bucket)));
  return createHash('sha256')
    .update(`ssj-directory/2\ntargets\n${sorted.length}\n`)
    .update(Buffer.concat(bucketDigests))
    .digest('hex');
}

// 5,000 targets: several buckets, so a change keeps most bucket digests and recomputes the rest.
const targets = generateTargets({ seed: 'digest-v2', count: 5000 });

describe('the incremental directory digest (ssj-directory/2)', () => {
  it('is the digest a new snapshot records, as the specification computes it', () => {
    const snapshot = createTargetSnapshot(targets);
    expect(snapshot.digestAlgorithm).toBe('ssj-directory/2');
    expect(snapshot.digest).toBe(referenceV2(targets));
    expect(directoryDigest('targets', targets, [], 'ssj-directory/2')).toBe(snapshot.digest);
  });

  it('stays the digest of the whole content after any sequence of changes, re-hashing only what changed', () => {
    const ids = targets.map((t) => t.id);
    const change = fc.oneof(
      fc
        .record({ i: fc.nat(4999), name: fc.string({ minLength: 1, maxLength: 20 }) })
        .map(({ i, name }): TargetChange => ({ op: 'update', id: ids[i] as Target['id'], set: { name } })),
      fc
        .nat(4999)
        .map((i): TargetChange => ({ op: 'deactivate', id: ids[i] as Target['id'], reason: '注销' })),
    );
    const extra = generateTargets({ seed: 'digest-v2-extra', count: 40 });
    fc.assert(
      fc.property(
        fc.array(fc.uniqueArray(change, { maxLength: 12, selector: (c) => ('id' in c ? c.id : '') }), {
          minLength: 1,
          maxLength: 3,
        }),
        fc.nat(40),
        (steps, adds) => {
          let snapshot = createTargetSnapshot(targets);
          const fresh = extra.filter((t) => !ids.includes(t.id)).slice(0, adds);
          snapshot = applyChanges(
            snapshot,
            fresh.map((entry): TargetChange => ({ op: 'add', entry })),
          );
          for (const step of steps) snapshot = applyChanges(snapshot, step);
          return snapshot.digest === referenceV2(snapshot.entries) && verifyDirectoryDigest(snapshot);
        },
      ),
      { numRuns: 15 },
    );
  });

  it('re-cuts the buckets when the entry that closed one changes, and around inserts at either end', () => {
    const snapshot = createTargetSnapshot(targets);
    const closers = snapshot.entries.filter((t) => {
      const h = sha(canonicalJson(t));
      return h[0] === 0 && ((h[1] as number) & 0xc0) === 0;
    });
    expect(closers.length).toBeGreaterThan(1);
    // Changing a closer merges its bucket with the next; changing it back splits them again.
    const merged = applyChanges(
      snapshot,
      closers.map((t): TargetChange => ({ op: 'update', id: t.id, set: { name: `${t.name}（变更）` } })),
    );
    expect(merged.digest).toBe(referenceV2(merged.entries));
    const split = applyChanges(
      merged,
      closers.map((t): TargetChange => ({ op: 'update', id: t.id, set: { name: t.name } })),
    );
    expect(split.digest).toBe(snapshot.digest);
    const first = targets.reduce((a, t) => (t.id < a.id ? t : a));
    const ends = [
      { ...first, id: '0-before-every-id' as Target['id'], kind: 'product' as const },
      { ...first, id: '~after-every-id' as Target['id'], kind: 'product' as const },
    ];
    const grown = applyChanges(
      snapshot,
      ends.map((entry): TargetChange => ({ op: 'add', entry })),
    );
    expect(grown.entries[0]?.id).toBe('0-before-every-id');
    expect(grown.digest).toBe(referenceV2(grown.entries));
  });

  it('grows an empty directory by changes to the digest of its content', () => {
    const empty = createTargetSnapshot([]);
    expect(empty.digest).toBe(referenceV2([]));
    const next = applyChanges(
      empty,
      targets.slice(0, 3000).map((entry): TargetChange => ({ op: 'add', entry })),
    );
    expect(next.digest).toBe(referenceV2(next.entries));
    expect(applyChanges(next, []).digest).toBe(next.digest);
  });

  it('changes when one field of one entry changes', () => {
    const snapshot = createTargetSnapshot(targets);
    const next = applyChanges(snapshot, [{ op: 'update', id: targets[2500]!.id, set: { name: '改名' } }]);
    expect(next.digest).not.toBe(snapshot.digest);
    expect(next.previousDigest).toBe(snapshot.digest);
  });
});

describe('digests of every version keep verifying', () => {
  const golden = generateTargets({ seed: 'golden', count: 50 });
  // Stored before digests had versions: no digestAlgorithm, an ssj-directory/1 digest (the golden vector).
  const stored = {
    kind: 'targets',
    version: 1,
    digest: '8b9aac7b49440a4b6146745e6ec9515d95165749c151a4a164c7a5f32fe72b93',
    entries: golden,
  };

  it('verifies a snapshot whose digest the first version computed', () => {
    expect(verifyDirectoryDigest(stored)).toBe(true);
  });

  it('refuses it when an entry was changed', () => {
    const entries = golden.map((t, i) => (i === 7 ? { ...t, name: `${t.name}X` } : t));
    expect(verifyDirectoryDigest({ ...stored, entries })).toBe(false);
  });

  it('checks a snapshot by the version it records, not the other', () => {
    const v2 = createTargetSnapshot(golden);
    expect(verifyDirectoryDigest(v2)).toBe(true);
    expect(verifyDirectoryDigest({ ...v2, digestAlgorithm: 'ssj-directory/1' })).toBe(false);
    expect(verifyDirectoryDigest({ ...stored, digestAlgorithm: 'ssj-directory/2' })).toBe(false);
  });

  it('names what is wrong with something that is not a snapshot', () => {
    expect(() => verifyDirectoryDigest({ kind: 'targets', digest: 1, entries: [] })).toThrow(
      expect.objectContaining({ code: 'DIRECTORY_INVALID' }),
    );
    expect(() => directoryDigest('targets', golden, [], 'ssj-directory/9' as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
  });
});
