import { describe, expect, it, vi } from 'vitest';
import { main } from '../../examples/sampling-policy.js';
import { commitDraw } from '../../src/draw/index.js';
import { computeClassSize, SAMPLING_PRESETS } from '../../src/sampling/index.js';

describe('examples/sampling-policy.ts', () => {
  vi.spyOn(console, 'log').mockImplementation(() => undefined);
  const { lines, plans } = main();
  const [bayannur, lindian] = plans;

  it('plans the same 达拉特旗 directory under 巴彦淖尔 2022 and 大庆林甸 2024', () => {
    expect(plans.map((p) => p.policyId)).toEqual(['bayannur-2022', 'daqing-lindian-2024']);
    expect(lines[0]).toMatch(/^达拉特旗 synthetic directory: \d+ targets/);
    expect(bayannur?.totals.inPool).toBe(lindian?.totals.inPool);
  });

  it('prints each class’s arithmetic, which the class formula reproduces', () => {
    for (const plan of plans) {
      const policy =
        plan.policyId === 'bayannur-2022'
          ? SAMPLING_PRESETS['bayannur-2022']
          : SAMPLING_PRESETS['daqing-lindian-2024'];
      for (const s of Object.values(plan.strata)) {
        const again = computeClassSize(s.eligible, policy.classes[s.creditClass], {
          ...policy,
          ceilingRatio: 1,
        });
        expect(s.final).toBe(again.size);
        expect(lines).toContain(`     ${s.formula} → draw ${s.final}`);
      }
    }
  });

  it('shows the 林甸 caps at work (巴彦淖尔 has none) and the targeted inspections apart', () => {
    expect(bayannur?.exclusionCounts['frequency-cap']).toBe(0);
    expect(lindian?.exclusionCounts['frequency-cap']).toBeGreaterThan(0);
    expect(lines.filter((l) => l.startsWith('  targeted (apart from the draw): 3'))).toHaveLength(2);
  });

  it('prints the digest that commits each request', () => {
    for (const plan of plans) {
      expect(lines.join('\n')).toContain(`commitment ${commitDraw(plan.request).digest}`);
      expect(lines.join('\n')).toContain(`drawn ${plan.totals.planned};`);
    }
  });
});
