/**
 * The verifiable random matching of inspectors to targets (随机匹配执法检查人员): teams per target and department,
 * recusal (回避), and the replay that verifies a published assignment.
 *
 * @module assign
 */

export { assignInspectors, safeAssignInspectors } from './assign-inspectors.js';
export { assignmentDigest } from './digest.js';
export {
  ASSIGN_DOMAIN,
  type AssignPool,
  type StreamPick,
  seedBlock,
  uniformStream,
  unitKey,
} from './keys.js';
export { type RankedEntry as AssignRankedEntry, randomOrder } from './order.js';
export type {
  AssignExclusion,
  AssignExclusionCode,
  AssignedTeam,
  AssignedVisit,
  AssignmentRecord,
  Recusal,
  TeamMember,
  UnstaffedCode,
  UnstaffedUnit,
} from './record.js';
export { currentLoad, type RecusalRequest, recuse } from './recuse.js';
export {
  ASSIGN_DEFAULTS,
  type AssignRule,
  type AssignRuleOverrides,
  DEFAULT_ASSIGN_RULE,
  type LeadRule,
  resolveAssignRule,
  type SourcedValue,
} from './rules.js';
export { type AssignRequest, assignRequestSchema } from './schema.js';
export type {
  AssignCertificate,
  AssignConflict,
  AssignHistoryEntry,
  AssignInspector,
  AssignTarget,
} from './types.js';
export {
  type AssignmentAnchors,
  type AssignmentProblem,
  type AssignmentProblemCode,
  type AssignmentVerification,
  verifyAssignment,
} from './verify-assignment.js';
