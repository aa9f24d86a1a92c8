/**
 * The second 随机: each department of the joint task matches its own inspectors at random to every drawn target,
 * seeded by the published draw, with declared conflicts (回避) and expired certificates excluded; one visit per
 * target covers the items of all three departments (进一次门、查多项事).
 */
import {
  type AssignInspector,
  type AssignmentRecord,
  type AssignTarget,
  assignInspectors,
  verifyAssignment,
} from '../../src/assign/index.js';
import type { DrawRecord } from '../../src/draw/index.js';
import {
  assignTask,
  type InspectionTask,
  planJointVisits,
  teamsFromAssignment,
} from '../../src/workflow/index.js';
import type { DrawStep } from './draw.js';
import { JOINT_DEPARTMENTS, NAMES, REGION, SAMR, type Stage } from './stage.js';
import { ASSIGN_EXCLUSION_WORDS, withWords } from './words.js';

/**
 * Assigns the inspectors of the three departments (随机匹配执法检查人员), verifies the assignment and records the teams.
 *
 * @param stage - the run's stage
 * @param drawn - the directories and the draw
 * @param task - the drawn task
 * @param record - the draw record after the pre-visit check (its seed seeds the assignment)
 * @returns the assigned task and the assignment record
 */
export async function assignStep(
  stage: Stage,
  drawn: DrawStep,
  task: InspectionTask,
  record: DrawRecord,
): Promise<{
  readonly task: InspectionTask;
  readonly assignment: AssignmentRecord;
  readonly inspectors: readonly AssignInspector[];
  readonly targets: readonly AssignTarget[];
}> {
  stage.say('== 8. 随机匹配执法检查人员 · Inspectors matched at random, joint visits');
  if (task.state.status !== 'drawn') throw new Error(`expected a drawn task, got ${task.state.status}`);
  // Each visit carries its target's region: officers limited to a region are matched only there.
  const regionOf = new Map(drawn.targets.map((t) => [t.id as string, t.region]));
  const targets = task.state.targets.map((t) => ({
    id: t.id,
    departments: [...JOINT_DEPARTMENTS],
    region: regionOf.get(t.id) ?? REGION.code,
  }));
  const inspectors = drawn.inspectors.filter((i) =>
    (JOINT_DEPARTMENTS as readonly string[]).includes(i.department),
  );
  const assignment = assignInspectors({
    seed: record.seed,
    date: '2025-05-06',
    inspectors,
    targets,
    conflicts: drawn.conflicts,
    drawDigest: record.digest,
    label: task.id,
  });
  const check = verifyAssignment(assignment, inspectors, targets, { seed: record.seed });
  stage.say(
    `  ${assignment.visits.length} visits, ${inspectors.length} inspectors of ${JOINT_DEPARTMENTS.map((d) => NAMES[d] ?? d).join('、')}`,
  );
  stage.say(
    `  assignment digest ${assignment.digest}; verifyAssignment: ${check.valid ? 'valid' : 'INVALID'}`,
  );
  const excluded = Object.values(assignment.departmentExclusions).flat();
  const codes = new Map<string, number>();
  for (const e of excluded) codes.set(e.code, (codes.get(e.code) ?? 0) + 1);
  const why = (c: string) => withWords(c, ASSIGN_EXCLUSION_WORDS[c as keyof typeof ASSIGN_EXCLUSION_WORDS]);
  stage.say(
    `  excluded before matching: ${[...codes].map(([c, n]) => `${why(c)} ${n}`).join(', ') || 'none'}`,
  );
  const first = assignment.visits[0];
  for (const team of first?.teams ?? [])
    stage.say(
      `  e.g. ${first?.targetId} · ${NAMES[team.department]}: lead ${team.lead}, ${team.members.map((m) => m.inspectorId).join(' + ')}`,
    );
  const next = await stage.step(
    assignTask(
      task,
      {
        teams: teamsFromAssignment(assignment),
        mandates: JOINT_DEPARTMENTS.map((department) => ({
          department,
          body: NAMES[department] ?? department,
          kind: 'enforcement-agency' as const,
        })),
        assignmentDigest: assignment.digest,
        actor: SAMR,
      },
      stage.ctx,
    ),
  );
  const visits = planJointVisits([next]);
  stage.say(
    `  进一次门、查多项事: ${visits.visits.length} joint visits instead of ${visits.separateVisits} (saved ${visits.visitsSaved})`,
  );
  stage.say();
  // Published for verify-assignment: only the fields the assignment reads (no names), as docs/assignment-spec.md §9 says.
  const published = inspectors.map((i) => ({
    id: i.id,
    department: i.department,
    role: i.role,
    certificates: i.certificates.map((c) => ({
      number: c.number,
      validFrom: c.validFrom,
      validTo: c.validTo,
    })),
    specialties: i.specialties,
    active: i.active,
    ...(i.regions === undefined ? {} : { regions: i.regions }),
  }));
  return { task: next, assignment, inspectors: published, targets };
}
