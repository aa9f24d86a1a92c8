import * as z from 'zod/mini';
import { SsjError, utf8 } from '../core/index.js';
import { expectRecord, parseWith } from '../core/internal.js';
import { unstaffedError } from './checks.js';
import { assignmentDigest, inputDigests } from './digest.js';
import { departmentPools } from './eligibility.js';
import { unitKeysFor } from './keys.js';
import { byCodeUnits, randomOrder } from './order.js';
import type { AssignedTeam, AssignmentRecord, TeamMember } from './record.js';
import { type AssignRequest, assignInspectorSchema, assignTargetSchema } from './schema.js';
import { chooseLead, firstRanked } from './team.js';

const recusalSchema: z.ZodMiniType<RecusalRequest> = z.object({
  targetId: z.string().check(z.minLength(1)),
  department: z.string().check(z.minLength(1)),
  inspectorId: z.string().check(z.minLength(1)),
  reason: z.string().check(z.minLength(1)),
});

/** What to recuse: the member, the team, and why (回避事由). */
export interface RecusalRequest {
  /** The visited target. */
  readonly targetId: string;
  /** The department whose team the member is on. */
  readonly department: string;
  /** The member to recuse. */
  readonly inspectorId: string;
  /** Why (回避事由), recorded in the assignment. */
  readonly reason: string;
}

const argsSchema = z.object({
  inspectors: z.readonly(z.array(assignInspectorSchema)),
  targets: z.readonly(z.array(assignTargetSchema)),
  recusal: recusalSchema,
});

/**
 * Recuses a member after the draw (事后回避: a conflict found late) and puts in the next eligible inspector of
 * the same unit's random order: the best-ranked one who is not on the team, not recused from this unit before,
 * below the workload cap now, and, when the member leaving was the team's only holder of a required specialty,
 * holds every such specialty. The lead is chosen again by the rule. The recusal is appended to
 * `record.recusals`, and the digest is recomputed.
 *
 * @param record - the assignment record
 * @param inspectors - the inspectors the record was made from
 * @param targets - the targets the record was made from
 * @param recusal - target, department, the inspector to recuse and the reason
 * @returns a new record
 * @throws {SsjError} `ASSIGN_INVALID_REQUEST` when the arguments do not have the expected shape
 * @throws {SsjError} `ASSIGN_RECORD_MISMATCH` when the inspectors or targets are not those of the record
 * @throws {SsjError} `ASSIGN_UNKNOWN_TEAM` when the record has no such team
 * @throws {SsjError} `ASSIGN_NOT_ASSIGNED` when the inspector is not on that team
 * @throws {SsjError} `ASSIGN_CANNOT_STAFF` when no eligible replacement is left
 * @example
 * ```ts
 * const next = recuse(record, inspectors, targets, {
 *   targetId: 'T1', department: '市场监管局', inspectorId: 'I3', reason: '与法定代表人系近亲属',
 * });
 * ```
 */
export function recuse(
  record: AssignmentRecord,
  inspectors: AssignRequest['inspectors'],
  targets: AssignRequest['targets'],
  recusal: RecusalRequest,
): AssignmentRecord {
  const args = parseWith(argsSchema, { inspectors, targets, recusal }, 'recusal', 'ASSIGN_INVALID_REQUEST');
  const digests = inputDigests(args.inspectors, args.targets);
  if (digests.inspectors !== record.inputs.inspectors || digests.targets !== record.inputs.targets)
    throw new SsjError(
      'ASSIGN_RECORD_MISMATCH',
      'The inspectors or targets given are not those of the record',
    );
  const { targetId, department, inspectorId, reason } = args.recusal;
  const visit = record.visits.find((v) => v.targetId === targetId);
  const team = visit?.teams.find((t) => t.department === department);
  const rule = record.rules[department];
  const target = args.targets.find((t) => t.id === targetId);
  if (visit === undefined || team === undefined || rule === undefined || target === undefined)
    throw new SsjError(
      'ASSIGN_UNKNOWN_TEAM',
      `No team of ${department} for target ${targetId} in the record`,
    );
  const leaving = team.members.find((m) => m.inspectorId === inspectorId);
  if (leaving === undefined)
    throw new SsjError(
      'ASSIGN_NOT_ASSIGNED',
      `${inspectorId} is not on the team of ${department} for ${targetId}`,
    );

  const pools = departmentPools(
    args.inspectors.filter((p) => p.department === department),
    rule,
    record.date,
  );
  const excluded = new Set(team.exclusions.map((e) => e.inspectorId));
  const pool = leaving.role === 'officer' ? pools.officerIds : pools.expertIds;
  const eligible = pool.filter((id) => !excluded.has(id));
  const order = randomOrder(
    eligible,
    unitKeysFor(record.seed)(utf8(targetId), utf8(department)),
    leaving.role === 'officer' ? 'officers' : 'experts',
  );
  const specialties = new Map(args.inspectors.map((p) => [p.id, p.specialties] as const));
  const holds = (id: string, s: string) => (specialties.get(id) ?? []).includes(s);
  const load = currentLoad(record);
  load.set(inspectorId, (load.get(inspectorId) ?? 1) - 1);
  const staying = team.members.filter((m) => m.inspectorId !== inspectorId);
  const gone = new Set(
    record.recusals
      .filter((r) => r.targetId === targetId && r.department === department)
      .map((r) => r.removed)
      .concat(inspectorId),
  );
  const required = [...new Set(target.requiredSpecialties?.[department] ?? [])].sort(byCodeUnits);
  const uncovered =
    leaving.role === 'officer'
      ? leaving.covers.filter((s) => !staying.some((m) => m.role === 'officer' && holds(m.inspectorId, s)))
      : [];
  const cap = rule.workloadCap;
  const next = firstRanked(
    order,
    (id) =>
      !gone.has(id) &&
      !staying.some((m) => m.inspectorId === id) &&
      (cap === null || (load.get(id) ?? 0) < cap) &&
      uncovered.every((s) => holds(id, s)),
  );
  if (next === undefined)
    throw unstaffedError([
      {
        department,
        reasons: [{ code: 'too-few-officers', message: `no eligible replacement for ${inspectorId}` }],
        targetId,
      },
    ]);
  const added: TeamMember = {
    covers: required.filter((s) => holds(next.id, s)),
    inspectorId: next.id,
    key: next.key,
    rank: next.rank,
    role: leaving.role,
  };
  const byRank = (a: TeamMember, b: TeamMember) => a.rank - b.rank;
  const members = [
    ...[...staying, added].filter((m) => m.role === 'officer').sort(byRank),
    ...[...staying, added].filter((m) => m.role === 'expert').sort(byRank),
  ];
  const newTeam: AssignedTeam = { ...team, members, lead: chooseLead(members, required, rule) };
  const body = {
    ...record,
    visits: record.visits.map((v) =>
      v.targetId !== targetId ? v : { ...v, teams: v.teams.map((t) => (t === team ? newTeam : t)) },
    ),
    recusals: [...record.recusals, { added: next.id, department, reason, removed: inspectorId, targetId }],
  };
  return { ...body, digest: assignmentDigest(body) };
}

/** The parts of an assignment record that {@link currentLoad} reads (other fields are not its concern). */
const loadSchema = z.object({
  priorLoad: z.record(z.string(), z.int().check(z.gte(0), z.lte(Number.MAX_SAFE_INTEGER))),
  visits: z.array(
    z.object({
      teams: z.array(
        z.object({ members: z.array(z.object({ inspectorId: z.string().check(z.minLength(1)) })) }),
      ),
    }),
  ),
});

/**
 * Visits per inspector (工作量) in a record, including `priorLoad`: what workload caps are checked against.
 *
 * @param record - an assignment record
 * @returns inspector id → visits
 * @throws {SsjError} `ASSIGN_INVALID_REQUEST` when the record's `priorLoad` or visits are malformed
 * @example
 * ```ts
 * currentLoad(record).get('I3'); // e.g. 4
 * ```
 */
export function currentLoad(record: AssignmentRecord): Map<string, number> {
  expectRecord(record, 'assignment record', 'ASSIGN_INVALID_REQUEST');
  parseWith(loadSchema, record, 'assignment record', 'ASSIGN_INVALID_REQUEST');
  const load = new Map<string, number>(Object.entries(record.priorLoad));
  for (const v of record.visits)
    for (const t of v.teams)
      for (const m of t.members) load.set(m.inspectorId, (load.get(m.inspectorId) ?? 0) + 1);
  return load;
}
