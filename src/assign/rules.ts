import type { InspectorRole } from '../core/index.js';

/**
 * How the lead inspector (主检) of a team is chosen:
 * - `first-ranked`: the team member with the best (lowest) rank;
 * - `first-specialist`: the best-ranked member holding a required specialty of the visit, or the best-ranked
 *   member when the visit requires none.
 */
export type LeadRule = 'first-ranked' | 'first-specialist';

/** A rule value with where it comes from (法律依据或实践来源). */
export interface SourcedValue<T> {
  readonly value: T;
  readonly unit?: string;
  readonly source: string;
}

/**
 * The default assignment rules (随机匹配规则), each with its source. Requests override them per task or per
 * department; the minimum team never goes below the legal two.
 *
 * @example
 * ```ts
 * ASSIGN_DEFAULTS.minOfficers; // { value: 2, unit: 'officers', source: '中华人民共和国行政处罚法（2021）第四十二条…' }
 * ```
 */
export const ASSIGN_DEFAULTS = {
  minOfficers: {
    value: 2,
    unit: 'officers',
    source: '中华人民共和国行政处罚法（2021）第四十二条：执法人员不得少于两人',
  },
  countingRoles: {
    value: ['enforcement', 'staff'],
    source: '中华人民共和国行政处罚法第四十二条：具有行政执法资格的执法人员（持有效执法证）',
  },
  experts: {
    value: 0,
    unit: 'experts',
    source: '达政办发〔2023〕70号 三：专家参与协助，不计入执法人员',
  },
  workloadCap: {
    value: null,
    unit: 'visits per inspector in the task',
    source: 'local practice; none by law',
  },
  rotationVisits: {
    value: 1,
    unit: 'most recent visits of the same target by the same department',
    source: 'practice: 执法人员轮换，避免同一人员连续检查同一对象',
  },
  rotationWindowDays: { value: null, unit: 'days before the inspection date', source: 'local practice' },
  lead: { value: 'first-specialist', source: 'practice: 每组确定一名主检人员' },
  matchRegion: { value: true, source: 'practice: 按区域匹配执法人员' },
} as const satisfies {
  readonly minOfficers: SourcedValue<number>;
  readonly countingRoles: SourcedValue<readonly Exclude<InspectorRole, 'expert'>[]>;
  readonly experts: SourcedValue<number>;
  readonly workloadCap: SourcedValue<number | null>;
  readonly rotationVisits: SourcedValue<number>;
  readonly rotationWindowDays: SourcedValue<number | null>;
  readonly lead: SourcedValue<LeadRule>;
  readonly matchRegion: SourcedValue<boolean>;
};

/** The rules in force for one department, after defaults and overrides (as stored in the record). */
export interface AssignRule {
  /** Officers per team (at least 2). */
  readonly minOfficers: number;
  /** Roles that count as officers, when holding a valid certificate. */
  readonly countingRoles: readonly Exclude<InspectorRole, 'expert'>[];
  /** Experts added to each team (never counted as officers). */
  readonly experts: number;
  /** Most visits one inspector may make in this assignment (including `priorLoad`); `null` = no cap. */
  readonly workloadCap: number | null;
  /** Inspectors of this many most recent visits of the target by the department are rotated out; 0 = off. */
  readonly rotationVisits: number;
  /** Only past visits within this many days before the inspection date count for rotation; `null` = any. */
  readonly rotationWindowDays: number | null;
  /** How the lead is chosen. */
  readonly lead: LeadRule;
  /** Whether inspectors with `regions` must cover the target's region. */
  readonly matchRegion: boolean;
}

/** Overrides of {@link AssignRule} (all optional). */
export type AssignRuleOverrides = { readonly [K in keyof AssignRule]?: AssignRule[K] };

/**
 * The defaults of {@link ASSIGN_DEFAULTS} as an {@link AssignRule} (默认匹配规则).
 *
 * @example
 * ```ts
 * DEFAULT_ASSIGN_RULE.lead; // 'first-specialist'
 * ```
 */
export const DEFAULT_ASSIGN_RULE: AssignRule = {
  minOfficers: ASSIGN_DEFAULTS.minOfficers.value,
  countingRoles: ASSIGN_DEFAULTS.countingRoles.value,
  experts: ASSIGN_DEFAULTS.experts.value,
  workloadCap: ASSIGN_DEFAULTS.workloadCap.value,
  rotationVisits: ASSIGN_DEFAULTS.rotationVisits.value,
  rotationWindowDays: ASSIGN_DEFAULTS.rotationWindowDays.value,
  lead: ASSIGN_DEFAULTS.lead.value,
  matchRegion: ASSIGN_DEFAULTS.matchRegion.value,
};

/**
 * The rule for a department: defaults, then the task-wide overrides, then the department's own.
 *
 * @param department - the department
 * @param all - task-wide overrides
 * @param byDepartment - per-department overrides
 * @returns the rule in force
 * @example
 * ```ts
 * resolveAssignRule('市场监管局', { workloadCap: 5 }, { 市场监管局: { experts: 1 } }).experts; // 1
 * ```
 */
export function resolveAssignRule(
  department: string,
  all: AssignRuleOverrides = {},
  byDepartment: Readonly<Record<string, AssignRuleOverrides>> = {},
): AssignRule {
  const own = Object.hasOwn(byDepartment, department) ? byDepartment[department] : undefined;
  return { ...DEFAULT_ASSIGN_RULE, ...all, ...own };
}
