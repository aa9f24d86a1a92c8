import { describe, expectTypeOf, it } from 'vitest';
import type { Target } from '../../src/directories/index.js';
import type { DrawRequest } from '../../src/draw/index.js';
import {
  type ClassRule,
  planSample,
  SAMPLING_PRESETS,
  type SamplePlan,
  type SamplingPolicy,
  type SamplingTarget,
  type TargetedInspection,
} from '../../src/sampling/index.js';

describe('sampling types', () => {
  it('accepts directory targets as they are', () => {
    expectTypeOf<Target>().toExtend<SamplingTarget>();
    const targets: Target[] = [];
    const plan = planSample({
      targets,
      policy: SAMPLING_PRESETS['henan-2021'],
      asOf: '2025-01-01',
      randomnessSource: 'x',
    });
    expectTypeOf(plan).toEqualTypeOf<SamplePlan>();
    expectTypeOf(plan.request).toEqualTypeOf<DrawRequest>();
  });

  it('presets are policies, with their literal ratios', () => {
    expectTypeOf(SAMPLING_PRESETS['bayannur-2022']).toExtend<SamplingPolicy>();
    expectTypeOf(SAMPLING_PRESETS['henan-2021'].classes.D.ratio).toEqualTypeOf<0.3>();
  });

  it('rejects unknown classes, triggers and policy shapes', () => {
    // @ts-expect-error: there is no class E
    const e: SamplingPolicy['classes']['E'] = { label: 'x', ratio: 0.1 };
    // @ts-expect-error: a trigger must be complaint, referral or monitoring
    const t: TargetedInspection = { targetId: 'x', trigger: 'rumour' };
    // @ts-expect-error: a frequency cap needs years
    const r: ClassRule = { label: 'x', ratio: 0.1, frequencyCap: { max: 1 } };
    expectTypeOf([e, t, r]).not.toBeNever();
  });

  it('filters see the caller’s own target type', () => {
    const targets: (SamplingTarget & { region: string })[] = [];
    planSample({
      targets,
      policy: SAMPLING_PRESETS['henan-2021'],
      asOf: '2025-01-01',
      randomnessSource: 'x',
      filter: { spec: { region: '150621' }, matches: (t) => t.region === '150621' },
    });
  });
});
