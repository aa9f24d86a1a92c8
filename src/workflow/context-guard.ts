import * as z from 'zod/mini';
import type { WorkCalendar } from '../calendar/index.js';
import { SsjError, type SsjIssue } from '../core/index.js';
import { INNER_MONGOLIA_WORKFLOW_RULES, WORKFLOW_RULES, type WorkflowRules } from './rules.js';

/**
 * Checks, in work bounded by what a step reads, that a workflow context has the parts the step uses: the clock and
 * the id generator as functions, the calendar's methods, and each rule as a sourced number (a month from 1 to 12).
 * A step never calls a method of garbage nor reads `value` of a missing rule.
 */

/** The parts of a {@link WorkflowContext} a step reads. */
export interface ContextNeeds {
  readonly clock?: boolean;
  readonly newId?: boolean;
  readonly calendar?: readonly (keyof WorkCalendar)[];
  readonly rules?: readonly (keyof WorkflowRules)[];
}

const count = z.int().check(z.gte(0));
const month = z.int().check(z.gte(1), z.lte(12));
/** The rules whose value is a month (their unit in the library's tables), checked as 1 to 12. */
const MONTH_RULES: ReadonlySet<string> = new Set(
  Object.entries({ ...WORKFLOW_RULES, ...INNER_MONGOLIA_WORKFLOW_RULES })
    .filter(([, rule]) => rule.unit === 'month')
    .map(([name]) => name),
);

/** The names of every rule of the default table: what a complete {@link WorkflowRules} has. */
export const RULE_NAMES = Object.keys(WORKFLOW_RULES) as (keyof WorkflowRules)[];

/** The rule `name` as a sourced number (`{ value, source }`): its issues, or none. */
export function ruleIssues(rule: unknown, name: string, path: readonly (string | number)[]): SsjIssue[] {
  const r = rule as { value?: unknown; source?: unknown } | null;
  if (typeof r !== 'object' || r === null)
    return [{ path: [...path], message: `Expected the rule ${name}`, expected: 'SourcedRule' }];
  const value = z.safeParse(MONTH_RULES.has(name) ? month : count, r.value).success;
  const issues: SsjIssue[] = [];
  if (!value) {
    const expected = MONTH_RULES.has(name) ? 'a month from 1 to 12' : 'a whole number';
    issues.push({ path: [...path, 'value'], message: `Expected ${expected}`, expected });
  }
  if (typeof r.source !== 'string')
    issues.push({ path: [...path, 'source'], message: 'Expected the source as text', expected: 'string' });
  return issues;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** The issues of `ctx` for the parts in `needs`, under `path`. */
export function contextIssues(ctx: unknown, needs: ContextNeeds, path: readonly string[]): SsjIssue[] {
  if (!isObject(ctx))
    return [{ path: [...path], message: 'Expected a workflow context', expected: 'WorkflowContext' }];
  const issues: SsjIssue[] = [];
  const fn = (name: string, what: string) => {
    if (typeof ctx[name] !== 'function')
      issues.push({ path: [...path, name], message: `Expected ${what}`, expected: 'function' });
  };
  if (needs.clock) fn('clock', 'a clock (a function returning an instant)');
  if (needs.newId) fn('newId', 'an id generator (a function)');
  if (needs.calendar !== undefined) {
    const calendar = ctx.calendar;
    if (!isObject(calendar))
      issues.push({
        path: [...path, 'calendar'],
        message: 'Expected a WorkCalendar',
        expected: 'WorkCalendar',
      });
    else
      for (const m of needs.calendar)
        if (typeof calendar[m] !== 'function')
          issues.push({
            path: [...path, 'calendar', m],
            message: `Expected the calendar method ${m}`,
            expected: 'function',
          });
  }
  if (needs.rules !== undefined) {
    const rules = ctx.rules;
    if (!isObject(rules))
      issues.push({
        path: [...path, 'rules'],
        message: 'Expected the workflow rules',
        expected: 'WorkflowRules',
      });
    else for (const r of needs.rules) issues.push(...ruleIssues(rules[r], r, [...path, 'rules', r]));
  }
  return issues;
}

/**
 * Refuses a context without the parts a step reads (internal).
 *
 * @param ctx - untrusted context
 * @param needs - the parts the step reads
 * @param path - where the context is (default `ctx`)
 * @throws {SsjError} `INVALID_INPUT` naming each missing or wrong part
 */
export function expectContext(ctx: unknown, needs: ContextNeeds, path: readonly string[] = ['ctx']): void {
  const issues = contextIssues(ctx, needs, path);
  if (issues.length === 0) return;
  const shown = issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`);
  throw new SsjError('INVALID_INPUT', `Invalid workflow context: ${shown.join('; ')}`, { issues });
}
