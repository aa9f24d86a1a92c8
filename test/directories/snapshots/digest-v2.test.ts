import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/core/index.js';
import {
  applyChanges,
  createTargetSnapshot,
  DIRECTORY_DIGEST_ALGORITHMS,
  directoryDigest,
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

const targets = generateTargets({ seed: 'digest-v2', count: 5000 });

describe('the incremental directory digest ssj-directory/2', () => {
  it('is computed as the specification says', () => {
    expect(directoryDigest('targets', targets, [], 'ssj-directory/2')).toBe(referenceV2(targets));
    expect(directoryDigest('targets', [], [], 'ssj-directory/2')).toBe(referenceV2([]));
  });

  it('verifies a snapshot stored with it, and refuses it when an entry was changed', () => {
    const entries = [...targets].sort((a, b) => (a.id < b.id ? -1 : 1));
    const stored = {
      kind: 'targets',
      version: 3,
      digest: referenceV2(entries),
      digestAlgorithm: 'ssj-directory/2',
      entries,
    };
    expect(verifyDirectoryDigest(stored)).toBe(true);
    const changed = entries.map((t, i) => (i === 4000 ? { ...t, active: !t.active } : t));
    expect(verifyDirectoryDigest({ ...stored, entries: changed })).toBe(false);
  });

  it('moves a stored snapshot to ssj-directory/4 when changes are applied to it', () => {
    const entries = [...targets].sort((a, b) => (a.id < b.id ? -1 : 1));
    const stored = {
      kind: 'targets' as const,
      version: 3,
      digest: referenceV2(entries),
      digestAlgorithm: 'ssj-directory/2' as const,
      entries,
    };
    const next = applyChanges(stored, [{ op: 'deactivate', id: entries[10]!.id, reason: '注销' }]);
    expect(next.digestAlgorithm).toBe('ssj-directory/4');
    expect(next.previousDigest).toBe(stored.digest);
    expect(verifyDirectoryDigest(next)).toBe(true);
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

  it('checks a snapshot by the version it records, not another', () => {
    const v4 = createTargetSnapshot(golden);
    expect(v4.digestAlgorithm).toBe('ssj-directory/4');
    expect(verifyDirectoryDigest(v4)).toBe(true);
    for (const earlier of ['ssj-directory/1', 'ssj-directory/2', 'ssj-directory/3'] as const)
      expect(verifyDirectoryDigest({ ...v4, digestAlgorithm: earlier })).toBe(false);
    const v3 = { ...v4, digest: directoryDigest('targets', golden, [], 'ssj-directory/3') };
    expect(verifyDirectoryDigest({ ...v3, digestAlgorithm: 'ssj-directory/3' })).toBe(true);
    expect(verifyDirectoryDigest(v3)).toBe(false);
    expect(verifyDirectoryDigest({ ...stored, digestAlgorithm: 'ssj-directory/2' })).toBe(false);
    expect(verifyDirectoryDigest({ ...stored, digestAlgorithm: 'ssj-directory/3' })).toBe(false);
  });

  it('moves a stored ssj-directory/3 snapshot to ssj-directory/4 at its next change', () => {
    const entries = [...golden].sort((a, b) => (a.id < b.id ? -1 : 1));
    const digest = directoryDigest('targets', entries, [], 'ssj-directory/3');
    const v3 = {
      kind: 'targets' as const,
      version: 2,
      digest,
      digestAlgorithm: 'ssj-directory/3' as const,
      entries,
    };
    expect(verifyDirectoryDigest(v3)).toBe(true);
    const next = applyChanges(v3, [{ op: 'deactivate', id: entries[3]!.id, reason: '注销' }]);
    expect(next.digestAlgorithm).toBe('ssj-directory/4');
    expect(next.previousDigest).toBe(digest);
    expect(verifyDirectoryDigest(next)).toBe(true);
  });

  it('lists every version, oldest first', () => {
    expect(DIRECTORY_DIGEST_ALGORITHMS).toEqual([
      'ssj-directory/1',
      'ssj-directory/2',
      'ssj-directory/3',
      'ssj-directory/4',
    ]);
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
