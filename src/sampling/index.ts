/**
 * Credit-risk sampling (信用风险分类抽查): policies as data (per-class ratios and counts, frequency caps,
 * exclusion windows, an overall floor, item priority), published presets, the plan-to-draw arithmetic, targeted
 * inspections apart from the draw, dynamic adjustment and the projected load.
 *
 * The public promise of `shuangsuiji/sampling`, pinned by `test/surface/exported-names.test.ts`: a name added or
 * removed here is a change to the surface and belongs in `CHANGELOG.md`.
 *
 * @module sampling
 */
export {
  adjustPolicy,
  type LastPeriodClassResult,
  type LastPeriodResults,
  type PolicyAdjustment,
  type RatioChange,
} from './adjust-policy.js';
export { capInspectionSchema, inspectionCapSchema, plannedInspectionSchema } from './cap-schema.js';
export type {
  CapBreach,
  CapInspection,
  InspectingBody,
  PlannedInspection,
} from './cap-usage.js';
export { type ClassSize, type ClassSizeOptions, computeClassSize, type SizeBound } from './class-size.js';
export {
  CREDIT_CLASS_ORDER,
  CREDIT_CLASSES_BY_RISK_DESC,
  DEFAULT_CREDIT_CLASS_LABELS,
  type SourcedLabel,
} from './credit-class.js';
export { directoryFilter } from './directory-filter.js';
export { SAMPLE_EXCLUSION_CODES, type SampleExclusion, type SampleExclusionCode } from './exclusion-codes.js';
export { checkHistory, type HistoryExclusion, type HistoryExclusionCode } from './frequency.js';
export {
  CAP_EXEMPT_TRIGGERS,
  type CapExemptTriggerList,
  type CapScope,
  INSPECTION_CAP_RULES,
  type InspectionCap,
  type InspectionCapRule,
} from './inspection-caps.js';
export {
  CAP_COUNTED_KINDS,
  INSPECTION_KIND_LIST,
  INSPECTION_KINDS,
  type InspectionKind,
  type InspectionKindInfo,
} from './inspection-kind.js';
export type { OverallFloorResult } from './overall-floor.js';
export { parseSamplingPolicy, safeParseSamplingPolicy } from './parse-policy.js';
export {
  checkPlanSampleInput,
  type PlanSampleInput,
  planSampleInputSchema,
  type SamplingFilter,
} from './plan-input.js';
export { SAMPLE_PLAN_SCHEME, SAMPLE_PLAN_SCHEME_WITH_CAPS } from './plan-meta.js';
export { planSample } from './plan-sample.js';
export type { PlannedTargetedInspection, SamplePlan, StratumPlan } from './plan-types.js';
export { classRuleSchema, type SamplingPolicyInput, samplingPolicySchema } from './policy-schema.js';
export type {
  AdjustmentRule,
  ClassRule,
  ExclusionWindow,
  FrequencyCap,
  ItemPriority,
  PriorityCeiling,
  RatioRange,
  RoundingRule,
  SamplingPolicy,
} from './policy-types.js';
export {
  NATIONAL_DISCLOSURE_FLOOR,
  SAMPLING_PRESETS,
  type SamplingPresetName,
  samplingPreset,
} from './presets.js';
export {
  type DepartmentCapacity,
  INSPECTORS_PER_VISIT,
  type LoadRound,
  type MonthLoad,
  type ProjectedLoad,
  projectLoad,
} from './project-load.js';
export {
  applyRatio,
  isExactRatio,
  MAX_STRATUM_SIZE,
  RATIO_DECIMALS,
  type RatioProduct,
} from './ratio-arithmetic.js';
export type { SamplingHistoryEntry, SamplingTarget, TargetHistoryEntry } from './sampling-target.js';
export {
  TARGETED_TRIGGERS,
  type TargetedInspection,
  type TargetedInspectionTrigger,
  type TargetedTriggerInfo,
  targetedInspectionSchema,
} from './targeted.js';
