import { describe, expectTypeOf, it } from 'vitest';
import {
  commitDraw,
  type DrawCommitment,
  type DrawProblemCode,
  type DrawRecord,
  drawTargets,
  drawTargetsFromStream,
  type PoolEntry,
  type SampleSize,
  type SampleSpec,
  verifyDraw,
} from '../../src/draw/index.js';

describe('draw types', () => {
  it('accepts a count, a ratio with a rounding, or sizes per stratum', () => {
    expectTypeOf<{ count: 3 }>().toExtend<SampleSize>();
    expectTypeOf<{ ratio: 0.05; rounding: 'floor' }>().toExtend<SampleSize>();
    expectTypeOf<{ strata: { A: { count: 1 }; B: { ratio: 0.1 } } }>().toExtend<SampleSpec>();
    // @ts-expect-error a rounding other than ceil, floor, round
    const bad: SampleSize = { ratio: 0.1, rounding: 'up' };
    void bad;
  });

  it('returns a record from the direct form and a promise of one from a stream', () => {
    expectTypeOf(drawTargets).returns.toEqualTypeOf<DrawRecord>();
    expectTypeOf(drawTargetsFromStream).returns.toEqualTypeOf<Promise<DrawRecord>>();
    expectTypeOf(commitDraw).returns.toEqualTypeOf<DrawCommitment>();
  });

  it('names verification problems with a closed set of codes', () => {
    expectTypeOf(verifyDraw).returns.toHaveProperty('problems');
    expectTypeOf<'wrong-key'>().toExtend<DrawProblemCode>();
    // @ts-expect-error not a problem code
    const code: DrawProblemCode = 'looks-fine';
    void code;
  });

  it('keeps records and pool entries read-only', () => {
    const entry: PoolEntry = { id: 'x' };
    // @ts-expect-error ids are read-only
    entry.id = 'y';
    expectTypeOf<DrawRecord['selected']>().toEqualTypeOf<readonly DrawRecord['selected'][number][]>();
  });
});
