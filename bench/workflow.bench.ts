/**
 * The audit trail and the task cycle: appending 10,000 events one by one (each hashes canonical JSON), verifying a
 * 10,000-event log, and walking 200 joint tasks (3 departments, 4 targets each) from plan to publication with the
 * statistics. Run alone: `npx tsx bench/workflow.bench.ts`.
 */
import { parseInstant, sequentialIds } from '../src/core/index.js';
import {
  type AuditEvent,
  appendAudit,
  approveInspection,
  assessmentStatistics,
  assignTask,
  createTask,
  createWorkflowContext,
  designateTargets,
  type InspectionTask,
  publishTask,
  recordInspection,
  recordResult,
  reviewTask,
  verifyAuditLog,
} from '../src/workflow/index.js';
import { type BenchResult, measure, runIfMain } from './harness.js';

const at = parseInstant('2025-05-12T09:00:00+08:00');
const DEPARTMENTS = ['samr', 'health', 'fire-rescue'] as const;

function buildLog(n: number): readonly AuditEvent[] {
  const events: AuditEvent[] = [];
  let log: readonly AuditEvent[] = [];
  for (let i = 0; i < n; i++) {
    log = appendAudit(log.slice(-1), {
      at,
      actor: 'samr',
      type: 'task.recordResult',
      subject: `task_${i % 50}`,
      payload: { targetId: `t${i}`, categories: ['no-problem'], findings: [] },
    });
    events.push(log[log.length - 1]!);
  }
  return events;
}

function walkTask(i: number): InspectionTask {
  const ctx = createWorkflowContext({ clock: () => at, newId: sequentialIds() });
  let { task } = createTask(
    {
      name: `联合抽查 ${i}`,
      year: 2025,
      mode: { kind: 'targeted', trigger: 'monitoring', reference: `m-${i}` },
      initiator: 'samr',
      participants: ['health', 'fire-rescue'],
      items: DEPARTMENTS.map((d) => ({ id: `${d}-item`, department: d, label: d })),
      period: { from: '2025-05-01', to: '2025-06-30' },
      actor: 'samr',
    },
    ctx,
  );
  const targets = [1, 2, 3, 4].map((n) => ({ id: `t${i}-${n}`, name: `对象${n}` }));
  task = designateTargets(task, { targets, actor: 'samr' }, ctx).task;
  const teams = targets.flatMap((t) =>
    DEPARTMENTS.map((d) => ({
      targetId: t.id,
      department: d,
      inspectors: [`${d}-1`, `${d}-2`],
      lead: `${d}-1`,
    })),
  );
  const mandates = DEPARTMENTS.map((d) => ({ department: d, body: d, kind: 'enforcement-agency' as const }));
  task = assignTask(task, { teams, mandates, actor: 'samr' }, ctx).task;
  for (const d of DEPARTMENTS)
    task = approveInspection(task, { department: d, approver: `${d}-head`, actor: d }, ctx).task;
  const methods = task.items.map((item) => ({ itemId: item.id, method: 'on-site' as const }));
  for (const t of targets) {
    const scanIn = { kind: 'shown', shown: 'code', at: '2025-05-12T09:00:00+08:00', place: t.name } as const;
    task = recordInspection(
      task,
      { targetId: t.id, date: '2025-05-12', methods, onSiteReason: '现场核对', scanIn, actor: 'samr' },
      ctx,
    ).task;
    for (const d of DEPARTMENTS) {
      task = recordResult(
        task,
        {
          targetId: t.id,
          department: d,
          methods: ['on-site'],
          result: { categories: ['未发现问题'] },
          followUp: ['none'],
          enteredBy: `${d}-2`,
        },
        ctx,
      ).task;
    }
  }
  task = reviewTask(task, { reviewer: 'chief' }, ctx).task;
  return publishTask(task, { actor: 'samr' }, ctx).task;
}

/** Runs the workflow benchmarks. */
export async function run(): Promise<BenchResult[]> {
  const log = buildLog(10_000);
  let sink = 0;
  const results = [
    await measure('workflow: append 10k audit events', () => {
      sink += buildLog(10_000).length;
    }),
    await measure('workflow: verify a 10k-event audit log', () => {
      sink += verifyAuditLog(log).problems.length;
    }),
    await measure('workflow: 200 joint tasks (3 departments × 4 targets) to publication + statistics', () => {
      const tasks = Array.from({ length: 200 }, (_, i) => walkTask(i));
      sink += assessmentStatistics(tasks).overall.publications;
    }),
  ];
  if (sink === -1) console.log(sink);
  return results;
}

await runIfMain(import.meta.url, run);
