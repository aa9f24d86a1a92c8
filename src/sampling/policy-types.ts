import type { CreditRiskClass } from '../directories/index.js';

/** How a ratio's product is rounded to a whole count: `ceil` 向上取整 (the common practice), `floor`, `round`. */
export type RoundingRule = 'ceil' | 'floor' | 'round';

/**
 * A yearly frequency cap per target (抽查频次): at most `max` inspections of the same target in any `years`
 * consecutive calendar years, counted over the calendar years that end with the plan year. `{ max: 1, years: 1 }`
 * is "once a year"; `{ max: 1, years: 2 }` is "less than once a year".
 */
export interface FrequencyCap {
  /** The most inspections allowed in the window (0 = never drawn). */
  readonly max: number;
  /** The window, in calendar years (1 = the plan year alone). */
  readonly years: number;
  /** The rule it encodes, e.g. `大庆林甸 2024: 同一企业抽查频次小于1次/年`. */
  readonly source?: string;
  /** How the published wording was read into numbers, when that needed a reading. */
  readonly note?: string;
}

/**
 * An exclusion window (回避期): a target inspected recently is left out of the draw. Either not within `days`
 * days before the plan date, or not again in the same calendar year (e.g. class A, Guangdong 2025).
 */
export type ExclusionWindow =
  | { readonly kind: 'none' }
  | { readonly kind: 'days'; readonly days: number; readonly source?: string }
  | { readonly kind: 'same-calendar-year'; readonly source?: string };

/** A closed range of ratios, e.g. 5%–20% for class B in 大庆林甸 2024. */
export interface RatioRange {
  /** The lowest ratio allowed. */
  readonly min: number;
  /** The highest ratio allowed. */
  readonly max: number;
}

/**
 * The sampling rule of one credit-risk class (分类抽查规则): a ratio and/or a count, bounds, a frequency cap
 * and an exclusion window. At least one of `ratio` and `count` is given.
 */
export interface ClassRule {
  /** The class's label, e.g. `信用风险低`. */
  readonly label: string;
  /** The sampling ratio (抽查比例) in [0, 1], at most six decimal places. */
  readonly ratio?: number;
  /** The sampling count (抽查数量). */
  readonly count?: number;
  /** The smallest count drawn from the class (if that many are eligible). */
  readonly min?: number;
  /** The largest count drawn from the class. */
  readonly max?: number;
  /** The range the ratio may move in when the policy is adjusted (动态调整). */
  readonly ratioRange?: RatioRange;
  /** The frequency cap per target; absent = no cap (e.g. D in 大庆林甸 2024: 根据监管实际需求确定). */
  readonly frequencyCap?: FrequencyCap;
  /** The exclusion window; absent = none. */
  readonly exclusionWindow?: ExclusionWindow;
  /** Where the numbers come from. */
  readonly source?: string;
}

/** The ceiling ratio of one item priority (重点 / 一般检查事项). */
export interface PriorityCeiling {
  /** The highest ratio a task of this priority may draw from a class. */
  readonly maxRatio: number;
  /** The rule it encodes. */
  readonly source?: string;
}

/**
 * How `adjustPolicy` moves ratios from last period's problem rate (动态调整抽查比例): up by `step` when the
 * rate is above `raiseAbove`, down by `step` when below `lowerBelow`, never outside the class's range.
 */
export interface AdjustmentRule {
  /** Raise a class's ratio when its problem rate (问题发现率) is strictly above this. */
  readonly raiseAbove: number;
  /** Lower a class's ratio when its problem rate is strictly below this. */
  readonly lowerBelow: number;
  /** The change in ratio, as an absolute amount (0.05 = five percentage points). */
  readonly step: number;
  /** Fewer inspections than this in a class last period: no change (too little evidence). */
  readonly minInspected: number;
  /** The rule it encodes. */
  readonly source?: string;
}

/**
 * A credit-risk sampling policy (信用风险分类抽查规则), as data: per-class rules, the rounding rule, an
 * optional overall floor, the item-priority ceilings and the adjustment rule. Make one with
 * `parseSamplingPolicy` or start from a preset.
 */
export interface SamplingPolicy {
  /** A stable id, bound into each draw request. */
  readonly id: string;
  /** A readable name, e.g. `大庆林甸 2024`. */
  readonly name: string;
  /** The document the policy follows. */
  readonly source?: string;
  /** The rule of each class. */
  readonly classes: Readonly<Record<CreditRiskClass, ClassRule>>;
  /** How ratio products are rounded (default `ceil`). */
  readonly rounding: RoundingRule;
  /** When a class has both a ratio and a count: draw the `larger` (default) or the `smaller`. */
  readonly combine: 'larger' | 'smaller';
  /** At least this ratio of all eligible targets is drawn (e.g. ≥ 3%); the shortfall goes to D, then C, B, A. */
  readonly overallFloor?: { readonly ratio: number; readonly source?: string };
  /** Ceilings by item priority: `key` items may reach 100%, `general` items are capped. */
  readonly itemPriority: { readonly key: PriorityCeiling; readonly general: PriorityCeiling };
  /** Whether targets under a targeted inspection (重点监管) are left out of the random draw (default true). */
  readonly excludeTargetedFromDraw: boolean;
  /** The dynamic-adjustment rule; absent = `adjustPolicy` changes nothing. */
  readonly adjustment?: AdjustmentRule;
}

/** The priority of a task's checklist items (检查事项): `key` 重点检查事项 or `general` 一般检查事项. */
export type ItemPriority = 'key' | 'general';
