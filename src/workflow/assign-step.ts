import * as z from 'zod/mini';
import type { SsjIssue } from '../core/index.js';
import { parseWith } from '../core/internal.js';
import type { WorkflowContext } from './context.js';
import { toJsonValue } from './json-value.js';
import { checkMandates, type InspectingMandate } from './mandate.js';
import { assignInputSchema } from './step-inputs.js';
import { failIf, type StepResult, stepResult } from './step-result.js';
import { departmentsOf, type InspectionTask, type TaskIn } from './task.js';
import type { Team } from './task-types.js';
import { assertStep } from './transitions.js';

/**
 * Records the inspectors matched at random (随机匹配执法检查人员): one team per target and department, each with at
 * least the minimum number of officers (行政处罚法 第四十二条) and a lead among them. In a joint task every
 * department matches its own inspectors. Only a body with a mandate inspects (行政执法机关、法律法规授权组织, or a
 * 受委托组织 with its 委托书), and accompanying staff (辅助人员、网格员、第三方) never inspect or count. Drawn → assigned.
 *
 * @param task - a drawn task
 * @param input - the teams (from the assign module’s inspector assignment), each department's inspecting-body
 *   mandate, the assignment's digest if any, and the actor
 * @param ctx - the workflow context (its rules give the minimum team size)
 * @returns the assigned task and a `task.assign` event
 * @throws {SsjError} `WORKFLOW_ILLEGAL_TRANSITION` when the task is not drawn (no results without an assignment)
 * @throws {SsjError} `WORKFLOW_PRECONDITION_FAILED` naming each missing, extra, too small or lead-less team
 * @throws {SsjError} `WORKFLOW_MANDATE_INVALID` when a department has no mandate, an entrusted organisation no
 *   委托书, or an accompanying person is counted as an officer
 * @example
 * ```ts
 * assignTask(task, { teams: [{ targetId: 't1', department: 'market', inspectors: ['i1', 'i2'], lead: 'i1' }],
 *   mandates: [{ department: 'market', body: '达拉特旗市场监督管理局', kind: 'enforcement-agency' }], actor: 'market' }, ctx);
 * ```
 *
 * @example
 * Run in `examples/targeted-case.ts`:
 *
 * {@includeCode ../../examples/targeted-case.ts#designate}
 */
export function assignTask(
  task: InspectionTask,
  input: {
    readonly teams: readonly Team[];
    readonly mandates: readonly InspectingMandate[];
    readonly assignmentDigest?: string;
    readonly actor: string;
  },
  ctx: WorkflowContext,
): StepResult {
  assertStep(task, 'assign');
  parseWith(assignInputSchema, input, 'assignment');
  const state = (task as TaskIn<'drawn'>).state;
  const departments = departmentsOf(task);
  const min = ctx.rules.minInspectorsPerVisit;
  const issues: SsjIssue[] = [];
  input.teams.forEach((team, i) => {
    const path = ['teams', i];
    if (!state.targets.some((t) => t.id === team.targetId)) {
      issues.push({ path, message: `Team for ${team.targetId}, which is not a target of the task` });
    }
    if (!departments.includes(team.department)) {
      issues.push({ path, message: `Team of ${team.department}, which does not take part in the task` });
    }
    if (new Set(team.inspectors).size < min.value) {
      issues.push({
        path,
        message: `Team for ${team.targetId}/${team.department} has fewer than ${min.value} inspectors (${min.source})`,
      });
    }
    if (!team.inspectors.includes(team.lead)) {
      issues.push({
        path,
        message: `The lead ${team.lead} is not a member of the team for ${team.targetId}/${team.department}`,
      });
    }
  });
  for (const target of state.targets) {
    for (const department of departments) {
      const count = input.teams.filter((t) => t.targetId === target.id && t.department === department).length;
      if (count !== 1) {
        issues.push({
          path: ['teams'],
          message: `${count} teams for ${target.id}/${department}, expected exactly 1`,
        });
      }
    }
  }
  failIf(issues, 'Cannot assign the inspectors');
  checkMandates(departments, input.mandates, input.teams);
  const next = {
    ...state,
    status: 'assigned',
    teams: input.teams,
    mandates: input.mandates,
    ...(input.assignmentDigest === undefined ? {} : { assignmentDigest: input.assignmentDigest }),
  } as const;
  const payload = { teams: input.teams, mandates: input.mandates, assignmentDigest: input.assignmentDigest };
  return stepResult(task, next, 'assign', input.actor, toJsonValue(payload), ctx);
}

const text = z.string().check(z.minLength(1));
const assignmentSchema = z.looseObject({
  visits: z.array(
    z.looseObject({
      teams: z.array(
        z.looseObject({
          targetId: text,
          department: text,
          lead: text,
          members: z.array(z.looseObject({ inspectorId: text, role: z.enum(['officer', 'expert']) })),
        }),
      ),
    }),
  ),
});

/** The part of the assign module’s inspector assignment record (随机匹配记录) the workflow reads. */
export interface AssignmentLike {
  readonly digest: string;
  readonly visits: readonly {
    readonly targetId: string;
    readonly teams: readonly {
      readonly targetId: string;
      readonly department: string;
      readonly lead: string;
      readonly members: readonly { readonly inspectorId: string; readonly role: 'officer' | 'expert' }[];
    }[];
  }[];
}

/**
 * The teams of an inspector assignment (检查组), as {@link assignTask} takes them: officers as inspectors, experts
 * apart.
 *
 * @param record - the assign module’s `assignInspectors` record
 * @returns one team per (target, department)
 * @throws {SsjError} `INVALID_INPUT` when `record` is not shaped as an assignment record (visits, teams,
 *   members with a role), naming the path
 * @example
 * ```ts
 * assignTask(task, { teams: teamsFromAssignment(record), assignmentDigest: record.digest, actor: 'market' }, ctx);
 * ```
 *
 * @example
 * Run in `examples/joint-inspection.ts`:
 *
 * {@includeCode ../../examples/joint-inspection.ts#inspect}
 */
export function teamsFromAssignment(record: AssignmentLike): readonly Team[] {
  parseWith(assignmentSchema, record, 'assignment record');
  return record.visits.flatMap((visit) =>
    visit.teams.map((team) => {
      const experts = team.members.filter((m) => m.role === 'expert').map((m) => m.inspectorId);
      return {
        targetId: team.targetId,
        department: team.department,
        inspectors: team.members.filter((m) => m.role === 'officer').map((m) => m.inspectorId),
        lead: team.lead,
        ...(experts.length === 0 ? {} : { experts }),
      };
    }),
  );
}
