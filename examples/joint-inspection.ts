/**
 * A joint task of three departments (旗市场监管局 initiates, 旗卫健委 and 消防救援支队 take part) from the joint
 * annual plan to published results: plan published and filed, draw committed before the randomness is known, targets
 * drawn, a deregistered target replaced at the pre-visit check, inspectors matched at random, one visit per target
 * for all three departments (进一次门、查多项事), results entered by each department, reviewed, published within 20
 * working days, with every step in a hash-chained audit trail. Prints the announcement and the statistics.
 *
 * Run: `npx tsx examples/joint-inspection.ts`
 */
import { pathToFileURL } from 'node:url';
import { type AssignInspector, assignInspectors } from '../src/assign/index.js';
import {
  type IsoInstant,
  parseInstant,
  parseIsoDate,
  sequentialIds,
  sha256Hex,
  usccCheckCharacter,
} from '../src/core/index.js';
import { DEPARTMENTS } from '../src/directories/index.js';
import { commitDraw, replaceInDraw, revealDraw } from '../src/draw/index.js';
import {
  type AuditEventInput,
  abnormalListings,
  approveInspection,
  assessmentStatistics,
  assignTask,
  commitTask,
  createMemoryAuditStore,
  createMemoryPublicationSink,
  createTask,
  createWorkflowContext,
  filePlan,
  formatAnnouncement,
  type InspectionTask,
  PUBLICATION_FORMAT,
  parsePlan,
  planJointVisits,
  preCheckTargets,
  publishPlan,
  publishTask,
  recordDraw,
  recordInspection,
  recordResult,
  reviewTask,
  teamsFromAssignment,
  verifyAuditLog,
} from '../src/workflow/index.js';

const SAMR = 'samr';
const HEALTH = 'health';
const FIRE = 'fire-rescue';
const ITEM_OF: Record<string, string> = {
  [SAMR]: 'food-license',
  [HEALTH]: 'hygiene',
  [FIRE]: 'fire-safety',
};
const NAMES = Object.fromEntries(DEPARTMENTS.map((d) => [d.id, d.name]));

// #region directory
const uscc = (n: number) => {
  const first17 = `91150621MA0Q${String(n).padStart(5, '0')}`;
  return `${first17}${usccCheckCharacter(first17)}`;
};
const directory = Array.from({ length: 30 }, (_, i) => ({
  id: uscc(i + 1),
  name: `达拉特旗示例餐饮有限公司${i + 1}`,
  uscc: uscc(i + 1),
}));
const pool = directory.map((t) => ({ id: t.id }));
const certificate = [
  { number: 'cert', validFrom: parseIsoDate('2024-01-01'), validTo: parseIsoDate('2027-12-31') },
];
const inspectors: AssignInspector[] = [SAMR, HEALTH, FIRE].flatMap((department) =>
  [1, 2, 3, 4].map((n) => ({
    id: `${department}-${n}`,
    department,
    role: 'enforcement' as const,
    certificates: certificate.map((c) => ({ ...c, number: `证-${department}-${n}` })),
    specialties: [],
    active: true,
  })),
);
// #endregion directory

const jointPlan = {
  kind: 'joint',
  id: 'jp-2025-dalate',
  year: 2025,
  initiator: SAMR,
  tasks: [
    {
      task: '2025年餐饮服务单位部门联合双随机抽查',
      items: ['食品经营许可', '公共场所卫生', '消防安全'],
      targets: '辖区内餐饮服务单位',
      sample: { count: 4 },
      initiator: SAMR,
      participants: [HEALTH, FIRE],
      inspectionDates: { from: '2025-05-01', to: '2025-06-30' },
      industry: 'H62',
    },
  ],
} as const;

/** Runs the example and returns what it prints. */
export async function main(): Promise<string> {
  let now = parseInstant('2025-03-20T09:00:00+08:00');
  const at = (instant: string) => {
    now = parseInstant(instant);
  };
  const ctx = createWorkflowContext({ clock: (): IsoInstant => now, newId: sequentialIds() });
  const audit = createMemoryAuditStore();
  const sink = createMemoryPublicationSink();
  const log = (event: AuditEventInput) => audit.append(event);
  const lines: string[] = [];

  // #region plan
  const published = publishPlan(parsePlan(jointPlan), { actor: SAMR }, ctx);
  await log(published.event);
  const filed = filePlan(published.plan, { actor: SAMR }, ctx);
  await log(filed.event);
  lines.push(
    `plan ${jointPlan.id}: published ${filed.plan.published?.on} (due ${filed.plan.published?.dueOn}), filed ${filed.plan.filed?.on}`,
  );
  // #endregion plan

  // #region task
  at('2025-04-25T09:00:00+08:00');
  const planned = jointPlan.tasks[0];
  const step = async (r: { task: InspectionTask; event: AuditEventInput }) => {
    await log(r.event);
    return r.task;
  };
  let task = await step(
    createTask(
      {
        name: planned.task,
        year: 2025,
        mode: { kind: 'random', directed: true },
        initiator: SAMR,
        participants: [HEALTH, FIRE],
        items: [
          { id: 'food-license', department: SAMR, label: '食品经营许可' },
          { id: 'hygiene', department: HEALTH, label: '公共场所卫生' },
          { id: 'fire-safety', department: FIRE, label: '消防安全' },
        ],
        period: planned.inspectionDates,
        industry: planned.industry,
        planId: jointPlan.id,
        actor: SAMR,
      },
      ctx,
    ),
  );
  const commitment = commitDraw({
    pool,
    sample: planned.sample,
    randomnessSource: 'drand quicknet round 12345678',
    label: task.id,
  });
  task = await step(commitTask(task, { commitment, actor: SAMR }, ctx));
  const record = revealDraw(commitment, pool, [
    sha256Hex('drand quicknet round 12345678 signature (example)'),
  ]);
  task = await step(recordDraw(task, { record, targets: directory, pool, actor: SAMR }, ctx));
  const deregistered = record.selected[0]?.id ?? '';
  task = await step(
    preCheckTargets(
      task,
      {
        record,
        statuses: { [deregistered]: 'deregistered' },
        replace: (r, id, why) => replaceInDraw(r, pool, id, why),
        directory,
        actor: SAMR,
      },
      ctx,
    ),
  );
  // #endregion task
  if (task.state.status !== 'drawn') throw new Error('expected a drawn task');
  const targets = task.state.targets;
  lines.push(
    `drawn ${targets.length} of ${pool.length}; pre-check replaced ${task.state.replacements.map((r) => `${r.replacedId} → ${r.replacementId}`).join(', ')}`,
  );
  const visits = planJointVisits([task]);
  lines.push(
    `joint visits: ${visits.visits.length} instead of ${visits.separateVisits} (saved ${visits.visitsSaved})`,
  );

  // #region inspect
  const assignment = assignInspectors({
    seed: task.state.draw?.seed ?? '',
    date: '2025-05-12',
    inspectors,
    targets: targets.map((t) => ({ id: t.id, departments: [SAMR, HEALTH, FIRE] })),
    label: task.id,
  });
  task = await step(
    assignTask(
      task,
      {
        teams: teamsFromAssignment(assignment),
        // 检查主体资格: each department inspects as a law-enforcement organ.
        mandates: [SAMR, HEALTH, FIRE].map((department) => ({
          department,
          body: department,
          kind: 'enforcement-agency' as const,
        })),
        assignmentDigest: assignment.digest,
        actor: SAMR,
      },
      ctx,
    ),
  );
  // 须提前报主体负责人批准: every department's inspection is approved before the visits.
  for (const department of [SAMR, HEALTH, FIRE])
    task = await step(
      approveInspection(task, { department, approver: `${department} 负责人`, actor: department }, ctx),
    );
  const methods = task.items.map((item) => ({ itemId: item.id, method: 'on-site' as const }));
  const teamOf = (targetId: string, department: string) =>
    assignment.visits.find((v) => v.targetId === targetId)?.teams.find((t) => t.department === department);
  for (const [i, target] of targets.entries()) {
    at(`2025-05-${12 + i}T10:00:00+08:00`);
    task = await step(
      recordInspection(
        task,
        {
          targetId: target.id,
          date: `2025-05-${12 + i}`,
          methods,
          onSiteReason: '餐饮后厨与消防设施须现场查看 (kitchens and fire equipment are seen on site)',
          scanIn: {
            kind: 'shown',
            shown: 'code',
            at: `2025-05-${12 + i}T10:00:00+08:00`,
            place: target.name,
          },
          actor: SAMR,
        },
        ctx,
      ),
    );
    for (const department of [SAMR, HEALTH, FIRE]) {
      const enteredBy = teamOf(target.id, department)?.lead ?? '';
      const problem = i === 1 && department === FIRE;
      const unreachable = i === 3; // nobody at the registered address: every department records it
      task = await step(
        recordResult(
          task,
          {
            targetId: target.id,
            department,
            methods: ['on-site'],
            result: {
              categories: [
                problem
                  ? '发现问题已责令改正'
                  : unreachable
                    ? '通过登记的住所（经营场所）无法联系'
                    : '未发现问题',
              ],
            },
            findings: problem
              ? [{ itemId: 'fire-safety', finding: '灭火器过期未更换' }]
              : unreachable
                ? [{ itemId: ITEM_OF[department] ?? '', finding: '登记住所无经营迹象，联系电话无法接通' }]
                : [],
            followUp: problem ? ['order-correction'] : unreachable ? ['daily-supervision'] : ['none'],
            enteredBy,
          },
          ctx,
        ),
      );
    }
  }
  at('2025-06-03T15:00:00+08:00');
  task = await step(reviewTask(task, { reviewer: 'samr-chief' }, ctx));
  task = await step(publishTask(task, { actor: SAMR }, ctx));
  // #endregion inspect
  if (task.state.status !== 'published') throw new Error('expected a published task');
  await sink.publish(task.state.publications);
  // #region publication
  const [first] = task.state.publications;
  if (first !== undefined && first.format === PUBLICATION_FORMAT)
    lines.push(`publication: due ${first.dueOn}, on time ${first.onTime}, provisional ${first.provisional}`);
  // #endregion publication

  lines.push('', formatAnnouncement(sink.published(), NAMES), '');
  for (const l of abnormalListings(task, ctx))
    lines.push(
      `经营异常名录: ${l.targetId} by ${l.dueOn}, found by ${l.departments.length} departments (${l.source})`,
    );
  const { overall, byDepartment } = assessmentStatistics([task]);
  const pct = (r: number | null) => (r === null ? '—' : `${Math.round(r * 100)}%`);
  lines.push(
    '统计 (考核): department | tasks | completed | visits saved | results | problem rate | on time | follow-ups closed',
  );
  for (const [name, s] of [['overall', overall] as const, ...Object.entries(byDepartment)]) {
    lines.push(
      `${NAMES[name] ?? name} | ${s.tasksPlanned} | ${s.tasksCompleted} | ${s.visitsSaved} | ${s.results} | ${pct(s.problemRate)} | ${pct(s.onTimeRate)} | ${s.followUpsClosed}/${s.followUps}`,
    );
  }
  const events = await audit.read();
  const check = verifyAuditLog(events);
  lines.push(
    `audit: ${events.length} events, head ${events.at(-1)?.hash.slice(0, 16)}…, valid ${check.valid}`,
  );
  return lines.join('\n');
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(await main());
}
