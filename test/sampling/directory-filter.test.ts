import { describe, expect, it } from 'vitest';
import { isSsjError } from '../../src/core/index.js';
import { directoryFilter, planSample, SAMPLING_PRESETS } from '../../src/sampling/index.js';
import { generateTargets } from '../../src/testing/index.js';

describe('directoryFilter: 定向 draws with the directory’s filter', () => {
  const targets = generateTargets({ seed: 'ordos-filter', count: 3000, asOf: '2025-12-01' });

  it('a 达拉特旗 enterprise filter leaves everything else out of the pool and is stored in the request', () => {
    const spec = { regionPrefixes: ['150621'], kinds: ['enterprise'] };
    const plan = planSample({
      targets,
      policy: SAMPLING_PRESETS['henan-2021'],
      asOf: '2026-03-02',
      randomnessSource: 'drand quicknet round 1',
      filter: directoryFilter(spec),
    });
    const inside = targets.filter((t) => t.region === '150621' && t.kind === 'enterprise');
    expect(inside.length).toBeGreaterThan(0);
    expect(plan.request.pool.map((p) => p.id).sort()).toEqual(inside.map((t) => t.id).sort());
    expect(plan.totals.filteredOut).toBe(targets.length - inside.length);
    expect(plan.request.filter).toEqual(spec);
  });

  it('refuses malformed conditions with the directory’s error', () => {
    try {
      directoryFilter({ regionPrefixes: 'not a list' });
      expect.unreachable();
    } catch (error) {
      expect(isSsjError(error)).toBe(true);
    }
  });
});
