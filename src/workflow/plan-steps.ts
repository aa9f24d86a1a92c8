import {
  canonicalDigest,
  compareDates,
  endOfMonth,
  type IsoDate,
  SsjError,
  toChinaDate,
} from '../core/index.js';
import type { AuditEventInput } from './audit-event.js';
import type { WorkflowContext } from './context.js';
import { toJsonValue } from './json-value.js';
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
  readonly dueOn: IsoDate;
  readonly source: string;
}

/**
 * The plan deadlines of a year (年度计划时限): department plan by the end of January, plans filed with the
 * joint-meeting office by the end of February, joint plan by the end of March (months from the rules).
 *
 * @param year - the plan year
 * @param rules - the rules (months and sources)
 * @returns the three deadlines with their sources
 * @example
 * ```ts
 * planDeadlines(2025, WORKFLOW_RULES).jointPlan.dueOn; // '2025-03-31'
 * ```
 */
export function planDeadlines(
  year: number,
  rules: Pick<WorkflowRules, 'departmentPlanMonth' | 'planFilingMonth' | 'jointPlanMonth'>,
): {
  readonly departmentPlan: PlanDeadline;
  readonly filing: PlanDeadline;
  readonly jointPlan: PlanDeadline;
} {
  const at = (rule: { readonly value: number; readonly source: string }) => ({
    dueOn: endOfMonth(year, rule.value),
    source: rule.source,
  });
  return {
    departmentPlan: at(rules.departmentPlanMonth),
    filing: at(rules.planFilingMonth),
    jointPlan: at(rules.jointPlanMonth),
  };
}

/** What a plan step returns: the plan record and the audit event. */
export interface PlanStepResult<C extends DepartmentPlanContent | JointPlanContent> {
  readonly plan: PlanRecord<C>;
  readonly event: AuditEventInput;
}

/**
 * Publishes a plan (计划公示): the date comes from the clock and is compared with the deadline for its kind.
 *
 * @param plan - a draft plan
 * @param input - the actor
 * @param ctx - clock and rules
 * @returns the published plan (with `published.onTime`) and a `plan.publish` event
 * @throws {SsjError} `WORKFLOW_PLAN_PUBLISHED` when it is already published (change it with {@link amendPlan})
 * @example
 * ```ts
 * const { plan: published } = publishPlan(plan, { actor: 'market' }, ctx);
 * ```
 */
export function publishPlan<C extends DepartmentPlanContent | JointPlanContent>(
  plan: PlanRecord<C>,
  input: { readonly actor: string },
  ctx: WorkflowContext,
): PlanStepResult<C> {
  if (plan.published !== undefined) {
    const message = `Plan ${plan.content.id} is already published; change it with an amendment and a reason`;
    throw new SsjError('WORKFLOW_PLAN_PUBLISHED', message);
  }
  const deadlines = planDeadlines(plan.content.year, ctx.rules);
  const due = plan.content.kind === 'joint' ? deadlines.jointPlan : deadlines.departmentPlan;
  const published = dated(ctx, due.dueOn);
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
 * Files a plan with the joint-meeting office (报联席会议办公室备案), judged against the filing deadline.
 *
 * @param plan - a plan
 * @param input - the actor
 * @param ctx - clock and rules
 * @returns the plan with `filed` and a `plan.file` event
 * @throws {SsjError} `WORKFLOW_PRECONDITION_FAILED` when it was filed already
 * @example
 * ```ts
 * filePlan(plan, { actor: 'market' }, ctx).plan.filed?.onTime;
 * ```
 */
export function filePlan<C extends DepartmentPlanContent | JointPlanContent>(
  plan: PlanRecord<C>,
  input: { readonly actor: string },
  ctx: WorkflowContext,
): PlanStepResult<C> {
  if (plan.filed !== undefined) {
    throw new SsjError(
      'WORKFLOW_PRECONDITION_FAILED',
      `Plan ${plan.content.id} was filed on ${plan.filed.on}`,
    );
  }
  const due = planDeadlines(plan.content.year, ctx.rules).filing;
  const filed = dated(ctx, due.dueOn);
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
 * @throws {SsjError} `WORKFLOW_PLAN_INVALID` when the new content is not a valid plan
 * @example
 * ```ts
 * amendPlan(plan, { content: { ...plan.content, entries: more }, reason: '新增食品安全专项', actor: 'market' }, ctx);
 * ```
 */
export function amendPlan<C extends DepartmentPlanContent | JointPlanContent>(
  plan: PlanRecord<C>,
  input: { readonly content: PlanContentInput; readonly reason: string; readonly actor: string },
  ctx: WorkflowContext,
): PlanStepResult<C> {
  const problem =
    plan.published === undefined
      ? 'a draft is changed freely; only published plans are amended'
      : input.reason.trim() === ''
        ? 'an amendment needs a recorded reason'
        : input.content.id !== plan.content.id ||
            input.content.year !== plan.content.year ||
            input.content.kind !== plan.content.kind
          ? 'an amendment keeps the plan id, year and kind'
          : undefined;
  if (problem !== undefined)
    throw new SsjError('WORKFLOW_PRECONDITION_FAILED', `Cannot amend plan ${plan.content.id}: ${problem}`);
  const content = parsePlan(input.content).content as C;
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

function dated(ctx: WorkflowContext, dueOn: IsoDate) {
  const on = toChinaDate(ctx.clock());
  return { on, dueOn, onTime: compareDates(on, dueOn) <= 0 };
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
