/**
 * @module directories
 */

export {
  type InspectorChange,
  inspectorChangeSchema,
  type TargetChange,
  targetChangeSchema,
} from './change.js';
export { applyChanges, changesDigest } from './change-apply.js';
export {
  type Checklist,
  type ChecklistInput,
  checklistDigest,
  checklistInputSchema,
  checklistItem,
  createChecklist,
} from './checklist.js';
export {
  CHECKLIST_ITEM_FIELDS,
  type ChecklistDiff,
  type ChecklistItemField,
  diffChecklistItems,
  diffChecklists,
  type FieldChange,
  type ItemChange,
  isEmptyChecklistDiff,
} from './checklist-diff.js';
export {
  type ChecklistItem,
  type ChecklistItemCode,
  type ChecklistItemInput,
  type ChecklistItemPriority,
  type ChecklistItemRef,
  checklistItemCodeSchema,
  checklistItemSchema,
  ITEM_PRIORITIES,
} from './checklist-item.js';
export {
  type ChecklistIndex,
  type ChecklistVersionRef,
  checklistItemAppliesTo,
  checklistItemRef,
  indexChecklists,
} from './checklist-lookup.js';
export {
  type ChecklistInspectionMethod,
  INSPECTION_METHOD_LIST,
  INSPECTION_METHODS,
  INSPECTION_METHODS_SOURCE,
  inspectionMethodOf,
} from './checklist-method.js';
export {
  type ChecklistCalendar,
  type ChecklistChange,
  type ReviseChecklistOptions,
  reviseChecklist,
} from './checklist-revise.js';
export {
  CHECKLIST_CHANGE_CAUSES,
  CHECKLIST_ENTRY_DEADLINE,
  type ChecklistChangeCause,
  type ChecklistEntryDeadline,
  type ChecklistRevision,
} from './checklist-revision.js';
export {
  CREDIT_RISK_CLASSES,
  type CreditRiskClass,
  type CreditRiskClassInfo,
  creditRiskClassSchema,
} from './credit-class.js';
export {
  DEPARTMENTS,
  type Department,
  type DepartmentId,
  departmentById,
  departmentRefSchema,
  isDepartmentId,
} from './departments.js';
export { parseTargetFilter, safeParseTargetFilter, type TargetFilter, targetFilterSchema } from './filter.js';
export { applyFilter, matchesFilter } from './filter-match.js';
export { GUIDANCE_SOURCE, type Guidance, guidanceSchema } from './guidance.js';
export { type GuidanceSheet, guidanceGaps, guidanceSheet } from './guidance-sheet.js';
export {
  CHECKLIST_HEADER_MAP,
  checklistRowSchema,
  type ImportChecklistItemsOptions,
  importChecklistItems,
} from './import-checklist.js';
export {
  type ImportOptions,
  type ImportProblem,
  type ImportResult,
  importRows,
  type RejectedRow,
} from './import-rows.js';
export {
  INDUSTRY_CODE_PATTERN,
  INDUSTRY_SECTIONS,
  type IndustrySection,
  industryCodeSchema,
  isIndustryUnder,
} from './industry-codes.js';
export {
  type CompileHandbookOptions,
  compileIndustryHandbook,
  createIndustryHandbook,
  type IndustryHandbook,
  type IndustryHandbookInput,
  industryHandbookInputSchema,
} from './industry-handbook.js';
export {
  type Certificate,
  type ConflictOfInterest,
  certificateSchema,
  conflictOfInterestSchema,
  type ExpertAffiliationKind,
  hasValidCertificate,
  type Inspector,
  type InspectorId,
  inspectorIdSchema,
  inspectorSchema,
} from './inspector.js';
export {
  type ImportInspectorsOptions,
  INSPECTOR_HEADER_MAP,
  importInspectors,
  inspectorRowSchema,
} from './inspector-import.js';
export {
  createJointChecklist,
  type JointChecklist,
  type JointChecklistEntry,
  type JointChecklistInput,
  jointChecklistInputSchema,
  jointEntriesOf,
} from './joint-checklist.js';
export { formatLegalBasis, type LegalBasis, legalBasisSchema, parseLegalBasisText } from './legal-basis.js';
export {
  ORDOS_REGIONS,
  REGION_CODE_PATTERN,
  type RegionInfo,
  regionCodeSchema,
  regionPrefixSchema,
} from './region-codes.js';
export {
  createInspectorSnapshot,
  createTargetSnapshot,
  type DirectorySnapshot,
  type InspectorSnapshot,
  type TargetSnapshot,
} from './snapshot.js';
export { DIRECTORY_DIGEST_ALGORITHM, type DirectoryKind, directoryDigest } from './snapshot-digest.js';
export {
  type InspectionHistoryEntry,
  inspectionHistoryEntrySchema,
  type MarketSubjectTarget,
  type Target,
  type TargetId,
  targetIdSchema,
  targetSchema,
} from './target.js';
export {
  type ImportTargetsOptions,
  importTargets,
  TARGET_HEADER_MAP,
  targetRowSchema,
} from './target-import.js';
export {
  isMarketSubjectKind,
  type MarketSubjectKind,
  TARGET_KIND_IDS,
  TARGET_KINDS,
  type TargetKind,
  type TargetKindInfo,
  targetKindFromLabel,
} from './target-kinds.js';
export {
  TARGET_SCALES,
  TARGET_STATUS_IDS,
  TARGET_STATUSES,
  type TargetScale,
  type TargetStatus,
  type TargetStatusInfo,
  targetScaleSchema,
  targetStatusFromLabel,
  targetStatusSchema,
} from './target-status.js';
export { defineWorkRules, type WorkRules, type WorkRulesOverrides, workRulesGaps } from './work-rules.js';
export {
  DEFAULT_WORK_RULES,
  PROCESS_STEP_LIST,
  PROCESS_STEPS,
  type ProcessStep,
  type RuleValue,
} from './work-rules-defaults.js';
export { REQUIRED_PROCESS_STEPS, workRuleSchemas, workRulesOverridesSchema } from './work-rules-schema.js';
