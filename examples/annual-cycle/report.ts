/**
 * After the year's task: the audit trail verified (全程留痕), the statistics for assessment (考核), and an
 * accountability report (尽职照单免责、失职照单问责) for a few officers, with the facts read from the task itself.
 */
import {
  type AccountabilityFacts,
  assessAccountability,
  deriveFactsFromTask,
  explainAssessment,
} from '../../src/accountability/index.js';
import type { AssignmentRecord } from '../../src/assign/index.js';
import { createWorkCalendar } from '../../src/calendar/index.js';
import { fixedClock } from '../../src/core/index.js';
import type { Inspector } from '../../src/directories/index.js';
import {
  type AuditEvent,
  assessmentStatistics,
  type InspectionTask,
  verifyAuditLog,
} from '../../src/workflow/index.js';
import { FIRE, HEALTH, NAMES, SAMR, type Stage } from './stage.js';
import { OUTCOME_WORDS, withWords } from './words.js';

/**
 * Prints the statistics (考核统计) of the task, per department and overall.
 *
 * @param stage - the run's stage
 * @param task - the finished task
 */
export function statisticsStep(stage: Stage, task: InspectionTask): void {
  stage.say('== 11. 统计 · Statistics for assessment');
  const { overall, byDepartment } = assessmentStatistics([task]);
  const pct = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);
  stage.say('  department | visits | saved | results | problem rate | on time | follow-ups closed');
  for (const [name, s] of [['overall 合计', overall] as const, ...Object.entries(byDepartment)])
    stage.say(
      `  ${NAMES[name] ?? name} | ${s.visits} | ${s.visitsSaved} | ${s.results} | ${pct(s.problemRate)} | ${pct(s.onTimeRate)} | ${s.followUpsClosed}/${s.followUps}`,
    );
  stage.say();
}

/**
 * Verifies the audit trail (全程留痕) and prints its head, the value to publish with the announcement.
 *
 * @param stage - the run's stage
 * @param events - the audit events
 * @returns whether the trail verifies
 */
export function auditStep(stage: Stage, events: readonly AuditEvent[]): boolean {
  stage.say('== 12. 全程留痕 · Audit trail');
  const check = verifyAuditLog(events);
  const head = events.at(-1);
  stage.say(`  ${events.length} events, head seq ${head?.seq} hash ${head?.hash}`);
  stage.say(`  verifyAuditLog: ${check.valid ? 'valid' : `INVALID (${check.problems.length} problems)`}`);
  stage.say();
  return check.valid;
}

/**
 * Assesses four officers (尽职照单免责、失职照单问责): the leads of two late publications, a clean visit with a
 * problem found later, and a crime lead transferred.
 *
 * @param stage - the run's stage
 * @param task - the finished task (the facts are read from it)
 * @param assignment - the assignment (who led which team)
 * @param inspectors - the inspector directory (names)
 */
export function accountabilityStep(
  stage: Stage,
  task: InspectionTask,
  assignment: AssignmentRecord,
  inspectors: readonly Inspector[],
): void {
  stage.say('== 13. 尽职免责、失职问责 · Accountability report');
  const calendar = createWorkCalendar();
  const clock = fixedClock('2025-12-31T09:00:00+08:00');
  const names = new Map(inspectors.map((i) => [i.id as string, i.name]));
  const visit = (i: number) => assignment.visits[i];
  const cases: readonly { visit: number; department: string; note: string; extra: AccountabilityFacts }[] = [
    {
      visit: 0,
      department: SAMR,
      note: 'nothing found, published late: not 问责情形2, which concerns problems found',
      extra: { problemFoundLater: false, consequencesFollowed: false },
    },
    {
      visit: 0,
      department: FIRE,
      note: 'found expired extinguishers, published late, a complaint went unanswered meanwhile',
      extra: { problemFoundLater: false, consequencesFollowed: true },
    },
    {
      visit: 4,
      department: HEALTH,
      note: 'nothing found; a problem surfaced later; the checklist was followed',
      extra: { problemFoundLater: true, followedChecklist: true },
    },
    { visit: 3, department: SAMR, note: 'a suspected crime transferred to the police', extra: {} },
  ];
  for (const c of cases) {
    const v = visit(c.visit);
    const lead = v?.teams.find((t) => t.department === c.department)?.lead ?? '';
    const facts = {
      ...deriveFactsFromTask(
        task,
        { targetId: v?.targetId ?? '', department: c.department },
        { calendar, clock },
      ),
      ...c.extra,
    };
    const assessment = assessAccountability(facts);
    const { zh, en } = explainAssessment(assessment);
    stage.say(
      `  -- ${names.get(lead) ?? lead} (${lead}, ${NAMES[c.department]}): ${c.note} → ${withWords(assessment.outcome, OUTCOME_WORDS[assessment.outcome])}`,
    );
    for (const line of [...zh.split('\n'), ...en.split('\n')]) stage.say(`     ${line}`);
  }
  stage.say();
}
