import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { type ConflictOfInterest, directoryDigest } from '../../../src/directories/index.js';

/** A directory digest vector: inputs from make-vectors-v*.mts, the digest from the Python reference of the spec. */
export interface DirectoryVector {
  readonly name: string;
  readonly kind: 'targets' | 'inspectors';
  readonly entries: { readonly id: string }[];
  readonly conflicts?: ConflictOfInterest[];
  readonly expected: string;
}

/** The vectors of a `vectors-v*.json` file. */
export const readVectors = (file: URL): DirectoryVector[] =>
  (JSON.parse(readFileSync(file, 'utf8')) as { vectors: DirectoryVector[] }).vectors;

/**
 * The first three ids `c0`, `c1`, … whose entry `{"id": id}` closes a bucket (its SHA-256 begins with 0x00 and a
 * byte below 0x40, as docs/directories.md says), given that entry's encoding in the version at hand.
 */
export function bucketClosers(encodeIdOnly: (id: string) => Buffer): string[] {
  const closers: string[] = [];
  for (let n = 0; closers.length < 3; n++) {
    const h = createHash('sha256')
      .update(encodeIdOnly(`c${n}`))
      .digest();
    if (h[0] === 0 && (h[1] as number) < 0x40) closers.push(`c${n}`);
  }
  return closers;
}

/** One test per vector: `version` gives its expected digest, and the same with its entries in reverse order. */
export function itReproducesEachVector(
  vectors: readonly DirectoryVector[],
  version: 'ssj-directory/3' | 'ssj-directory/4',
): void {
  it.each(vectors.map((v) => [v.name, v] as const))('reproduces %s', (_, v) => {
    const digest = directoryDigest(v.kind, v.entries, v.conflicts ?? [], version);
    expect(digest).toBe(v.expected);
    expect(directoryDigest(v.kind, [...v.entries].reverse(), v.conflicts ?? [], version)).toBe(digest);
  });
}
