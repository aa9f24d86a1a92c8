import { defaultCalendar, type WorkCalendar } from '../calendar/index.js';
import { type Clock, type IdGenerator, randomIds, systemClock } from '../core/index.js';
import { expectOptions } from '../core/internal.js';
import { type ContextNeeds, expectContext, RULE_NAMES } from './context-guard.js';
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
 * @throws {SsjError} `INVALID_INPUT` when `parts` holds a key other than these four, or a part of the wrong kind
 *   (a clock or id generator that is not a function, a calendar without its methods, rules without a sourced
 *   number for each rule)
 * @example
 * ```ts
 * const ctx = createWorkflowContext({
 *   calendar: createWorkCalendar(),
 *   clock: fixedClock('2025-01-20T09:00:00+08:00', 60_000),
 *   newId: sequentialIds(),
 * });
 * ```
 *
 * @example
 * Run in `examples/workflow-helpers.ts`:
 *
 * {@includeCode ../../examples/workflow-helpers.ts#context}
 */
export function createWorkflowContext(parts: Partial<WorkflowContext> = {}): WorkflowContext {
  expectOptions(parts, ['clock', 'newId', 'calendar', 'rules'], 'createWorkflowContext');
  expectContext(parts, needsOf(parts), ['parts']);
  return {
    clock: parts.clock ?? systemClock,
    newId: parts.newId ?? randomIds(),
    calendar: parts.calendar ?? defaultCalendar(),
    rules: parts.rules ?? WORKFLOW_RULES,
  };
}

/** What to check of the parts given: each part present, the rules complete. */
function needsOf(parts: Partial<WorkflowContext>): ContextNeeds {
  const routine =
    parts.rules?.routineInspectionPlanMonth === undefined ? [] : ['routineInspectionPlanMonth' as const];
  return {
    clock: parts.clock !== undefined,
    newId: parts.newId !== undefined,
    ...(parts.calendar === undefined ? {} : { calendar: ['deadline', 'addWorkdays', 'endOfMonthDeadline'] }),
    ...(parts.rules === undefined ? {} : { rules: [...RULE_NAMES, ...routine] }),
  };
}
