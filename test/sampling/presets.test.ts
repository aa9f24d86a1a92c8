import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSsjError } from '../../src/core/index.js';
import type { SamplingTarget } from '../../src/sampling/index.js';
import {
  NATIONAL_DISCLOSURE_FLOOR,
  parseSamplingPolicy,
  planSample,
  SAMPLING_PRESETS,
  samplingPreset,
} from '../../src/sampling/index.js';

/** A directory with exactly the given number of operating targets per class. */
function directory(a: number, b: number, c: number, d: number): SamplingTarget[] {
  const out: SamplingTarget[] = [];
  const add = (cls: 'A' | 'B' | 'C' | 'D', n: number) => {
    for (let i = 0; i < n; i += 1) out.push({ id: `${cls}${i}`, creditClass: cls, status: 'operating' });
  };
  add('A', a);
  add('B', b);
  add('C', c);
  add('D', d);
  return out;
}

function finals(presetName: keyof typeof SAMPLING_PRESETS, targets: readonly SamplingTarget[]) {
  const plan = planSample({
    targets,
    policy: SAMPLING_PRESETS[presetName],
    asOf: '2025-03-01',
    randomnessSource: 'test',
  });
  return [plan.strata.A.final, plan.strata.B.final, plan.strata.C.final, plan.strata.D.final];
}

describe('published presets reproduce their published numbers', () => {
  it('巴彦淖尔 2022: A 2%, B 5%, C and D 100%', () => {
    expect(finals('bayannur-2022', directory(1000, 400, 30, 12))).toEqual([20, 20, 30, 12]);
  });

  it('河南 2021: 1% / 2% / 10% / 30%', () => {
    expect(finals('henan-2021', directory(1000, 500, 200, 100))).toEqual([10, 10, 20, 30]);
  });

  it('大庆林甸 2024: A at its 5% ceiling and B, C, D at the low end of 5–20%, 21–60%, 61–100%', () => {
    expect(finals('daqing-lindian-2024', directory(1000, 100, 100, 100))).toEqual([50, 5, 21, 61]);
    const p = SAMPLING_PRESETS['daqing-lindian-2024'].classes;
    expect([p.A.ratioRange, p.B.ratioRange, p.C.ratioRange, p.D.ratioRange]).toEqual([
      { min: 0, max: 0.05 },
      { min: 0.05, max: 0.2 },
      { min: 0.21, max: 0.6 },
      { min: 0.61, max: 1 },
    ]);
  });

  it('大庆林甸 2024 caps: A less than once a year, B once a year, C less than twice, D as needed', () => {
    const p = SAMPLING_PRESETS['daqing-lindian-2024'].classes;
    expect(p.A.frequencyCap.max / p.A.frequencyCap.years).toBeLessThan(1);
    expect(p.B.frequencyCap.max / p.B.frequencyCap.years).toBe(1);
    expect(p.C.frequencyCap.max / p.C.frequencyCap.years).toBeLessThan(2);
    expect(p.C.frequencyCap.max / p.C.frequencyCap.years).toBeGreaterThan(1);
    expect('frequencyCap' in p.D).toBe(false);
  });

  it('rounds up (ceil) as plans do: 河南 on the 2024 鄂尔多斯 class counts', () => {
    // 鄂尔多斯 2024: A 68,000, B 12,700, C 3,131, D 3,184 enterprises (rounded published counts).
    expect(finals('henan-2021', directory(68_000, 12_700, 3_131, 3_184))).toEqual([680, 254, 314, 956]);
  });

  it('every preset is a valid policy, names its source and parses to itself', () => {
    for (const preset of Object.values(SAMPLING_PRESETS)) {
      expect(parseSamplingPolicy(preset)).toEqual(preset);
      expect(preset.source.length).toBeGreaterThan(0);
      for (const rule of Object.values(preset.classes)) expect(rule.source).toMatch(/\d{4}/);
    }
  });

  it('the national disclosure floor is 3%', () => {
    expect(NATIONAL_DISCLOSURE_FLOOR.ratio).toBe(0.03);
  });

  it('looks presets up by name, and names the known ones when it cannot', () => {
    expect(samplingPreset('henan-2021')).toBe(SAMPLING_PRESETS['henan-2021']);
    try {
      samplingPreset('nowhere-1999');
      expect.unreachable();
    } catch (error) {
      expect(isSsjError(error, 'SAMPLING_PRESET_UNKNOWN')).toBe(true);
      expect((error as Error).message).toContain('bayannur-2022');
    }
  });
});

describe('presets: property', () => {
  // The published percentages, written out here from the sources rather than read from the presets.
  const PUBLISHED = {
    'bayannur-2022': [2, 5, 100, 100],
    'henan-2021': [1, 2, 10, 30],
    'daqing-lindian-2024': [5, 5, 21, 61],
  } as const;

  const count = fc.integer({ min: 0, max: 3000 });

  it('each class draws ceil(eligible × published %) for any directory without history', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...(Object.keys(PUBLISHED) as (keyof typeof PUBLISHED)[])),
        fc.tuple(count, count, count, count),
        (name, [a, b, c, d]) => {
          const expected = [a, b, c, d].map((n, i) => Math.floor((n * PUBLISHED[name][i]! + 99) / 100));
          expect(finals(name, directory(a, b, c, d))).toEqual(expected);
        },
      ),
      { numRuns: 60 },
    );
  });
});
