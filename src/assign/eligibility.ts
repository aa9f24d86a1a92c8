import { daysBetween, type IsoDate } from '../core/index.js';
import { byCodeUnits } from './order.js';
import type { AssignExclusion } from './record.js';
import type { AssignRule } from './rules.js';
import type { AssignConflict, AssignHistoryEntry, AssignInspector, AssignTarget } from './types.js';

/** A department's inspectors split for the draw: officers and experts that may be drawn, and those left out. */
export interface DepartmentPools {
  readonly officers: readonly AssignInspector[];
  readonly experts: readonly AssignInspector[];
  /** Ids of `officers` and of `experts`, in the same order (shared by every unit with no exclusion). */
  readonly officerIds: readonly string[];
  readonly expertIds: readonly string[];
  readonly exclusions: readonly AssignExclusion[];
}

const hasValidCertificate = (inspector: AssignInspector, date: IsoDate): boolean =>
  inspector.certificates.some((c) => c.validFrom <= date && date <= c.validTo);

/**
 * Splits a department's inspectors (one pass, sorted by id): out of service, roles that do not count and
 * officers without a certificate valid on `date` are left out for every unit of the department.
 *
 * @param inspectors - the department's inspectors
 * @param rule - the department's rule
 * @param date - the inspection date
 * @returns the pools and the department-wide exclusions
 */
export function departmentPools(
  inspectors: readonly AssignInspector[],
  rule: AssignRule,
  date: IsoDate,
): DepartmentPools {
  const officers: AssignInspector[] = [];
  const experts: AssignInspector[] = [];
  const exclusions: AssignExclusion[] = [];
  for (const p of [...inspectors].sort((a, b) => byCodeUnits(a.id, b.id))) {
    if (!p.active)
      exclusions.push({ code: 'inactive', inspectorId: p.id, reason: 'not in service (不在岗)' });
    else if (p.role === 'expert') experts.push(p);
    else if (!(rule.countingRoles as readonly string[]).includes(p.role))
      exclusions.push({
        code: 'role',
        inspectorId: p.id,
        reason: `role "${p.role}" does not count as officer`,
      });
    else if (!hasValidCertificate(p, date))
      exclusions.push({
        code: 'no-valid-certificate',
        inspectorId: p.id,
        reason: `no enforcement certificate valid on ${date}`,
      });
    else officers.push(p);
  }
  return {
    officers,
    experts,
    officerIds: officers.map((p) => p.id),
    expertIds: experts.map((p) => p.id),
    exclusions,
  };
}

/** Per target, the declared conflicts: inspector id → reason. */
export function conflictIndex(conflicts: readonly AssignConflict[]): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const c of conflicts) {
    const byInspector = out.get(c.targetId) ?? new Map<string, string>();
    if (!byInspector.has(c.inspectorId)) byInspector.set(c.inspectorId, c.reason);
    out.set(c.targetId, byInspector);
  }
  return out;
}

/** Past visits grouped by target and department (key `target\u0000department`). */
export function historyIndex(history: readonly AssignHistoryEntry[]): Map<string, AssignHistoryEntry[]> {
  const out = new Map<string, AssignHistoryEntry[]>();
  for (const h of history) {
    const key = `${h.targetId}\u0000${h.department}`;
    const list = out.get(key);
    if (list === undefined) out.set(key, [h]);
    else list.push(h);
  }
  return out;
}

/**
 * Inspectors rotated out (轮换) of a unit: those on the `rule.rotationVisits` most recent visits (distinct dates
 * before the inspection date, within `rule.rotationWindowDays` when set) of the target by the department.
 *
 * @returns inspector id → date of the visit that rotates them out
 */
export function rotatedOut(
  past: readonly AssignHistoryEntry[] | undefined,
  rule: AssignRule,
  date: IsoDate,
): Map<string, IsoDate> {
  const out = new Map<string, IsoDate>();
  if (past === undefined || rule.rotationVisits === 0) return out;
  const window = rule.rotationWindowDays;
  const inWindow = past.filter(
    (h) => h.date < date && (window === null || daysBetween(h.date, date) <= window),
  );
  const dates = [...new Set(inWindow.map((h) => h.date))].sort().reverse().slice(0, rule.rotationVisits);
  for (const h of inWindow)
    if (dates.includes(h.date) && !out.has(h.inspectorId)) out.set(h.inspectorId, h.date);
  return out;
}

/** Per-unit context for {@link unitEligible}. */
export interface UnitContext {
  readonly target: AssignTarget;
  readonly rule: AssignRule;
  readonly conflicts: ReadonlyMap<string, string> | undefined;
  readonly rotated: ReadonlyMap<string, IsoDate>;
  readonly load: ReadonlyMap<string, number>;
  /** Whether anyone in the pool may be at the cap (when not, the cap check is skipped). */
  readonly anyCapped: boolean;
}

/**
 * Filters a pool for one unit, first reason wins in this order: conflict (回避), rotation (轮换), region,
 * workload cap.
 *
 * @param pool - the department's officers or experts, sorted by id
 * @param ids - their ids, in the same order
 * @param ctx - the unit's target, rule, conflicts, rotation and current loads
 * @returns eligible ids (sorted) and exclusions
 */
export function unitEligible(
  pool: readonly AssignInspector[],
  ids: readonly string[],
  ctx: UnitContext,
): { eligible: readonly string[]; exclusions: AssignExclusion[] } {
  const eligible: string[] = [];
  const exclusions: AssignExclusion[] = [];
  const { target, rule, conflicts, rotated, load } = ctx;
  const region = rule.matchRegion ? target.region : undefined;
  const cap = ctx.anyCapped ? rule.workloadCap : null;
  if (conflicts === undefined && rotated.size === 0 && region === undefined && cap === null)
    return { eligible: ids, exclusions: [] };
  for (const p of pool) {
    const conflict = conflicts?.get(p.id);
    const lastVisit = rotated.get(p.id);
    if (conflict !== undefined)
      exclusions.push({
        code: 'conflict',
        inspectorId: p.id,
        reason: `declared conflict (回避): ${conflict}`,
      });
    else if (lastVisit !== undefined)
      exclusions.push({
        code: 'rotation',
        inspectorId: p.id,
        reason: `inspected this target on ${lastVisit}`,
      });
    else if (region !== undefined && p.regions !== undefined && !p.regions.includes(region))
      exclusions.push({ code: 'region', inspectorId: p.id, reason: `does not cover region "${region}"` });
    else if (cap !== null && (load.get(p.id) ?? 0) >= cap)
      exclusions.push({
        code: 'workload-cap',
        inspectorId: p.id,
        reason: `already at the cap of ${cap} visits`,
      });
    else eligible.push(p.id);
  }
  return { eligible, exclusions };
}
