import { type IsoInstant, parseInstant, sequentialIds } from '../../src/core/index.js';
import { commitDraw, type DrawRecord, type PoolEntry, revealDraw } from '../../src/draw/index.js';
import {
  type AuditEvent,
  appendAudit,
  approveInspection,
  assignTask,
  commitTask,
  createTask,
  createWorkflowContext,
  type InspectionTask,
  publishTask,
  recordDraw,
  recordFollowUp,
  recordInspection,
  recordResult,
  reviewTask,
  type StepResult,
  type TaskStatus,
  type TaskTarget,
  type WorkflowContext,
} from '../../src/workflow/index.js';

/** A clock the test moves by hand. */
export function settableClock(start: string): { readonly now: () => IsoInstant; set: (at: string) => void } {
  let current = parseInstant(start);
  return { now: () => current, set: (at) => (current = parseInstant(at)) };
}

export const POOL: readonly PoolEntry[] = Array.from({ length: 12 }, (_, i) => ({ id: `t${i + 1}` }));
export const DIRECTORY: readonly TaskTarget[] = POOL.map((p, i) => ({
  id: p.id,
  name: `达拉特旗示例商贸有限公司${i + 1}`,
}));

export function makeCtx(start = '2025-03-01T09:00:00+08:00') {
  const clock = settableClock(start);
  const ctx: WorkflowContext = createWorkflowContext({ clock: clock.now, newId: sequentialIds() });
  return { ctx, clock };
}

/** The inspecting bodies of the joint task's departments (检查主体资格). */
export const MANDATES = [
  { department: 'market', body: '达拉特旗市场监督管理局', kind: 'enforcement-agency' },
  { department: 'health', body: '达拉特旗卫生健康委员会', kind: 'enforcement-agency' },
] as const;

/** A joint on-site visit of both departments, with methods, the reason to enter and the code shown. */
export function onSiteVisit(targetId: string, date: string) {
  return {
    targetId,
    date,
    methods: [
      { itemId: 'food-license', method: 'on-site' },
      { itemId: 'hygiene', method: 'on-site' },
    ],
    onSiteReason: '许可证照与公共场所卫生须现场核对',
    scanIn: { kind: 'shown', shown: 'code', at: `${date}T09:00:00+08:00`, place: '经营场所' },
    actor: 'm1',
  } as const;
}

export const JOINT_INPUT = {
  name: '2025年食品经营主体部门联合抽查',
  year: 2025,
  mode: { kind: 'random', directed: true },
  initiator: 'market',
  participants: ['health'],
  items: [
    { id: 'food-license', department: 'market', label: '食品经营许可情况' },
    { id: 'hygiene', department: 'health', label: '公共场所卫生情况' },
  ],
  period: { from: '2025-04-01', to: '2025-06-30' },
  industry: 'H62',
  actor: 'market-officer',
} as const;

/** Everything a walk produced: the task at the end, the draw record and the audit log. */
export interface Walk {
  readonly task: InspectionTask;
  readonly record?: DrawRecord;
  readonly log: readonly AuditEvent[];
  readonly ctx: WorkflowContext;
  readonly clock: ReturnType<typeof settableClock>;
}

/** The statuses a task passes through on its way to publication, in order (see {@link walkTo}). */
export const WALK_ORDER: readonly TaskStatus[] = [
  'planned',
  'committed',
  'drawn',
  'assigned',
  'inspected',
  'results-recorded',
  'reviewed',
  'published',
];

/** Walks a two-department random task (2 targets) up to `status` (at most `published`). */
export function walkTo(status: TaskStatus): Walk {
  const { ctx, clock } = makeCtx();
  let log: readonly AuditEvent[] = [];
  const apply = (r: StepResult) => {
    log = appendAudit(log, r.event);
    return r.task;
  };
  let task = apply(createTask(JOINT_INPUT, ctx));
  const stop = WALK_ORDER.indexOf(status);
  const done = () => ({ task, log, ctx, clock });
  if (stop === 0) return done();
  const commitment = commitDraw({
    pool: POOL,
    sample: { count: 2 },
    randomnessSource: 'test beacon',
    label: task.id,
  });
  task = apply(commitTask(task, { commitment, actor: 'market-officer' }, ctx));
  if (stop === 1) return done();
  const record = revealDraw(commitment, POOL, ['beacon round 1']);
  task = apply(recordDraw(task, { record, targets: DIRECTORY, actor: 'market-officer' }, ctx));
  const withRecord = () => ({ ...done(), record });
  if (stop === 2) return withRecord();
  const teams = record.selected.flatMap((s) => [
    { targetId: s.id, department: 'market', inspectors: ['m1', 'm2'], lead: 'm1' },
    { targetId: s.id, department: 'health', inspectors: ['h1', 'h2'], lead: 'h1' },
  ]);
  task = apply(assignTask(task, { teams, mandates: MANDATES, actor: 'market-officer' }, ctx));
  if (stop === 3) return withRecord();
  for (const department of ['market', 'health'])
    task = apply(
      approveInspection(task, { department, approver: `${department}-head`, actor: department }, ctx),
    );
  const [first, second] = record.selected;
  task = apply(recordInspection(task, onSiteVisit(first!.id, '2025-04-14'), ctx));
  task = apply(recordInspection(task, onSiteVisit(second!.id, '2025-04-15'), ctx));
  if (stop === 4) return withRecord();
  for (const s of record.selected) {
    task = apply(
      recordResult(
        task,
        {
          targetId: s.id,
          department: 'market',
          methods: ['on-site'],
          result: { categories: ['未发现问题'] },
          followUp: ['none'],
          enteredBy: 'm2',
        },
        ctx,
      ),
    );
    task = apply(
      recordResult(
        task,
        {
          targetId: s.id,
          department: 'health',
          methods: ['on-site'],
          result: { categories: ['发现问题经责令已改正'] },
          findings: [{ itemId: 'hygiene', finding: '从业人员健康证过期' }],
          followUp: ['order-correction'],
          enteredBy: 'h2',
        },
        ctx,
      ),
    );
  }
  if (stop === 5) return withRecord();
  task = apply(reviewTask(task, { reviewer: 'chief' }, ctx));
  if (stop === 6) return withRecord();
  clock.set('2025-05-06T10:00:00+08:00');
  task = apply(publishTask(task, { actor: 'market-officer' }, ctx));
  return withRecord();
}

/** Closes every open follow-up measure (后续处置) of a published task on 2025-05-20. */
export function closeAllFollowUps(task: InspectionTask, ctx: WorkflowContext): InspectionTask {
  if (task.state.status !== 'published') throw new Error('expected published');
  return task.state.followUps
    .filter((m) => m.closedOn === undefined)
    .reduce(
      (t, m) =>
        recordFollowUp(
          t,
          { measureId: m.id, closedOn: '2025-05-20', outcome: '已整改', actor: 'health' },
          ctx,
        ).task,
      task,
    );
}
