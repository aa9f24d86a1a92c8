import type { InspectorRole, IsoDate } from '../core/index.js';

/** An enforcement certificate (执法证) with the dates it is valid, both included. */
export interface AssignCertificate {
  /** The certificate number (执法证号). */
  readonly number: string;
  /** First day it is valid. */
  readonly validFrom: IsoDate;
  /** Last day it is valid. */
  readonly validTo: IsoDate;
}

/**
 * An entry of the inspector directory (执法检查人员名录库), as the assignment needs it. A directory's inspector
 * type satisfies this structurally.
 */
export interface AssignInspector {
  /** Stable id, unique across all departments. */
  readonly id: string;
  /** Display name (姓名); not used by the draw. */
  readonly name?: string | undefined;
  /** The department (部门) the inspector belongs to and draws for. */
  readonly department: string;
  /** Officer, qualified staff, or expert. */
  readonly role: InspectorRole;
  /** Enforcement certificates; an officer needs one valid on the inspection date. */
  readonly certificates: readonly AssignCertificate[];
  /** Business specialties (业务专长), e.g. `special-equipment`, `food-safety`. */
  readonly specialties: readonly string[];
  /** Whether the inspector is currently in service (在岗). */
  readonly active: boolean;
  /** Regions the inspector covers; absent means every region. */
  readonly regions?: readonly string[] | undefined;
}

/** A declared conflict of interest (回避事由, 行政处罚法 art. 43): this inspector must not inspect this target. */
export interface AssignConflict {
  readonly inspectorId: string;
  readonly targetId: string;
  /** Why, as declared (e.g. `spouse is a shareholder`). */
  readonly reason: string;
}

/** A past inspection (检查记录) of a target by an inspector for a department, for rotation (轮换). */
export interface AssignHistoryEntry {
  readonly inspectorId: string;
  readonly targetId: string;
  readonly department: string;
  readonly date: IsoDate;
}

/**
 * A drawn target (检查对象) to be visited, with the departments that visit it together (联合检查: 进一次门、查多项事).
 */
export interface AssignTarget {
  /** The target id (e.g. its 统一社会信用代码). */
  readonly id: string;
  /** Every department taking part in the visit; each draws its own team. */
  readonly departments: readonly string[];
  /** Per department, specialties at least one officer of its team must hold (e.g. 特种设备). */
  readonly requiredSpecialties?: Readonly<Record<string, readonly string[]>> | undefined;
  /** The target's region (区域), matched against the inspectors' `regions`. */
  readonly region?: string | undefined;
}
