import { describe, expect, it } from 'vitest';
import { createWorkCalendar, type WorkCalendar } from '../../src/calendar/index.js';
import { parseIsoDate } from '../../src/core/index.js';
import {
  createWorkflowContext,
  findOverdueResults,
  resultDeadline,
  WORKFLOW_RULES,
} from '../../src/workflow/index.js';
import { walkTo } from './fixtures.js';

describe('a result deadline across a year with no holiday notice is flagged provisional', () => {
  it('resultDeadline: an inspection on 2026-12-21 is due 2027-01-19, provisionally', () => {
    const ctx = createWorkflowContext();
    expect(resultDeadline(parseIsoDate('2026-12-21'), ctx)).toEqual({
      dueOn: '2027-01-19',
      provisional: true,
      source: WORKFLOW_RULES.resultPublication.source,
    });
    expect(resultDeadline(parseIsoDate('2026-11-02'), ctx).provisional).toBe(false);
  });

  it('stops being provisional once the 2027 schedule is passed in', () => {
    const calendar = createWorkCalendar({
      schedules: [{ year: 2027, notice: 'n', periods: [{ name: '元旦', from: '2027-01-01' }] }],
    });
    const ctx = createWorkflowContext({ calendar });
    expect(resultDeadline(parseIsoDate('2026-12-21'), ctx).provisional).toBe(false);
  });

  it('findOverdueResults carries the flag of each due date', () => {
    const { task, ctx } = walkTo('inspected');
    const late = parseIsoDate('2025-12-31');
    expect(findOverdueResults(task, late, ctx).every((o) => o.provisional === false)).toBe(true);
    const real = ctx.calendar;
    // A calendar that answers every deadline provisionally, as for a year without a notice.
    const guessing: WorkCalendar = {
      ...real,
      deadline: (d, n) => ({ ...real.deadline(d, n), provisional: true }),
    };
    const overdue = findOverdueResults(task, late, { ...ctx, calendar: guessing });
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.every((o) => o.provisional)).toBe(true);
  });
});
