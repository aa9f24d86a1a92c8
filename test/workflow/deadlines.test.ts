import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../src/core/index.js';
import {
  ABNORMAL_LISTING_GROUNDS,
  abnormalListingDeadline,
  abnormalListings,
  checklistEntryDueDate,
  createWorkflowContext,
  decideAbnormalListing,
  findOverdueResults,
  publishTask,
  recordResult,
  removeFromAbnormalList,
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
    expect(listings[0]).toMatchObject({
      targetId: a!.id,
      ground: 'unreachable',
      foundOn: '2025-04-14',
      dueOn: '2025-04-27', // Sunday 04-27 is a make-up working day (调休)
      provisional: false,
    });
    expect(() => reviewTask(t, { reviewer: 'chief' }, ctx)).toThrow(/No result of health/);
  });

  it('a listing has a decision record and its removal ends publication (停止公示)', () => {
    const { ctx } = walkTo('inspected');
    const listing = {
      taskId: 'task_1',
      targetId: 't3',
      departments: ['market'],
      ground: 'unreachable' as const,
      foundOn: parseIsoDate('2025-04-14'),
      dueOn: parseIsoDate('2025-04-27'),
      source: ABNORMAL_LISTING_GROUNDS.unreachable.source,
      provisional: false,
    };
    const decided = decideAbnormalListing(
      listing,
      {
        decisionNo: '达市监异列〔2025〕3号',
        decidedOn: '2025-04-28',
        authority: '旗市场监管局',
        actor: 'market',
      },
      ctx,
    );
    expect(decided.record).toMatchObject({
      decision: { decisionNo: '达市监异列〔2025〕3号', decidedOn: '2025-04-28', onTime: false },
      published: true,
      publicFrom: '2025-04-28',
    });
    expect(decided.event).toMatchObject({ type: 'abnormal-list.decide', subject: 't3' });
    const removed = removeFromAbnormalList(
      decided.record,
      { removedOn: '2025-08-01', reason: '依法办理住所变更登记', actor: 'market' },
      ctx,
    );
    expect(removed.record).toMatchObject({ published: false, publicUntil: '2025-08-01' });
    expect(removed.event.type).toBe('abnormal-list.remove');
    expect(() =>
      removeFromAbnormalList(removed.record, { removedOn: '2025-08-02', reason: 'x', actor: 'market' }, ctx),
    ).toThrow(expect.objectContaining({ code: 'WORKFLOW_PRECONDITION_FAILED' }));
    expect(() =>
      decideAbnormalListing(
        listing,
        { decisionNo: 'n', decidedOn: '2025-04-13', authority: 'a', actor: 'market' },
        ctx,
      ),
    ).toThrow(/before the ground was found/);
    const onTime = decideAbnormalListing(
      listing,
      { decisionNo: 'n', decidedOn: '2025-04-27', authority: 'a', actor: 'market' },
      ctx,
    );
    expect(onTime.record.decision.onTime).toBe(true);
  });

  it('a late annual report is listed within 10 working days of the window closing on 06-30', () => {
    const ctx = createWorkflowContext();
    // 2025-06-30 is a Monday; ten working days later (07-01 … 07-14), no holiday between.
    expect(abnormalListingDeadline('annual-report-late', parseIsoDate('2025-06-30'), ctx)).toMatchObject({
      dueOn: '2025-07-14',
      provisional: false,
    });
    expect(ABNORMAL_LISTING_GROUNDS['annual-report-late'].secondary).toBe(true);
  });
});
