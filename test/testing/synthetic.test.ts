import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSsjError, isValidUscc, type SsjError } from '../../src/core/index.js';
import {
  createInspectorSnapshot,
  createTargetSnapshot,
  DEPARTMENTS,
  inspectorSchema,
  isMarketSubjectKind,
  ORDOS_REGIONS,
  targetSchema,
} from '../../src/directories/index.js';
import {
  generateDirectories,
  generateInspectors,
  generateTargets,
  SYNTHETIC_CREDIT_MIX,
  seedState,
} from '../../src/testing/index.js';

describe('synthetic targets (模拟检查对象)', () => {
  it('property: the same seed always gives the same targets, a different seed different ones', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.integer({ min: 1, max: 30 }), (a, b, n) => {
        fc.pre(a !== b);
        expect(generateTargets({ seed: a, count: n })).toEqual(generateTargets({ seed: a, count: n }));
        expect(generateTargets({ seed: a, count: n })).not.toEqual(generateTargets({ seed: b, count: n }));
      }),
      { numRuns: 40 },
    );
  });

  it('property: every target passes the schema, ids are unique, market subjects carry valid USCCs', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 0, max: 200 }), (seed, n) => {
        const targets = generateTargets({ seed, count: n });
        expect(targets).toHaveLength(n);
        expect(new Set(targets.map((t) => t.id)).size).toBe(n);
        for (const t of targets) {
          expect(targetSchema.safeParse(t).success).toBe(true);
          if (isMarketSubjectKind(t.kind)) expect(isValidUscc(t.id)).toBe(true);
        }
      }),
      { numRuns: 30 },
    );
  });

  it('uses the 鄂尔多斯 divisions and gives the USCC the region of the target', () => {
    const codes = new Set<string>(ORDOS_REGIONS.map((r) => r.code));
    for (const t of generateTargets({ seed: 'regions', count: 500 })) {
      expect(codes.has(t.region)).toBe(true);
      if (isMarketSubjectKind(t.kind)) expect(t.id.slice(2, 8)).toBe(t.region);
    }
  });

  it('follows the 2024 鄂尔多斯 credit-class mix (≈ 78% A, 15% B, 3.6% C, 3.7% D)', () => {
    const n = 40_000;
    const targets = generateTargets({ seed: 'credit mix', count: n });
    const total = SYNTHETIC_CREDIT_MIX.reduce((s, m) => s + m.weight, 0);
    for (const m of SYNTHETIC_CREDIT_MIX) {
      const share = targets.filter((t) => t.creditClass === m.value).length / n;
      expect(Math.abs(share - m.weight / total)).toBeLessThan(0.01);
    }
    expect(Math.round((SYNTHETIC_CREDIT_MIX[0].weight / total) * 100)).toBe(78);
  });

  it('seeds with 128 bits from SHA-256 of the seed string', () => {
    const state = seedState('demo');
    expect(state).toHaveLength(4);
    expect(state.every((w) => Number.isInteger(w) && w >= -(2 ** 31) && w < 2 ** 31)).toBe(true);
    expect(seedState('demo')).toEqual(state);
    expect(seedState('demo2')).not.toEqual(state);
  });

  it('rejects an impossible count', () => {
    for (const count of [-1, 1.5, 31 ** 7 + 1, Number.NaN]) {
      expect(() => generateTargets({ seed: 'x', count })).toThrow(
        expect.objectContaining({ code: 'INVALID_INPUT' }),
      );
    }
    expect(generateTargets({ seed: 'x', count: 0 })).toEqual([]);
  });

  it('refuses an option it does not read instead of falling back to the default', () => {
    const misspelt = { seed: 'x', perDepartmnet: 2 } as never;
    expect(() => generateInspectors(misspelt)).toThrow(/perDepartmnet/);
    expect(() => generateDirectories({ seed: 'x', target: 5 } as never)).toThrow(/target/);
    expect(() => generateTargets({ seed: 'x', count: 2, kinds: [] })).toThrow(/at least one kind/);
    expect(() => generateTargets({ seed: 'x', count: 2, kinds: ['shop' as never] })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
    expect(() => generateInspectors({ seed: 'x', perDepartment: 1000 })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
  });
});

describe('synthetic inspectors (模拟执法检查人员)', () => {
  it('staffs each of the 29 departments, every entry valid, experts with an affiliation', () => {
    const inspectors = generateInspectors({ seed: 'staff', perDepartment: 10 });
    expect(inspectors).toHaveLength(290);
    expect(new Set(inspectors.map((i) => i.department))).toEqual(new Set(DEPARTMENTS.map((d) => d.id)));
    expect(new Set(inspectors.map((i) => i.id)).size).toBe(290);
    for (const i of inspectors) {
      expect(inspectorSchema.safeParse(i).success).toBe(true);
      expect(i.role === 'expert' ? i.certificates.length : 1).toBe(
        i.role === 'expert' ? 0 : i.certificates.length,
      );
    }
    expect(inspectors.some((i) => i.role === 'expert')).toBe(true);
    expect(inspectors.some((i) => i.role === 'staff')).toBe(true);
  });

  it('builds both directories with unique declared conflicts that snapshot cleanly', () => {
    const d = generateDirectories({ seed: 'both', targets: 300, conflicts: 25 });
    expect(d.conflicts).toHaveLength(25);
    expect(new Set(d.conflicts.map((c) => `${c.inspectorId}/${c.targetId}`)).size).toBe(25);
    expect(createInspectorSnapshot(d).conflicts).toHaveLength(25);
    expect(createTargetSnapshot(d.targets).entries).toHaveLength(300);
    expect(generateDirectories({ seed: 'both', targets: 300, conflicts: 25 })).toEqual(d);
  });
});

describe('synthetic directories of chosen regions', () => {
  it('puts every target and region-limited inspector in the regions asked for (达拉特旗 alone)', () => {
    const { targets, inspectors } = generateDirectories({
      seed: 'dalate',
      targets: 300,
      regions: ['150621'],
    });
    expect(new Set(targets.map((t) => t.region))).toEqual(new Set(['150621']));
    const limited = inspectors.filter((i) => (i.regions ?? []).length > 0);
    expect(limited.length).toBeGreaterThan(0);
    for (const i of limited) expect(i.regions).toEqual(['150621']);
  });

  it('refuses an empty list or a code that is not six digits, saying where', () => {
    expect(() => generateTargets({ seed: 's', count: 1, regions: [] })).toThrow(/at least one region/);
    try {
      generateInspectors({ seed: 's', regions: ['150621', '1506'] });
      expect.unreachable();
    } catch (error) {
      expect(isSsjError(error, 'INVALID_INPUT')).toBe(true);
      expect((error as SsjError).issues[0]?.path).toEqual(['regions', 1]);
    }
  });
});
