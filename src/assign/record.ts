import type { IsoDate } from '../core/index.js';
import type { AssignRule } from './rules.js';
import type { AssignConflict, AssignHistoryEntry } from './types.js';

/**
 * Why an inspector was not eligible (不符合抽取条件的原因): out of service, no enforcement certificate valid on the
 * inspection date, a role that does not count, a declared conflict (回避), rotation (轮换), outside the target's
 * region, or at the workload cap.
 */
export type AssignExclusionCode =
  | 'inactive'
  | 'no-valid-certificate'
  | 'role'
  | 'conflict'
  | 'rotation'
  | 'region'
  | 'workload-cap';

/** One inspector left out, and why. */
export interface AssignExclusion {
  readonly inspectorId: string;
  readonly code: AssignExclusionCode;
  readonly reason: string;
}

/**
 * A team member (检查组成员): an officer or an expert, the rank in the unit's random order that put them on the
 * team, the 32-bit stream word (hex) that picked that rank, and the required specialties they hold.
 */
export interface TeamMember {
  readonly inspectorId: string;
  readonly role: 'officer' | 'expert';
  /** 1-based position in the unit's random order of its pool. */
  readonly rank: number;
  /** The stream word that picked this rank (8 hex), see docs/assignment-spec.md. */
  readonly key: string;
  /** Required specialties of the visit this member holds. */
  readonly covers: readonly string[];
}

/** The team of one department for one visit (检查组), with its lead (主检) and everyone left out. */
export interface AssignedTeam {
  readonly targetId: string;
  readonly department: string;
  /** Position (0-based) in the canonical processing order (by officer unit key). */
  readonly order: number;
  /** Officers eligible when the team was drawn. */
  readonly eligible: number;
  /** Experts eligible when the team was drawn. */
  readonly eligibleExperts: number;
  /** Officers then experts, each by rank. */
  readonly members: readonly TeamMember[];
  /** The lead inspector (主检). */
  readonly lead: string;
  /** Inspectors of the department left out of this unit (beyond the department-wide exclusions). */
  readonly exclusions: readonly AssignExclusion[];
}

/** Why a team could not be formed. */
export type UnstaffedCode = 'too-few-officers' | 'no-specialty' | 'too-few-experts';

/** A (target, department) that could not be staffed, and every reason. */
export interface UnstaffedUnit {
  readonly targetId: string;
  readonly department: string;
  readonly reasons: readonly { readonly code: UnstaffedCode; readonly message: string }[];
}

/** A visit (一次检查) of a target: every participating department's team. */
export interface AssignedVisit {
  readonly targetId: string;
  readonly teams: readonly AssignedTeam[];
}

/** A member replaced after the draw (事后回避), with the reason and who came in. */
export interface Recusal {
  readonly targetId: string;
  readonly department: string;
  readonly removed: string;
  readonly added: string;
  readonly reason: string;
}

/**
 * The record of an inspector assignment (执法检查人员随机匹配记录): everything needed to replay and check it, and
 * its digest.
 */
export interface AssignmentRecord {
  readonly version: 'shuangsuiji/assign/v1';
  readonly seed: string;
  /** Digest of the target-draw record the seed came from, when given. */
  readonly drawDigest: string | null;
  readonly label: string | null;
  /** Inspection date: certificates must be valid on it. */
  readonly date: IsoDate;
  /** Digests of the inspectors and targets given (canonical JSON, sorted by id). */
  readonly inputs: { readonly inspectors: string; readonly targets: string };
  readonly rules: Readonly<Record<string, AssignRule>>;
  readonly conflicts: readonly AssignConflict[];
  readonly history: readonly AssignHistoryEntry[];
  readonly priorLoad: Readonly<Record<string, number>>;
  /** Per department, inspectors left out of every unit (out of service, no valid certificate, role). */
  readonly departmentExclusions: Readonly<Record<string, readonly AssignExclusion[]>>;
  /** Visits in the order of the targets given. */
  readonly visits: readonly AssignedVisit[];
  /** Teams that could not be formed (only with `allowPartial`; otherwise the assignment throws). */
  readonly unstaffed: readonly UnstaffedUnit[];
  readonly recusals: readonly Recusal[];
  /** SHA-256 (hex) of the canonical JSON of the record without this field. */
  readonly digest: string;
}
