import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareIdBytes } from '../../src/draw/id-order.js';
import { safeDrawTargets } from '../../src/draw/index.js';
import { targetKey } from '../../src/draw/target-key.js';
import { drawTargets, isSsjError } from '../../src/index.js';
import { makePool, poolArb, referenceKey, seedArb, shuffled } from './helpers.js';

const SEED = 'a1'.repeat(32);

describe('drawing targets (随机抽取检查对象)', () => {
  it('takes, in each stratum, the entries with the smallest keys, in key order', () => {
    const pool = makePool(200);
    const record = drawTargets({ pool, sample: { count: 5 }, seed: SEED });
    for (const stratum of ['A', 'B', 'C', 'D']) {
      const keys = pool
        .filter((e) => e.stratum === stratum)
        .map((e) => ({ id: e.id, key: referenceKey(SEED, stratum, e.id) }))
        .sort((a, b) => (a.key < b.key ? -1 : 1));
      const got = record.selected.filter((t) => t.stratum === stratum);
      expect(got.map((t) => t.id)).toEqual(keys.slice(0, 5).map((k) => k.id));
      expect(got.map((t) => t.key)).toEqual(keys.slice(0, 5).map((k) => k.key));
      expect(got.map((t) => t.rank)).toEqual([1, 2, 3, 4, 5]);
      expect(record.strata[stratum]?.nextKey).toBe(keys[5]?.key);
    }
  });

  it('computes keys equal to SHA-256 by node:crypto on the same bytes, for ASCII, Chinese and astral ids', () => {
    for (const id of ['91150621MA0Q5XKD7B', '达拉特旗市场监督管理局', 'e\u0301', '😀x', 'x'.repeat(70)])
      expect(targetKey(SEED, 'B类', id)).toBe(referenceKey(SEED, 'B类', id));
    const pool = ['e\u0301', '😀x', 'x'.repeat(56), 'x'.repeat(200)].map((id) => ({ id }));
    const record = drawTargets({ pool, sample: { count: 4 }, seed: SEED });
    for (const t of record.selected) expect(t.key).toBe(referenceKey(SEED, '', t.id));
  });

  it('rounds a ratio up by default and records the rounding asked for: 5% of 87 is 5, 3% of 100 is 3', () => {
    const pool = [...makePool(87, ['A']), ...makePool(100, ['B']).map((e) => ({ ...e, id: `B${e.id}` }))];
    const record = drawTargets({
      pool,
      sample: { strata: { A: { ratio: 0.05 }, B: { ratio: 0.03 } } },
      seed: SEED,
    });
    expect(record.strata.A?.size).toBe(5);
    expect(record.strata.B?.size).toBe(3);
    const floor = drawTargets({
      pool,
      sample: { strata: { A: { ratio: 0.05, rounding: 'floor' } } },
      seed: SEED,
    });
    expect(floor.strata.A?.size).toBe(4);
    expect(floor.strata.A?.requested).toEqual({ ratio: 0.05, rounding: 'floor' });
    expect(floor.strata.B?.size).toBe(0);
  });

  it('gives all eligible entries of a stratum that has fewer than asked, and records the shortfall', () => {
    const pool = makePool(6, ['A', 'B']);
    const record = drawTargets({
      pool,
      sample: { strata: { A: { count: 10 }, C: { count: 2 } } },
      seed: SEED,
      exclude: [{ id: 'T000000', reason: '已抽查' }],
    });
    expect(record.strata.A).toMatchObject({
      pool: 3,
      excluded: 1,
      eligible: 2,
      size: 10,
      drawn: 2,
      selected: 2,
      shortfall: 8,
      nextKey: null,
    });
    expect(record.strata.C).toMatchObject({ pool: 0, size: 2, selected: 0, shortfall: 2 });
  });

  it('rejects duplicate ids after NFC normalisation, listing them', () => {
    try {
      drawTargets({
        pool: [{ id: 'é' }, { id: 'e\u0301' }, { id: 'x' }, { id: 'x' }],
        sample: { count: 1 },
        seed: SEED,
      });
      expect.unreachable();
    } catch (error) {
      expect(isSsjError(error, 'DRAW_DUPLICATE_IDS')).toBe(true);
      expect((error as { issues: unknown[] }).issues).toHaveLength(2);
    }
  });

  it('rejects an id listed in two strata, in a small pool and in one large enough to be radix-sorted', () => {
    for (const size of [3, 600]) {
      const pool = Array.from({ length: size }, (_, i) => ({
        id: `91150621MA${String((i * 7) % size).padStart(4, '0')}`,
        stratum: ['A', 'B', 'C'][i % 3] as string,
      }));
      pool.push({ id: pool[1]?.id as string, stratum: 'D' });
      try {
        drawTargets({ pool, sample: { count: 1 }, seed: SEED });
        expect.unreachable();
      } catch (error) {
        expect(isSsjError(error, 'DRAW_DUPLICATE_IDS')).toBe(true);
        expect((error as { issues: { message: string }[] }).issues.map((i) => i.message)).toEqual([
          `duplicate id "${pool[1]?.id}"`,
        ]);
      }
    }
  });

  it('rejects a malformed seed, pool or sample with its own code', () => {
    const pool = makePool(3);
    const attempt = (input: unknown) => {
      try {
        drawTargets(input as Parameters<typeof drawTargets>[0]);
      } catch (error) {
        return isSsjError(error) ? error.code : 'not an SsjError';
      }
      return 'no error';
    };
    expect(attempt({ pool, sample: { count: 1 }, seed: 'xyz' })).toBe('DRAW_INVALID_SEED');
    expect(attempt({ pool, sample: { count: -1 }, seed: SEED })).toBe('DRAW_INVALID_REQUEST');
    expect(attempt({ pool, sample: { ratio: 2 }, seed: SEED })).toBe('DRAW_INVALID_REQUEST');
    expect(attempt({ pool: [{ id: '' }], sample: { count: 1 }, seed: SEED })).toBe('DRAW_INVALID_REQUEST');
    expect(attempt({ pool: 'x', sample: { count: 1 }, seed: SEED })).toBe('DRAW_INVALID_REQUEST');
    expect(attempt({ pool: [{ id: 'a\ud800' }], sample: { count: 1 }, seed: SEED })).toBe(
      'DRAW_INVALID_REQUEST',
    );
    expect(
      attempt({
        pool,
        sample: { count: 1 },
        seed: SEED,
        exclude: [
          { id: 'a', reason: 'r' },
          { id: 'a', reason: 's' },
        ],
      }),
    ).toBe('DRAW_DUPLICATE_EXCLUSIONS');
  });

  it('has a non-throwing twin that returns the error instead', () => {
    const bad = safeDrawTargets({ pool: [{ id: 'x' }, { id: 'x' }], sample: { count: 1 }, seed: SEED });
    expect(bad.success ? 'ok' : bad.error.code).toBe('DRAW_DUPLICATE_IDS');
    const good = safeDrawTargets({ pool: [{ id: 'x' }], sample: { count: 1 }, seed: SEED });
    expect(good.success ? good.data.selected.map((t) => t.id) : []).toEqual(['x']);
  });

  it('does not change its input', () => {
    const pool = makePool(20);
    const copy = structuredClone(pool);
    drawTargets({ pool, sample: { count: 2 }, seed: SEED });
    expect(pool).toEqual(copy);
  });
});

describe('draw properties', () => {
  const sizeArb = fc.oneof(
    fc.record({ count: fc.integer({ min: 0, max: 12 }) }),
    fc.record({
      ratio: fc.double({ min: 0, max: 1, noNaN: true }),
      rounding: fc.constantFrom('ceil', 'floor', 'round') as fc.Arbitrary<'ceil' | 'floor' | 'round'>,
    }),
  );

  it('gives the same record for the same pool and seed, whatever the pool order', () => {
    fc.assert(
      fc.property(
        poolArb,
        seedArb,
        sizeArb,
        fc.array(fc.nat(), { maxLength: 50 }),
        (pool, seed, sample, order) => {
          const a = drawTargets({ pool, sample, seed });
          const b = drawTargets({ pool: shuffled(pool, order), sample, seed });
          expect(b).toEqual(a);
          expect(drawTargets({ pool, sample, seed }).digest).toBe(a.digest);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('never selects an excluded entry or an id outside the pool, and each stratum gets min(size, eligible)', () => {
    fc.assert(
      fc.property(
        poolArb,
        seedArb,
        sizeArb,
        fc.array(fc.boolean(), { maxLength: 40 }),
        (pool, seed, sample, marks) => {
          const exclude = pool
            .filter((_, i) => marks[i])
            .map((e) => ({ id: e.id, reason: 'exclusion-window' }));
          const record = drawTargets({ pool, sample, seed, exclude });
          const ids = new Set(pool.map((e) => e.id));
          const excluded = new Set(exclude.map((e) => e.id));
          for (const t of record.selected) {
            expect(ids.has(t.id)).toBe(true);
            expect(excluded.has(t.id)).toBe(false);
          }
          for (const [name, s] of Object.entries(record.strata)) {
            expect(record.selected.filter((t) => t.stratum === name)).toHaveLength(
              Math.min(s.size, s.eligible),
            );
            expect(s.eligible).toBe(pool.filter((e) => e.stratum === name && !excluded.has(e.id)).length);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('is consistent: the first k of a larger draw are the k-draw', () => {
    fc.assert(
      fc.property(poolArb, seedArb, fc.nat(10), fc.nat(10), (pool, seed, k, extra) => {
        const small = drawTargets({ pool, sample: { count: k }, seed });
        const large = drawTargets({ pool, sample: { count: k + extra }, seed });
        expect(large.selected.filter((t) => t.rank <= k)).toEqual(small.selected);
      }),
      { numRuns: 60 },
    );
  });

  it('orders ids by their UTF-8 bytes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (a, b) => {
        const bytes = Math.sign(
          Buffer.compare(Buffer.from(a.normalize('NFC')), Buffer.from(b.normalize('NFC'))),
        );
        expect(Math.sign(compareIdBytes(a.normalize('NFC'), b.normalize('NFC')))).toBe(bytes);
      }),
      { numRuns: 300 },
    );
  });
});
