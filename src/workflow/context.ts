import { defaultCalendar, type WorkCalendar } from '../calendar/index.js';
import { type Clock, type IdGenerator, randomIds, systemClock } from '../core/index.js';
import { WORKFLOW_RULES, type WorkflowRules } from './rules.js';

/**
 * Everything a workflow step takes from the world (运行环境): the clock, the id generator, the working-day
 * calendar and the rules. Passing it in makes every step replayable.
 */
export interface WorkflowContext {
  /** The current instant for audit events. */
  readonly clock: Clock;
  /** Ids for new records (tasks, measures, publications). */
  readonly newId: IdGenerator;
  /** The working-day calendar for deadlines: the calendar module's `WorkCalendar`, the one shape everywhere. */
  readonly calendar: WorkCalendar;
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
