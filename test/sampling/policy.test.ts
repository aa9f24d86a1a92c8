import { describe, expect, it } from 'vitest';
import { isSsjError } from '../../src/core/index.js';
import { parseSamplingPolicy, safeParseSamplingPolicy } from '../../src/sampling/index.js';

const classes = {
  A: { label: '信用风险低', ratio: 0.02 },
  B: { label: '信用风险一般', ratio: 0.05 },
  C: { label: '信用风险较高', count: 20 },
  D: { label: '信用风险高', ratio: 1 },
};

describe('parseSamplingPolicy', () => {
  it('fills the defaults: ceil rounding, the larger of ratio and count, no ceilings, targeted kept apart', () => {
    const p = parseSamplingPolicy({ id: 'p', name: 'p', classes });
    expect(p.rounding).toBe('ceil');
    expect(p.combine).toBe('larger');
    expect(p.itemPriority).toEqual({ key: { maxRatio: 1 }, general: { maxRatio: 1 } });
    expect(p.excludeTargetedFromDraw).toBe(true);
  });

  it('keeps configurable labels as given', () => {
    const p = parseSamplingPolicy({
      id: 'p',
      name: 'p',
      classes: { ...classes, A: { label: '低风险', ratio: 0 } },
    });
    expect(p.classes.A.label).toBe('低风险');
  });

  it('reports every problem with its path', () => {
    const result = safeParseSamplingPolicy({
      id: 'p',
      name: 'p',
      classes: {
        A: { label: 'A' },
        B: { label: 'B', ratio: 1.5 },
        C: { label: 'C', ratio: 0.1, min: 9, max: 3 },
        D: { label: 'D', ratio: 0.7, ratioRange: { min: 0.1, max: 0.5 } },
      },
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.code).toBe('SAMPLING_POLICY_INVALID');
    const paths = result.error.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining(['classes.A', 'classes.B.ratio', 'classes.C.min', 'classes.D.ratio']),
    );
  });

  it('refuses a ratio with more than six decimals rather than rounding it silently', () => {
    const bad = { id: 'p', name: 'p', classes: { ...classes, A: { label: 'A', ratio: 0.0000001 } } };
    expect(() => parseSamplingPolicy(bad)).toThrow(/six decimal/);
  });

  it('refuses an adjustment band whose lower threshold is above the upper', () => {
    const bad = {
      id: 'p',
      name: 'p',
      classes,
      adjustment: { raiseAbove: 0.1, lowerBelow: 0.2, step: 0.05 },
    };
    const r = safeParseSamplingPolicy(bad);
    expect(!r.success && isSsjError(r.error, 'SAMPLING_POLICY_INVALID')).toBe(true);
  });

  it('throws SsjError, never a raw ZodError, on junk', () => {
    for (const junk of [null, 42, 'policy', { id: 1 }]) {
      expect(() => parseSamplingPolicy(junk)).toThrow(expect.objectContaining({ name: 'SsjError' }));
    }
  });
});
