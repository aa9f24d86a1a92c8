import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareIdBytes } from '../../src/draw/id-order.js';
import {
  commitDraw,
  type DrawRecord,
  type DrawRequest,
  drawTargets,
  type Exclusion,
  extendDraw,
  type PoolEntry,
  replaceInDraw,
  revealDraw,
  type SampleSpec,
  verifyDraw,
} from '../../src/draw/index.js';
import { targetKey } from '../../src/draw/target-key.js';
import { drawV1, lp, nodeSha, referenceKey } from './helpers.js';
import { itIsReproducedByPython } from './python-reference.js';

interface Vector {
  readonly name: string;
  readonly kind: 'direct' | 'ceremony' | 'changes';
  readonly input: {
    readonly pool: PoolEntry[];
    readonly sample: SampleSpec;
    readonly seed: string;
    readonly exclude?: Exclusion[];
    readonly request: DrawRequest;
    readonly randomness: string[];
    readonly changes: ({ extend: SampleSpec } | { replace: string; reason: string })[];
  };
  readonly expected: {
    readonly poolDigest: string;
    readonly seed: string;
    readonly keys?: Record<string, string>;
    readonly commitmentDigest?: string;
    readonly selected: DrawRecord['selected'];
    readonly strata: DrawRecord['strata'];
    readonly replacements: DrawRecord['replacements'];
    readonly recordDigest: string;
  };
}

const file = new URL('./vectors.json', import.meta.url);
const { vectors } = JSON.parse(readFileSync(file, 'utf8')) as { vectors: Vector[] };

const run = (v: Vector): { record: DrawRecord; pool: PoolEntry[] } => {
  const i = v.input;
  switch (v.kind) {
    case 'direct':
      return { record: drawV1(i), pool: i.pool };
    case 'ceremony': {
      const commitment = commitDraw(i.request);
      expect(commitment.digest).toBe(v.expected.commitmentDigest);
      return { record: revealDraw(commitment, i.request.pool, i.randomness), pool: [...i.request.pool] };
    }
    case 'changes': {
      const first = drawV1({ pool: i.pool, sample: i.sample, seed: i.seed });
      const record = i.changes.reduce(
        (r, c) =>
          'extend' in c ? extendDraw(r, i.pool, c.extend) : replaceInDraw(r, i.pool, c.replace, c.reason),
        first,
      );
      return { record, pool: i.pool };
    }
    default: {
      const never: never = v.kind;
      return never;
    }
  }
};

describe('the ssj-draw/1 test vectors keep reproducing and verifying (docs/draw-spec-v1.md §13)', () => {
  it.each(vectors.map((v) => [v.name, v] as const))('%s', (_name, v) => {
    const { record, pool } = run(v);
    expect(record.pool.digest).toBe(v.expected.poolDigest);
    expect(record.seed).toBe(v.expected.seed);
    expect(record.selected).toEqual(v.expected.selected);
    expect(record.strata).toEqual(v.expected.strata);
    expect(record.replacements).toEqual(v.expected.replacements);
    expect(record.digest).toBe(v.expected.recordDigest);
    expect(record.algorithm).toBe('ssj-draw/1');
    expect(verifyDraw(record, pool, { allowDirect: true })).toMatchObject({ valid: true, problems: [] });
    if (v.expected.keys !== undefined)
      for (const e of pool) {
        const want = v.expected.keys[e.id.normalize('NFC')];
        expect(targetKey(record.seed, e.stratum ?? '', e.id)).toBe(want);
        expect(referenceKey(record.seed, e.stratum ?? '', e.id)).toBe(want);
      }
  });

  itIsReproducedByPython(
    new URL('../../docs/draw-spec-v1.md', import.meta.url),
    new URL('./check-vectors.py', import.meta.url),
    file,
    vectors.length,
  );
});

/** The pool digest of §3, written again with node:crypto and Buffer only. */
const referencePoolDigest = (pool: readonly PoolEntry[]): string => {
  const entries = pool
    .map((e) => ({
      id: Buffer.from(e.id.normalize('NFC')),
      stratum: Buffer.from((e.stratum ?? '').normalize('NFC')),
    }))
    .sort((a, b) => Buffer.compare(a.id, b.id));
  const fmix = (x: number) => {
    let h = x;
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
  };
  const chunks: Buffer[] = [];
  let current: Buffer[] = [];
  for (const e of entries) {
    current.push(lp(e.id), lp(e.stratum));
    let h = 0x811c9dc5;
    for (const x of e.id) h = Math.imul(h ^ x, 0x01000193);
    if (fmix(h >>> 0) >>> 22 === 0) {
      chunks.push(nodeSha(Buffer.concat(current)));
      current = [];
    }
  }
  if (current.length > 0) chunks.push(nodeSha(Buffer.concat(current)));
  return nodeSha('shuangsuiji/pool/v1', ...chunks).toString('hex');
};

describe('the pool digest', () => {
  it('matches an independent node:crypto implementation of §3, whatever the ids (ASCII, CJK, astral, long)', () => {
    const idArb = fc.oneof(
      fc.string({ minLength: 1, maxLength: 8 }),
      fc.string({ minLength: 1, maxLength: 30, unit: 'binary' }).filter((s) => s.normalize('NFC').length > 0),
      fc.nat(99_999).map((n) => `91150621MA${String(n).padStart(8, '0')}`),
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(idArb, { maxLength: 3000, selector: (s) => s.normalize('NFC') }),
        fc.constantFrom('', 'A', '类'),
        (ids, stratum) => {
          const pool = ids.map((id) => ({ id, stratum }));
          expect(drawTargets({ pool, sample: { count: 0 }, seed: '00'.repeat(32) }).pool.digest).toBe(
            referencePoolDigest(pool),
          );
        },
      ),
      { numRuns: 25 },
    );
  });

  it('orders ids by bytes, not UTF-16 units: U+FFEF sorts before U+1F600', () => {
    expect(compareIdBytes('\uffef', '😀')).toBeLessThan(0);
    const pool = [{ id: '😀' }, { id: '\uffef' }];
    expect(drawTargets({ pool, sample: { count: 0 }, seed: '00'.repeat(32) }).pool.digest).toBe(
      referencePoolDigest(pool),
    );
  });
});
