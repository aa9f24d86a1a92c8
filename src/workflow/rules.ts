import { CHECKLIST_ENTRY_DEADLINE } from '../directories/index.js';
import { ABNORMAL_LISTING_GROUNDS } from './abnormal-list-grounds.js';
import type { SourcedRule } from './sourced-rule.js';

/** The rules the workflow applies, with their sources (the library’s defaults; hosts may pass their own). */
export interface WorkflowRules {
  /** Results entered and published within N working days of the inspection date (检查之日起20个工作日内). */
  readonly resultPublication: SourcedRule<'workdays'>;
  /** A changed checklist entered into the platform within N working days (10个工作日内). */
  readonly checklistChange: SourcedRule<'workdays'>;
  /** 通过登记的住所无法联系 → 经营异常名录 within N working days. */
  readonly abnormalOperationListing: SourcedRule<'workdays'>;
  /** The department annual plan is made by the end of this month (每年1月份制定). */
  readonly departmentPlanMonth: SourcedRule<'month'>;
  /** Department and joint plans are filed with the joint-meeting office by the end of this month (2月底前报送). */
  readonly planFilingMonth: SourcedRule<'month'>;
  /** The joint annual plan is made and published by the end of this month (3月底前). */
  readonly jointPlanMonth: SourcedRule<'month'>;
  /**
   * A regional rule: the annual routine-inspection plan (年度日常行政检查计划) is published by the end of this month.
   * Absent from the defaults; see {@link INNER_MONGOLIA_WORKFLOW_RULES}.
   */
  readonly routineInspectionPlanMonth?: SourcedRule<'month'>;
  /** At least N law-enforcement officers per visit (执法人员不得少于两人). */
  readonly minInspectorsPerVisit: SourcedRule<'inspectors'>;
  /** An emergency inspection's approval is back-filled within N hours of the visit (紧急情况需事后补办). */
  readonly approvalBackfill: SourcedRule<'hours'>;
  /** A scan-in deferred in an emergency is made up within N calendar days (the day of the visit: before leaving). */
  readonly scanInEmergencyBackfill: SourcedRule<'calendar-days'>;
  /** A scan-in missed for a network failure is made up within N calendar days after the inspection. */
  readonly scanInNetworkBackfill: SourcedRule<'calendar-days'>;
}

/**
 * The rules of 达政办发〔2023〕70号 and the national law it applies (默认规则). Every deadline in the workflow reads
 * from this table, never from a number buried in code.
 *
 * @example
 * ```ts
 * WORKFLOW_RULES.resultPublication.value; // 20 (working days)
 * ```
 */
export const WORKFLOW_RULES = {
  resultPublication: { value: 20, unit: 'workdays', source: '达政办发〔2023〕70号 三（九）' },
  checklistChange: CHECKLIST_ENTRY_DEADLINE,
  abnormalOperationListing: ABNORMAL_LISTING_GROUNDS.unreachable,
  departmentPlanMonth: { value: 1, unit: 'month', source: '达政办发〔2023〕70号 三（七）1' },
  planFilingMonth: { value: 2, unit: 'month', source: '达政办发〔2023〕70号 附件1 四（三）' },
  jointPlanMonth: { value: 3, unit: 'month', source: '达政办发〔2023〕70号 三（七）2' },
  minInspectorsPerVisit: { value: 2, unit: 'inspectors', source: '中华人民共和国行政处罚法 第四十二条' },
  approvalBackfill: {
    value: 24,
    unit: 'hours',
    source:
      '国办发〔2024〕54号 "紧急情况需事后补办" (no period set; 24 hours by analogy with 中华人民共和国行政强制法 第十九条)',
  },
  scanInEmergencyBackfill: {
    value: 0,
    unit: 'calendar-days',
    source: '深府规〔2025〕6号 (紧急情况可先行检查，离企前须补充扫码; regional rule)',
  },
  scanInNetworkBackfill: {
    value: 10,
    unit: 'calendar-days',
    source: '深府规〔2025〕6号 (检查结束后10个自然日内补录; regional rule)',
  },
} as const satisfies WorkflowRules;

/**
 * The defaults plus Inner Mongolia's rule that enforcement departments at banner/county level and above publish
 * their annual routine-inspection plan (年度日常行政检查计划) by the end of March (内政办发〔2025〕20号). Pass it as
 * the context's `rules` in the region; `planDeadlines` then gives `routineInspectionPlan`.
 *
 * @example
 * ```ts
 * INNER_MONGOLIA_WORKFLOW_RULES.routineInspectionPlanMonth.value; // 3
 * ```
 */
export const INNER_MONGOLIA_WORKFLOW_RULES = {
  ...WORKFLOW_RULES,
  routineInspectionPlanMonth: {
    value: 3,
    unit: 'month',
    source: '内政办发〔2025〕20号 (旗县级以上行政执法部门…年度日常行政检查计划…每年3月底前向社会公布)',
  },
} as const satisfies WorkflowRules;
