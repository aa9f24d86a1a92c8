import { describe, expect, it } from 'vitest';
import { parseInstant, parseIsoDate } from '../../src/core/index.js';
import {
  approveInspection,
  assignTask,
  createTask,
  makeUpScanIn,
  missedApprovals,
  missedScanIns,
  recordInspection,
} from '../../src/workflow/index.js';
import { JOINT_INPUT, MANDATES, makeCtx, onSiteVisit, walkTo } from './fixtures.js';

const code = (c: string) => expect.objectContaining({ code: c });

function approvedAssigned() {
  const w = walkTo('assigned');
  let task = w.task;
  for (const department of ['market', 'health'])
    task = approveInspection(
      task,
      { department, approver: `${department}-head`, actor: department },
      w.ctx,
    ).task;
  return { ...w, task, target: w.record?.selected[0]?.id ?? '' };
}

describe('inspection kind (日常 / 个案 / 专项 / 上级部署专项) on every task', () => {
  it('a random task is 日常 and a targeted one 个案 by default; a random draw cannot be a 个案 inspection', () => {
    const { ctx } = makeCtx();
    expect(createTask(JOINT_INPUT, ctx).task.inspectionKind).toBe('routine');
    const targeted = {
      ...JOINT_INPUT,
      mode: { kind: 'targeted', trigger: 'complaint', reference: 'c-1' },
    } as const;
    expect(createTask(targeted, ctx).task.inspectionKind).toBe('case');
    expect(createTask({ ...JOINT_INPUT, inspectionKind: 'superior-special' }, ctx).task.inspectionKind).toBe(
      'superior-special',
    );
    expect(() => createTask({ ...JOINT_INPUT, inspectionKind: 'case' }, ctx)).toThrow(
      code('WORKFLOW_PRECONDITION_FAILED'),
    );
  });
});

describe('approval before inspecting (须提前报主体负责人批准，紧急情况需事后补办)', () => {
  it('a visit without the approval of every department present is refused', () => {
    const { task, ctx, record } = walkTo('assigned');
    const only = approveInspection(
      task,
      { department: 'market', approver: '局长', actor: 'market' },
      ctx,
    ).task;
    const visit = onSiteVisit(record?.selected[0]?.id ?? '', '2025-04-14');
    expect(() => recordInspection(only, visit, ctx)).toThrow(code('WORKFLOW_APPROVAL_MISSING'));
    expect(() => recordInspection(only, visit, ctx)).toThrow(/health inspect/);
  });

  it('an approval dated after the visit does not approve it beforehand', () => {
    const { task, ctx, clock, record } = walkTo('assigned');
    clock.set('2025-04-20T09:00:00+08:00');
    let t = task;
    for (const department of ['market', 'health'])
      t = approveInspection(t, { department, approver: 'head', actor: department }, ctx).task;
    expect(() => recordInspection(t, onSiteVisit(record?.selected[0]?.id ?? '', '2025-04-14'), ctx)).toThrow(
      code('WORKFLOW_APPROVAL_MISSING'),
    );
  });

  it('an emergency visit is recorded with its approval due 24 hours later, and flagged when the approval is missed', () => {
    const { task, ctx, clock, record } = walkTo('assigned');
    const target = record?.selected[0]?.id ?? '';
    const emergency = { reason: '群众举报现场存在重大安全隐患', startedAt: '2025-04-14T15:00:00+08:00' };
    const done = recordInspection(task, { ...onSiteVisit(target, '2025-04-14'), emergency }, ctx).task;
    const visit = done.state.status === 'inspected' ? done.state.visits[0] : undefined;
    expect(visit?.emergency).toEqual({
      reason: emergency.reason,
      startedAt: '2025-04-14T15:00:00+08:00',
      departments: ['market', 'health'],
      approvalDueBy: '2025-04-15T15:00:00.000+08:00',
    });
    expect(missedApprovals(done, parseInstant('2025-04-15T15:00:00+08:00'))).toEqual([]);
    expect(missedApprovals(done, parseInstant('2025-04-15T15:00:01+08:00')).map((m) => m.department)).toEqual(
      ['market', 'health'],
    );
    clock.set('2025-04-15T10:00:00+08:00');
    const market = approveInspection(
      done,
      { department: 'market', approver: '局长', actor: 'market' },
      ctx,
    ).task;
    clock.set('2025-04-16T10:00:00+08:00');
    const both = approveInspection(
      market,
      { department: 'health', approver: '主任', actor: 'health' },
      ctx,
    ).task;
    expect(missedApprovals(both, parseInstant('2025-04-20T00:00:00+08:00'))).toEqual([
      {
        taskId: both.id,
        targetId: target,
        department: 'health',
        approvalDueBy: '2025-04-15T15:00:00.000+08:00',
        approvedAt: '2025-04-16T10:00:00+08:00',
      },
    ]);
  });
});

describe('methods: non-on-site first (能通过非现场方式实施的不得入企检查)', () => {
  it('every item of the departments present needs a method', () => {
    const { task, ctx, target } = approvedAssigned();
    const visit = onSiteVisit(target, '2025-04-14');
    expect(() => recordInspection(task, { ...visit, methods: [visit.methods[0]] }, ctx)).toThrow(
      code('WORKFLOW_METHOD_MISSING'),
    );
    expect(() => recordInspection(task, { ...visit, methods: undefined }, ctx)).toThrow(
      /no method for food-license, hygiene/,
    );
    const stray = [...visit.methods, { itemId: 'fire-exits', method: 'remote' }] as const;
    expect(() => recordInspection(task, { ...visit, methods: stray }, ctx)).toThrow(
      code('WORKFLOW_METHOD_MISSING'),
    );
  });

  it('an on-site item needs a stated reason', () => {
    const { task, ctx, target } = approvedAssigned();
    const { onSiteReason: _r, ...noReason } = onSiteVisit(target, '2025-04-14');
    expect(() => recordInspection(task, noReason, ctx)).toThrow(code('WORKFLOW_ONSITE_REASON_MISSING'));
  });

  it('a visit done wholly off site needs neither a reason nor a scan-in', () => {
    const { task, ctx, target } = approvedAssigned();
    const t = recordInspection(
      task,
      {
        targetId: target,
        date: '2025-04-14',
        methods: [
          { itemId: 'food-license', method: 'information-sharing' },
          { itemId: 'hygiene', method: 'written' },
        ],
        actor: 'm1',
      },
      ctx,
    ).task;
    const visit = t.state.status === 'inspected' ? t.state.visits[0] : undefined;
    expect(visit?.scanIn).toBeUndefined();
    expect(visit?.methods?.map((m) => m.method)).toEqual(['information-sharing', 'written']);
  });
});

describe('scan-in per on-site visit (扫码入企 / 亮码检查)', () => {
  it('an on-site visit without a scan-in is refused: the enterprise may refuse an inspection with nothing shown', () => {
    const { task, ctx, target } = approvedAssigned();
    const { scanIn: _s, ...noScan } = onSiteVisit(target, '2025-04-14');
    expect(() => recordInspection(task, noScan, ctx)).toThrow(code('WORKFLOW_SCAN_IN_MISSING'));
    expect(() => recordInspection(task, noScan, ctx)).toThrow(/may refuse the inspection/);
  });

  it('a scan missed for a network failure is made up within 10 calendar days (深圳), flagged when late', () => {
    const { task, ctx, clock, target } = approvedAssigned();
    const scanIn = { kind: 'deferred', cause: 'network-failure', reason: '网络中断' } as const;
    const done = recordInspection(task, { ...onSiteVisit(target, '2025-04-14'), scanIn }, ctx).task;
    const visit = done.state.status === 'inspected' ? done.state.visits[0] : undefined;
    expect(visit?.scanIn).toMatchObject({ kind: 'deferred', dueOn: '2025-04-24' });
    expect(missedScanIns(done, parseIsoDate('2025-04-24'))).toEqual([]);
    expect(missedScanIns(done, parseIsoDate('2025-04-25'))).toEqual([
      { taskId: done.id, targetId: target, cause: 'network-failure', dueOn: '2025-04-24' },
    ]);
    clock.set('2025-04-26T09:00:00+08:00');
    const late = makeUpScanIn(
      done,
      { targetId: target, shown: 'code', at: '2025-04-26T09:00:00+08:00', place: '经营场所', actor: 'm1' },
      ctx,
    ).task;
    expect(missedScanIns(late, parseIsoDate('2025-05-01'))).toMatchObject([{ madeUpOn: '2025-04-26' }]);
    expect(() =>
      makeUpScanIn(
        late,
        { targetId: target, shown: 'code', at: '2025-04-27T09:00:00+08:00', place: 'x', actor: 'm1' },
        ctx,
      ),
    ).toThrow(code('WORKFLOW_PRECONDITION_FAILED'));
  });

  it('an emergency scan is made up before leaving: due the same day', () => {
    const { task, ctx, target } = approvedAssigned();
    const scanIn = { kind: 'deferred', cause: 'emergency', reason: '现场紧急' } as const;
    const done = recordInspection(task, { ...onSiteVisit(target, '2025-04-14'), scanIn }, ctx).task;
    expect(missedScanIns(done, parseIsoDate('2025-04-15'))).toHaveLength(1);
  });
});

describe('who may inspect (行政执法机关、法律法规授权组织、受委托组织)', () => {
  const teamsOf = (ids: readonly string[]) =>
    ids.flatMap((id) => [
      { targetId: id, department: 'market', inspectors: ['m1', 'm2'], lead: 'm1' },
      { targetId: id, department: 'health', inspectors: ['h1', 'h2'], lead: 'h1' },
    ]);

  it('an entrusted organisation needs its 委托书; every department needs a mandate', () => {
    const { task, ctx, record } = walkTo('drawn');
    const teams = teamsOf((record?.selected ?? []).map((s) => s.id));
    const entrusted = [
      MANDATES[0],
      { department: 'health', body: '某检测中心', kind: 'entrusted-organisation' },
    ] as const;
    expect(() => assignTask(task, { teams, mandates: entrusted, actor: 'm' }, ctx)).toThrow(
      code('WORKFLOW_MANDATE_INVALID'),
    );
    expect(() => assignTask(task, { teams, mandates: [MANDATES[0]], actor: 'm' }, ctx)).toThrow(
      /health has no/,
    );
    const letter = [MANDATES[0], { ...entrusted[1], entrustment: '达卫委托〔2025〕1号' }];
    expect(assignTask(task, { teams, mandates: letter, actor: 'm' }, ctx).task.state.status).toBe('assigned');
  });

  it('auxiliary staff accompany but never count toward the two officers', () => {
    const { task, ctx, record } = walkTo('drawn');
    const teams = teamsOf((record?.selected ?? []).map((s) => s.id)).map((t, i) =>
      i === 0
        ? { ...t, inspectors: ['m1', 'aux-1'], accompanying: [{ id: 'aux-1', role: 'auxiliary' as const }] }
        : t,
    );
    expect(() => assignTask(task, { teams, mandates: MANDATES, actor: 'm' }, ctx)).toThrow(
      code('WORKFLOW_MANDATE_INVALID'),
    );
    const apart = teams.map((t, i) => (i === 0 ? { ...t, inspectors: ['m1', 'm2'] } : t));
    const done = assignTask(task, { teams: apart, mandates: MANDATES, actor: 'm' }, ctx).task;
    expect(done.state.status === 'assigned' && done.state.teams[0]?.accompanying).toEqual([
      { id: 'aux-1', role: 'auxiliary' },
    ]);
  });
});
