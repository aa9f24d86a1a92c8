import { describe, expect, it } from 'vitest';
import {
  commitDraw,
  describeRandomness,
  drawShard,
  drawTargets,
  formatPoolCsv,
  mergeShards,
  parsePoolFile,
  resolveSize,
  revealDraw,
  verifyDraw,
} from '../../src/draw/index.js';
import { codeOf } from '../fixtures/code-of.js';

const SEED = 'ab'.repeat(32);

describe('the draw helpers refuse what they cannot answer truthfully', () => {
  it('a commitment with neither or both randomness fields has no description, not an empty one', () => {
    expect(codeOf(() => describeRandomness({}))).toBe('DRAW_INVALID_REQUEST');
    expect(codeOf(() => describeRandomness({ randomness: [], randomnessSource: 'x' } as never))).toBe(
      'DRAW_INVALID_REQUEST',
    );
    expect(describeRandomness({ randomnessSource: '福彩3D' })).toBe('福彩3D');
  });

  it('a size or a pool count out of range is refused, not resolved', () => {
    expect(codeOf(() => resolveSize({ count: -1 }, 10))).toBe('DRAW_INVALID_REQUEST');
    expect(codeOf(() => resolveSize({ ratio: 0.1 }, -5))).toBe('DRAW_INVALID_REQUEST');
    expect(codeOf(() => resolveSize({ ratio: 0.1, rounding: 'up' } as never, 5))).toBe(
      'DRAW_INVALID_REQUEST',
    );
    expect(resolveSize({ ratio: 0.1 }, 5)).toBe(1);
  });

  it('a pool with an empty id or a non-entry is not written as CSV', () => {
    expect(codeOf(() => formatPoolCsv([{ id: '' }]))).toBe('DRAW_INVALID_REQUEST');
    expect(codeOf(() => formatPoolCsv([{ id: 'a' }, null] as never))).toBe('DRAW_INVALID_REQUEST');
    expect(codeOf(() => formatPoolCsv([{ id: '\uD800' }]))).toBe('DRAW_INVALID_REQUEST');
    expect(formatPoolCsv([{ id: 'a', stratum: 'B' }])).toBe('id,stratum\na,B\n');
  });

  it('a misspelt pool file option is refused instead of ignored', () => {
    expect(codeOf(() => parsePoolFile('id\na\n', { fromat: 'csv' } as never))).toBe('DRAW_POOL_FILE_INVALID');
    expect(codeOf(() => parsePoolFile('id\na\n', { name: 5 } as never))).toBe('DRAW_POOL_FILE_INVALID');
    expect(parsePoolFile('id\na\n', { name: 'p.csv' })).toEqual([{ id: 'a' }]);
  });

  it('a merge refuses broken hex, a bad kept key and an unknown key before merging', () => {
    const shard = drawShard({ pool: [{ id: 'a' }, { id: 'b' }], seed: SEED, keep: 3 });
    const sample = { count: 1 };
    expect(mergeShards({ shards: [shard], sample, seed: SEED }).selected).toHaveLength(1);
    expect(codeOf(() => mergeShards({ shards: [{ ...shard, tail: 'zz' }], sample, seed: SEED }))).toBe(
      'DRAW_INVALID_REQUEST',
    );
    const kept = { ...shard.strata[''], kept: [{ id: 'a', key: 'short' }] };
    const broken = { ...shard, strata: { '': kept } };
    expect(codeOf(() => mergeShards({ shards: [broken] as never, sample, seed: SEED }))).toBe(
      'DRAW_INVALID_REQUEST',
    );
    expect(codeOf(() => mergeShards({ shards: [shard], sample, seed: SEED, exclusions: [] } as never))).toBe(
      'DRAW_INVALID_REQUEST',
    );
  });
});

describe('the options of verifyDraw and revealDraw are checked, not ignored', () => {
  it('refuses a misspelt key and a verifyBeacon that is not a function', () => {
    const pool = [{ id: 'a' }, { id: 'b' }];
    const record = directRecord(pool);
    expect(codeOf(() => verifyDraw(record, pool, { allowdirect: true } as never))).toBe(
      'DRAW_INVALID_REQUEST',
    );
    expect(verifyDraw(record, pool, { allowDirect: true }).valid).toBe(true);
    const commitment = commitDraw({ pool, sample: { count: 1 }, randomnessSource: '福彩3D 第2026335期' });
    expect(codeOf(() => revealDraw(commitment, pool, ['123'], { verifyBeacons: () => true } as never))).toBe(
      'DRAW_INVALID_REQUEST',
    );
    expect(codeOf(() => revealDraw(commitment, pool, ['123'], { verifyBeacon: 'yes' } as never))).toBe(
      'DRAW_INVALID_REQUEST',
    );
    expect(revealDraw(commitment, pool, ['123']).selected).toHaveLength(1);
  });
});

function directRecord(pool: { id: string }[]) {
  return drawTargets({ pool, sample: { count: 1 }, seed: SEED });
}
