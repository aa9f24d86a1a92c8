import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../src/core/index.js';
import {
  abnormalListings,
  checklistEntryDueDate,
  createWorkflowContext,
  findOverdueResults,
  publishTask,
  recordResult,
  resultDueDate,
  reviewTask,
  WORKFLOW_RULES,
} from '../../src/workflow/index.js';
import { walkTo } from './fixtures.js';

describe('publication deadline (检查之日起20个工作日内)', () => {
  const ctx = createWorkflowContext();

  it('results of an inspection on 2025-01-20 are due on 2025-02-21 (across 春节)', () => {
    expect(resultDueDate(parseIsoDate('2025-01-20'), ctx)).toBe('2025-02-21');
  });

  it('a checklist changed on 2025-09-26 is entered by 2025-10-16 (09-28 and 10-11 are make-up working days)', () => {
    expect(checklistEntryDueDate(parseIsoDate('2025-09-26'), ctx)).toBe('2025-10-16');
    expect(WORKFLOW_RULES.checklistChange.value).toBe(10);
  });

  it('the rule carries its source', () => {
    expect(WORKFLOW_RULES.resultPublication).toEqual({
      value: 20,
      unit: 'workdays',
      source: '达政办发〔2023〕70号 三（九）',
    });
  });

  it('a visit of 2025-04-14 is overdue from the day after its due date until published', () => {
    const { task, ctx: c } = walkTo('reviewed');
    const due = resultDueDate(parseIsoDate('2025-04-14'), c);
    expect(findOverdueResults(task, due, c)).toEqual([]);
    const dayAfter = c.calendar.addWorkdays(due, 1);
    const overdue = findOverdueResults(task, dayAfter, c);
    expect(overdue.map((o) => o.department).sort()).toEqual(['health', 'market']);
    expect(overdue[0]?.dueOn).toBe(due);
  });

  it('publication records show whether each result was published in time', () => {
    const late = walkTo('reviewed');
    late.clock.set('2025-07-01T10:00:00+08:00');
    const { task } = publishTask(late.task, { actor: 'market' }, late.ctx);
    const pubs = task.state.status === 'published' ? task.state.publications : [];
    expect(pubs).toHaveLength(4);
    expect(pubs.every((p) => !p.onTime && p.publishedOn === '2025-07-01')).toBe(true);
    expect(findOverdueResults(task, parseIsoDate('2025-07-02'), late.ctx)).toEqual([]);
    const inTime = walkTo('published').task;
    expect(inTime.state.status === 'published' && inTime.state.publications.every((p) => p.onTime)).toBe(
      true,
    );
  });
});

describe('无法联系 → 经营异常名录 within 10 working days', () => {
  it('starts the clock from the inspection date', () => {
    const { task, ctx, record } = walkTo('inspected');
    const [a, b] = record!.selected;
    let t = task;
    for (const s of [a!, b!]) {
      t = recordResult(
        t,
        {
          targetId: s.id,
          department: 'market',
          methods: ['on-site'],
          result: { categories: [s === a ? '通过登记的住所无法联系' : '未发现问题'] },
          findings: s === a ? [{ itemId: 'food-license', finding: '登记住所无人，电话无法接通' }] : [],
          followUp: ['none'],
          enteredBy: 'm1',
        },
        ctx,
      ).task;
    }
    const listings = abnormalListings(t, ctx);
    expect(listings).toHaveLength(1);
    expect(listings[0]).toMatchObject({ targetId: a!.id, foundOn: '2025-04-14', dueOn: '2025-04-27' }); // Sunday 04-27 is a make-up working day (调休)
    expect(() => reviewTask(t, { reviewer: 'chief' }, ctx)).toThrow(/No result of health/);
  });
});
