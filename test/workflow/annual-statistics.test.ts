import { describe, expect, it } from 'vitest';
import {
  annualInspectionStatistics,
  approveInspection,
  cancelTask,
  type InspectionTask,
  inspectionRecordsOf,
  makeUpScanIn,
  missedApprovals,
  missedScanIns,
} from '../../src/workflow/index.js';
import { walkTo } from './fixtures.js';

const visitsOf = (tasks: readonly InspectionTask[], year: number) =>
  tasks
    .map((t) => (t.state.status === 'cancelled' ? t.state.before : t.state))
    .flatMap((s) => ('visits' in s ? s.visits : []))
    .filter((v) => v.date.startsWith(`${year}-`))
    .reduce((n, v) => n + v.departments.length, 0);

describe('the 执法统计年报: inspections per enterprise per body per year, by kind', () => {
  it('two joint visits of market and health make four routine inspections, one row per enterprise and body', () => {
    const { task } = walkTo('published');
    const stats = annualInspectionStatistics([task], 2025);
    expect(stats.totals).toEqual({ routine: 4, case: 0, special: 0, 'superior-special': 0, all: 4 });
    expect(stats.rows).toHaveLength(4);
    expect(stats.rows[0]).toMatchObject({ department: 'health', body: '达拉特旗卫生健康委员会', total: 1 });
    expect(annualInspectionStatistics([task], 2024).rows).toEqual([]);
  });

  it('adds up to the visits the tasks record, visits of cancelled tasks included', () => {
    const a = walkTo('published').task;
    const inspected = walkTo('inspected');
    const cancelled = cancelTask(
      inspected.task,
      { reason: '企业已注销', actor: 'market' },
      inspected.ctx,
    ).task;
    const tasks = [a, cancelled, walkTo('drawn').task];
    const stats = annualInspectionStatistics(tasks, 2025);
    expect(stats.totals.all).toBe(visitsOf(tasks, 2025));
    expect(stats.totals.all).toBe(8);
    expect(stats.rows.reduce((n, r) => n + r.total, 0)).toBe(stats.totals.all);
  });

  it('records each joint visit once per department, sharing one visit id, as caps count them', () => {
    const { task } = walkTo('inspected');
    const records = inspectionRecordsOf([task]);
    expect(records).toHaveLength(4);
    expect(new Set(records.map((r) => r.visitId)).size).toBe(2);
    expect(records.every((r) => r.kind === 'routine')).toBe(true);
  });
});

describe('bad input to the new workflow exports gets a coded SsjError, never a TypeError', () => {
  it.each([
    ['annualInspectionStatistics', () => annualInspectionStatistics(null as never, 2025)],
    ['annualInspectionStatistics year', () => annualInspectionStatistics([], 1.5)],
    ['inspectionRecordsOf', () => inspectionRecordsOf([{}] as never)],
    ['approveInspection', () => approveInspection(undefined as never, {} as never, walkTo('planned').ctx)],
    ['missedApprovals', () => missedApprovals({ id: 1 } as never, 'x' as never)],
    ['missedScanIns', () => missedScanIns(walkTo('planned').task, 'soon' as never)],
    ['makeUpScanIn', () => makeUpScanIn('task' as never, {} as never, walkTo('planned').ctx)],
  ])('%s', (_, call) => {
    expect(call).toThrow(expect.objectContaining({ name: 'SsjError' }));
  });
});
