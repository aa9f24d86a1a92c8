/**
 * Why a target is not in the random draw (排除原因): left out by the 定向 filter, not operating, deactivated in
 * the directory, already under a targeted inspection, inside its exclusion window, at its class frequency cap, or
 * at an annual frequency cap per enterprise across departments.
 */
export type SampleExclusionCode =
  | 'filtered-out'
  | 'not-operating'
  | 'inactive'
  | 'targeted-inspection'
  | 'exclusion-window'
  | 'frequency-cap'
  | 'inspection-cap';

/**
 * Each exclusion code with its meaning, in the order the checks run: a target gets the first code that applies.
 *
 * @example
 * ```ts
 * SAMPLE_EXCLUSION_CODES['frequency-cap']; // 'the target already had as many inspections as its class allows …'
 * ```
 */
export const SAMPLE_EXCLUSION_CODES = {
  'filtered-out': 'left out by the 定向 conditions (企业类型、经营规模、所属行业、地理区域); not in the pool',
  'not-operating': 'not operating (停业、注销、吊销、撤销、迁出): nothing to inspect',
  inactive: 'deactivated in the target directory',
  'targeted-inspection': 'already named for a targeted inspection (投诉举报、转办交办、大数据监测)',
  'exclusion-window': 'inspected inside its class exclusion window (回避期)',
  'frequency-cap': 'the target already had as many inspections as its class allows in the period (抽查频次)',
  'inspection-cap':
    'another inspection this year would exceed an annual frequency cap per enterprise (年度检查频次上限), counting every department it covers',
} as const satisfies Readonly<Record<SampleExclusionCode, string>>;

/** One target left out of the random draw, with its class, code and reason. */
export interface SampleExclusion {
  /** The target's id. */
  readonly id: string;
  /** Its credit-risk class. */
  readonly creditClass: string;
  /** Why, as a code. */
  readonly code: SampleExclusionCode;
  /** Why, in words. */
  readonly reason: string;
  /** For `inspection-cap`: the cap's id. */
  readonly cap?: string;
  /** For `inspection-cap`: the inspections that used the cap. */
  readonly inspections?: readonly string[];
  /** For `inspection-cap`: the departments one joint visit could be made with instead (能联合的联合). */
  readonly couldJoin?: readonly string[];
}
