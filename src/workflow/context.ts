import { defaultCalendar } from '../calendar/index.js';
import { type Clock, type IdGenerator, type IsoDate, randomIds, systemClock } from '../core/index.js';
import { WORKFLOW_RULES, type WorkflowRules } from './rules.js';

/**
 * The working-day calendar the workflow needs (工作日历): the subset of the calendar module’s `WorkCalendar`
 * used for deadlines. Any object with these two functions fits, so the official calendar plugs in directly.
 */
export interface WorkdayCalendar {
  /** Whether `date` is a working day (工作日), make-up working days included. */
  readonly isWorkday: (date: IsoDate) => boolean;
  /** The date `n` working days after `date` (`date` itself not counted). */
  readonly addWorkdays: (date: IsoDate, n: number) => IsoDate;
}

/**
 * Everything a workflow step takes from the world (运行环境): the clock, the id generator, the working-day
 * calendar and the rules. Passing it in makes every step replayable.
 */
export interface WorkflowContext {
  /** The current instant for audit events. */
  readonly clock: Clock;
  /** Ids for new records (tasks, measures, publications). */
  readonly newId: IdGenerator;
  /** The working-day calendar for deadlines. */
  readonly calendar: WorkdayCalendar;
  /** The rules with their sources. */
  readonly rules: WorkflowRules;
}

/**
 * Builds a {@link WorkflowContext}: the one place where defaults are chosen (system clock, random ids, the official
 * working-day calendar of the calendar module, the rules of {@link WORKFLOW_RULES}).
 *
 * @param parts - any part to override
 * @returns a complete context
 * @example
 * ```ts
 * const ctx = createWorkflowContext({
 *   calendar: createWorkCalendar(),
 *   clock: fixedClock('2025-01-20T09:00:00+08:00', 60_000),
 *   newId: sequentialIds(),
 * });
 * ```
 */
export function createWorkflowContext(parts: Partial<WorkflowContext> = {}): WorkflowContext {
  return {
    clock: parts.clock ?? systemClock,
    newId: parts.newId ?? randomIds(),
    calendar: parts.calendar ?? defaultCalendar(),
    rules: parts.rules ?? WORKFLOW_RULES,
  };
}
