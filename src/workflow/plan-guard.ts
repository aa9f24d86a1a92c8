import * as z from 'zod/mini';
import { isoDateSchema } from '../core/index.js';
import { expectDenseArray, parseWith } from '../core/internal.js';
import { departmentPlanSchema, jointPlanSchema } from './plan-types.js';

/**
 * The shape of a plan record (计划记录) as the plan steps and the overlap finder read it: content that is a valid
 * plan, a whole revision from 1, the dates of publication and filing when present, a list of amendments. A plan
 * read back from storage with a broken field is refused with its path before any step uses it.
 */

const stepDate = z.looseObject({ on: isoDateSchema, dueOn: isoDateSchema, onTime: z.boolean() });

const planRecordSchema = z.looseObject({
  content: z.discriminatedUnion('kind', [departmentPlanSchema, jointPlanSchema]),
  revision: z.int().check(z.gte(1)),
  published: z.optional(stepDate),
  filed: z.optional(stepDate),
  amendments: z.array(z.looseObject({ revision: z.int() })),
});

const actor = z.string().check(z.minLength(1, 'Expected the actor (who takes the step)'));

/** The input of `publishPlan` and `filePlan`: the actor, nothing else. */
export const planActorInputSchema = z.strictObject({ actor });

/** The input of `amendPlan`: the new content (checked as a plan afterwards), the reason, the actor. */
export const amendPlanInputSchema = z.strictObject({ content: z.unknown(), reason: z.string(), actor });

/**
 * Refuses what is not a plan record (internal).
 *
 * @throws {SsjError} `WORKFLOW_PLAN_INVALID` with the path of each wrong field
 */
export function expectPlanRecord(plan: unknown): void {
  parseWith(planRecordSchema, plan, 'plan record', 'WORKFLOW_PLAN_INVALID');
}

/**
 * Refuses what is not an array of plan records (internal).
 *
 * @throws {SsjError} `WORKFLOW_PLAN_INVALID` with the index and path of each wrong field
 */
export function expectPlanRecords(plans: unknown): void {
  expectDenseArray(plans, 'array of plan records', 'WORKFLOW_PLAN_INVALID');
  parseWith(z.array(planRecordSchema), plans, 'plan records', 'WORKFLOW_PLAN_INVALID');
}
