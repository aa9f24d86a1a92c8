import { type IsoDate, type SafeResult, utf8 } from '../core/index.js';
import { parseWith, safely } from '../core/internal.js';
import { checkUniqueIds, sortUnstaffed, unstaffedError } from './checks.js';
import { canonicalRule, fastRecordDigest, inputDigests, sortedRecord } from './digest.js';
import {
  conflictIndex,
  type DepartmentPools,
  departmentPools,
  historyIndex,
  rotatedOut,
  unitEligible,
} from './eligibility.js';
import { unitKeysFor } from './keys.js';
import { byCodeUnits, randomOrder } from './order.js';
import type { AssignedTeam, AssignmentRecord, UnstaffedUnit } from './record.js';
import { type AssignRule, type AssignRuleOverrides, resolveAssignRule } from './rules.js';
import { type AssignRequest, assignRequestSchema, type ParsedAssignRequest } from './schema.js';
import { formTeam } from './team.js';
import type { AssignInspector } from './types.js';

const definedOnly = (o: object | undefined): AssignRuleOverrides =>
  Object.fromEntries(Object.entries(o ?? {}).filter(([, v]) => v !== undefined)) as AssignRuleOverrides;

interface Unit {
  readonly targetIndex: number;
  /** Position of the department in the target's `departments`. */
  readonly slot: number;
  readonly department: string;
  readonly key: Uint8Array;
  readonly lead48: number;
}

/**
 * Assigns inspectors at random (随机匹配执法检查人员, the second 随机): for every drawn target and every department
 * visiting it, a team of at least two officers with an enforcement certificate valid on the inspection date
 * (行政处罚法 art. 42), a lead (主检), the required specialties covered, declared conflicts recused (回避, art. 43),
 * recent inspectors rotated out and workload caps respected. Each team is drawn from its own stream keyed by
 * the seed, the target and the department (docs/assignment-spec.md), and units are processed in the order of
 * their keys, so the result is fixed by the seed and the inputs and anyone can replay it.
 *
 * @param request - seed (from the target draw record or a commitment), date, inspectors, targets, conflicts,
 *   history, prior workload, rules, and `allowPartial`
 * @returns the record: every visit's teams with ranks and keys, the eligible counts and every exclusion
 * @throws {SsjError} `ASSIGN_INVALID_REQUEST` when the request does not have the expected shape
 * @throws {SsjError} `ASSIGN_DUPLICATE_IDS` when inspector or target ids repeat, or a target lists a department twice
 * @throws {SsjError} `ASSIGN_CANNOT_STAFF` listing every (target, department) that cannot be staffed, unless
 *   `allowPartial` is set (then they are listed in `record.unstaffed`)
 * @example
 * ```ts
 * const record = assignInspectors({ seed, date: '2025-03-10', inspectors, targets });
 * record.visits[0]?.teams[0]?.lead;
 * ```
 *
 * @example
 * The whole flow, from `examples/inspector-assignment.ts`:
 *
 * {@includeCode ../../examples/inspector-assignment.ts#assign}
 */
export function assignInspectors(request: AssignRequest): AssignmentRecord {
  const req = parseWith(assignRequestSchema, request, 'assignment request', 'ASSIGN_INVALID_REQUEST');
  checkUniqueIds(req);
  return buildRecord(req);
}

/**
 * The non-throwing form of {@link assignInspectors}.
 *
 * @param request - as for {@link assignInspectors}
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example
 * ```ts
 * const result = safeAssignInspectors(request);
 * if (!result.success) console.log(result.error.issues);
 * ```
 */
export function safeAssignInspectors(request: AssignRequest): SafeResult<AssignmentRecord> {
  return safely(() => assignInspectors(request));
}

function buildRecord(req: ParsedAssignRequest): AssignmentRecord {
  const { seed, date, targets } = req;
  const all = definedOnly(req.rules);
  const byDept = Object.fromEntries(
    Object.entries(req.rulesByDepartment ?? {}).map(([d, o]) => [d, definedOnly(o)]),
  );
  const byDepartment = new Map<string, AssignInspector[]>();
  for (const p of req.inspectors) {
    const list = byDepartment.get(p.department);
    if (list === undefined) byDepartment.set(p.department, [p]);
    else list.push(p);
  }
  const rules = new Map<string, AssignRule>();
  const pools = new Map<string, DepartmentPools>();
  const units: Unit[] = [];
  const keyOf = unitKeysFor(seed);
  const encoded = new Map<string, Uint8Array>();
  const bytesOf = (s: string): Uint8Array => {
    const known = encoded.get(s);
    if (known !== undefined) return known;
    const b = utf8(s);
    encoded.set(s, b);
    return b;
  };
  let first = 0;
  targets.forEach((t, targetIndex) => {
    const idBytes = utf8(t.id);
    for (const department of t.departments) {
      if (!rules.has(department)) {
        const rule = resolveAssignRule(department, all, byDept);
        rules.set(department, rule);
        pools.set(department, departmentPools(byDepartment.get(department) ?? [], rule, date));
      }
      const key = keyOf(idBytes, bytesOf(department));
      units.push({ targetIndex, slot: units.length - first, department, key, lead48: lead48(key) });
    }
    first = units.length;
  });
  units.sort(byUnitKey);

  const conflicts = conflictIndex(req.conflicts ?? []);
  const history = historyIndex(req.history ?? []);
  const specialties = new Map(req.inspectors.map((p) => [p.id, p.specialties] as const));
  const specialtiesOf = (id: string): readonly string[] => specialties.get(id) ?? [];
  const load = new Map<string, number>(Object.entries(req.priorLoad ?? {}));
  // Teams by target index and the department's position in the target's list.
  const teams: (AssignedTeam | undefined)[][] = targets.map((t) => new Array(t.departments.length));
  // Per department, how many inspectors are at the cap: while none is, the cap check is skipped.
  const capped = new Map<string, number>();
  for (const [department, rule] of rules) {
    const cap = rule.workloadCap;
    const pool = pools.get(department)!;
    const atCap = [...pool.officers, ...pool.experts].filter(
      (p) => cap !== null && (load.get(p.id) ?? 0) >= cap,
    );
    capped.set(department, atCap.length);
  }
  const unstaffed: UnstaffedUnit[] = [];

  units.forEach((unit, order) => {
    const target = targets[unit.targetIndex]!;
    const rule = rules.get(unit.department)!;
    const pool = pools.get(unit.department)!;
    const past = history.size === 0 ? undefined : history.get(`${target.id}\u0000${unit.department}`);
    const ctx = {
      target,
      rule,
      conflicts: conflicts.get(target.id),
      rotated: past === undefined ? NONE_ROTATED : rotatedOut(past, rule, date),
      load,
      anyCapped: rule.workloadCap !== null && (capped.get(unit.department) ?? 0) > 0,
    };
    const off = unitEligible(pool.officers, pool.officerIds, ctx);
    const exp = unitEligible(pool.experts, pool.expertIds, ctx);
    const named = target.requiredSpecialties?.[unit.department];
    const required = named === undefined ? [] : [...new Set(named)].sort(byCodeUnits);
    const result = formTeam({
      officers: randomOrder(off.eligible, unit.key, 'officers'),
      experts: randomOrder(exp.eligible, unit.key, 'experts'),
      required,
      specialtiesOf,
      rule,
    });
    if (!result.ok) {
      unstaffed.push({ department: unit.department, reasons: result.reasons, targetId: target.id });
      return;
    }
    for (const m of result.members) {
      const visits = (load.get(m.inspectorId) ?? 0) + 1;
      load.set(m.inspectorId, visits);
      if (visits === rule.workloadCap) capped.set(unit.department, (capped.get(unit.department) ?? 0) + 1);
    }
    const exclusions = off.exclusions.concat(exp.exclusions);
    if (exp.exclusions.length > 0) exclusions.sort((x, y) => byCodeUnits(x.inspectorId, y.inspectorId));
    // Keys in code-unit order, so the record serialises canonically (see assign-digest.ts).
    (teams[unit.targetIndex] as (AssignedTeam | undefined)[])[unit.slot] = {
      department: unit.department,
      eligible: off.eligible.length,
      eligibleExperts: exp.eligible.length,
      exclusions,
      lead: result.lead,
      members: result.members,
      order,
      targetId: target.id,
    };
  });
  const sorted = sortUnstaffed(unstaffed, targets);
  if (sorted.length > 0 && req.allowPartial !== true) throw unstaffedError(sorted);

  const body: Omit<AssignmentRecord, 'digest'> = {
    conflicts: (req.conflicts ?? []).map((c) => ({
      inspectorId: c.inspectorId,
      reason: c.reason,
      targetId: c.targetId,
    })),
    date,
    departmentExclusions: sortedRecord(new Map([...pools].map(([d, p]) => [d, p.exclusions]))),
    drawDigest: req.drawDigest ?? null,
    history: (req.history ?? []).map((h) => ({
      date: h.date,
      department: h.department,
      inspectorId: h.inspectorId,
      targetId: h.targetId,
    })),
    inputs: inputDigests(req.inspectors, targets),
    label: req.label ?? null,
    priorLoad: sortedRecord(new Map(Object.entries(req.priorLoad ?? {}))),
    recusals: [],
    rules: sortedRecord(new Map([...rules].map(([d, r]) => [d, canonicalRule(r)]))),
    seed,
    unstaffed: sorted,
    version: 'shuangsuiji/assign/v1',
    visits: targets.map((t, i) => ({
      targetId: t.id,
      teams: (teams[i] as (AssignedTeam | undefined)[]).filter((x): x is AssignedTeam => x !== undefined),
    })),
  };
  return { ...body, digest: fastRecordDigest(body) };
}

const NONE_ROTATED: ReadonlyMap<string, IsoDate> = new Map();

/** The first 48 bits of a key as a number: sorts like the hex of the key, without making strings. */
const lead48 = (k: Uint8Array): number =>
  (k[0] as number) * 2 ** 40 +
  (k[1] as number) * 2 ** 32 +
  (k[2] as number) * 2 ** 24 +
  (k[3] as number) * 2 ** 16 +
  (k[4] as number) * 2 ** 8 +
  (k[5] as number);

/** Units in ascending order of their keys (as unsigned bytes, i.e. as lower-case hex). */
function byUnitKey(a: Unit, b: Unit): number {
  if (a.lead48 !== b.lead48) return a.lead48 - b.lead48;
  for (let i = 6; i < 32; i++) {
    const d = (a.key[i] as number) - (b.key[i] as number);
    if (d !== 0) return d;
  }
  return 0;
}
