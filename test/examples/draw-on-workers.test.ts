import { describe, expect, it } from 'vitest';
import { drawOnWorkers, main, toBatch } from '../../examples/draw-on-workers.js';
import { drawTargets } from '../../src/draw/index.js';
import { referenceKey } from '../draw/helpers.js';

const SEED = '5e'.repeat(32);

describe('examples/draw-on-workers.ts', () => {
  it('draws on two worker threads the record drawTargets gives for the whole pool', async () => {
    expect((await main()).split('\n').slice(0, 2)).toEqual([
      'pool 20000, selected 12',
      'same record as drawTargets: true',
    ]);
  });

  it('selects in each stratum the ids with the smallest keys of the specification, on three workers', async () => {
    const sorted = Array.from({ length: 3_000 }, (_, i) => ({
      id: `T${String(i).padStart(5, '0')}`,
      stratum: i % 3 === 0 ? '高风险' : 'B',
    }));
    const record = await drawOnWorkers(sorted, 4, SEED, 3);
    for (const stratum of ['高风险', 'B']) {
      const expected = sorted
        .filter((e) => e.stratum === stratum)
        .map((e) => ({ id: e.id, key: referenceKey(SEED, stratum, e.id) }))
        .sort((a, b) => (a.key < b.key ? -1 : 1))
        .slice(0, 4);
      const got = record.selected.filter((t) => t.stratum === stratum).map((t) => ({ id: t.id, key: t.key }));
      expect(got).toEqual(expected);
    }
    expect(record).toEqual(drawTargets({ pool: sorted, sample: { count: 4 }, seed: SEED }));
  });

  it('writes a batch as the ids bytes back to back with their ends and strata', () => {
    const batch = toBatch([
      { id: 'a1', stratum: 'X' },
      { id: 'b22', stratum: 'Y' },
      { id: 'c', stratum: 'X' },
    ]);
    expect(new TextDecoder().decode(batch.ids)).toBe('a1b22c');
    expect([...batch.ends]).toEqual([2, 5, 6]);
    expect(batch.strata).toEqual(['X', 'Y']);
    expect([...batch.stratumOf]).toEqual([0, 1, 0]);
  });
});
