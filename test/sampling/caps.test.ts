import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type IsoDate, parseIsoDate } from '../../src/core/index.js';
import {
  CAP_EXEMPT_TRIGGERS,
  type CapInspection,
  INSPECTION_CAP_RULES,
  type InspectionCap,
  type InspectionKind,
  type PlannedInspection,
  planSample,
  SAMPLE_PLAN_SCHEME,
  SAMPLE_PLAN_SCHEME_WITH_CAPS,
} from '../../src/sampling/index.js';
import { makeTargets, ratioPolicy } from './fixtures.js';

const d = (s: string): IsoDate => parseIsoDate(s);
const HEALTH_LEVEL: InspectionCap = { ...INSPECTION_CAP_RULES['health-per-level'], departments: ['health'] };
const HEALTH_ALL: InspectionCap = { ...INSPECTION_CAP_RULES['health-cumulative'], departments: ['health'] };
/** A host's own cross-department cap (every department counted, a joint visit once). */
const COUNTY_TOTAL: InspectionCap = {
  id: 'host-county-total',
  zh: '示例：同一企业年度入企检查合计不超过2次',
  max: 2,
  per: 'all',
  source: '示例（宿主自定）',
  secondary: false,
};
const byHealth = (level = 'county'): PlannedInspection => ({
  kind: 'routine',
  by: [{ department: 'health', body: `health-${level}`, level }],
});
const past = (
  id: string,
  department: string,
  level: string,
  date: string,
  kind: InspectionKind = 'routine',
  extra: Partial<CapInspection> = {},
): CapInspection => ({
  id,
  targetId: 't00000',
  date: d(date),
  department,
  body: `${department}-${level}`,
  level,
  kind,
  ...extra,
});

function plan(
  inspections: readonly CapInspection[],
  planned: PlannedInspection,
  caps: readonly InspectionCap[],
) {
  return planSample({
    targets: makeTargets(4, ['A']),
    policy: ratioPolicy(1, 1, 1, 1),
    asOf: '2025-09-01',
    randomnessSource: 'test',
    caps,
    inspections,
    planned,
  });
}

describe('annual frequency caps per enterprise (年度检查频次上限, 国办发〔2024〕54号)', () => {
  it('卫健: a third county-level health inspection in 2025 is excluded, naming the cap and the two inspections', () => {
    const p = plan(
      [past('h1', 'health', 'county', '2025-03-01'), past('h2', 'health', 'county', '2025-05-01')],
      byHealth(),
      [HEALTH_LEVEL, HEALTH_ALL],
    );
    expect(p.exclusions).toEqual([
      expect.objectContaining({
        id: 't00000',
        code: 'inspection-cap',
        cap: 'health-per-level',
        inspections: ['h1', 'h2'],
        couldJoin: [],
      }),
    ]);
    expect(p.request.exclude ?? []).toEqual([
      expect.objectContaining({ id: 't00000', code: 'inspection-cap' }),
    ]);
    expect(p.request.exclude?.[0]?.reason).toContain('health-per-level');
    expect(p.request.exclude?.[0]?.reason).toContain('h1, h2');
    expect(p.totals.eligible).toBe(3);
  });

  it('卫健: two per level but four in all: the city level may still inspect, the cumulative cap stops the fifth', () => {
    const two = [past('h1', 'health', 'county', '2025-03-01'), past('h2', 'health', 'county', '2025-05-01')];
    expect(plan(two, byHealth('city'), [HEALTH_LEVEL, HEALTH_ALL]).exclusions).toEqual([]);
    const four = [
      ...two,
      past('h3', 'health', 'city', '2025-06-01'),
      past('h4', 'health', 'city', '2025-07-01'),
    ];
    const p = plan(four, byHealth('province'), [HEALTH_LEVEL, HEALTH_ALL]);
    expect(p.exclusions[0]).toMatchObject({
      cap: 'health-cumulative',
      inspections: ['h1', 'h2', 'h3', 'h4'],
    });
  });

  it('上级部署的专项检查 and the listed 个案 triggers do not count; last year does not count', () => {
    const exempt = [
      past('s1', 'health', 'county', '2025-03-01', 'superior-special'),
      past('c1', 'health', 'county', '2025-04-01', 'case', { trigger: 'complaint' }),
      past('c2', 'health', 'county', '2025-04-02', 'case', { trigger: 'enterprise-request' }),
      past('y1', 'health', 'county', '2024-12-31'),
      past('y2', 'health', 'county', '2024-12-30'),
      past('h1', 'health', 'county', '2025-05-01'),
    ];
    expect(plan(exempt, byHealth(), [HEALTH_LEVEL]).exclusions).toEqual([]);
    expect(Object.keys(CAP_EXEMPT_TRIGGERS.health.triggers)).toEqual([
      'complaint',
      'off-site-lead',
      'enterprise-request',
    ]);
    const counted = [
      ...exempt,
      past('c3', 'health', 'county', '2025-06-01', 'case', { trigger: 'referral' }),
    ];
    expect(plan(counted, byHealth(), [HEALTH_LEVEL]).exclusions[0]?.inspections).toEqual(['h1', 'c3']);
  });

  it('excluded because two other departments already inspected it this year, with whom one visit could be made', () => {
    const p = plan(
      [past('m1', 'market', 'county', '2025-04-10'), past('f1', 'fire', 'county', '2025-06-12')],
      byHealth(),
      [COUNTY_TOTAL],
    );
    expect(p.exclusions[0]).toMatchObject({
      cap: 'host-county-total',
      inspections: ['m1', 'f1'],
      couldJoin: ['fire', 'market'],
    });
  });

  it('a joint visit counts once against a cross-department cap: it saves an inspection', () => {
    const joint = [
      past('m1', 'market', 'county', '2025-04-10', 'routine', { visitId: 'v1' }),
      past('f1', 'fire', 'county', '2025-04-10', 'routine', { visitId: 'v1' }),
    ];
    expect(plan(joint, byHealth(), [COUNTY_TOTAL]).exclusions).toEqual([]);
  });

  it('a plan with caps is sample-plan v2 and names the caps; without caps it stays v1', () => {
    const p = plan([], byHealth(), [HEALTH_LEVEL]);
    expect((p.request.meta as { scheme: string }).scheme).toBe(SAMPLE_PLAN_SCHEME_WITH_CAPS);
    expect((p.request.meta as { caps: unknown }).caps).toEqual([
      { id: 'health-per-level', max: 2, per: 'level', source: HEALTH_LEVEL.source },
    ]);
    const plain = planSample({
      targets: makeTargets(4, ['A']),
      policy: ratioPolicy(1, 1, 1, 1),
      asOf: '2025-09-01',
      randomnessSource: 'test',
    });
    expect((plain.request.meta as { scheme: string }).scheme).toBe(SAMPLE_PLAN_SCHEME);
    expect(Object.keys((plain.request.meta as { exclusionCounts: object }).exclusionCounts)).not.toContain(
      'inspection-cap',
    );
  });

  it('refuses caps without the planned inspection, and a malformed cap, with SAMPLING_INPUT_INVALID', () => {
    const base = {
      targets: makeTargets(2),
      policy: ratioPolicy(1, 1, 1, 1),
      asOf: '2025-09-01',
      randomnessSource: 'x',
    };
    expect(() => planSample({ ...base, caps: [HEALTH_LEVEL] })).toThrow(
      expect.objectContaining({ code: 'SAMPLING_INPUT_INVALID' }),
    );
    expect(() => planSample({ ...base, caps: [{ ...HEALTH_LEVEL, max: 0 }], planned: byHealth() })).toThrow(
      expect.objectContaining({ code: 'SAMPLING_INPUT_INVALID' }),
    );
  });

  it('refuses a misspelt key rather than planning without it: `cap` would have left every cap unchecked', () => {
    const base = {
      targets: makeTargets(2),
      policy: ratioPolicy(1, 1, 1, 1),
      asOf: '2025-09-01',
      randomnessSource: 'x',
    };
    let error: unknown;
    try {
      planSample({ ...base, cap: [HEALTH_LEVEL] } as never);
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: 'SAMPLING_INPUT_INVALID', issues: [{ path: ['cap'] }] });
    expect(planSample(base).request).toBeDefined();
  });
});

// ---- properties over random multi-department histories ----

const DEPARTMENTS = ['market', 'health', 'fire', 'ecology'] as const;
const LEVELS = ['county', 'city', 'province'] as const;
const KINDS: readonly InspectionKind[] = ['routine', 'case', 'special', 'superior-special'];
const TRIGGERS = ['complaint', 'referral', 'off-site-lead', 'enterprise-request'] as const;
const TARGET_IDS = makeTargets(6, ['A', 'B']).map((t) => t.id);

const arbInspection = fc
  .record({
    target: fc.constantFrom(...TARGET_IDS),
    department: fc.constantFrom(...DEPARTMENTS),
    level: fc.constantFrom(...LEVELS),
    kind: fc.constantFrom(...KINDS),
    trigger: fc.constantFrom(...TRIGGERS),
    month: fc.integer({ min: 1, max: 12 }),
    year: fc.constantFrom(2024, 2025),
    visit: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
  })
  .map((r) => ({
    targetId: r.target,
    date: d(`${r.year}-${String(r.month).padStart(2, '0')}-15`),
    department: r.department,
    body: `${r.department}-${r.level}`,
    level: r.level,
    kind: r.kind,
    ...(r.kind === 'case' ? { trigger: r.trigger } : {}),
    ...(r.visit === undefined ? {} : { visitId: `v${r.visit}-${r.target}-${r.year}-${r.month}` }),
  }));

const arbHistory = fc
  .array(arbInspection, { maxLength: 40 })
  .map((xs) => xs.map((x, i): CapInspection => ({ ...x, id: `i${i}` })));

const arbOneCap = fc
  .record({
    max: fc.integer({ min: 1, max: 4 }),
    per: fc.constantFrom('body' as const, 'level' as const, 'all' as const),
    exemptTriggers: fc.subarray([...TRIGGERS]),
    departments: fc.option(fc.subarray([...DEPARTMENTS], { minLength: 1 }), { nil: undefined }),
  })
  .map(({ departments, ...rest }) => ({
    ...rest,
    zh: '上限',
    source: 'test',
    secondary: false,
    ...(departments === undefined ? {} : { departments }),
  }));

/** One to three caps with distinct ids. */
const arbCaps: fc.Arbitrary<InspectionCap[]> = fc
  .array(arbOneCap, { minLength: 1, maxLength: 3 })
  .map((caps) => caps.map((c, i) => ({ ...c, id: `cap-${i}` })));

const arbPlanned: fc.Arbitrary<PlannedInspection> = fc
  .record({
    departments: fc.subarray([...DEPARTMENTS], { minLength: 1, maxLength: 3 }),
    level: fc.constantFrom(...LEVELS),
  })
  .map(({ departments, level }) => ({
    kind: 'routine',
    by: departments.map((department) => ({ department, body: `${department}-${level}`, level })),
  }));

/** An independent count: the visits in 2025 a cap counts for a planned body, following the cap's words. */
function used(
  cap: InspectionCap,
  history: readonly CapInspection[],
  target: string,
  body: PlannedInspection['by'][number],
) {
  const counts = (h: CapInspection) =>
    h.targetId === target &&
    h.date.startsWith('2025-') &&
    h.kind !== 'superior-special' &&
    !(h.kind === 'case' && h.trigger !== undefined && (cap.exemptTriggers ?? []).includes(h.trigger)) &&
    (cap.departments === undefined || cap.departments.includes(h.department)) &&
    (cap.per === 'all' || (cap.per === 'body' ? h.body === body.body : h.level === body.level));
  return new Set(history.filter(counts).map((h) => h.visitId ?? h.id)).size;
}

const run = (history: readonly CapInspection[], caps: readonly InspectionCap[], planned: PlannedInspection) =>
  planSample({
    targets: makeTargets(6, ['A', 'B']),
    policy: ratioPolicy(1, 1, 1, 1),
    asOf: '2025-09-01',
    randomnessSource: 'test',
    caps,
    inspections: history,
    planned,
  });

describe('caps: properties over random multi-department histories', () => {
  it('no target left in the draw would go over a cap with the planned inspection', () => {
    fc.assert(
      fc.property(arbHistory, arbCaps, arbPlanned, (history, caps, planned) => {
        const p = run(history, caps, planned);
        const out = new Set((p.request.exclude ?? []).map((e) => e.id));
        for (const id of TARGET_IDS.filter((t) => !out.has(t))) {
          for (const cap of caps)
            for (const body of planned.by.filter((b) => cap.departments?.includes(b.department) ?? true))
              expect(used(cap, history, id, body) + 1).toBeLessThanOrEqual(cap.max);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('exempt kinds and listed triggers never count: adding them changes no exclusion', () => {
    fc.assert(
      fc.property(arbHistory, arbHistory, arbCaps, arbPlanned, (history, extra, caps, planned) => {
        // Exempt for every cap: 上级部署的专项检查, or a 个案 trigger that every cap lists as not counting.
        const common = TRIGGERS.filter((t) => caps.every((c) => (c.exemptTriggers ?? []).includes(t)));
        const exempt = extra.map((x, i): CapInspection => {
          const { trigger: _t, ...rest } = x;
          const trigger = common[i % Math.max(common.length, 1)];
          return i % 2 === 0 || trigger === undefined
            ? { ...rest, id: `x${i}`, kind: 'superior-special' }
            : { ...rest, id: `x${i}`, kind: 'case', trigger };
        });
        const before = run(history, caps, planned).exclusions;
        const after = run([...history, ...exempt], caps, planned).exclusions;
        expect(after).toEqual(before);
      }),
      { numRuns: 200 },
    );
  });

  it('every cap exclusion names a cap and exactly the counted inspections that used it, at least its maximum', () => {
    fc.assert(
      fc.property(arbHistory, arbCaps, arbPlanned, (history, caps, planned) => {
        const p = run(history, caps, planned);
        for (const e of p.exclusions.filter((x) => x.code === 'inspection-cap')) {
          const cap = caps.find((c) => c.id === e.cap);
          expect(cap).toBeDefined();
          if (cap === undefined) continue;
          const named = history.filter((h) => e.inspections?.includes(h.id));
          expect(named).toHaveLength(e.inspections?.length ?? -1);
          expect(named.every((h) => h.targetId === e.id && h.date.startsWith('2025-'))).toBe(true);
          expect(named.every((h) => h.kind !== 'superior-special')).toBe(true);
          expect(new Set(named.map((h) => h.visitId ?? h.id)).size).toBeGreaterThanOrEqual(cap.max);
          expect(e.reason).toContain(cap.id);
          for (const id of e.inspections ?? []) expect(e.reason).toContain(id);
        }
      }),
      { numRuns: 300 },
    );
  });
});
