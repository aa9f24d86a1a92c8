import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareIdBytes } from '../../src/draw/id-order.js';
import {
  drawShard,
  drawTargets,
  drawTargetsFromStream,
  mergeShards,
  type PoolBatch,
  type PoolEntry,
  type SampleSpec,
} from '../../src/draw/index.js';
import { isSsjError } from '../../src/index.js';
import { poolArb, seedArb } from './helpers.js';

const SEED = '7b'.repeat(32);

/** Entries in id byte order (of their NFC form), as the stream needs them; ids keep the spelling given. */
const inOrder = (entries: readonly PoolEntry[]) =>
  [...entries].sort((a, b) => compareIdBytes(a.id.normalize('NFC'), b.id.normalize('NFC')));

/** Byte batches of `size` entries, built with Buffer (not the library's encoder). */
function batches(entries: readonly PoolEntry[], size: number): PoolBatch[] {
  const out: PoolBatch[] = [];
  for (let from = 0; from < entries.length; from += size) {
    const part = entries.slice(from, from + size);
    const strata = [...new Set(part.map((e) => e.stratum ?? ''))];
    const bytes = part.map((e) => Buffer.from(e.id, 'utf8'));
    const ends = new Uint32Array(part.length);
    let end = 0;
    bytes.forEach((b, i) => {
      end += b.length;
      ends[i] = end;
    });
    out.push({
      ids: new Uint8Array(Buffer.concat(bytes)),
      ends,
      strata,
      stratumOf: Uint16Array.from(part.map((e) => strata.indexOf(e.stratum ?? ''))),
    });
  }
  return out;
}

const pool: PoolEntry[] = Array.from({ length: 6000 }, (_, i) => ({
  id: `${(i * 7919) % 6000}-${i % 7 === 0 ? 'e\u0301' : i % 11 === 0 ? '😀' : i % 13 === 0 ? 'x'.repeat(60) : 'x'}`,
  stratum: ['A', 'B', 'C类', ''][i % 4] as string,
}));
const sample: SampleSpec = {
  strata: { A: { count: 20 }, B: { count: 1400 }, C类: { count: 0 }, '': { count: 3 } },
};
const exclude = [{ id: pool[3]?.id ?? '', reason: 'frequency cap reached', code: 'frequency-cap' }];

const codeOf = async (run: () => Promise<unknown>) => {
  try {
    await run();
    return 'no error';
  } catch (error) {
    return isSsjError(error) ? error.code : String(error);
  }
};

describe('a streamed draw from byte batches (名录字节批)', () => {
  it('gives the in-memory record, with non-NFC, astral and long ids, exclusions and a large stratum', async () => {
    const expected = drawTargets({ pool, sample, seed: SEED, exclude });
    const got = await drawTargetsFromStream({
      entries: batches(inOrder(pool), 700),
      sample,
      seed: SEED,
      exclude,
    });
    expect(got).toEqual(expected);
  });

  it('gives the same record from objects and batches mixed in one stream', async () => {
    const sorted = inOrder(pool);
    const split = [
      ...sorted.slice(0, 1000),
      ...batches(sorted.slice(1000, 2000), 333),
      ...sorted.slice(2000),
    ];
    expect(await drawTargetsFromStream({ entries: split, sample, seed: SEED })).toEqual(
      drawTargets({ pool, sample, seed: SEED }),
    );
    const backwards = [...sorted.slice(0, 1000), ...batches(sorted.slice(999, 2000), 500)];
    expect(await codeOf(() => drawTargetsFromStream({ entries: backwards, sample, seed: SEED }))).toBe(
      'DRAW_DUPLICATE_IDS',
    );
  });

  it('agrees with the in-memory draw for any pool and seed', async () => {
    await fc.assert(
      fc.asyncProperty(poolArb, seedArb, fc.integer({ min: 1, max: 9 }), async (p, seed, size) => {
        const entries = batches(inOrder(p), size);
        expect(await drawTargetsFromStream({ entries, sample: { count: 2 }, seed })).toEqual(
          drawTargets({ pool: p, sample: { count: 2 }, seed }),
        );
      }),
      { numRuns: 60 },
    );
  });

  it('refuses ids out of order or repeated, inside a batch and across batches', async () => {
    const sorted = inOrder(pool);
    const swapped = [sorted[1], sorted[0], ...sorted.slice(2)] as PoolEntry[];
    const twice = [...sorted.slice(0, 10), ...sorted.slice(9)];
    for (const size of [5000, 3]) {
      expect(
        await codeOf(() => drawTargetsFromStream({ entries: batches(swapped, size), sample, seed: SEED })),
      ).toBe('DRAW_STREAM_UNSORTED');
      expect(
        await codeOf(() => drawTargetsFromStream({ entries: batches(twice, size), sample, seed: SEED })),
      ).toBe('DRAW_DUPLICATE_IDS');
    }
  });

  it('refuses a malformed batch with a coded error naming the field', async () => {
    const good = batches(inOrder(pool).slice(0, 3), 3)[0] as PoolBatch;
    const cases: [string, unknown][] = [
      ['ids', { ...good, ids: [1, 2] }],
      ['ends', { ...good, ends: [1, 2, 3] }],
      ['ends', { ...good, ends: Uint32Array.from([2, 2, good.ids.length]) }],
      ['ends', { ...good, ends: Uint32Array.from([1, 2, good.ids.length - 1]) }],
      ['strata', { ...good, strata: [1] }],
      ['stratumOf', { ...good, stratumOf: Uint16Array.from([0, 0]) }],
      ['stratumOf', { ...good, stratumOf: Uint16Array.from([0, 0, 9]) }],
      ['stratumOf', { ...good, stratumOf: [0, 0, 0] }],
      [
        'ids',
        {
          ids: Uint8Array.from([0x61, 0xff]),
          ends: Uint32Array.from([2]),
          strata: [''],
          stratumOf: new Uint8Array(1),
        },
      ],
      [
        'ids',
        {
          ids: Uint8Array.from([0xc3, 0xa9]),
          ends: Uint32Array.from([1, 2]),
          strata: [''],
          stratumOf: new Uint8Array(2),
        },
      ],
    ];
    for (const [field, batch] of cases) {
      const error = await drawTargetsFromStream({ entries: [batch as PoolBatch], sample, seed: SEED }).catch(
        (e) => e,
      );
      expect(isSsjError(error) && error.code).toBe('DRAW_INVALID_REQUEST');
      expect(error.issues[0].path).toEqual(expect.arrayContaining(['entries', field]));
    }
  });

  it('gives the in-memory record from shards of byte batches, merged', () => {
    const sorted = inOrder(pool);
    const cuts = [0, 1234, 1235, 4000, sorted.length];
    const shards = cuts
      .slice(1)
      .map((to, i) =>
        drawShard({ batches: batches(sorted.slice(cuts[i], to), 400), seed: SEED, exclude, keep: 1401 }),
      );
    const fromObjects = cuts
      .slice(1)
      .map((to, i) => drawShard({ pool: sorted.slice(cuts[i], to), seed: SEED, exclude, keep: 1401 }));
    expect(shards).toEqual(fromObjects);
    expect(mergeShards({ shards: shards.reverse(), sample, seed: SEED, exclude })).toEqual(
      drawTargets({ pool, sample, seed: SEED, exclude }),
    );
  });

  it('refuses a shard given both or neither of pool and batches, or unsorted batches', () => {
    const codeOfSync = (run: () => unknown) => {
      try {
        run();
        return 'no error';
      } catch (error) {
        return isSsjError(error) ? error.code : String(error);
      }
    };
    const sorted = inOrder(pool).slice(0, 10);
    expect(codeOfSync(() => drawShard({ seed: SEED, keep: 1 }))).toBe('DRAW_INVALID_REQUEST');
    expect(
      codeOfSync(() => drawShard({ pool: sorted, batches: batches(sorted, 5), seed: SEED, keep: 1 })),
    ).toBe('DRAW_INVALID_REQUEST');
    expect(
      codeOfSync(() => drawShard({ batches: batches([...sorted].reverse(), 5), seed: SEED, keep: 1 })),
    ).toBe('DRAW_STREAM_UNSORTED');
  });
});
