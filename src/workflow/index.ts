/**
 * The supervision cycle (抽查工作流程): annual plans, inspection tasks as a typed state machine, joint visits,
 * pre-visit checks, results and their publication, follow-up, statistics, and the tamper-evident audit trail.
 *
 * The public promise of `shuangsuiji/workflow`, pinned by `test/surface/exported-names.test.ts`: a name added or
 * removed here is a change to the surface and belongs in `CHANGELOG.md`.
 *
 * @module workflow
 */

export {
  type AbnormalListingDecision,
  type AbnormalListingRecord,
  type AbnormalListingRemoval,
  decideAbnormalListing,
  removeFromAbnormalList,
} from './abnormal-list.js';
export {
  ABNORMAL_LISTING_GROUNDS,
  type AbnormalListingGround,
  type AbnormalListingGroundRule,
} from './abnormal-list-grounds.js';
export { formatAnnouncement } from './announcement.js';
export {
  type AnnualInspectionRow,
  type AnnualInspectionStatistics,
  annualInspectionStatistics,
  inspectionRecordsOf,
} from './annual-statistics.js';
export {
  type ApproveInspectionInput,
  approveInspection,
  type MissedApproval,
  missedApprovals,
} from './approval.js';
export { type AssignmentLike, assignTask, teamsFromAssignment } from './assign-step.js';
export {
  type AuditEvent,
  type AuditEventInput,
  appendAudit,
  auditEventInputSchema,
  chainAuditEvent,
  GENESIS_HASH,
  hashAuditEvent,
} from './audit-event.js';
export { createWorkflowContext, type WorkflowContext } from './context.js';
export { type CreateTaskInput, createTask, createTaskInputSchema } from './create-task.js';
export {
  type AbnormalListing,
  abnormalListingDeadline,
  abnormalListings,
  checklistEntryDueDate,
  findOverdueResults,
  type OverdueResult,
  resultDeadline,
  resultDueDate,
} from './deadlines.js';
export type { ReplaceInDraw } from './draw-replacement.js';
export { commitTask, designateTargets, recordDraw } from './draw-steps.js';
export { FOLLOW_UP_KINDS, FOLLOW_UP_MEASURES, type FollowUpKind } from './follow-up-measures.js';
export {
  closeFollowUps,
  type RecordFollowUpInput,
  recordFollowUp,
  recordFollowUpInputSchema,
} from './follow-up-steps.js';
export {
  type RecordInspectionInput,
  recordInspection,
  recordInspectionInputSchema,
} from './inspection-steps.js';
export { type JointVisit, type JointVisitPlan, planJointVisits } from './joint-visits.js';
export { archiveTask, cancelTask } from './lifecycle-steps.js';
export {
  INSPECTING_BODY_KINDS,
  INSPECTING_MANDATE_SOURCE,
  type InspectingBodyKind,
  type InspectingMandate,
} from './mandate.js';
export {
  createMemoryAuditStore,
  createMemoryPublicationSink,
  createMemoryTaskStore,
} from './memory-stores.js';
export {
  type DrawOverlap,
  findOverlappingDraws,
  type PlannedDraw,
  plannedDrawsOfPlans,
  plannedDrawsOfTasks,
} from './overlaps.js';
export {
  amendPlan,
  filePlan,
  type PlanDeadline,
  type PlanDeadlines,
  type PlanStepResult,
  planDeadlines,
  publishPlan,
} from './plan-steps.js';
export {
  type DepartmentPlanContent,
  type DepartmentPlanEntry,
  departmentPlanEntrySchema,
  departmentPlanSchema,
  type JointPlanContent,
  type JointPlanTask,
  jointPlanSchema,
  jointPlanTaskSchema,
  type PlanAmendment,
  type PlanContentInput,
  type PlanRecord,
  type PlanStepDate,
  parsePlan,
  safeParsePlan,
} from './plan-types.js';
export type { AuditStore, PublicationSink, TaskStore } from './ports.js';
export { PRE_CHECK_RULES, type PreCheckInput, preCheckTargets } from './pre-check.js';
export { PUBLICATION_FORMAT } from './publication-format.js';
export { type RecordResultInput, recordResult, recordResultInputSchema } from './record-result.js';
export {
  isProblemResult,
  parseResultSelection,
  type ResultSelection,
  resultLabels,
  safeParseResultSelection,
} from './result-selection.js';
export {
  RESULT_SCHEME,
  RESULT_SELECTION_RULES,
  type ResultCategory,
  type ResultCategoryId,
  type ResultCategoryKind,
  type ResultSchemeRef,
  type ResultSelectionRule,
  type ResultSubReasonId,
} from './result-vocabulary.js';
export { publishTask, reviewTask } from './review-publish.js';
export { INNER_MONGOLIA_WORKFLOW_RULES, WORKFLOW_RULES, type WorkflowRules } from './rules.js';
export { type MakeUpScanInInput, type MissedScanIn, makeUpScanIn, missedScanIns } from './scan-in.js';
export type { SourcedRule } from './sourced-rule.js';
export {
  type AssessmentReport,
  type AssessmentStats,
  assessmentStatistics,
  type ModeReport,
} from './statistics.js';
export type { StepResult } from './step-result.js';
export { type TargetFeedback, targetFeedback } from './target-feedback.js';
export {
  type ActiveTaskState,
  type AssignedData,
  type Cancellation,
  type DrawnData,
  type InspectedData,
  type InspectionTask,
  type PublishedData,
  type ResultsData,
  type ReviewedData,
  type TaskIn,
  type TaskState,
  taskDepartments,
} from './task.js';
export type {
  AccompanyingRole,
  CommitmentRef,
  DrawRef,
  EmergencyInspection,
  EntrustedOpinion,
  FollowUpMeasure,
  InspectionApproval,
  InspectionMethod,
  InspectionResult,
  InspectionVisit,
  ItemFinding,
  ItemMethod,
  PublicationRecord,
  Review,
  ScanIn,
  TargetedTrigger,
  TargetReplacement,
  TaskId,
  TaskItem,
  TaskMode,
  TaskStatus,
  TaskTarget,
  Team,
  VisitMethod,
} from './task-types.js';
export {
  allowedSteps,
  assertStep,
  TASK_TRANSITIONS,
  type TaskStep,
  type TaskTransition,
} from './transitions.js';
export {
  type AuditHead,
  type AuditProblem,
  type AuditProblemKind,
  type AuditVerification,
  verifyAuditLog,
} from './verify-audit-log.js';
export { VISIT_METHODS, VISIT_METHODS_SOURCE } from './visit-rules.js';
