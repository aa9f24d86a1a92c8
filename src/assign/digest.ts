import { canonicalDigest, sha256Hex } from '../core/index.js';
import { expectRecord } from '../core/internal.js';
import { byCodeUnits } from './order.js';
import type { AssignmentRecord } from './record.js';
import type { AssignRule } from './rules.js';
import type { AssignInspector, AssignTarget } from './types.js';

/**
 * The digest of an assignment record (记录摘要): SHA-256 of the canonical JSON (RFC 8785) of every field but
 * `digest`.
 *
 * @param record - the record, with or without its digest
 * @returns 64 hex characters
 * @example
 * ```ts
 * assignmentDigest(record) === record.digest; // true for an untouched record
 * ```
 */
export function assignmentDigest(record: Omit<AssignmentRecord, 'digest'> | AssignmentRecord): string {
  expectRecord(record, 'assignment record', 'ASSIGN_INVALID_REQUEST');
  const { digest: _ignored, ...body } = record as AssignmentRecord;
  return canonicalDigest(body);
}

/**
 * The same digest as {@link assignmentDigest} for a record built by this module, whose objects all have their
 * keys in code-unit order and hold only strings, integers, booleans and null: then `JSON.stringify` writes the
 * canonical JSON (RFC 8785) itself, at native speed. Never use it on a record read from outside.
 *
 * @param body - a record built here, without its digest
 * @returns 64 hex characters
 */
export function fastRecordDigest(body: Omit<AssignmentRecord, 'digest'>): string {
  return sha256Hex(JSON.stringify(body));
}

/**
 * A plain object from a map, keys inserted in code-unit order.
 *
 * @param map - the entries
 * @returns a new object
 */
export function sortedRecord<V>(map: ReadonlyMap<string, V>): Record<string, V> {
  const out: Record<string, V> = {};
  for (const k of [...map.keys()].sort(byCodeUnits)) out[k] = map.get(k) as V;
  return out;
}

/**
 * A rule with its keys in code-unit order.
 *
 * @param r - the rule
 * @returns a new rule
 */
export function canonicalRule(r: AssignRule): AssignRule {
  return {
    countingRoles: [...r.countingRoles],
    experts: r.experts,
    lead: r.lead,
    matchRegion: r.matchRegion,
    minOfficers: r.minOfficers,
    rotationVisits: r.rotationVisits,
    rotationWindowDays: r.rotationWindowDays,
    workloadCap: r.workloadCap,
  };
}

/**
 * The digests binding the inspectors and targets a record was made from: canonical JSON of each list sorted by
 * id, with only the fields the assignment reads.
 *
 * @param inspectors - the inspectors given
 * @param targets - the targets given
 * @returns both digests
 */
export function inputDigests(
  inspectors: readonly AssignInspector[],
  targets: readonly AssignTarget[],
): { inspectors: string; targets: string } {
  // Keys in code-unit order and absent fields left out, so JSON.stringify writes canonical JSON.
  const people = [...inspectors]
    .sort((a, b) => byCodeUnits(a.id, b.id))
    .map((p) => ({
      active: p.active,
      certificates: p.certificates.map((c) => ({
        number: c.number,
        validFrom: c.validFrom,
        validTo: c.validTo,
      })),
      department: p.department,
      id: p.id,
      regions: p.regions,
      role: p.role,
      specialties: p.specialties,
    }));
  const places = [...targets]
    .sort((a, b) => byCodeUnits(a.id, b.id))
    .map((t) => ({
      departments: t.departments,
      id: t.id,
      region: t.region,
      requiredSpecialties:
        t.requiredSpecialties === undefined
          ? undefined
          : sortedRecord(new Map(Object.entries(t.requiredSpecialties))),
    }));
  return { inspectors: sha256Hex(JSON.stringify(people)), targets: sha256Hex(JSON.stringify(places)) };
}
