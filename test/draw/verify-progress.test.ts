import { describe, expect, it } from 'vitest';
import { isSsjError } from '../../src/core/index.js';
import { drawTargets, type PoolEntry, verifyDraw } from '../../src/draw/index.js';

const SEED = '3c'.repeat(32);
const N = 200_000;
// Ids in byte order (the pool is read as it is) and the same pool reversed (it is sorted first).
const inOrder: PoolEntry[] = Array.from({ length: N }, (_, i) => ({
  id: `9111${String(i).padStart(8, '0')}`,
  stratum: ['A', 'B', 'C'][i % 3] as string,
}));
const reversed = [...inOrder].reverse();
const record = drawTargets({ pool: inOrder, sample: { count: 25 }, seed: SEED });
// 0 before the re-run, each multiple of 65 536 below N, N at the end: written out, not computed.
const EXPECTED_CALLS = [
  [0, N],
  [65_536, N],
  [131_072, N],
  [196_608, N],
  [N, N],
];

describe('verifyDraw onProgress', () => {
  it.each([
    ['read as it is', inOrder],
    ['sorted first', reversed],
  ])('tells the entries gone through during the re-run, pool %s', (_, pool) => {
    const calls: [number, number][] = [];
    const told = verifyDraw(record, pool, { allowDirect: true, onProgress: (d, t) => calls.push([d, t]) });
    expect(calls).toEqual(EXPECTED_CALLS);
    expect(told).toEqual(verifyDraw(record, pool, { allowDirect: true }));
    expect(told.valid).toBe(true);
  });

  it('still tells the start and the end when the pool does not match the record', () => {
    const calls: number[] = [];
    const changed = inOrder.map((e, i) => (i === 7 ? { ...e, id: `${e.id}X` } : e));
    const told = verifyDraw(record, changed, { allowDirect: true, onProgress: (d) => calls.push(d) });
    expect(told.valid).toBe(false);
    expect(calls[0]).toBe(0);
    expect(calls.at(-1)).toBe(N);
  });

  it.each([['a function name'], [42], [null], [{}]])('refuses onProgress %j', (onProgress) => {
    try {
      verifyDraw(record, inOrder, { allowDirect: true, onProgress } as never);
      expect.unreachable();
    } catch (error) {
      expect(isSsjError(error) && error.code).toBe('DRAW_INVALID_REQUEST');
      expect(isSsjError(error) && error.issues[0]?.path).toEqual(['options', 'onProgress']);
    }
  });

  it('throws what the callback throws, as it is, instead of calling the record malformed', () => {
    const stop = new Error('cancelled by the reader');
    const onProgress = (done: number) => {
      if (done > 0) throw stop;
    };
    expect(() => verifyDraw(record, inOrder, { allowDirect: true, onProgress })).toThrow(stop);
  });
});
