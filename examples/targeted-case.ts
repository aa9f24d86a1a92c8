/**
 * A targeted inspection from a complaint (投诉举报、个案处置), one department, start to archive: targets designated
 * rather than drawn, an emergency visit whose approval and scan-in are made up afterwards, a result that puts the
 * enterprise on the abnormal-operation list, its removal, the feedback per target, the year's statistics and the
 * officer's accountability record.
 *
 * Run: `npx tsx examples/targeted-case.ts`
 */
import { pathToFileURL } from 'node:url';
import {
  accountabilityRecordOf,
  assessAccountability,
  deriveFactsFromTask,
  explainAssessment,
} from '../src/accountability/index.js';
import { createWorkCalendar } from '../src/calendar/index.js';
import { type IsoInstant, parseInstant, sequentialIds, toChinaDate } from '../src/core/index.js';
import {
  abnormalListings,
  annualInspectionStatistics,
  approveInspection,
  archiveTask,
  assessmentStatistics,
  assignTask,
  closeFollowUps,
  createTask,
  createWorkflowContext,
  decideAbnormalListing,
  designateTargets,
  findOverdueResults,
  formatAnnouncement,
  type InspectionTask,
  inspectionRecordsOf,
  makeUpScanIn,
  missedApprovals,
  missedScanIns,
  planJointVisits,
  publishTask,
  recordFollowUp,
  recordInspection,
  recordResult,
  removeFromAbnormalList,
  reviewTask,
  type StepResult,
  targetFeedback,
} from '../src/workflow/index.js';

/** Runs the example and returns what it prints. */
export function main(): string {
  const out: string[] = [];
  // #region designate
  let now: IsoInstant = parseInstant('2025-05-12T09:00:00+08:00');
  const at = (instant: string) => {
    now = parseInstant(instant);
  };
  const ctx = createWorkflowContext({
    calendar: createWorkCalendar(),
    clock: () => now,
    newId: sequentialIds(),
  });
  const step = (r: StepResult): InspectionTask => r.task;

  let task = createTask(
    {
      name: '12315投诉核查：某餐饮店',
      year: 2025,
      mode: { kind: 'targeted', trigger: 'complaint', reference: '12315-2025-0001' },
      initiator: 'market',
      participants: [],
      items: [{ id: 'food-license', department: 'market', label: '食品经营许可情况' }],
      period: { from: '2025-05-12', to: '2025-06-30' },
      actor: 'market',
    },
    ctx,
  ).task;
  task = step(designateTargets(task, { targets: [{ id: 't1', name: '某餐饮店' }], actor: 'market' }, ctx));
  task = step(
    assignTask(
      task,
      {
        teams: [{ targetId: 't1', department: 'market', inspectors: ['m1', 'm2'], lead: 'm1' }],
        mandates: [{ department: 'market', body: '达拉特旗市场监督管理局', kind: 'enforcement-agency' }],
        actor: 'market',
      },
      ctx,
    ),
  );
  out.push(`designated, assigned: ${task.state.status}`);
  // #endregion designate

  // #region emergency
  at('2025-05-15T10:00:00+08:00');
  task = step(
    recordInspection(
      task,
      {
        targetId: 't1',
        date: '2025-05-15',
        methods: [{ itemId: 'food-license', method: 'on-site' }],
        onSiteReason: '投诉称后厨存在重大食品安全隐患，须现场核查',
        scanIn: { kind: 'deferred', cause: 'network-failure', reason: '现场无网络' },
        emergency: { reason: '投诉称存在重大食品安全隐患', startedAt: '2025-05-15T10:00:00+08:00' },
        actor: 'm1',
      },
      ctx,
    ),
  );
  const late = missedApprovals(task, parseInstant('2025-05-16T11:00:00+08:00'));
  out.push(
    `approval missing after 25 hours: ${late.map((m) => `${m.department} due ${m.approvalDueBy}`).join()}`,
  );
  const scans = missedScanIns(task, toChinaDate(parseInstant('2025-05-26T09:00:00+08:00')));
  out.push(`scan-ins not made up by 2025-05-26: ${scans.map((s) => `${s.targetId} due ${s.dueOn}`).join()}`);
  at('2025-05-15T16:00:00+08:00');
  task = step(approveInspection(task, { department: 'market', approver: '局长', actor: 'market' }, ctx));
  task = step(
    makeUpScanIn(
      task,
      { targetId: 't1', shown: 'code', at: '2025-05-15T16:30:00+08:00', place: '经营场所', actor: 'm1' },
      ctx,
    ),
  );
  out.push(
    `after approval and make-up: ${missedApprovals(task, now).length} approvals, ${missedScanIns(task, toChinaDate(now)).length} scans missing`,
  );
  // #endregion emergency

  // #region listing
  task = step(
    recordResult(
      task,
      {
        targetId: 't1',
        department: 'market',
        methods: ['on-site'],
        result: { categories: ['通过登记的住所（经营场所）无法联系'] },
        findings: [{ itemId: 'food-license', finding: '登记住所无人经营，电话无人接听' }],
        followUp: ['none'],
        enteredBy: 'm2',
      },
      ctx,
    ),
  );
  const [listing] = abnormalListings(task, ctx);
  if (listing === undefined) throw new Error('an unreachable target is listed');
  out.push(`listing of ${listing.targetId} due ${listing.dueOn}`);
  const decided = decideAbnormalListing(
    listing,
    {
      decisionNo: '达市监异列〔2025〕3号',
      decidedOn: '2025-05-20',
      authority: '达拉特旗市场监督管理局',
      actor: 'market',
    },
    ctx,
  ).record;
  out.push(`listed on ${decided.decision.decidedOn}, in time: ${decided.decision.onTime}`);
  const removed = removeFromAbnormalList(
    decided,
    { removedOn: '2025-08-01', reason: '依法办理住所变更登记', actor: 'market' },
    ctx,
  ).record;
  out.push(`removed on ${removed.removal?.removedOn}: ${removed.removal?.reason}`);
  // #endregion listing

  // #region close
  at('2025-05-22T10:00:00+08:00');
  task = step(reviewTask(task, { reviewer: 'chief' }, ctx));
  task = step(publishTask(task, { actor: 'market' }, ctx));
  for (const m of task.state.status === 'published'
    ? task.state.followUps.filter((f) => f.closedOn === undefined)
    : [])
    task = step(
      recordFollowUp(
        task,
        { measureId: m.id, closedOn: '2025-05-30', outcome: '已处理', actor: 'market' },
        ctx,
      ),
    );
  task = step(closeFollowUps(task, { actor: 'market' }, ctx));
  task = step(archiveTask(task, { actor: 'market' }, ctx));
  const feedback = targetFeedback(task);
  out.push(`archived: ${task.state.status}; feedback for ${feedback.map((f) => f.targetId).join()}`);
  const year = annualInspectionStatistics([task], 2025);
  out.push(`2025 inspections: ${year.totals.all}`);
  const record = accountabilityRecordOf(task, { targetId: 't1', department: 'market' });
  out.push(`accountability record: inspected ${record.inspectedOn}, published ${record.publishedOn}`);
  const facts = deriveFactsFromTask(task, { targetId: 't1', department: 'market' }, ctx);
  out.push(`published in time: ${facts.resultsNotPublishedInTime === false}`);
  out.push(
    explainAssessment(assessAccountability({ ...facts, nothingFound: false })).en.split('\n')[0] ?? '',
  );
  const stats = assessmentStatistics([task]);
  out.push(
    `targeted tasks ${stats.overall.targetedTasks}, random ${stats.overall.randomTasks}; on-time rate ${stats.overall.onTimeRate}`,
  );
  const overdue = findOverdueResults(task, toChinaDate(now), ctx);
  out.push(`overdue results: ${overdue.length}; one visit planned: ${planJointVisits([task]).visits.length}`);
  out.push(`inspection records for the caps: ${inspectionRecordsOf([task]).length}`);
  const publications = task.state.status === 'archived' ? task.state.publications : [];
  out.push(formatAnnouncement(publications, { market: '达拉特旗市场监督管理局' }).split('\n')[2] ?? '');
  // #endregion close

  return out.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) console.log(main());
