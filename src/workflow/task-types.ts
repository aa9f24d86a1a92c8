import type { Brand, IsoDate, IsoInstant } from '../core/index.js';
import type { ChecklistInspectionMethod } from '../directories/index.js';
import type { TargetedInspectionTrigger } from '../sampling/index.js';
import type { FollowUpKind } from './follow-up-measures.js';
import type { ResultCategoryId, ResultSchemeRef, ResultSubReasonId } from './result-vocabulary.js';

/** The id of an inspection task (抽查任务编号). */
export type TaskId = Brand<string, 'TaskId'>;

/** Every state of a task (任务状态), in order; `cancelled` may end any state before review. */
export type TaskStatus =
  | 'planned'
  | 'committed'
  | 'drawn'
  | 'assigned'
  | 'inspected'
  | 'results-recorded'
  | 'reviewed'
  | 'published'
  | 'follow-up-closed'
  | 'archived'
  | 'cancelled';

/** Why a targeted (non-random) inspection happens (重点监管/个案处置的来源): {@link TargetedInspectionTrigger}. */
export type TargetedTrigger = TargetedInspectionTrigger;

/** Random (双随机) or targeted (重点监管、个案处置, non-random, with its trigger and reference). */
export type TaskMode =
  | { readonly kind: 'random'; readonly directed: boolean }
  | { readonly kind: 'targeted'; readonly trigger: TargetedTrigger; readonly reference: string };

/** One checklist item a task covers (抽查事项), with the department that inspects it. */
export interface TaskItem {
  readonly id: string;
  readonly department: string;
  readonly label: string;
}

/** A target of the task (检查对象) as drawn or designated. */
export interface TaskTarget {
  readonly id: string;
  readonly name: string;
  readonly uscc?: string;
  readonly stratum?: string;
}

/** The published draw commitment (抽取承诺): its digest and where the randomness will come from. */
export interface CommitmentRef {
  readonly digest: string;
  readonly randomnessSource: string;
}

/** The draw record the targets came from (抽取记录), by digest and seed. */
export interface DrawRef {
  readonly digest: string;
  readonly seed: string;
}

/** A pre-check replacement (预查替换): which target left, which came in, why, and the draw record after it. */
export interface TargetReplacement {
  readonly replacedId: string;
  readonly replacementId: string | null;
  readonly reason: string;
  readonly drawDigest: string;
}

/** An inspection team for one target and department (检查组), with its lead (主检). */
export interface Team {
  readonly targetId: string;
  readonly department: string;
  /** Law-enforcement officers: only they count toward the minimum team. */
  readonly inspectors: readonly string[];
  readonly lead: string;
  /** Experts assisting (专家), never counted toward the minimum. */
  readonly experts?: readonly string[];
}

/** Inspection methods (检查方式), the checklist's own: {@link ChecklistInspectionMethod}. */
export type InspectionMethod = ChecklistInspectionMethod;

/** A visit made (实施检查): the target, the date, the departments present. */
export interface InspectionVisit {
  readonly targetId: string;
  readonly date: IsoDate;
  readonly departments: readonly string[];
}

/** A finding for one checklist item (逐项检查情况). */
export interface ItemFinding {
  readonly itemId: string;
  readonly finding: string;
}

/** An entrusted professional body and its opinion (委托专业机构及其意见). */
export interface EntrustedOpinion {
  readonly body: string;
  readonly opinion: string;
}

/** A follow-up measure (后续处置), open or closed, with dates. */
export interface FollowUpMeasure {
  readonly id: string;
  readonly targetId: string;
  readonly department: string;
  readonly kind: FollowUpKind;
  readonly openedOn: IsoDate;
  readonly closedOn?: IsoDate;
  readonly outcome?: string;
}

/** The result one department records for one target (检查结果): 谁检查、谁录入. */
export interface InspectionResult {
  readonly targetId: string;
  readonly department: string;
  readonly inspectionDate: IsoDate;
  readonly methods: readonly InspectionMethod[];
  readonly entrusted: readonly EntrustedOpinion[];
  readonly categories: readonly ResultCategoryId[];
  readonly subReasons: readonly ResultSubReasonId[];
  readonly findings: readonly ItemFinding[];
  readonly scheme: ResultSchemeRef;
  readonly followUp: readonly FollowUpKind[];
  readonly enteredBy: string;
  readonly enteredAt: IsoInstant;
}

/** The review of the results (审核): who and when. */
export interface Review {
  readonly reviewer: string;
  readonly at: IsoInstant;
  readonly note?: string;
}

/** What a public announcement shows for one target (公示记录): 谁公示, within the deadline or not. */
export interface PublicationRecord {
  readonly id: string;
  readonly taskId: TaskId;
  readonly taskName: string;
  readonly department: string;
  readonly targetId: string;
  readonly targetName: string;
  readonly uscc?: string;
  readonly inspectionDate: IsoDate;
  readonly result: readonly string[];
  readonly scheme: ResultSchemeRef;
  readonly publishedOn: IsoDate;
  readonly dueOn: IsoDate;
  readonly onTime: boolean;
}
