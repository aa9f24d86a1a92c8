/**
 * 一单两库一细则一指引: the checklists with their versions, the target and inspector directories with snapshots and
 * changes, import from spreadsheets, the work rules, guidance, and the shared code tables.
 *
 * The public promise of `shuangsuiji/directories`, pinned by `test/surface/exported-names.test.ts`; each group
 * below is a folder of this module.
 *
 * @module directories
 */

// biome-ignore-all assist/source/organizeImports: the exports are grouped by folder, in reading order

// Checklists (随机抽查事项清单) with versions and diffs, joint checklists, the industry handbook, guidance sheets (检查指引) and legal bases (检查依据).
export {
  type Checklist,
  type ChecklistInput,
  checklistDigest,
  checklistInputSchema,
  checklistItem,
  createChecklist,
} from './checklists/checklist.js';
export {
  CHECKLIST_ITEM_FIELDS,
  type ChecklistDiff,
  type ChecklistItemField,
  diffChecklistItems,
  diffChecklists,
  type FieldChange,
  type ItemChange,
  isEmptyChecklistDiff,
} from './checklists/diff.js';
export { GUIDANCE_SOURCE, type Guidance, guidanceSchema } from './checklists/guidance.js';
export { type GuidanceSheet, guidanceGaps, guidanceSheet } from './checklists/guidance-sheet.js';
export {
  type CompileHandbookOptions,
  compileIndustryHandbook,
  createIndustryHandbook,
  type IndustryHandbook,
  type IndustryHandbookInput,
  industryHandbookInputSchema,
} from './checklists/industry-handbook.js';
export {
  type ChecklistItem,
  type ChecklistItemCode,
  type ChecklistItemInput,
  type ChecklistItemPriority,
  type ChecklistItemRef,
  checklistItemCodeSchema,
  checklistItemSchema,
  ITEM_PRIORITIES,
} from './checklists/item.js';
export {
  createJointChecklist,
  type JointChecklist,
  type JointChecklistEntry,
  type JointChecklistInput,
  jointChecklistInputSchema,
  jointEntriesOf,
} from './checklists/joint-checklist.js';
export {
  formatLegalBasis,
  type LegalBasis,
  legalBasisSchema,
  parseLegalBasisText,
} from './checklists/legal-basis.js';
export {
  type ChecklistIndex,
  type ChecklistVersionRef,
  checklistItemAppliesTo,
  checklistItemRef,
  indexChecklists,
} from './checklists/lookup.js';
export {
  type ChecklistInspectionMethod,
  INSPECTION_METHOD_LIST,
  INSPECTION_METHODS,
  INSPECTION_METHODS_SOURCE,
  inspectionMethodOf,
} from './checklists/method.js';
export {
  type ChecklistCalendar,
  type ChecklistChange,
  type ReviseChecklistOptions,
  reviseChecklist,
} from './checklists/revise.js';
export {
  CHECKLIST_CHANGE_CAUSES,
  CHECKLIST_ENTRY_DEADLINE,
  type ChecklistChangeCause,
  type ChecklistEntryDeadline,
  type ChecklistRevision,
} from './checklists/revision.js';

// The target directory (检查对象名录库): targets, kinds, statuses, credit classes, and filters over them.
export {
  CREDIT_RISK_CLASSES,
  type CreditRiskClass,
  type CreditRiskClassInfo,
  creditRiskClassSchema,
} from './targets/credit-class.js';
export {
  parseTargetFilter,
  safeParseTargetFilter,
  type TargetFilter,
  targetFilterSchema,
} from './targets/filter.js';
export { applyFilter, matchesFilter } from './targets/filter-match.js';
export {
  isMarketSubjectKind,
  type MarketSubjectKind,
  TARGET_KIND_IDS,
  TARGET_KINDS,
  type TargetKind,
  type TargetKindInfo,
  targetKindFromLabel,
} from './targets/kinds.js';
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
} from './targets/status.js';
export {
  type InspectionHistoryEntry,
  inspectionHistoryEntrySchema,
  type MarketSubjectTarget,
  type Target,
  type TargetId,
  targetIdSchema,
  targetSchema,
} from './targets/target.js';

// The inspector directory (执法检查人员名录库).
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
} from './inspectors/inspector.js';

// Snapshots of a directory with their digests, and the changes between them (名录库变更).
export {
  type InspectorChange,
  inspectorChangeSchema,
  type TargetChange,
  targetChangeSchema,
} from './snapshots/change.js';
export { applyChanges, changesDigest } from './snapshots/change-apply.js';
export {
  DIRECTORY_DIGEST_ALGORITHM,
  DIRECTORY_DIGEST_ALGORITHMS,
  type DirectoryDigestAlgorithm,
  type DirectoryKind,
  directoryDigest,
} from './snapshots/digest.js';
export {
  createInspectorSnapshot,
  createTargetSnapshot,
  type DirectorySnapshot,
  type InspectorSnapshot,
  type TargetSnapshot,
} from './snapshots/snapshot.js';
export { verifyDirectoryDigest } from './snapshots/verify-digest.js';

// Import from spreadsheets (导入): rows and cells to targets, inspectors and checklist items, with every rejected row explained.
export {
  CHECKLIST_HEADER_MAP,
  checklistRowSchema,
  type ImportChecklistItemsOptions,
  importChecklistItems,
} from './import/checklist.js';
export {
  type ImportInspectorsOptions,
  INSPECTOR_HEADER_MAP,
  importInspectors,
  importInspectorsStream,
  inspectorRowSchema,
} from './import/inspectors.js';
export {
  type ImportOptions,
  type ImportProblem,
  type ImportResult,
  importRows,
  type RejectedRow,
} from './import/rows.js';
export type { RowSource } from './import/row-source.js';
export {
  type ImportTargetsOptions,
  importTargets,
  importTargetsStream,
  TARGET_HEADER_MAP,
  targetRowSchema,
} from './import/targets.js';

// The work rules (一细则): defaults with sources, overrides, and what is still missing.
export {
  DEFAULT_WORK_RULES,
  PROCESS_STEP_LIST,
  PROCESS_STEPS,
  type ProcessStep,
  type RuleValue,
} from './work-rules/defaults.js';
export { REQUIRED_PROCESS_STEPS, workRuleSchemas, workRulesOverridesSchema } from './work-rules/schema.js';
export {
  defineWorkRules,
  type WorkRules,
  type WorkRulesOverrides,
  workRulesGaps,
} from './work-rules/work-rules.js';

// Shared code tables: departments (部门), region codes (行政区划代码), industry codes (国民经济行业分类).
export {
  DEPARTMENTS,
  type Department,
  type DepartmentId,
  departmentById,
  departmentRefSchema,
  isDepartmentId,
} from './shared/departments.js';
export {
  INDUSTRY_CODE_PATTERN,
  INDUSTRY_SECTIONS,
  type IndustrySection,
  industryCodeSchema,
  isIndustryUnder,
} from './shared/industry-codes.js';
export {
  ORDOS_REGIONS,
  REGION_CODE_PATTERN,
  type RegionInfo,
  regionCodeSchema,
  regionPrefixSchema,
} from './shared/region-codes.js';
