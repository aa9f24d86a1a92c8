import type { WorkCalendar } from '../calendar/index.js';
import { canonicalDigest, compareDates, type IsoDate, SsjError, toChinaDate } from '../core/index.js';
import { parseWith } from '../core/internal.js';
import type { AuditEventInput } from './audit-event.js';
import type { WorkflowContext } from './context.js';
import { type ContextNeeds, expectContext } from './context-guard.js';
import { toJsonValue } from './json-value.js';
import { amendPlanInputSchema, expectPlanRecord, planActorInputSchema } from './plan-guard.js';
import {
  type DepartmentPlanContent,
  type JointPlanContent,
  type PlanContentInput,
  type PlanRecord,
  parsePlan,
} from './plan-types.js';
import type { WorkflowRules } from './rules.js';

/** A plan deadline with its source (计划时限). */
export interface PlanDeadline {
  /** The last day still in time: the month end, or the next working day when it is a day off (民法典 第二百零三条). */
  readonly dueOn: IsoDate;
  /** The calendar month end before any roll-forward. */
  readonly monthEnd: IsoDate;
  /** The rule that sets the month. */
  readonly source: string;
  /** Whether the day is answered from a year without an official or custom schedule (may change). */
  readonly provisional: boolean;
}

/** The plan deadlines of a year (年度计划时限). */
export interface PlanDeadlines {
  /** The department annual plan (部门年度抽查计划), made by the end of January. */
  readonly departmentPlan: PlanDeadline;
  /** Department plans filed with the joint-meeting office (报送备案), by the end of February. */
  readonly filing: PlanDeadline;
  /** The joint annual plan (部门联合年度抽查计划), made and published by the end of March. */
  readonly jointPlan: PlanDeadline;
  /** Where the rules have one (Inner Mongolia): the annual routine-inspection plan (年度日常行政检查计划). */
  readonly routineInspectionPlan?: PlanDeadline;
}

/**
 * The plan deadlines of a year (年度计划时限): department plan by the end of January, plans filed with the
 * joint-meeting office by the end of February, joint plan by the end of March (months from the rules). A month
 * end that is a day off moves to the next working day (民法典 第二百零三条), so the calendar decides. Rules with a
 * regional routine-inspection plan month (Inner Mongolia, 内政办发〔2025〕20号) add that deadline.
 *
 * @param year - the plan year
 * @param calendar - the working-day calendar
 * @param rules - the rules (months and sources)
 * @returns the three deadlines with their sources and provisional flags
 * @throws {SsjError} `INVALID_INPUT` when `year` is not a whole number, `calendar` is not a `WorkCalendar`, or a
 *   month rule is not a month from 1 to 12 with its source
 * @throws {SsjError} as `calendar.endOfMonthDeadline`: `CALENDAR_DATE_OUT_OF_RANGE`, or
 *   `CALENDAR_YEAR_NOT_OFFICIAL` for a year without a schedule when the calendar is strict
 * @example
 * ```ts
 * planDeadlines(2025, createWorkCalendar(), WORKFLOW_RULES).departmentPlan.dueOn; // '2025-02-05' (春节)
 * ```
 *
 * @example
 * Run in `examples/workflow-helpers.ts`:
 *
 * {@includeCode ../../examples/workflow-helpers.ts#deadlines}
 */
export function planDeadlines(
  year: number,
  calendar: WorkCalendar,
  rules: Pick<
    WorkflowRules,
    'departmentPlanMonth' | 'planFilingMonth' | 'jointPlanMonth' | 'routineInspectionPlanMonth'
  >,
): PlanDeadlines {
  expectPlanYear(year);
  const routine =
    rules?.routineInspectionPlanMonth === undefined ? [] : ['routineInspectionPlanMonth' as const];
  expectContext(
    { calendar, rules },
    { calendar: ['endOfMonthDeadline'], rules: [...MONTH_RULES, ...routine] },
    [],
  );
  const at = (rule: { readonly value: number; readonly source: string }): PlanDeadline => {
    const d = calendar.endOfMonthDeadline(year, rule.value);
    return { dueOn: d.due, monthEnd: d.nominalEnd, source: rule.source, provisional: d.provisional };
  };
  return {
    departmentPlan: at(rules.departmentPlanMonth),
    filing: at(rules.planFilingMonth),
    jointPlan: at(rules.jointPlanMonth),
    ...(rules.routineInspectionPlanMonth === undefined
      ? {}
      : { routineInspectionPlan: at(rules.routineInspectionPlanMonth) }),
  };
}

const MONTH_RULES = ['departmentPlanMonth', 'planFilingMonth', 'jointPlanMonth'] as const;

/** What the plan steps read of the context: the clock, the calendar's month ends, the month rules. */
const PLAN_CONTEXT: ContextNeeds = { clock: true, calendar: ['endOfMonthDeadline'], rules: MONTH_RULES };

function expectPlanYear(year: unknown): void {
  if (Number.isSafeInteger(year)) return;
  const message = `Expected the plan year as a whole number, received ${typeof year === 'number' ? year : typeof year}`;
  throw new SsjError('INVALID_INPUT', message, {
    issues: [{ path: ['year'], message, expected: 'integer' }],
  });
}

/**
 * The deadlines a plan is judged by: a department plan is published by the department-plan deadline and filed by
 * the filing deadline (附件1 四（三）); the joint plan is made, published and sent by the end of March (三（七）2),
 * so both its publication and its filing are judged against that.
 */
function deadlinesOf(plan: PlanRecord, ctx: WorkflowContext): { publish: PlanDeadline; file: PlanDeadline } {
  const d = planDeadlines(plan.content.year, ctx.calendar, ctx.rules);
  return plan.content.kind === 'joint'
    ? { publish: d.jointPlan, file: d.jointPlan }
    : { publish: d.departmentPlan, file: d.filing };
}

/** What a plan step returns: the plan record and the audit event. */
export interface PlanStepResult<C extends DepartmentPlanContent | JointPlanContent> {
  readonly plan: PlanRecord<C>;
  readonly event: AuditEventInput;
}

/**
 * Publishes a plan (计划公示): the date comes from the clock and is compared with the deadline for its kind (the
 * department plan's end of January, the joint plan's end of March, each moved past days off by the calendar).
 *
 * @param plan - a draft plan
 * @param input - the actor
 * @param ctx - clock and rules
 * @returns the published plan (with `published.onTime` and `published.provisional`) and a `plan.publish` event
 * @throws {SsjError} `WORKFLOW_PLAN_INVALID` when `plan` is not a plan record; `INVALID_INPUT` when `input` is not
 *   `{ actor }` or `ctx` lacks the clock, calendar or month rules
 * @throws {SsjError} `WORKFLOW_PLAN_PUBLISHED` when it is already published (change it with {@link amendPlan})
 * @throws {SsjError} as {@link planDeadlines}
 * @example
 * ```ts
 * const { plan: published } = publishPlan(plan, { actor: 'market' }, ctx);
 * ```
 *
 * @example
 * Run in `examples/workflow-helpers.ts`:
 *
 * {@includeCode ../../examples/workflow-helpers.ts#plans}
 */
export function publishPlan<C extends DepartmentPlanContent | JointPlanContent>(
  plan: PlanRecord<C>,
  input: { readonly actor: string },
  ctx: WorkflowContext,
): PlanStepResult<C> {
  expectPlanRecord(plan);
  parseWith(planActorInputSchema, input, 'publishPlan input');
  expectContext(ctx, PLAN_CONTEXT);
  if (plan.published !== undefined) {
    const message = `Plan ${plan.content.id} is already published; change it with an amendment and a reason`;
    throw new SsjError('WORKFLOW_PLAN_PUBLISHED', message);
  }
  const due = deadlinesOf(plan, ctx).publish;
  const published = dated(ctx, due);
  return {
    plan: { ...plan, published },
    event: event(ctx, input.actor, 'plan.publish', plan, {
      published,
      content: plan.content,
      source: due.source,
    }),
  };
}

/**
 * Files a plan with the joint-meeting office (报联席会议办公室备案): a department plan is judged against the
 * filing deadline (end of February, 附件1 四（三）), the joint plan against its own (end of March, 三（七）2).
 *
 * @param plan - a plan
 * @param input - the actor
 * @param ctx - clock and rules
 * @returns the plan with `filed` and a `plan.file` event
 * @throws {SsjError} `WORKFLOW_PRECONDITION_FAILED` when it was filed already; as {@link planDeadlines}
 * @throws {SsjError} `WORKFLOW_PLAN_INVALID` when `plan` is not a plan record; `INVALID_INPUT` when `input` is not
 *   `{ actor }` or `ctx` lacks the clock, calendar or month rules
 * @example
 * ```ts
 * filePlan(plan, { actor: 'market' }, ctx).plan.filed?.onTime;
 * ```
 *
 * @example
 * Run in `examples/joint-inspection.ts`:
 *
 * {@includeCode ../../examples/joint-inspection.ts#plan}
 */
export function filePlan<C extends DepartmentPlanContent | JointPlanContent>(
  plan: PlanRecord<C>,
  input: { readonly actor: string },
  ctx: WorkflowContext,
): PlanStepResult<C> {
  expectPlanRecord(plan);
  parseWith(planActorInputSchema, input, 'filePlan input');
  expectContext(ctx, PLAN_CONTEXT);
  if (plan.filed !== undefined) {
    throw new SsjError(
      'WORKFLOW_PRECONDITION_FAILED',
      `Plan ${plan.content.id} was filed on ${plan.filed.on}`,
    );
  }
  const due = deadlinesOf(plan, ctx).file;
  const filed = dated(ctx, due);
  return {
    plan: { ...plan, filed },
    event: event(ctx, input.actor, 'plan.file', plan, { filed, source: due.source }),
  };
}

/**
 * Amends a published plan (调整计划): departments may not add or drop inspections at will, so a change needs a
 * recorded reason, and the amendment (with digests before and after) is itself published as an event.
 *
 * @param plan - a published plan
 * @param input - the new content (same id, year and kind), the reason, the actor
 * @param ctx - clock
 * @returns the plan at the next revision and a `plan.amend` event
 * @throws {SsjError} `WORKFLOW_PRECONDITION_FAILED` when the plan is not published, the reason is blank, or the id,
 *   year or kind changes
 * @throws {SsjError} `WORKFLOW_PLAN_INVALID` when the new content is not a valid plan, or `plan` not a plan record
 * @throws {SsjError} `INVALID_INPUT` when `input` is not `{ content, reason, actor }` or `ctx` has no clock
 * @example
 * ```ts
 * amendPlan(plan, { content: { ...plan.content, entries: more }, reason: '新增食品安全专项', actor: 'market' }, ctx);
 * ```
 *
 * @example
 * Run in `examples/workflow-helpers.ts`:
 *
 * {@includeCode ../../examples/workflow-helpers.ts#plans}
 */
export function amendPlan<C extends DepartmentPlanContent | JointPlanContent>(
  plan: PlanRecord<C>,
  input: { readonly content: PlanContentInput; readonly reason: string; readonly actor: string },
  ctx: WorkflowContext,
): PlanStepResult<C> {
  expectPlanRecord(plan);
  parseWith(amendPlanInputSchema, input, 'amendPlan input');
  expectContext(ctx, { clock: true });
  const content = parsePlan(input.content).content as C;
  const problem =
    plan.published === undefined
      ? 'a draft is changed freely; only published plans are amended'
      : input.reason.trim() === ''
        ? 'an amendment needs a recorded reason'
        : content.id !== plan.content.id ||
            content.year !== plan.content.year ||
            content.kind !== plan.content.kind
          ? 'an amendment keeps the plan id, year and kind'
          : undefined;
  if (problem !== undefined)
    throw new SsjError('WORKFLOW_PRECONDITION_FAILED', `Cannot amend plan ${plan.content.id}: ${problem}`);
  const amendment = {
    revision: plan.revision + 1,
    reason: input.reason,
    actor: input.actor,
    at: ctx.clock(),
    digestBefore: canonicalDigest(plan.content),
    digestAfter: canonicalDigest(content),
  };
  const next = {
    ...plan,
    content,
    revision: amendment.revision,
    amendments: [...plan.amendments, amendment],
  };
  return { plan: next, event: event(ctx, input.actor, 'plan.amend', plan, { amendment, content }) };
}

function dated(ctx: WorkflowContext, due: PlanDeadline) {
  const on = toChinaDate(ctx.clock());
  return { on, dueOn: due.dueOn, onTime: compareDates(on, due.dueOn) <= 0, provisional: due.provisional };
}

function event(
  ctx: WorkflowContext,
  actor: string,
  type: string,
  plan: PlanRecord,
  payload: unknown,
): AuditEventInput {
  return { at: ctx.clock(), actor, type, subject: plan.content.id, payload: toJsonValue(payload) };
}
