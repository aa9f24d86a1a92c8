import * as z from 'zod/mini';
import type { IsoDate, IsoInstant } from '../core/index.js';
import { parseWith } from '../core/internal.js';
import type { InspectionKind } from '../sampling/index.js';
import type { InspectingMandate } from './mandate.js';
import type {
  CommitmentRef,
  DrawRef,
  FollowUpMeasure,
  InspectionApproval,
  InspectionResult,
  InspectionVisit,
  PublicationRecord,
  Review,
  TargetReplacement,
  TaskId,
  TaskItem,
  TaskMode,
  TaskTarget,
  Team,
} from './task-types.js';

/** Targets chosen (by draw or designation) and any pre-check replacements. */
export interface DrawnData {
  readonly commitment?: CommitmentRef;
  readonly draw?: DrawRef;
  readonly targets: readonly TaskTarget[];
  readonly replacements: readonly TargetReplacement[];
}
/** Plus the teams matched at random (随机匹配执法检查人员). */
export interface AssignedData extends DrawnData {
  readonly teams: readonly Team[];
  /** The mandate of each department's inspecting body (检查主体资格). */
  readonly mandates?: readonly InspectingMandate[];
  readonly assignmentDigest?: string;
}
/** Plus the visits made. */
export interface InspectedData extends AssignedData {
  readonly visits: readonly InspectionVisit[];
}
/** Plus the results entered. */
export interface ResultsData extends InspectedData {
  readonly results: readonly InspectionResult[];
}
/** Plus the review. */
export interface ReviewedData extends ResultsData {
  readonly review: Review;
}
/** Plus the publication records and the follow-up measures. */
export interface PublishedData extends ReviewedData {
  readonly publications: readonly PublicationRecord[];
  readonly followUps: readonly FollowUpMeasure[];
}

/** A task’s state (任务状态) as a tagged union: each state carries exactly what has been done so far. */
export type TaskState =
  | { readonly status: 'planned' }
  | { readonly status: 'committed'; readonly commitment: CommitmentRef }
  | ({ readonly status: 'drawn' } & DrawnData)
  | ({ readonly status: 'assigned' } & AssignedData)
  | ({ readonly status: 'inspected' } & InspectedData)
  | ({ readonly status: 'results-recorded' } & ResultsData)
  | ({ readonly status: 'reviewed' } & ReviewedData)
  | ({ readonly status: 'published' } & PublishedData)
  | ({ readonly status: 'follow-up-closed'; readonly followUpsClosedOn: IsoDate } & PublishedData)
  | ({
      readonly status: 'archived';
      readonly followUpsClosedOn: IsoDate;
      readonly archivedAt: IsoInstant;
    } & PublishedData)
  | { readonly status: 'cancelled'; readonly cancellation: Cancellation; readonly before: ActiveTaskState };

/** A state a task can be cancelled from. */
export type ActiveTaskState = Extract<
  TaskState,
  { readonly status: 'planned' | 'committed' | 'drawn' | 'assigned' | 'inspected' | 'results-recorded' }
>;

/** Why and when a task was cancelled (撤销任务). */
export interface Cancellation {
  readonly reason: string;
  readonly actor: string;
  readonly at: IsoInstant;
}

/**
 * An inspection task (抽查任务): what it covers, who takes part, and its state. A task with participants is a joint
 * task (部门联合抽查): the initiator (发起部门) draws once for all. Every step returns a new task with `revision + 1`.
 */
export interface InspectionTask {
  readonly id: TaskId;
  readonly revision: number;
  readonly name: string;
  readonly year: number;
  readonly mode: TaskMode;
  readonly initiator: string;
  readonly participants: readonly string[];
  readonly items: readonly TaskItem[];
  readonly period: { readonly from: IsoDate; readonly to: IsoDate };
  readonly industry?: string;
  readonly planId?: string;
  /** The kind of inspection (日常 / 个案 / 专项 / 上级部署专项): what frequency caps count. */
  readonly inspectionKind: InspectionKind;
  /** Approvals by the heads of the inspecting bodies (主体负责人批准), in the order given. */
  readonly approvals: readonly InspectionApproval[];
  readonly createdAt: IsoInstant;
  readonly state: TaskState;
}

/** The task narrowed to one state. */
export type TaskIn<S extends TaskState['status']> = InspectionTask & {
  readonly state: Extract<TaskState, { readonly status: S }>;
};

const departmentsSchema = z.looseObject({
  initiator: z.string().check(z.minLength(1)),
  participants: z.array(z.string().check(z.minLength(1))),
});

/**
 * The departments of a task (参与部门): the initiator first, then the participants.
 *
 * @param task - the task
 * @returns department ids, initiator first
 * @throws {SsjError} `WORKFLOW_INVALID_TASK` when `initiator` is not a non-empty string or `participants` not an
 *   array of strings
 * @example
 * ```ts
 * taskDepartments(task); // ['market', 'health', 'fire']
 * ```
 *
 * @example
 * Run in `examples/workflow-helpers.ts`:
 *
 * {@includeCode ../../examples/workflow-helpers.ts#task}
 */
export function taskDepartments(task: Pick<InspectionTask, 'initiator' | 'participants'>): readonly string[] {
  parseWith(departmentsSchema, task, 'task departments', 'WORKFLOW_INVALID_TASK');
  return departmentsOf(task);
}

/** {@link taskDepartments} of a task already checked (internal: the steps and readers). */
export function departmentsOf(task: Pick<InspectionTask, 'initiator' | 'participants'>): readonly string[] {
  return [task.initiator, ...task.participants];
}
