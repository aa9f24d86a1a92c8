import * as z from 'zod/mini';
import { compareDates, type IsoDate, isoDateSchema } from '../core/index.js';
import { expectDenseArray, parseWith } from '../core/internal.js';
import { expectPlanRecords } from './plan-guard.js';
import type { PlanRecord } from './plan-types.js';
import type { InspectionTask } from './task.js';
import { expectReadableTasks } from './task-guard.js';

/** One planned draw (计划抽取): who draws, in which industry, when. */
export interface PlannedDraw {
  readonly ref: string;
  readonly department: string;
  readonly industry: string;
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** `true` when it already is a joint task (it is not flagged again). */
  readonly joint: boolean;
}

/** Draws of the same industry by several departments in overlapping periods (重复抽查): candidates for one joint task. */
export interface DrawOverlap {
  readonly industry: string;
  readonly departments: readonly string[];
  readonly refs: readonly string[];
  readonly from: IsoDate;
  readonly to: IsoDate;
}

const text = z.string().check(z.minLength(1));
const plannedDrawsSchema = z.array(
  z.looseObject({
    ref: text,
    department: text,
    industry: text,
    from: isoDateSchema,
    to: isoDateSchema,
    joint: z.boolean(),
  }),
);

/**
 * The planned draws of department plans: one per entry that names an industry (`plan-id#index`).
 *
 * @param plans - department and joint plans (joint tasks are marked joint)
 * @returns the planned draws
 * @throws {SsjError} `WORKFLOW_PLAN_INVALID` when `plans` is not an array of plan records, naming the index and field
 * @example
 * ```ts
 * findOverlappingDraws(plannedDrawsOfPlans(plans));
 * ```
 *
 * @example
 * Run in `examples/workflow-helpers.ts`:
 *
 * {@includeCode ../../examples/workflow-helpers.ts#plans}
 */
export function plannedDrawsOfPlans(plans: readonly PlanRecord[]): readonly PlannedDraw[] {
  expectPlanRecords(plans);
  return plans.flatMap((plan): PlannedDraw[] => {
    const c = plan.content;
    if (c.kind === 'department') {
      return c.entries.flatMap((e, i) =>
        e.industry === undefined
          ? []
          : [
              {
                ref: `${c.id}#${i}`,
                department: c.department,
                industry: e.industry,
                ...e.schedule,
                joint: false,
              },
            ],
      );
    }
    return c.tasks.flatMap((t, i) =>
      t.industry === undefined
        ? []
        : [
            {
              ref: `${c.id}#${i}`,
              department: t.initiator,
              industry: t.industry,
              ...t.inspectionDates,
              joint: true,
            },
          ],
    );
  });
}

/**
 * The planned draws of tasks: one per random task that names an industry, marked joint when it has participants.
 * Targeted tasks (投诉举报、转办交办、大数据监测) are not draws: they are handled case by case (三（十）) and never
 * merged into a random draw (三（八）).
 *
 * @param tasks - tasks (cancelled and targeted ones are left out)
 * @returns the planned draws
 * @throws {SsjError} `WORKFLOW_INVALID_TASK` when `tasks` is not an array of tasks, naming the index and field
 * @example
 * ```ts
 * findOverlappingDraws(plannedDrawsOfTasks(tasks));
 * ```
 *
 * @example
 * Run in `examples/workflow-helpers.ts`:
 *
 * {@includeCode ../../examples/workflow-helpers.ts#plans}
 */
export function plannedDrawsOfTasks(tasks: readonly InspectionTask[]): readonly PlannedDraw[] {
  expectReadableTasks(tasks);
  return tasks.flatMap((t) =>
    t.industry === undefined || t.state.status === 'cancelled' || t.mode.kind !== 'random'
      ? []
      : [
          {
            ref: t.id,
            department: t.initiator,
            industry: t.industry,
            ...t.period,
            joint: t.participants.length > 0,
          },
        ],
  );
}

/**
 * Flags overlapping draws (同一行业重复抽查): for each industry, separate (non-joint) draws of two or more departments
 * whose periods overlap, so they can become one joint task (原则上在同一行业布置的抽查应该避免重复组织, 三（八）).
 *
 * @param draws - planned draws
 * @returns one flag per group of overlapping draws, with the common window
 * @throws {SsjError} `INVALID_INPUT` when `draws` is not an array of planned draws (strings, real dates, `joint` a
 *   boolean), naming the index and field
 * @example
 * ```ts
 * findOverlappingDraws(draws); // [{ industry: 'H62', departments: ['health', 'market'], … }]
 * ```
 *
 * @example
 * Run in `examples/workflow-helpers.ts`:
 *
 * {@includeCode ../../examples/workflow-helpers.ts#plans}
 */
export function findOverlappingDraws(draws: readonly PlannedDraw[]): readonly DrawOverlap[] {
  expectDenseArray(draws, 'array of planned draws');
  parseWith(plannedDrawsSchema, draws, 'planned draws');
  const separate = draws.filter((d) => !d.joint);
  const industries = [...new Set(separate.map((d) => d.industry))].sort();
  return industries.flatMap((industry) => {
    const same = separate.filter((d) => d.industry === industry).sort((a, b) => compareDates(a.from, b.from));
    const groups: PlannedDraw[][] = [];
    for (const d of same) {
      const group = groups.at(-1);
      const end = group?.reduce((m, g) => (compareDates(g.to, m) > 0 ? g.to : m), group[0]!.to);
      if (group !== undefined && end !== undefined && compareDates(d.from, end) <= 0) group.push(d);
      else groups.push([d]);
    }
    return groups
      .filter((g) => new Set(g.map((d) => d.department)).size > 1)
      .map((g) => ({
        industry,
        departments: [...new Set(g.map((d) => d.department))].sort(),
        refs: g.map((d) => d.ref),
        from: g[0]!.from,
        to: g.reduce((m, d) => (compareDates(d.to, m) > 0 ? d.to : m), g[0]!.to),
      }));
  });
}
