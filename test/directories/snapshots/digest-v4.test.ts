import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyChanges,
  createTargetSnapshot,
  directoryDigest,
  type Target,
  type TargetChange,
  verifyDirectoryDigest,
} from '../../../src/directories/index.js';
import { generateTargets } from '../../../src/testing/index.js';
import { referenceCloses, referenceDigestV4, referenceEncodeV4 } from './reference-v3.js';

const reference = (entries: readonly { readonly id: string }[]) => referenceDigestV4('targets', entries);

// 5,000 targets: several buckets, so a change keeps most bucket digests and recomputes the rest.
const targets = generateTargets({ seed: 'digest-v4', count: 5000 });

describe('the incremental directory digest (ssj-directory/4)', () => {
  it('is the digest a new snapshot records, as the specification computes it', () => {
    const snapshot = createTargetSnapshot(targets);
    expect(snapshot.digestAlgorithm).toBe('ssj-directory/4');
    expect(snapshot.digest).toBe(reference(targets));
    expect(directoryDigest('targets', targets, [], 'ssj-directory/4')).toBe(snapshot.digest);
  });

  it('stays the digest of the whole content after any sequence of changes, re-hashing only what changed', () => {
    const ids = targets.map((t) => t.id);
    const change = fc.oneof(
      fc
        // Names are trimmed and must not be empty: a blank one would reject the whole batch.
        .record({
          i: fc.nat(4999),
          name: fc.string({ minLength: 1, maxLength: 20 }).filter((n) => n.trim() !== ''),
        })
        .map(({ i, name }): TargetChange => ({ op: 'update', id: ids[i] as Target['id'], set: { name } })),
      fc
        .nat(4999)
        .map((i): TargetChange => ({ op: 'deactivate', id: ids[i] as Target['id'], reason: '注销' })),
    );
    const extra = generateTargets({ seed: 'digest-v4-extra', count: 40 });
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
          return snapshot.digest === reference(snapshot.entries) && verifyDirectoryDigest(snapshot);
        },
      ),
      { numRuns: 15 },
    );
  });

  it('re-cuts the buckets when the entry that closed one changes, and around inserts at either end', () => {
    const snapshot = createTargetSnapshot(targets);
    const closers = snapshot.entries.filter((t) => {
      return referenceCloses(createHash('sha256').update(referenceEncodeV4(t)).digest());
    });
    expect(closers.length).toBeGreaterThan(1);
    // Changing a closer merges its bucket with the next; changing it back splits them again.
    const merged = applyChanges(
      snapshot,
      closers.map((t): TargetChange => ({ op: 'update', id: t.id, set: { name: `${t.name}（变更）` } })),
    );
    expect(merged.digest).toBe(reference(merged.entries));
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
    expect(grown.digest).toBe(reference(grown.entries));
  });

  it('grows an empty directory by changes to the digest of its content', () => {
    const empty = createTargetSnapshot([]);
    expect(empty.digest).toBe(reference([]));
    const next = applyChanges(
      empty,
      targets.slice(0, 3000).map((entry): TargetChange => ({ op: 'add', entry })),
    );
    expect(next.digest).toBe(reference(next.entries));
    expect(applyChanges(next, []).digest).toBe(next.digest);
  });

  it('hashes entries in any order as in id order, keeping the given order of entries that share an id', () => {
    const shuffled = [...targets].reverse();
    const twins = [
      { id: 'same', n: 1 },
      { id: 'same', n: 2 },
    ];
    expect(directoryDigest('targets', shuffled, [], 'ssj-directory/4')).toBe(reference(targets));
    for (const list of [twins, [...twins].reverse()])
      expect(directoryDigest('targets', [...targets, ...list], [], 'ssj-directory/4')).toBe(
        reference([...targets, ...list]),
      );
  });

  it('gives each digest scratch memory of its own: pools of other sizes in turn, and a digest within a digest', () => {
    const big = [...targets].reverse();
    const small = targets.slice(0, 300).reverse();
    for (const list of [big, small, big, small])
      expect(directoryDigest('targets', list, [], 'ssj-directory/4')).toBe(reference(list));
    // the last entry digests another pool while it is read, after the hashes of the others are written
    let inner = '';
    const last = big[big.length - 1] as Target;
    const nesting = Object.defineProperty({ ...last }, 'name', {
      enumerable: true,
      get: () => {
        inner = directoryDigest('targets', small, [], 'ssj-directory/4');
        return last.name;
      },
    });
    const outer = big.map((t) => (t === last ? nesting : t));
    expect(directoryDigest('targets', outer, [], 'ssj-directory/4')).toBe(reference(outer));
    expect(inner).toBe(reference(small));
  });

  it('changes when one field of one entry changes', () => {
    const snapshot = createTargetSnapshot(targets);
    const next = applyChanges(snapshot, [{ op: 'update', id: targets[2500]!.id, set: { name: '改名' } }]);
    expect(next.digest).not.toBe(snapshot.digest);
    expect(next.previousDigest).toBe(snapshot.digest);
  });
});
