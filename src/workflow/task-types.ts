import type { Brand, IsoDate, IsoInstant, TargetedInspectionTrigger } from '../core/index.js';
import type { ChecklistInspectionMethod } from '../directories/index.js';
import type { FollowUpKind } from './follow-up-measures.js';
import type { PUBLICATION_FORMAT } from './publication-format.js';
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

/**
 * People who may accompany a team but never inspect or count toward the two officers (辅助人员、网格员、第三方).
 */
export type AccompanyingRole = 'auxiliary' | 'grid-worker' | 'third-party';

/** An inspection team for one target and department (检查组), with its lead (主检). */
export interface Team {
  readonly targetId: string;
  readonly department: string;
  /** Law-enforcement officers: only they count toward the minimum team. */
  readonly inspectors: readonly string[];
  readonly lead: string;
  /** Experts assisting (专家), never counted toward the minimum. */
  readonly experts?: readonly string[];
  /** Auxiliary staff, grid workers or third parties accompanying (辅助人员): never inspect, never counted. */
  readonly accompanying?: readonly { readonly id: string; readonly role: AccompanyingRole }[];
}

/**
 * How one item of a visit is inspected (检查方式) under 国办发〔2024〕54号 "能通过非现场方式实施的不得入企检查":
 * `written` 书面核查, `information-sharing` 信息共享, `remote` 远程, `online-monitoring` 网络监测, `on-site` 现场检查.
 */
export type VisitMethod = 'written' | 'information-sharing' | 'remote' | 'online-monitoring' | 'on-site';

/** The method of one item of a visit. */
export interface ItemMethod {
  readonly itemId: string;
  readonly method: VisitMethod;
}

/**
 * The scan-in of an on-site visit (扫码入企): the code or the enforcement certificates shown, when and where; or a
 * scan deferred in an emergency or by a network failure, with the day it must be made up by.
 */
export type ScanIn =
  | {
      readonly kind: 'shown';
      /** What was shown: the inspection code (检查码) or the enforcement certificates (执法证). */
      readonly shown: 'code' | 'certificate';
      readonly at: IsoInstant;
      readonly place: string;
    }
  | {
      readonly kind: 'deferred';
      readonly cause: 'emergency' | 'network-failure';
      readonly reason: string;
      /** The last day to make up the scan (补充扫码). */
      readonly dueOn: IsoDate;
      /** The scan made up, once recorded. */
      readonly madeUp?: {
        readonly shown: 'code' | 'certificate';
        readonly at: IsoInstant;
        readonly place: string;
      };
    };

/** Inspection methods (检查方式), the checklist's own: {@link ChecklistInspectionMethod}. */
export type InspectionMethod = ChecklistInspectionMethod;

/**
 * The approval of an inspection by the head of the inspecting body (主体负责人批准): 国办发〔2024〕54号 requires it
 * before every inspection, or after it in an emergency (紧急情况需事后补办).
 */
export interface InspectionApproval {
  /** The department whose inspection is approved. */
  readonly department: string;
  /** Who approved it (主体负责人). */
  readonly approver: string;
  /** When. */
  readonly approvedAt: IsoInstant;
  /** The approval form's reference (《行政检查审批表》编号), when there is one. */
  readonly reference?: string;
}

/** An inspection made before its approval, in an emergency (紧急检查), and the deadline for the approval. */
export interface EmergencyInspection {
  /** Why it could not wait. */
  readonly reason: string;
  /** When the visit started. */
  readonly startedAt: IsoInstant;
  /** The departments that inspected before their approval. */
  readonly departments: readonly string[];
  /** The latest instant the approval may be back-filled (事后补办期限). */
  readonly approvalDueBy: IsoInstant;
}

/** A visit made (实施检查): the target, the date, the departments present, and what the 2024 rules ask of it. */
export interface InspectionVisit {
  readonly targetId: string;
  readonly date: IsoDate;
  readonly departments: readonly string[];
  /** The method of each item inspected (检查方式), non-on-site first. */
  readonly methods?: readonly ItemMethod[];
  /** Why the visit entered the enterprise (入企检查理由): required when any item is inspected on site. */
  readonly onSiteReason?: string;
  /** The scan-in record of an on-site visit (扫码入企 / 亮码检查). */
  readonly scanIn?: ScanIn;
  /** Present when the visit came before its approval. */
  readonly emergency?: EmergencyInspection;
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

/**
 * What a public announcement shows for one target (公示记录): 谁公示, within the deadline or not, and whether that
 * deadline is provisional. Format {@link PUBLICATION_FORMAT} (`shuangsuiji/publication/v2`); records of version 1,
 * stored before, lack `format` and `provisional`.
 */
export interface PublicationRecord {
  /** The record format, `shuangsuiji/publication/v2` ({@link PUBLICATION_FORMAT}). */
  readonly format: typeof PUBLICATION_FORMAT;
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
  /**
   * Whether `dueOn` was counted over a year with no official or custom calendar schedule (暂定): it, and so `onTime`,
   * may change when that year's holiday notice is published.
   */
  readonly provisional: boolean;
}
