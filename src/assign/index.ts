/**
 * The verifiable random matching of inspectors to targets (随机匹配执法检查人员): teams per target and department,
 * recusal (回避), and the replay that verifies a published assignment.
 *
 * The public promise of `shuangsuiji/assign`, pinned by `test/surface/exported-names.test.ts`. The stream and key
 * primitives of the specification (`docs/assignment-spec.md`) are internal: a verifier reads the specification, or
 * calls `verifyAssignment`.
 *
 * @module assign
 */

// biome-ignore-all assist/source/organizeImports: the exports are grouped by concept, in reading order

// Assign and verify (匹配与核验).
export { assignInspectors, safeAssignInspectors } from './assign-inspectors.js';
export { assignmentDigest } from './digest.js';
export {
  type AssignmentAnchors,
  type AssignmentProblem,
  type AssignmentProblemCode,
  type AssignmentVerification,
  verifyAssignment,
} from './verify-assignment.js';

// Recusal after the assignment (回避) and the load each inspector carries.
export { currentLoad, type RecusalRequest, recuse } from './recuse.js';

// The rules (人数、组长、回避、轮换), with their sources, and the request's schema.
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

// The data in and out.
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
export type {
  AssignCertificate,
  AssignConflict,
  AssignHistoryEntry,
  AssignInspector,
  AssignTarget,
} from './types.js';
