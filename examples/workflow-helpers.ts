/**
 * The workflow's helpers one by one (工作流程辅助): a task's allowed steps and departments, its cancellation, the
 * audit chain, a task store, result categories and labels, the deadlines of results, listings and checklist
 * changes, plans checked, amended and compared for overlapping draws.
 *
 * Run: `npx tsx examples/workflow-helpers.ts`
 */
import { pathToFileURL } from 'node:url';
import { createWorkCalendar } from '../src/calendar/index.js';
import { fixedClock, parseIsoDate, sequentialIds } from '../src/core/index.js';
import {
  type AuditEvent,
  abnormalListingDeadline,
  allowedSteps,
  amendPlan,
  appendAudit,
  assertStep,
  cancelTask,
  chainAuditEvent,
  checklistEntryDueDate,
  createMemoryAuditStore,
  createMemoryPublicationSink,
  createMemoryTaskStore,
  createTask,
  createWorkflowContext,
  findOverlappingDraws,
  hashAuditEvent,
  isProblemResult,
  parsePlan,
  parseResultSelection,
  planDeadlines,
  plannedDrawsOfPlans,
  plannedDrawsOfTasks,
  publishPlan,
  resultDeadline,
  resultDueDate,
  resultLabels,
  safeParsePlan,
  safeParseResultSelection,
  taskDepartments,
  verifyAuditLog,
} from '../src/workflow/index.js';

// #region context
const ctx = createWorkflowContext({
  calendar: createWorkCalendar(),
  clock: fixedClock('2025-01-20T09:00:00+08:00'),
  newId: sequentialIds(),
});
// #endregion context

const entry = (industry: string, from: string, to: string) => ({
  project: '食品经营许可事项检查',
  targets: '辖区内食品经营主体',
  methods: ['on-site' as const],
  level: '旗级',
  sample: { ratio: 0.05 },
  content: '许可证照、从业人员健康证明',
  creditRequirement: 'A类3%，B类5%，C、D类100%',
  schedule: { from, to },
  industry,
});

/** Runs the example and returns what it prints. */
export async function main(): Promise<string> {
  const out: string[] = [];

  // #region task
  const { task, event } = createTask(
    {
      name: '2025年餐饮服务单位抽查',
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
    },
    ctx,
  );
  out.push(`departments: ${taskDepartments(task).join(', ')}; allowed: ${allowedSteps(task).join(', ')}`);
  out.push(`after commit: ${assertStep(task, 'commit')}`);
  try {
    assertStep(task, 'publish');
  } catch (error) {
    out.push(`publish now: ${(error as { code: string }).code}`);
  }
  // #endregion task

  // #region audit
  let log: readonly AuditEvent[] = appendAudit([], event);
  const cancelled = cancelTask(task, { reason: '并入上级部署的专项行动', actor: 'market' }, ctx);
  log = appendAudit(log, cancelled.event);
  out.push(
    `status ${cancelled.task.state.status}; audit events ${log.length}, chained: ${log[1]?.prevHash === log[0]?.hash}`,
  );
  out.push(
    `an event's hash is recomputed the same: ${hashAuditEvent(log[1] as AuditEvent) === log[1]?.hash}`,
  );
  const audit = createMemoryAuditStore();
  for (const e of [event, cancelled.event]) await audit.append(e);
  const read = await audit.read();
  out.push(
    `the store's log verifies: ${verifyAuditLog(read, { head: { seq: 2, hash: read[1]?.hash ?? '' } }).valid}`,
  );
  const next = chainAuditEvent(read.at(-1), { ...cancelled.event, type: 'task.note' });
  out.push(`the next event: seq ${next.seq}`);
  const sink = createMemoryPublicationSink();
  await sink.publish([]);
  out.push(`published records: ${sink.published().length}`);
  const store = createMemoryTaskStore();
  await store.put(task);
  out.push(`stored: ${(await store.get(task.id))?.name}`);
  // #endregion audit

  // #region results
  const selection = parseResultSelection({ categories: ['发现问题经责令已改正'] });
  out.push(`selection ${selection.categories.join()}, a problem: ${isProblemResult(selection.categories)}`);
  out.push(`labels: ${resultLabels(['no-problem', 'corrected']).join('、')}`);
  const conflict = safeParseResultSelection({ categories: ['未发现问题', '发现问题经责令已改正'] });
  out.push(`未发现问题 with a problem: ${conflict.success ? 'accepted' : conflict.error.code}`);
  // #endregion results

  // #region deadlines
  out.push(`resultDueDate of 2025-01-20: ${resultDueDate(parseIsoDate('2025-01-20'), ctx)}`);
  const d2025 = planDeadlines(2025, ctx.calendar, ctx.rules);
  out.push(
    `2025 plans: department ${d2025.departmentPlan.dueOn}, filing ${d2025.filing.dueOn}, joint ${d2025.jointPlan.dueOn}`,
  );
  const due = resultDeadline(parseIsoDate('2025-01-20'), ctx);
  out.push(`results of 2025-01-20 due ${due.dueOn} (${due.source})`);
  const listing = abnormalListingDeadline('annual-report-late', parseIsoDate('2025-06-30'), ctx);
  out.push(`listing after the annual-report window: ${listing.dueOn}`);
  out.push(
    `checklist changed 2025-09-26: enter by ${checklistEntryDueDate(parseIsoDate('2025-09-26'), ctx)}`,
  );
  // #endregion deadlines

  // #region plans
  const market = parsePlan({
    kind: 'department',
    id: 'dp-market',
    year: 2025,
    department: 'market',
    entries: [entry('H62', '2025-04-01', '2025-06-30')],
  });
  const health = parsePlan({
    kind: 'department',
    id: 'dp-health',
    year: 2025,
    department: 'health',
    entries: [entry('H62', '2025-05-01', '2025-07-31')],
  });
  const broken = safeParsePlan({ kind: 'department', id: 'dp-x', year: 2025, department: 'x', entries: [] });
  out.push(`a plan without entries: ${broken.success ? 'accepted' : broken.error.code}`);
  const overlaps = findOverlappingDraws([
    ...plannedDrawsOfPlans([market, health]),
    ...plannedDrawsOfTasks([task]),
  ]);
  out.push(
    `overlaps: ${overlaps.map((o) => `${o.industry} ${o.departments.join('+')} ${o.from}..${o.to}`).join('; ')}`,
  );
  const { plan: published } = publishPlan(market, { actor: 'market' }, ctx);
  const before = published.content;
  if (before.kind !== 'department') throw new Error('a department plan was published');
  const content = { ...before, entries: [...before.entries, entry('F52', '2025-09-01', '2025-10-31')] };
  const amended = amendPlan(published, { content, reason: '新增食品销售专项', actor: 'market' }, ctx);
  out.push(`amended to revision ${amended.plan.revision}: ${amended.plan.amendments[0]?.reason}`);
  // #endregion plans

  return out.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) console.log(await main());
