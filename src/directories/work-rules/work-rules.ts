import * as z from 'zod/mini';
import { parseWith } from '../../core/internal.js';
import { deepFreeze } from '../checklists/checks.js';
import { departmentRefSchema } from '../shared/departments.js';
import { DEFAULT_WORK_RULES } from './defaults.js';
import { workRuleSchemas, workRulesOverridesSchema } from './schema.js';

type Rules = { readonly [K in keyof typeof workRuleSchemas]: z.output<(typeof workRuleSchemas)[K]> };

/**
 * A department's random-inspection work rules (随机抽查工作细则, 一细则), 达政办发〔2023〕70号 三（五）: draw method
 * (抽取方法), process steps (检查流程), approval authority (审批权限: annual plan, plan changes, task approver),
 * publication procedure (公示程序) and archiving (归档方式). Each rule is a `RuleValue` with its source.
 */
export interface WorkRules extends Rules {
  /** The department the rules belong to. */
  readonly department: string;
}

/** What a department may set in its work rules: any rule, each with the source of its own value. */
export type WorkRulesOverrides = z.input<typeof workRulesOverridesSchema>;

/**
 * A department's work rules (一细则): the regulation's defaults ({@link DEFAULT_WORK_RULES}), with the rules the
 * department sets itself. An override must name its source and may be stricter than the regulation, never
 * looser (results published within at most 20 working days; the annual plan made in January and filed by the
 * end of February; targets and inspectors always drawn at random).
 *
 * @param department - the department id
 * @param overrides - the rules the department sets, each `{ value, source }`
 * @returns the work rules, deeply frozen
 * @throws {SsjError} `WORK_RULES_INVALID` when the department or an override is malformed or looser than the
 *   regulation allows (every issue listed)
 * @example
 * ```ts
 * const rules = defineWorkRules('samr', {
 *   taskApprover: { value: '分管副局长', source: '旗市场监管局随机抽查工作细则 第八条' },
 * });
 * rules.publication.value.workdays; // 20
 * ```
 */
export function defineWorkRules(department: string, overrides: WorkRulesOverrides = {}): WorkRules {
  const dep = parseWith(departmentRefSchema, department, 'department', 'WORK_RULES_INVALID');
  const own = parseWith(workRulesOverridesSchema, overrides, 'work rules', 'WORK_RULES_INVALID');
  const defaults: Rules = DEFAULT_WORK_RULES;
  const rules: WorkRules = {
    department: dep,
    drawMethod: own.drawMethod ?? defaults.drawMethod,
    processSteps: own.processSteps ?? defaults.processSteps,
    annualPlan: own.annualPlan ?? defaults.annualPlan,
    planChanges: own.planChanges ?? defaults.planChanges,
    taskApprover: own.taskApprover ?? defaults.taskApprover,
    publication: own.publication ?? defaults.publication,
    archiving: own.archiving ?? defaults.archiving,
    jointTaskRules: own.jointTaskRules ?? defaults.jointTaskRules,
  };
  return deepFreeze(rules);
}

/** A whole set of work rules as {@link defineWorkRules} makes them: the department and every rule. */
const workRulesSchema = z.strictObject({ department: departmentRefSchema, ...workRuleSchemas });

/**
 * The rules a department still has to set itself: those whose value is `null` (the regulation asks each
 * department to decide, e.g. 审批权限).
 *
 * @param rules - work rules
 * @returns the names of the unset rules
 * @throws {SsjError} `WORK_RULES_INVALID` when the rules are not a whole set of valid work rules
 * @example
 * ```ts
 * workRulesGaps(defineWorkRules('samr')); // ['taskApprover']
 * ```
 */
export function workRulesGaps(rules: WorkRules): (keyof Rules)[] {
  const checked = parseWith(workRulesSchema, rules, 'work rules', 'WORK_RULES_INVALID');
  return (Object.keys(DEFAULT_WORK_RULES) as (keyof Rules)[]).filter((k) => checked[k].value === null);
}
