/**
 * 检查与公示: the visits, each department entering its own result (谁检查、谁录入), a review, the overdue check
 * before publication (20 working days from the inspection), publication, and the follow-up measures closed.
 */

import type { AssignmentRecord } from '../../src/assign/index.js';
import { createWorkCalendar } from '../../src/calendar/index.js';
import { type IsoDate, parseIsoDate } from '../../src/core/index.js';
import {
  abnormalListings,
  approveInspection,
  closeFollowUps,
  findOverdueResults,
  formatAnnouncement,
  type InspectionTask,
  publishTask,
  type RecordResultInput,
  recordFollowUp,
  recordInspection,
  recordResult,
  resultDueDate,
  reviewTask,
} from '../../src/workflow/index.js';
import { FIRE, HEALTH, JOINT_DEPARTMENTS, NAMES, SAMR, type Stage } from './stage.js';
import { followUpWords, TASK_STATUS_WORDS, withWords } from './words.js';

type Outcome = Pick<RecordResultInput, 'result' | 'findings' | 'followUp'>;
const CLEAN: Outcome = { result: { categories: ['未发现问题'] }, findings: [], followUp: ['none'] };

/** The few visits where something was found; every other department finds nothing (未发现问题). */
const FINDINGS: Readonly<Record<number, Readonly<Record<string, Outcome>>>> = {
  0: {
    [FIRE]: {
      result: { categories: ['发现问题已责令改正'] },
      findings: [{ itemId: 'XF-001', finding: '灭火器过期未更换 (expired extinguishers)' }],
      followUp: ['order-correction'],
    },
  },
  2: Object.fromEntries(
    JOINT_DEPARTMENTS.map((d) => [
      d,
      {
        result: { categories: ['通过登记的住所（经营场所）无法联系'] },
        findings: [
          {
            itemId: d === SAMR ? 'SJ-002' : d === HEALTH ? 'WJ-001' : 'XF-001',
            finding: '登记住所无经营迹象',
          },
        ],
        followUp: ['daily-supervision'],
      },
    ]),
  ),
  3: {
    [SAMR]: {
      result: { categories: ['发现问题待后续处理'], subReasons: ['market-rules'] },
      findings: [
        { itemId: 'SJ-002', finding: '使用超过保质期的食品原料，涉嫌生产经营有毒有害食品 (suspected crime)' },
      ],
      followUp: ['judicial-transfer'],
    },
  },
};

/** Visit dates: the first target early in May, the rest six a working day from 2025-05-20. */
function visitDates(count: number): IsoDate[] {
  const calendar = createWorkCalendar();
  const start = parseIsoDate('2025-05-19');
  return Array.from({ length: count }, (_, i) =>
    i === 0 ? parseIsoDate('2025-05-06') : calendar.addWorkdays(start, 1 + Math.floor((i - 1) / 6)),
  );
}

/**
 * Visits every target, records and reviews the results, finds the overdue ones, publishes (一公开) and closes the
 * follow-up.
 *
 * @param stage - the run's stage
 * @param start - the assigned task
 * @param assignment - the inspector assignment (each team's lead enters its result)
 * @returns the task with its follow-up closed
 */
export async function inspectStep(
  stage: Stage,
  start: InspectionTask,
  assignment: AssignmentRecord,
): Promise<InspectionTask> {
  stage.say('== 9. 检查、录入、审核、公示 · Inspections, results, review, publication');
  let task = start;
  const dates = visitDates(assignment.visits.length);
  stage.at(`${dates[0]}T08:00:00+08:00`);
  for (const department of JOINT_DEPARTMENTS)
    task = await stage.step(
      approveInspection(
        task,
        { department, approver: `${NAMES[department]}负责人`, actor: department },
        stage.ctx,
      ),
    );
  const methods = task.items.map((item) => ({ itemId: item.id, method: 'on-site' as const }));
  for (const [i, visit] of assignment.visits.entries()) {
    const date = dates[i] as IsoDate;
    stage.at(`${date}T10:00:00+08:00`);
    task = await stage.step(
      recordInspection(
        task,
        {
          targetId: visit.targetId,
          date,
          methods,
          onSiteReason: '后厨、消防设施须现场查看',
          scanIn: { kind: 'shown', shown: 'code', at: `${date}T10:00:00+08:00`, place: visit.targetId },
          actor: SAMR,
        },
        stage.ctx,
      ),
    );
    for (const team of visit.teams) {
      const outcome = FINDINGS[i]?.[team.department] ?? CLEAN;
      const input = {
        targetId: visit.targetId,
        department: team.department,
        methods: ['on-site'],
        enteredBy: team.lead,
        ...outcome,
      } as const;
      task = await stage.step(recordResult(task, input, stage.ctx));
    }
  }
  stage.say(
    `  ${assignment.visits.length} visits from ${dates[0]} to ${dates.at(-1)}; results entered by each team's lead`,
  );
  stage.at('2025-06-05T09:00:00+08:00');
  task = await stage.step(reviewTask(task, { reviewer: 'samr-reviewer' }, stage.ctx));
  const overdue = findOverdueResults(task, parseIsoDate('2025-06-05'), stage.ctx);
  for (const o of overdue)
    stage.say(
      `  逾期 overdue: ${o.targetId} · ${NAMES[o.department]}, inspected ${o.inspectionDate}, due ${o.dueOn}`,
    );
  stage.at('2025-06-05T15:00:00+08:00');
  task = await stage.step(publishTask(task, { actor: SAMR }, stage.ctx));
  if (task.state.status !== 'published')
    throw new Error(`expected a published task, got ${task.state.status}`);
  const late = task.state.publications.filter((p) => !p.onTime);
  stage.say(
    `  published ${task.state.publications.length} results on 2025-06-05; on time ${task.state.publications.length - late.length}, late ${late.length} (20 working days: ${dates[1]} → due ${resultDueDate(dates[1] as IsoDate, stage.ctx)})`,
  );
  const announcement = formatAnnouncement(task.state.publications, NAMES).split('\n');
  stage.say('  公示 announcement (first lines):');
  for (const line of announcement.slice(0, 6)) stage.say(`    ${line}`);
  stage.say(`    … ${announcement.length - 6} more lines`);
  stage.say();

  stage.say('== 10. 后续处置 · Follow-up');
  for (const m of task.state.followUps.filter((x) => x.closedOn === undefined)) {
    const closedOn = m.kind === 'judicial-transfer' ? '2025-06-10' : '2025-06-27';
    const outcome =
      m.kind === 'judicial-transfer'
        ? '已移送公安机关'
        : m.kind === 'order-correction'
          ? '已整改到位'
          : '已转日常监管';
    stage.at(`${closedOn}T10:00:00+08:00`);
    task = await stage.step(
      recordFollowUp(task, { measureId: m.id, closedOn, outcome, actor: m.department }, stage.ctx),
    );
    stage.say(
      `  ${withWords(m.kind, followUpWords(m.kind))} · ${NAMES[m.department]} · ${m.targetId}: opened ${m.openedOn}, closed ${closedOn} (${outcome})`,
    );
  }
  for (const l of abnormalListings(task, stage.ctx))
    stage.say(
      `  经营异常名录 abnormal-operation list: ${l.targetId} by ${l.dueOn} (unreachable since ${l.foundOn}; ${l.source})`,
    );
  task = await stage.step(closeFollowUps(task, { actor: SAMR }, stage.ctx));
  stage.say(`  task ${task.id}: ${withWords(task.state.status, TASK_STATUS_WORDS[task.state.status])}`);
  stage.say();
  return task;
}
