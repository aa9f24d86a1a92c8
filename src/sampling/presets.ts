import { SsjError } from '../core/index.js';
import { expectString } from '../core/internal.js';
import type { SamplingPolicy } from './policy-types.js';

const LINDIAN = '大庆林甸 2024 信用风险分类监管';
const BAYANNUR = '巴彦淖尔 2022 (内蒙古) 双随机抽查信用分类比例';
const HENAN = '河南 2021 双随机抽查信用分类比例';
const NO_CEILING = { key: { maxRatio: 1 }, general: { maxRatio: 1 } } as const;

/**
 * Published sampling practices (抽查比例实践) as ready-made policies, each with its source. No national A/B/C/D
 * percentages exist: ratios are set per task and per class, so a host starts from one of these and adjusts it.
 *
 * - `daqing-lindian-2024`: A ≤ 5%, B 5–20%, C 21–60%, D 61–100%; caps A < 1/yr, B 1/yr, C < 2/yr, D as needed.
 *   The ratio of each class starts at the low end of its range (A at its ceiling); the range bounds adjustment.
 * - `bayannur-2022`: A 2%, B 5%, C and D 100%.
 * - `henan-2021`: A 1%, B 2%, C 10%, D 30%.
 *
 * @example
 * ```ts
 * const policy = SAMPLING_PRESETS['henan-2021'];
 * policy.classes.D.ratio; // 0.3
 * ```
 */
export const SAMPLING_PRESETS = {
  'daqing-lindian-2024': {
    id: 'daqing-lindian-2024',
    name: '大庆林甸 2024',
    source: LINDIAN,
    rounding: 'ceil',
    combine: 'larger',
    itemPriority: NO_CEILING,
    excludeTargetedFromDraw: true,
    classes: {
      A: {
        label: '信用风险低',
        ratio: 0.05,
        ratioRange: { min: 0, max: 0.05 },
        frequencyCap: {
          max: 1,
          years: 2,
          source: `${LINDIAN}: 同一企业抽查频次小于1次/年`,
          note: 'less than once a year, read as at most once in any two calendar years',
        },
        source: `${LINDIAN}: A类企业抽查比例不得超过5%`,
      },
      B: {
        label: '信用风险一般',
        ratio: 0.05,
        ratioRange: { min: 0.05, max: 0.2 },
        frequencyCap: { max: 1, years: 1, source: `${LINDIAN}: 同一企业抽查频次保持1次/年` },
        source: `${LINDIAN}: B类企业抽查比例范围为5%-20%`,
      },
      C: {
        label: '信用风险较高',
        ratio: 0.21,
        ratioRange: { min: 0.21, max: 0.6 },
        frequencyCap: {
          max: 3,
          years: 2,
          source: `${LINDIAN}: 同一企业抽查频次小于2次/年`,
          note: 'less than twice a year, read as at most three times in any two calendar years',
        },
        source: `${LINDIAN}: C类企业抽查比例范围为21%-60%`,
      },
      D: {
        label: '信用风险高',
        ratio: 0.61,
        ratioRange: { min: 0.61, max: 1 },
        source: `${LINDIAN}: D类企业抽查比例范围为61%-100%, 抽查频次根据监管实际需求确定`,
      },
    },
  },
  'bayannur-2022': {
    id: 'bayannur-2022',
    name: '巴彦淖尔 2022',
    source: BAYANNUR,
    rounding: 'ceil',
    combine: 'larger',
    itemPriority: NO_CEILING,
    excludeTargetedFromDraw: true,
    classes: {
      A: { label: '信用风险低', ratio: 0.02, source: `${BAYANNUR}: A类 2%` },
      B: { label: '信用风险一般', ratio: 0.05, source: `${BAYANNUR}: B类 5%` },
      C: { label: '信用风险较高', ratio: 1, source: `${BAYANNUR}: C类 100%` },
      D: { label: '信用风险高', ratio: 1, source: `${BAYANNUR}: D类 100%` },
    },
  },
  'henan-2021': {
    id: 'henan-2021',
    name: '河南 2021',
    source: HENAN,
    rounding: 'ceil',
    combine: 'larger',
    itemPriority: NO_CEILING,
    excludeTargetedFromDraw: true,
    classes: {
      A: { label: '信用风险低', ratio: 0.01, source: `${HENAN}: A类 1%` },
      B: { label: '信用风险一般', ratio: 0.02, source: `${HENAN}: B类 2%` },
      C: { label: '信用风险较高', ratio: 0.1, source: `${HENAN}: C类 10%` },
      D: { label: '信用风险高', ratio: 0.3, source: `${HENAN}: D类 30%` },
    },
  },
} as const satisfies Readonly<Record<string, SamplingPolicy>>;

/** The name of a published preset in {@link SAMPLING_PRESETS}. */
export type SamplingPresetName = keyof typeof SAMPLING_PRESETS;

/**
 * The national floor for checks of enterprise disclosures (企业公示信息抽查): at least 3% of the eligible
 * targets. Add it to a policy as `overallFloor`.
 *
 * @example
 * ```ts
 * const policy = { ...SAMPLING_PRESETS['henan-2021'], overallFloor: NATIONAL_DISCLOSURE_FLOOR };
 * ```
 */
export const NATIONAL_DISCLOSURE_FLOOR = {
  ratio: 0.03,
  source: '企业公示信息抽查: 抽查比例不低于3% (national floor)',
} as const satisfies NonNullable<SamplingPolicy['overallFloor']>;

/**
 * Looks up a published preset by name (抽查比例预设).
 *
 * @param name - a preset name, e.g. `bayannur-2022`
 * @returns the preset policy
 * @throws {SsjError} `SAMPLING_PRESET_UNKNOWN` when there is no preset of that name
 * @example
 * ```ts
 * const policy = samplingPreset('daqing-lindian-2024');
 * ```
 *
 * @example
 * Run in `examples/sampling-arithmetic.ts`:
 *
 * {@includeCode ../../examples/sampling-arithmetic.ts#policy}
 */
export function samplingPreset(name: string): SamplingPolicy {
  expectString(name, 'preset name', 'SAMPLING_PRESET_UNKNOWN');
  if (Object.hasOwn(SAMPLING_PRESETS, name)) return SAMPLING_PRESETS[name as SamplingPresetName];
  const known = Object.keys(SAMPLING_PRESETS).join(', ');
  const message = `No sampling preset named "${name}"; known presets: ${known}`;
  throw new SsjError('SAMPLING_PRESET_UNKNOWN', message, {
    issues: [{ path: [], message, expected: known }],
  });
}
