import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalDigest, isSsjError } from '../../src/core/index.js';
import {
  NATIONAL_DISCLOSURE_FLOOR,
  parseSamplingPolicy,
  planSample,
  SAMPLING_PRESETS,
  type SamplingPolicy,
  type SamplingTarget,
} from '../../src/sampling/index.js';
import { arbClassRule, makeTargets, ratioPolicy } from './fixtures.js';

const base = { asOf: '2025-06-02', randomnessSource: 'drand quicknet round 1' } as const;
const lindian = SAMPLING_PRESETS['daqing-lindian-2024'];

describe('planSample: exclusions, each with a reason code', () => {
  const targets: SamplingTarget[] = [
    { id: 'ok-b', creditClass: 'B', status: 'operating' },
    { id: 'revoked', creditClass: 'B', status: 'revoked' },
    { id: 'inactive', creditClass: 'C', status: 'operating', active: false },
    { id: 'capped-b', creditClass: 'B', status: 'operating', history: [{ date: '2025-02-01' }] },
    { id: 'capped-a', creditClass: 'A', status: 'operating', history: [{ date: '2024-11-11' }] },
    { id: 'complained', creditClass: 'D', status: 'operating' },
    { id: 'retail', creditClass: 'C', status: 'operating' },
  ];
  const plan = planSample({
    ...base,
    targets,
    policy: lindian,
    history: [{ targetId: 'ok-b', date: '2025-01-15' }],
    targeted: [
      { targetId: 'complained', trigger: 'complaint', reference: '12315-2025-0001' },
      { targetId: 'elsewhere', trigger: 'monitoring' },
    ],
    filter: { spec: { notIds: ['retail'] }, matches: (t) => t.id !== 'retail' },
  });
  const codeOf = Object.fromEntries(plan.exclusions.map((e) => [e.id, e.code]));

  it('names the first rule that keeps each target out', () => {
    expect(codeOf).toEqual({
      'ok-b': 'frequency-cap',
      revoked: 'not-operating',
      inactive: 'inactive',
      'capped-b': 'frequency-cap',
      'capped-a': 'frequency-cap',
      complained: 'targeted-inspection',
      retail: 'filtered-out',
    });
    expect(plan.exclusionCounts['frequency-cap']).toBe(3);
  });

  it('filtered-out targets are not in the pool; the filter is stored as given', () => {
    expect(plan.request.pool.map((p) => p.id)).not.toContain('retail');
    expect(plan.request.exclude?.map((e) => e.id)).not.toContain('retail');
    expect(plan.request.filter).toEqual({ notIds: ['retail'] });
    expect(plan.totals).toMatchObject({ inDirectory: 7, filteredOut: 1, inPool: 6, eligible: 0, planned: 0 });
  });

  it('targeted inspections are listed apart with their trigger and counted separately', () => {
    expect(plan.targeted).toEqual([
      {
        targetId: 'complained',
        trigger: 'complaint',
        reference: '12315-2025-0001',
        inDirectory: true,
        creditClass: 'D',
      },
      { targetId: 'elsewhere', trigger: 'monitoring', inDirectory: false },
    ]);
    expect(plan.targetedCounts).toEqual({
      total: 2,
      byTrigger: { complaint: 1, referral: 0, monitoring: 1 },
    });
    expect(plan.request.pool.map((p) => p.id)).not.toContain('elsewhere');
  });

  it('can keep targeted targets in the random pool when the policy says so', () => {
    const policy = { ...lindian, excludeTargetedFromDraw: false };
    const p = planSample({
      ...base,
      targets,
      policy,
      targeted: [{ targetId: 'complained', trigger: 'referral' }],
    });
    expect(p.exclusions.map((e) => e.id)).not.toContain('complained');
    expect(p.strata.D).toMatchObject({ eligible: 1, final: 1 });
  });
});

describe('planSample: the request for commitDraw', () => {
  const targets = makeTargets(400);
  const plan = planSample({
    ...base,
    targets,
    policy: SAMPLING_PRESETS['henan-2021'],
    label: 'task-2025-07',
  });

  it('has one stratum per credit class, sized as counts equal to the plan', () => {
    expect(plan.request.sample).toEqual({
      strata: { A: { count: 1 }, B: { count: 2 }, C: { count: 10 }, D: { count: 30 } },
    });
    expect(plan.request.pool).toHaveLength(400);
    expect(plan.request.pool[1]).toEqual({ id: 't00001', stratum: 'B' });
    expect(plan.request).toMatchObject({ label: 'task-2025-07', randomnessSource: base.randomnessSource });
  });

  it('binds the arithmetic and the exact policy into meta', () => {
    const meta = plan.request.meta as Record<string, unknown>;
    expect(meta.policyDigest).toBe(canonicalDigest(SAMPLING_PRESETS['henan-2021']));
    expect(meta.strata).toMatchObject({ D: { eligible: 100, ratio: 0.3, raw: 30, final: 30 } });
    expect(() => canonicalDigest(plan.request)).not.toThrow();
  });

  it('is the same for the same input, and leaves its inputs unchanged', () => {
    const frozen = Object.freeze(targets.map((t) => Object.freeze({ ...t })));
    const again = planSample({
      ...base,
      targets: frozen,
      policy: SAMPLING_PRESETS['henan-2021'],
      label: 'task-2025-07',
    });
    expect(canonicalDigest(again.request)).toBe(canonicalDigest(plan.request));
    expect(frozen).toEqual(targets);
  });
});

describe('planSample: overall floor', () => {
  it('河南 2021 with the 3% floor on an A-heavy directory adds the shortfall to D first', () => {
    const targets = makeTargets(1000, [
      ...Array(90).fill('A'),
      ...Array(5).fill('B'),
      'C',
      'C',
      'C',
      'D',
      'D',
    ]);
    const policy: SamplingPolicy = {
      ...SAMPLING_PRESETS['henan-2021'],
      overallFloor: NATIONAL_DISCLOSURE_FLOOR,
    };
    const plan = planSample({ ...base, targets, policy });
    expect([plan.strata.A.size, plan.strata.B.size, plan.strata.C.size, plan.strata.D.size]).toEqual([
      9, 1, 3, 6,
    ]);
    expect(plan.overallFloor).toMatchObject({ required: 30, before: 19, after: 30, met: true });
    expect(plan.overallFloor?.added).toEqual({ A: 0, B: 0, C: 0, D: 11 });
    expect(plan.strata.D.final).toBe(17);
  });

  it('spills past a full class to the next-riskiest, and reports a floor it cannot meet', () => {
    const targets = makeTargets(200, ['A', 'A', 'A', 'B']);
    const classes = { ...ratioPolicy(0.01, 0.01, 0.5, 1).classes };
    const spill = planSample({
      ...base,
      targets,
      policy: { ...ratioPolicy(0.01, 0.01, 0.5, 1), overallFloor: { ratio: 0.1 } },
    });
    expect(spill.overallFloor?.added).toEqual({ A: 0, B: 17, C: 0, D: 0 });
    const capped = {
      ...ratioPolicy(0.01, 0.01, 0.5, 1),
      classes: { ...classes, A: { ...classes.A, max: 2 }, B: { ...classes.B, max: 3 } },
    };
    const short = planSample({ ...base, targets, policy: { ...capped, overallFloor: { ratio: 0.1 } } });
    expect(short.overallFloor).toMatchObject({ required: 20, after: 5, met: false });
  });
});

describe('planSample: bad input', () => {
  it('refuses duplicate ids, a malformed date and an unknown status with SsjError codes', () => {
    const twice = [
      ...makeTargets(3),
      { id: 't00001', creditClass: 'A' as const, status: 'operating' as const },
    ];
    expect(() => planSample({ ...base, targets: twice, policy: lindian })).toThrow(
      expect.objectContaining({ code: 'SAMPLING_DUPLICATE_TARGET_IDS' }),
    );
    try {
      planSample({
        ...base,
        asOf: '2025-02-30',
        targets: [{ id: 'x', creditClass: 'A', status: 'closed' as never }],
        policy: lindian,
      });
      expect.unreachable();
    } catch (error) {
      expect(isSsjError(error, 'SAMPLING_INPUT_INVALID')).toBe(true);
      if (!isSsjError(error)) return;
      expect(error.issues.map((i) => i.path.join('.'))).toEqual(
        expect.arrayContaining(['asOf', 'targets.0.status']),
      );
    }
  });
});

describe('planSample: bad history', () => {
  it('names the history entry whose date is not a real date', () => {
    const targets = [
      { id: 'x', creditClass: 'A' as const, status: 'operating' as const, history: [{ date: '2025-13-01' }] },
    ];
    try {
      planSample({ ...base, targets, policy: lindian });
      expect.unreachable();
    } catch (error) {
      expect(isSsjError(error, 'SAMPLING_INPUT_INVALID')).toBe(true);
      if (isSsjError(error)) expect(error.issues[0]?.path).toEqual(['targets', 0, 'history', 0, 'date']);
    }
  });
});

describe('planSample: properties', () => {
  const arbTarget = fc.record({
    creditClass: fc.constantFrom('A', 'B', 'C', 'D'),
    status: fc.constantFrom('operating', 'operating', 'operating', 'suspended', 'revoked'),
    history: fc.array(fc.integer({ min: 0, max: 900 }), { maxLength: 3 }),
  });
  const arbPolicy = fc
    .record({
      A: arbClassRule,
      B: arbClassRule,
      C: arbClassRule,
      D: arbClassRule,
      cap: fc.integer({ min: 0, max: 2 }),
    })
    .map(({ A, B, C, D, cap }) =>
      parseSamplingPolicy({
        id: 'p',
        name: 'p',
        classes: {
          A,
          B: { ...B, frequencyCap: { max: cap, years: 1 } },
          C,
          D: { ...D, exclusionWindow: { kind: 'days', days: 90 } },
        },
        overallFloor: { ratio: 0.03 },
      }),
    );

  it('never plans more than eligible, excludes only pool members, and accounts for every target', () => {
    fc.assert(
      fc.property(fc.array(arbTarget, { maxLength: 150 }), arbPolicy, (raw, policy) => {
        const targets: SamplingTarget[] = raw.map((t, i) => ({
          id: `t${i}`,
          creditClass: t.creditClass as 'A',
          status: t.status as 'operating',
          history: t.history.map((o) => ({
            date: new Date(Date.UTC(2023, 0, 1 + o)).toISOString().slice(0, 10),
          })),
        }));
        const plan = planSample({ ...base, targets, policy });
        let excluded = 0;
        for (const s of Object.values(plan.strata)) {
          expect(s.final).toBeLessThanOrEqual(s.eligible);
          expect(s.eligible + s.excluded).toBe(s.inPool);
          excluded += s.excluded;
        }
        expect(plan.request.exclude).toHaveLength(excluded);
        const pool = new Set(plan.request.pool.map((p) => p.id));
        for (const e of plan.request.exclude ?? []) expect(pool.has(e.id)).toBe(true);
        expect(plan.exclusions.every((e) => e.reason.length > 0)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
