import { type IsoDate, yearOf } from '../core/index.js';
import type { InspectionCap } from './inspection-caps.js';
import { CAP_COUNTED_KINDS, type InspectionKind } from './inspection-kind.js';

/** The inspecting body of one department taking part in an inspection (实施检查的行政机关). */
export interface InspectingBody {
  /** The host's department id (e.g. `health`). */
  readonly department: string;
  /** The inspecting body's id (行政机关, e.g. `达拉特旗卫生健康委员会`). */
  readonly body: string;
  /** Its level of government (层级, e.g. `county`). */
  readonly level: string;
}

/** A past inspection of an enterprise as caps count it (入企检查记录). */
export interface CapInspection extends InspectingBody {
  /** The inspection's reference, named in every exclusion it helps cause (e.g. `task_12#91150621…`). */
  readonly id: string;
  /** The inspected target's id. */
  readonly targetId: string;
  /** The inspection date (`YYYY-MM-DD`). */
  readonly date: IsoDate;
  /** Its kind (日常、个案、专项、上级部署专项). */
  readonly kind: InspectionKind;
  /** For a 个案 inspection, what triggered it (e.g. `complaint`), matched against a cap's exempt list. */
  readonly trigger?: string;
  /** One joint visit (联合检查) shared by several departments: counted once by a cap over several departments. */
  readonly visitId?: string;
}

/** The inspection being planned: its kind, its trigger, and the bodies that will inspect in one visit. */
export interface PlannedInspection {
  /** Its kind: a random draw is `routine`. */
  readonly kind: InspectionKind;
  /** For a 个案 inspection, what triggered it. */
  readonly trigger?: string;
  /** Every department's inspecting body in the one visit (a joint task names several). */
  readonly by: readonly InspectingBody[];
}

/** A cap the planned inspection would exceed (超出年度检查频次上限), with what used it up. */
export interface CapBreach {
  /** The cap's id. */
  readonly cap: string;
  /** The cap's source. */
  readonly source: string;
  /** The cap's maximum a year. */
  readonly max: number;
  /** The ids of the counted inspections that used the cap, in date order. */
  readonly inspections: readonly string[];
  /**
   * The departments whose inspections used the cap (other than the planned ones): 能合并的合并、能联合的联合, one
   * visit with them could carry the planned items instead.
   */
  readonly couldJoin: readonly string[];
  /** Plain words naming the cap and the inspections. */
  readonly reason: string;
}

/** Whether a cap counts an inspection of `kind` with `trigger` at all (exempt kinds and triggers never count). */
export function capCounts(cap: InspectionCap, kind: InspectionKind, trigger: string | undefined): boolean {
  if (!(cap.kinds ?? CAP_COUNTED_KINDS).includes(kind)) return false;
  return !(kind === 'case' && trigger !== undefined && (cap.exemptTriggers ?? []).includes(trigger));
}

const covers = (cap: InspectionCap, department: string): boolean =>
  cap.departments === undefined || cap.departments.includes(department);

const sameGroup = (cap: InspectionCap, a: InspectingBody, b: InspectingBody): boolean =>
  cap.per === 'body' ? a.body === b.body : cap.per === 'level' ? a.level === b.level : true;

/**
 * The first cap the planned inspection of one target on `asOf` would exceed (频次上限校验), or `undefined`. For each
 * cap and each planned body it covers, the counted inspections of the same calendar year in the same group (body,
 * level, or all) are taken, a joint visit once; the planned visit adds one, so a cap is exceeded when the counted
 * visits already number `max`.
 *
 * @param history - the target's past inspections (any order; other targets' are ignored)
 * @param targetId - the target
 * @param planned - the planned inspection
 * @param caps - the caps, checked in order
 * @param asOf - the planned date
 * @returns the breach, or `undefined`
 */
export function capBreach(
  history: readonly CapInspection[],
  targetId: string,
  planned: PlannedInspection,
  caps: readonly InspectionCap[],
  asOf: IsoDate,
): CapBreach | undefined {
  const year = yearOf(asOf);
  const plannedDepartments = planned.by.map((b) => b.department);
  for (const cap of caps) {
    if (!capCounts(cap, planned.kind, planned.trigger)) continue;
    for (const body of planned.by.filter((b) => covers(cap, b.department))) {
      const counted = history
        .filter(
          (h) =>
            h.targetId === targetId &&
            yearOf(h.date) === year &&
            covers(cap, h.department) &&
            sameGroup(cap, h, body) &&
            capCounts(cap, h.kind, h.trigger),
        )
        .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
      const visits = new Set(counted.map((h) => h.visitId ?? `#${h.id}`));
      if (visits.size < cap.max) continue;
      const inspections = counted.map((h) => h.id);
      const couldJoin = [...new Set(counted.map((h) => h.department))]
        .filter((d) => !plannedDepartments.includes(d))
        .sort();
      const by = [...new Set(counted.map((h) => h.department))].sort().join(', ');
      const reason = `cap ${cap.id} (${cap.zh}, at most ${cap.max} a year; ${cap.source}) is used up in ${year}: ${visits.size} counted visit(s) by ${by}: ${inspections.join(', ')}`;
      return { cap: cap.id, source: cap.source, max: cap.max, inspections, couldJoin, reason };
    }
  }
  return undefined;
}
