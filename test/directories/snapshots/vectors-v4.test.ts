import { describe, expect, it } from 'vitest';
import {
  createInspectorSnapshot,
  createTargetSnapshot,
  directoryDigest,
  type Inspector,
  type Target,
} from '../../../src/directories/index.js';
import { encodeValue, tableKey } from '../../../src/directories/snapshots/entry-encoding.js';
import { itIsReproducedByPython } from '../../draw/python-reference.js';
import { referenceDigestV4 } from './reference-v3.js';
import { type DirectoryVector, itReproducesEachVector, readVectors } from './vectors.js';

const file = new URL('./vectors-v4.json', import.meta.url);
const vectors = readVectors(file);

describe('the ssj-directory/4 test vectors', () => {
  itReproducesEachVector(vectors, 'ssj-directory/4');

  it.each(vectors.map((v) => [v.name, v] as const))('has %s reproduced by the reference encoder', (_, v) => {
    expect(referenceDigestV4(v.kind, v.entries, v.conflicts ?? [])).toBe(v.expected);
  });

  it('is the digest of the snapshots made of them', () => {
    const targets = vectors.find((v) => v.name === 'generated targets') as DirectoryVector;
    expect(createTargetSnapshot(targets.entries as Target[]).digest).toBe(targets.expected);
    const empty = vectors.find((v) => v.name === 'an empty directory') as DirectoryVector;
    expect(createTargetSnapshot([]).digest).toBe(empty.expected);
    const inspectors = vectors.find((v) => v.name === 'inspectors with conflicts') as DirectoryVector;
    const snapshot = createInspectorSnapshot({
      inspectors: inspectors.entries as Inspector[],
      conflicts: inspectors.conflicts,
    });
    expect(snapshot.digest).toBe(inspectors.expected);
  });

  it('differs from version 3 for the same entries', () => {
    for (const v of vectors.filter((x) => x.entries.length > 0))
      expect(directoryDigest(v.kind, v.entries, v.conflicts ?? [], 'ssj-directory/3')).not.toBe(v.expected);
  });

  it('encodes the example of the specification as it shows', () => {
    const hex = Buffer.from(encodeValue({ id: 'T-1', n: -0, ok: true }, tableKey)).toString('hex');
    expect(hex).toBe('0603050403542d31136e030000000000000000146f6b02');
  });

  itIsReproducedByPython(
    new URL('../../../docs/directories.md', import.meta.url),
    new URL('./check-vectors.py', import.meta.url),
    file,
    vectors.length,
  );
});
