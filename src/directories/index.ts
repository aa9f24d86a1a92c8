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
  type Certificate,
  type ConflictOfInterest,
  certificateSchema,
  conflictOfInterestSchema,
  type ExpertAffiliationKind,
  hasValidCertificate,
  INSPECTOR_ROLES,
  type Inspector,
  type InspectorId,
  type InspectorRole,
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
