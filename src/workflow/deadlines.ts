import { parseIsoDate as checkIsoDate, compareDates, type IsoDate, SsjError } from '../core/index.js';
import {
  ABNORMAL_LISTING_GROUNDS,
  type AbnormalListingGround,
  type AbnormalListingGroundRule,
} from './abnormal-list-grounds.js';
import type { WorkflowContext } from './context.js';
import type { InspectionTask } from './task.js';

/**
 * The date results must be published by (结果公示期限): the `rules.resultPublication` working days (20) after the
 * inspection date, the inspection date itself not counted.
 *
 * @param inspectionDate - the day of the visit
 * @param ctx - the calendar and the rules
 * @returns the last day for publication
 * @throws {SsjError} as `ctx.calendar.addWorkdays`: `CALENDAR_DATE_OUT_OF_RANGE` past 2199, `CALENDAR_YEAR_NOT_OFFICIAL`
 *   for a year without a schedule when the calendar is strict
 * @example
 * ```ts
 * resultDueDate('2025-01-20', ctx); // '2025-02-21' with the official 2025 calendar (across 春节)
 * ```
 */
export function resultDueDate(
  inspectionDate: IsoDate,
  ctx: Pick<WorkflowContext, 'calendar' | 'rules'>,
): IsoDate {
  return resultDeadline(inspectionDate, ctx).dueOn;
}

/**
 * The publication deadline with whether it is provisional (结果公示期限及是否暂定): as {@link resultDueDate}, and
 * `provisional` when a day counted lies in a year with no official or custom calendar schedule (an inspection in
 * December whose 20 working days run into a year whose holiday notice is not out).
 *
 * @param inspectionDate - the day of the visit
 * @param ctx - the calendar and the rules
 * @returns the last day for publication, whether it may still move, and the rule's source
 * @throws {SsjError} as {@link resultDueDate}
 * @example
 * ```ts
 * resultDeadline('2026-12-21', ctx); // { dueOn: '2027-01-19', provisional: true, source: '达政办发〔2023〕70号 三（九）' }
 * ```
 */
export function resultDeadline(
  inspectionDate: IsoDate,
  ctx: Pick<WorkflowContext, 'calendar' | 'rules'>,
): { readonly dueOn: IsoDate; readonly provisional: boolean; readonly source: string } {
  checkIsoDate(inspectionDate, ['inspectionDate']);
  expectDeadlineContext(ctx);
  const rule = ctx.rules.resultPublication;
  const d = ctx.calendar.deadline(inspectionDate, rule.value);
  return { dueOn: d.due, provisional: d.provisional, source: rule.source };
}

/** Refuses, in constant work, a context without the calendar and rules a deadline reads. */
function expectDeadlineContext(ctx: unknown): void {
  const c = ctx as { calendar?: { deadline?: unknown }; rules?: unknown } | null;
  if (typeof c === 'object' && c !== null && typeof c.rules === 'object' && c.rules !== null)
    if (typeof c.calendar === 'object' && c.calendar !== null && typeof c.calendar.deadline === 'function')
      return;
  const message = 'Expected a workflow context with a calendar and rules (createWorkflowContext)';
  throw new SsjError('INVALID_INPUT', message, {
    issues: [{ path: ['ctx'], message, expected: 'WorkflowContext' }],
  });
}

/** A visit whose result has not been published in time (逾期未公示). */
export interface OverdueResult {
  readonly taskId: string;
  readonly targetId: string;
  readonly department: string;
  readonly inspectionDate: IsoDate;
  readonly dueOn: IsoDate;
  /** Whether the due date rests on a year without an official or custom calendar schedule. */
  readonly provisional: boolean;
}

/**
 * Finds overdue results (逾期未公示检查结果): for every visit and department present, no publication by the due date,
 * as of `today`.
 *
 * @param task - any task
 * @param today - the date to judge by (China civil date)
 * @param ctx - the calendar and the rules
 * @returns one entry per (target, department) past its deadline without a publication
 * @throws {SsjError} as `ctx.calendar.addWorkdays`: `CALENDAR_DATE_OUT_OF_RANGE` past 2199, `CALENDAR_YEAR_NOT_OFFICIAL`
 *   for a year without a schedule when the calendar is strict
 * @example
 * ```ts
 * findOverdueResults(task, toChinaDate(ctx.clock()), ctx);
 * ```
 */
export function findOverdueResults(
  task: InspectionTask,
  today: IsoDate,
  ctx: Pick<WorkflowContext, 'calendar' | 'rules'>,
): readonly OverdueResult[] {
  const state = task.state.status === 'cancelled' ? undefined : task.state;
  if (state === undefined || !('visits' in state)) return [];
  const published = 'publications' in state ? state.publications : [];
  return state.visits.flatMap((visit) => {
    const { dueOn, provisional } = resultDeadline(visit.date, ctx);
    if (compareDates(today, dueOn) <= 0) return [];
    return visit.departments
      .filter((d) => !published.some((p) => p.department === d && p.targetId === visit.targetId))
      .map((department) => ({
        taskId: task.id,
        targetId: visit.targetId,
        department,
        inspectionDate: visit.date,
        dueOn,
        provisional,
      }));
  });
}

/** A target to be put on the abnormal-operation list (列入经营异常名录) and by when. */
export interface AbnormalListing {
  readonly taskId: string;
  readonly targetId: string;
  /** Every department that found the registered address unreachable. */
  readonly departments: readonly string[];
  /** The listing ground (列入情形). */
  readonly ground: AbnormalListingGround;
  /** The day that starts the clock (not counted). */
  readonly foundOn: IsoDate;
  /** The last day for the listing decision. */
  readonly dueOn: IsoDate;
  readonly source: string;
  /** Whether the due date rests on a year without an official or custom calendar schedule. */
  readonly provisional: boolean;
}

/**
 * The last day to list an enterprise on a ground (列入时限): the ground's working days (10) after the day that
 * starts its clock, that day not counted.
 *
 * @param ground - a built-in ground, or the host's own rule
 * @param from - the day that starts the clock: verified unreachable, the annual-report window closed, the ordered
 *   period ended
 * @param ctx - the calendar
 * @returns the due date, whether it is provisional, and the source
 * @throws {SsjError} as `ctx.calendar.deadline`
 * @example
 * ```ts
 * abnormalListingDeadline('annual-report-late', '2025-06-30', ctx).dueOn; // '2025-07-14'
 * ```
 */
export function abnormalListingDeadline(
  ground: AbnormalListingGround | AbnormalListingGroundRule,
  from: IsoDate,
  ctx: Pick<WorkflowContext, 'calendar'>,
): { readonly dueOn: IsoDate; readonly provisional: boolean; readonly source: string } {
  const rule = typeof ground === 'string' ? ABNORMAL_LISTING_GROUNDS[ground] : ground;
  const d = ctx.calendar.deadline(from, rule.value);
  return { dueOn: d.due, provisional: d.provisional, source: rule.source };
}

/**
 * The abnormal-operation listings a task’s results call for (经营异常名录): a target whose result says 通过登记的
 * 住所（经营场所）无法联系 starts a `rules.abnormalOperationListing` working-day clock (10) from the inspection date.
 * One listing per target, however many departments recorded it. Record the decision with
 * `decideAbnormalListing` and the removal with `removeFromAbnormalList`.
 *
 * @param task - a task with results
 * @param ctx - the calendar and the rules
 * @returns one listing per such target
 * @throws {SsjError} as `ctx.calendar.addWorkdays`: `CALENDAR_DATE_OUT_OF_RANGE` past 2199, `CALENDAR_YEAR_NOT_OFFICIAL`
 *   for a year without a schedule when the calendar is strict
 * @example
 * ```ts
 * abnormalListings(task, ctx); // [{ targetId: 't3', departments: ['samr'], dueOn: '2025-05-29', … }]
 * ```
 */
export function abnormalListings(
  task: InspectionTask,
  ctx: Pick<WorkflowContext, 'calendar' | 'rules'>,
): readonly AbnormalListing[] {
  const state = task.state;
  if (!('results' in state)) return [];
  const rule = ctx.rules.abnormalOperationListing;
  const found = state.results.filter((r) => r.categories.includes('unreachable'));
  const targets = [...new Set(found.map((r) => r.targetId))];
  return targets.map((targetId) => {
    const mine = found.filter((r) => r.targetId === targetId);
    const foundOn = mine.map((r) => r.inspectionDate).reduce((a, b) => (compareDates(a, b) <= 0 ? a : b));
    const due = ctx.calendar.deadline(foundOn, rule.value);
    return {
      taskId: task.id,
      targetId,
      departments: mine.map((r) => r.department),
      ground: 'unreachable' as const,
      foundOn,
      dueOn: due.due,
      source: rule.source,
      provisional: due.provisional,
    };
  });
}

/**
 * The date a changed checklist must be entered into the platform by (清单调整录入期限): `rules.checklistChange`
 * working days (10) after the law was made, amended or repealed.
 *
 * @param changedOn - the day the change took effect
 * @param ctx - the calendar and the rules
 * @returns the last day for entering the changed checklist
 * @throws {SsjError} as `ctx.calendar.addWorkdays`: `CALENDAR_DATE_OUT_OF_RANGE` past 2199, `CALENDAR_YEAR_NOT_OFFICIAL`
 *   for a year without a schedule when the calendar is strict
 * @example
 * ```ts
 * checklistEntryDueDate('2025-09-26', ctx); // '2025-10-16' (国庆节、中秋节 in between, 09-28 and 10-11 worked)
 * ```
 */
export function checklistEntryDueDate(
  changedOn: IsoDate,
  ctx: Pick<WorkflowContext, 'calendar' | 'rules'>,
): IsoDate {
  return ctx.calendar.addWorkdays(changedOn, ctx.rules.checklistChange.value);
}
