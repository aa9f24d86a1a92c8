import { describe, expect, it } from 'vitest';
import {
  assessmentStatistics,
  cancelTask,
  closeFollowUps,
  createTask,
  designateTargets,
  findOverlappingDraws,
  formatAnnouncement,
  planJointVisits,
  plannedDrawsOfTasks,
  recordFollowUp,
  targetFeedback,
} from '../../src/workflow/index.js';
import { closeAllFollowUps, JOINT_INPUT, makeCtx, walkTo } from './fixtures.js';

function designated(department: string, ids: readonly string[], from = '2025-04-01') {
  const { ctx } = makeCtx();
  const { task } = createTask(
    {
      ...JOINT_INPUT,
      initiator: department,
      participants: [],
      items: [{ id: `${department}-item`, department, label: '检查事项' }],
      period: { from, to: '2025-06-30' },
      mode: { kind: 'targeted', trigger: 'referral', reference: 'ref-1' },
    },
    ctx,
  );
  return designateTargets(
    task,
    { targets: ids.map((id) => ({ id, name: `对象${id}` })), actor: department },
    ctx,
  ).task;
}

describe('joint visits (进一次门、查多项事)', () => {
  it('merges three departments’ draws into one visit per target and counts the visits saved', () => {
    const plan = planJointVisits([
      designated('market', ['a', 'b', 'c']),
      designated('health', ['b', 'c']),
      designated('fire', ['c', 'd'], '2025-05-01'),
    ]);
    expect(plan.window).toEqual({ from: '2025-05-01', to: '2025-06-30' });
    expect(plan.visits.map((v) => [v.targetId, v.departments.join('+')])).toEqual([
      ['a', 'market'],
      ['b', 'market+health'],
      ['c', 'market+health+fire'],
      ['d', 'fire'],
    ]);
    expect(plan.visits.find((v) => v.targetId === 'c')?.itemIds).toEqual([
      'market-item',
      'health-item',
      'fire-item',
    ]);
    expect(plan.separateVisits).toBe(7);
    expect(plan.visitsSaved).toBe(3);
  });

  it('refuses tasks with no common day', () => {
    const a = designated('market', ['a']);
    const b = {
      ...designated('health', ['a']),
      period: { from: '2025-07-01', to: '2025-07-31' },
    } as typeof a;
    expect(() => planJointVisits([a, b])).toThrow(/no common day/);
  });
});

describe('follow-up (后续处置) and statistics (考核)', () => {
  it('closes every measure before the follow-up closes, and feeds results back to the targets', () => {
    const { task, ctx } = walkTo('published');
    expect(() => closeFollowUps(task, { actor: 'health' }, ctx)).toThrow(/still open/);
    const open =
      task.state.status === 'published' ? task.state.followUps.filter((m) => m.closedOn === undefined) : [];
    expect(open.map((m) => m.kind)).toEqual(['order-correction', 'order-correction']);
    const fb = targetFeedback(task).filter((f) => f.department === 'health');
    expect(fb.every((f) => f.findings.length === 1 && f.measures[0]?.closedOn === undefined)).toBe(true);
    expect(() =>
      recordFollowUp(
        task,
        { measureId: open[0]!.id, closedOn: '2025-05-01', outcome: '已整改', actor: 'health' },
        ctx,
      ),
    ).toThrow(/before the measure opened/);
    const closed = closeAllFollowUps(task, ctx);
    expect(closeFollowUps(closed, { actor: 'health' }, ctx).task.state.status).toBe('follow-up-closed');
  });

  it('counts per department and overall', () => {
    const published = walkTo('published').task;
    const drawn = walkTo('drawn').task;
    const { overall, byDepartment } = assessmentStatistics([published, drawn]);
    expect(overall).toMatchObject({
      tasksPlanned: 2,
      tasksCompleted: 1,
      jointTasks: 2,
      jointShare: 1,
      visits: 2,
      visitsSaved: 2,
      results: 4,
      problemResults: 2,
      problemRate: 0.5,
      publications: 4,
      onTimePublications: 4,
      onTimeRate: 1,
      followUps: 4,
      followUpsClosed: 2,
    });
    expect(byDepartment.health).toMatchObject({
      visitsSaved: 2,
      results: 2,
      problemRate: 1,
      followUpsClosed: 0,
    });
    expect(byDepartment.market).toMatchObject({
      visitsSaved: 0,
      results: 2,
      problemRate: 0,
      followUpsClosed: 2,
    });
  });

  it('keeps targeted work apart from the random figures, and a cancelled task is not planned work', () => {
    const published = walkTo('published').task;
    const { task: drawn, ctx } = walkTo('drawn');
    const cancelled = cancelTask(drawn, { reason: '上级部署调整', actor: 'market' }, ctx).task;
    const complaint = designated('market', ['x1']);
    const report = assessmentStatistics([published, cancelled, complaint]);
    expect(report.overall).toMatchObject({
      tasksPlanned: 2,
      randomTasks: 1,
      targetedTasks: 1,
      tasksCancelled: 1,
      jointTasks: 1,
      jointShare: 0.5,
    });
    expect(report.byMode.random.overall).toMatchObject({
      tasksPlanned: 1,
      targetedTasks: 0,
      tasksCancelled: 1,
      jointShare: 1,
      results: 4,
    });
    expect(report.byMode.targeted.overall).toMatchObject({
      tasksPlanned: 1,
      randomTasks: 0,
      jointTasks: 0,
      jointShare: 0,
      visits: 0,
    });
    expect(report.byMode.targeted.byDepartment.health).toBeUndefined();
  });

  it('a complaint case is never proposed for merging into a random draw (三（十） apart from 三（八）)', () => {
    const complaint = designated('health', ['x1']);
    const { ctx } = makeCtx();
    const random = createTask(
      { ...JOINT_INPUT, participants: [], items: [JOINT_INPUT.items[0]], name: '市场监管 H62 抽查' },
      ctx,
    ).task;
    const withIndustry = { ...complaint, industry: 'H62' } as typeof complaint;
    const draws = plannedDrawsOfTasks([withIndustry, random]);
    expect(draws.map((d) => d.ref)).toEqual([random.id]);
    expect(findOverlappingDraws(draws)).toEqual([]);
  });

  it('the announcement shows task, department, target, date and result', () => {
    const { task } = walkTo('published');
    const text = formatAnnouncement(task.state.status === 'published' ? task.state.publications : [], {
      market: '旗市场监管局',
    });
    expect(text.split('\n')).toHaveLength(6);
    expect(text).toContain('旗市场监管局');
    expect(text).toContain('发现问题已责令改正');
    expect(text).toContain('2025-04-14');
  });
});
