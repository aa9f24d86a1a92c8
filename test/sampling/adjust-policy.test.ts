import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSsjError } from '../../src/core/index.js';
import { adjustPolicy, SAMPLING_PRESETS, type SamplingPolicy } from '../../src/sampling/index.js';
import { ratioPolicy } from './fixtures.js';

const adjustment = { raiseAbove: 0.2, lowerBelow: 0.05, step: 0.05, minInspected: 10 };
const lindian: SamplingPolicy = { ...SAMPLING_PRESETS['daqing-lindian-2024'], adjustment };

describe('adjustPolicy: 动态调整抽查比例 from last period’s problem rate', () => {
  it('raises C by one step when 35% of its inspections found problems, and says why', () => {
    const { policy, changes } = adjustPolicy(lindian, { C: { inspected: 40, withProblems: 14 } });
    expect(policy.classes.C.ratio).toBe(0.26);
    expect(changes[2]).toMatchObject({ creditClass: 'C', direction: 'raised', from: 0.21, to: 0.26 });
    expect(changes[2]?.explanation).toBe(
      'problem rate 35% (14/40) is above 20%: ratio 21% → 26% (range 21%–60%)',
    );
  });

  it('lowers B, but not below its range, and keeps a class at its bound with the reason', () => {
    const b = adjustPolicy(
      { ...lindian, classes: { ...lindian.classes, B: { ...lindian.classes.B, ratio: 0.08 } } },
      {
        B: { inspected: 100, withProblems: 1 },
      },
    );
    expect(b.policy.classes.B.ratio).toBe(0.05);
    const again = adjustPolicy(b.policy, { B: { inspected: 100, withProblems: 0 } });
    expect(again.changes[1]).toMatchObject({ direction: 'unchanged', from: 0.05, to: 0.05 });
    expect(again.changes[1]?.explanation).toContain('already at its bound');
  });

  it('keeps a class with too few inspections, inside the band, or without an adjustment rule', () => {
    const { changes } = adjustPolicy(lindian, {
      A: { inspected: 5, withProblems: 5 },
      D: { inspected: 50, withProblems: 5 },
    });
    expect(changes.map((c) => c.direction)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged']);
    expect(changes[0]?.explanation).toContain('fewer than 10');
    expect(changes[3]?.explanation).toContain('within 5%–20%');
    expect(
      adjustPolicy(SAMPLING_PRESETS['henan-2021'], { C: { inspected: 90, withProblems: 90 } }).changes[2],
    ).toMatchObject({
      direction: 'unchanged',
      explanation: 'the policy has no adjustment rule',
    });
  });

  it('does not change its input', () => {
    const before = JSON.stringify(lindian);
    adjustPolicy(lindian, { D: { inspected: 100, withProblems: 90 } });
    expect(JSON.stringify(lindian)).toBe(before);
  });

  it('refuses more problems than inspections', () => {
    try {
      adjustPolicy(lindian, { B: { inspected: 3, withProblems: 4 } });
      expect.unreachable();
    } catch (error) {
      expect(isSsjError(error, 'SAMPLING_LAST_PERIOD_INVALID')).toBe(true);
    }
  });

  it('moves each ratio by at most one step, in the direction of the rate, never outside its range', () => {
    const arbResult = fc
      .tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 200 }))
      .map(([a, b]) => ({ inspected: Math.max(a, b), withProblems: Math.min(a, b) }));
    fc.assert(
      fc.property(
        fc.record({ A: arbResult, B: arbResult, C: arbResult, D: arbResult }),
        fc.integer({ min: 1, max: 5 }),
        (last, rounds) => {
          let policy = lindian;
          for (let r = 0; r < rounds; r += 1) {
            const next = adjustPolicy(policy, last);
            for (const change of next.changes) {
              const rule = next.policy.classes[change.creditClass];
              const range = rule.ratioRange ?? { min: 0, max: 1 };
              const to = rule.ratio ?? 0;
              const from = policy.classes[change.creditClass].ratio ?? 0;
              expect(to).toBeGreaterThanOrEqual(range.min);
              expect(to).toBeLessThanOrEqual(range.max);
              expect(Math.abs(to - from)).toBeLessThanOrEqual(adjustment.step + 1e-9);
              if (change.direction === 'raised')
                expect(change.problemRate).toBeGreaterThan(adjustment.raiseAbove);
              if (change.direction === 'lowered')
                expect(change.problemRate).toBeLessThan(adjustment.lowerBelow);
            }
            policy = next.policy;
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('works on a plain ratio policy with the default 0–100% range', () => {
    const p = { ...ratioPolicy(0.98, 0.5, 0.5, 0.5), adjustment: { ...adjustment, minInspected: 1 } };
    expect(adjustPolicy(p, { A: { inspected: 10, withProblems: 9 } }).policy.classes.A.ratio).toBe(1);
  });
});
