import { describe, expect, it } from 'vitest';
import { drawTargets } from '../../src/index.js';
import { nodeSha } from './helpers.js';

/**
 * Uniformity (抽取均匀性): over 3,000 fixed seeds, every entry of a 12-entry pool is drawn (k = 4) and ranked first
 * about equally often. Pearson's chi-square with 11 degrees of freedom must stay below 31.26, the critical value
 * at significance level α = 0.001. The seeds are fixed (SHA-256 of "uniformity <i>"), so the test is not flaky:
 * it either always passes or always fails.
 */
const CRITICAL_11_DF_ALPHA_0_001 = 31.264;

const chiSquare = (observed: readonly number[], expected: number): number =>
  observed.reduce((sum, o) => sum + (o - expected) ** 2 / expected, 0);

describe('uniformity of the draw', () => {
  it('selects each entry, and ranks each entry first, with equal frequency (chi-square, α = 0.001)', () => {
    const pool = Array.from({ length: 12 }, (_, i) => ({ id: `subject-${i}` }));
    const runs = 3000;
    const k = 4;
    const selected = new Array<number>(12).fill(0);
    const first = new Array<number>(12).fill(0);
    for (let r = 0; r < runs; r++) {
      const seed = nodeSha(`uniformity ${r}`).toString('hex');
      const record = drawTargets({ pool, sample: { count: k }, seed });
      for (const t of record.selected) {
        const i = Number(t.id.slice(8));
        selected[i] = (selected[i] as number) + 1;
        if (t.rank === 1) first[i] = (first[i] as number) + 1;
      }
    }
    const xSelected = chiSquare(selected, (runs * k) / 12);
    const xFirst = chiSquare(first, runs / 12);
    expect(xSelected).toBeLessThan(CRITICAL_11_DF_ALPHA_0_001);
    expect(xFirst).toBeLessThan(CRITICAL_11_DF_ALPHA_0_001);
    // A biased draw (always the same k) would be far above the critical value: the test can fail.
    expect(chiSquare([runs, runs, runs, runs, 0, 0, 0, 0, 0, 0, 0, 0], (runs * k) / 12)).toBeGreaterThan(
      CRITICAL_11_DF_ALPHA_0_001,
    );
  });
});
