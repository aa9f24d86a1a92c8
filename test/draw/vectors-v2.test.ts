import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { verifyDrandBeacon } from '../../src/beacon/index.js';
import {
  commitDraw,
  type DrawCommitment,
  type DrawRecord,
  type DrawRequest,
  drawTargets,
  extendDraw,
  type PoolEntry,
  type RevealedValue,
  replaceInDraw,
  revealDraw,
  type SampleSpec,
  verifyDraw,
} from '../../src/draw/index.js';
import { itIsReproducedByPython } from './python-reference.js';

interface Vector {
  readonly name: string;
  readonly kind: 'ceremony' | 'direct';
  readonly input: {
    readonly request: DrawRequest;
    readonly revealed: RevealedValue[];
    readonly changes: ({ extend: SampleSpec } | { replace: string; reason: string })[];
    readonly pool: PoolEntry[];
    readonly sample: SampleSpec;
    readonly seed: string;
  };
  readonly expected: { readonly commitment?: DrawCommitment; readonly record: DrawRecord };
}

const file = new URL('./vectors-v2.json', import.meta.url);
const { vectors } = JSON.parse(readFileSync(file, 'utf8')) as { vectors: Vector[] };

describe('the ssj-draw/2 test vectors (docs/draw-spec.md §14)', () => {
  it.each(vectors.map((v) => [v.name, v] as const))('%s', (_name, v) => {
    const i = v.input;
    if (v.kind === 'direct') {
      expect(drawTargets({ pool: i.pool, sample: i.sample, seed: i.seed })).toEqual(v.expected.record);
      expect(verifyDraw(v.expected.record, i.pool, { allowDirect: true }).valid).toBe(true);
      return;
    }
    const commitment = commitDraw(i.request);
    expect(commitment).toEqual(v.expected.commitment);
    const record = i.changes.reduce(
      (r, c) =>
        'extend' in c
          ? extendDraw(r, i.request.pool, c.extend)
          : replaceInDraw(r, i.request.pool, c.replace, c.reason),
      revealDraw(commitment, i.request.pool, i.revealed, { verifyBeacon: verifyDrandBeacon }),
    );
    expect(record).toEqual(v.expected.record);
    const check = verifyDraw(v.expected.record, i.request.pool, {
      commitment: commitment.digest,
      verifyBeacon: verifyDrandBeacon,
    });
    expect(check.problems).toEqual([]);
    expect(check.randomness.filter((r) => r.kind === 'drand').map((r) => r.status)).toEqual(['verified']);
  });

  itIsReproducedByPython(
    new URL('../../docs/draw-spec.md', import.meta.url),
    new URL('./check-vectors-v2.py', import.meta.url),
    file,
    vectors.length,
  );
});
