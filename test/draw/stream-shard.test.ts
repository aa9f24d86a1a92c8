import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareIdBytes } from '../../src/draw/id-order.js';
import {
  drawShard,
  drawTargets,
  drawTargetsFromStream,
  mergeShards,
  type PoolEntry,
  type SampleSpec,
} from '../../src/draw/index.js';
import { isSsjError } from '../../src/index.js';
import { poolArb, seedArb } from './helpers.js';

const SEED = '5e'.repeat(32);
const pool: PoolEntry[] = Array.from({ length: 5000 }, (_, i) => ({
  id: `${(i * 7919) % 5000}-${i % 7 === 0 ? 'e\u0301' : i % 11 === 0 ? '😀' : i % 13 === 0 ? '\uffef' : 'x'}`,
  stratum: ['A', 'B', 'C类', 'D'][i % 4] as string,
}));
const sorted = (entries: readonly PoolEntry[]) =>
  entries
    .map((e) => ({ id: e.id.normalize('NFC'), stratum: e.stratum ?? '' }))
    .sort((a, b) => compareIdBytes(a.id, b.id));
const counts = (entries: readonly PoolEntry[]) => {
  const out: Record<string, number> = {};
  for (const e of entries) out[e.stratum ?? ''] = (out[e.stratum ?? ''] ?? 0) + 1;
  return out;
};
async function* slowly(entries: readonly PoolEntry[]) {
  for (const e of entries) yield e;
}
const sample: SampleSpec = {
  strata: { A: { count: 20 }, B: { ratio: 0.03 }, C类: { count: 0 }, E: { count: 1 } },
};
const exclude = [{ id: pool[3]?.id ?? '', reason: 'frequency cap reached', code: 'frequency-cap' }];

describe('streaming draw (流式抽取)', () => {
  it('gives the record of the in-memory draw, for ids sorted by bytes (with astral and U+FFEF ids)', async () => {
    const expected = drawTargets({ pool, sample, seed: SEED, exclude });
    const streamed = await drawTargetsFromStream({
      entries: slowly(sorted(pool)),
      sample,
      seed: SEED,
      exclude,
      poolCounts: counts(pool),
    });
    expect(streamed).toEqual(expected);
  });

  it('rejects unsorted or repeated input, and a ratio without pool counts, each with its code', async () => {
    const codeOf = async (p: Promise<unknown>) =>
      p.then(
        () => 'no error',
        (e) => (isSsjError(e) ? e.code : 'other'),
      );
    const rows = sorted(pool);
    const swapped = [rows[1], rows[0], ...rows.slice(2)] as PoolEntry[];
    expect(await codeOf(drawTargetsFromStream({ entries: swapped, sample: { count: 1 }, seed: SEED }))).toBe(
      'DRAW_STREAM_UNSORTED',
    );
    expect(
      await codeOf(
        drawTargetsFromStream({
          entries: [rows[0], rows[0]] as PoolEntry[],
          sample: { count: 1 },
          seed: SEED,
        }),
      ),
    ).toBe('DRAW_DUPLICATE_IDS');
    expect(await codeOf(drawTargetsFromStream({ entries: rows, sample: { ratio: 0.1 }, seed: SEED }))).toBe(
      'DRAW_STREAM_NEEDS_COUNTS',
    );
    expect(
      await codeOf(
        drawTargetsFromStream({ entries: rows, sample: { ratio: 0.1 }, seed: SEED, poolCounts: { A: 1 } }),
      ),
    ).toBe('DRAW_STREAM_COUNT_MISMATCH');
  });

  it('equals the in-memory draw for any pool and seed', async () => {
    await fc.assert(
      fc.asyncProperty(poolArb, seedArb, fc.nat(8), async (p, seed, k) => {
        const streamed = await drawTargetsFromStream({ entries: sorted(p), sample: { count: k }, seed });
        expect(streamed).toEqual(drawTargets({ pool: p, sample: { count: k }, seed }));
      }),
      { numRuns: 40 },
    );
  });
});

describe('sharded draw (分片抽取)', () => {
  it('merges any cut of the pool into ranges, in any order, into the one-pass record', () => {
    const expected = drawTargets({ pool, sample, seed: SEED, exclude });
    const rows = sorted(pool);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: rows.length - 1 }), { maxLength: 6 }),
        fc.boolean(),
        (cuts, reverse) => {
          const bounds = [0, ...cuts.sort((a, b) => a - b), rows.length];
          const shards = bounds
            .slice(1)
            .map((end, i) => drawShard({ pool: rows.slice(bounds[i], end), seed: SEED, exclude, keep: 60 }));
          if (reverse) shards.reverse();
          expect(mergeShards({ shards, sample, seed: SEED, exclude })).toEqual(expected);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('rejects overlapping shards, shards that kept too few keys, and shards of another seed', () => {
    const rows = sorted(pool);
    const a = drawShard({ pool: rows.slice(0, 3000), seed: SEED, keep: 60 });
    const b = drawShard({ pool: rows.slice(2000), seed: SEED, keep: 60 });
    const code = (f: () => unknown) => {
      try {
        f();
        return 'no error';
      } catch (e) {
        return isSsjError(e) ? e.code : 'other';
      }
    };
    expect(code(() => mergeShards({ shards: [a, b], sample: { count: 5 }, seed: SEED }))).toBe(
      'DRAW_SHARDS_OVERLAP',
    );
    const small = drawShard({ pool: rows.slice(3000), seed: SEED, keep: 2 });
    expect(code(() => mergeShards({ shards: [a, small], sample: { count: 5 }, seed: SEED }))).toBe(
      'DRAW_SHARD_TOO_SMALL',
    );
    const other = drawShard({ pool: rows.slice(3000), seed: 'ff'.repeat(32), keep: 60 });
    expect(code(() => mergeShards({ shards: [a, other], sample: { count: 5 }, seed: SEED }))).toBe(
      'DRAW_SHARD_SEED_MISMATCH',
    );
  });
});
