import * as z from 'zod/mini';
import { canonicalJson, isSsjError } from '../core/index.js';
import { parseWith } from '../core/internal.js';
import { assignInspectors } from './assign-inspectors.js';
import { assignmentDigest, inputDigests } from './digest.js';
import type { AssignmentRecord } from './record.js';
import { recuse } from './recuse.js';
import { type AssignRequest, assignInspectorSchema, assignTargetSchema } from './schema.js';

/** What is wrong with an assignment record (核验问题). */
export type AssignmentProblemCode =
  | 'malformed'
  | 'anchor-mismatch'
  | 'digest-mismatch'
  | 'inputs-mismatch'
  | 'replay-failed'
  | 'team-mismatch'
  | 'field-mismatch';

/** One problem found by {@link verifyAssignment}. */
export interface AssignmentProblem {
  readonly code: AssignmentProblemCode;
  readonly message: string;
  readonly targetId?: string;
  readonly department?: string;
}

/**
 * What the verifier already knows from elsewhere (公开锚点): the seed of the published target draw, the
 * inspection date, the digest of the draw record, or the published digest of this record. The record's own
 * claims (seed, date, label, declared conflicts, history, rules) can only be checked against such anchors.
 */
export interface AssignmentAnchors {
  readonly seed?: string;
  readonly date?: string;
  readonly drawDigest?: string;
  readonly digest?: string;
}

/** The outcome of {@link verifyAssignment}. */
export interface AssignmentVerification {
  readonly valid: boolean;
  readonly problems: readonly AssignmentProblem[];
}

const listsSchema = z.object({
  inspectors: z.readonly(z.array(assignInspectorSchema)),
  targets: z.readonly(z.array(assignTargetSchema)),
});

const FIELDS = [
  'version',
  'seed',
  'drawDigest',
  'label',
  'date',
  'rules',
  'conflicts',
  'history',
  'priorLoad',
  'departmentExclusions',
  'unstaffed',
  'recusals',
] as const;

/**
 * Verifies an assignment record (核验随机匹配记录): its digest, that it was made from these inspectors and
 * targets, and that replaying the assignment from its own seed, date, rules, conflicts, history and prior load,
 * then its recusals in order, gives exactly the same teams. Anyone holding the record and the two lists can run
 * it. Never throws: every problem is listed.
 *
 * @param record - the record to check
 * @param inspectors - the inspectors it should have been made from
 * @param targets - the targets it should have been made from
 * @param anchors - values known from elsewhere that the record must state (seed, date, draw digest, digest)
 * @returns `{ valid, problems }`, each problem naming the team where it can
 * @example
 * ```ts
 * const { valid, problems } = verifyAssignment(record, inspectors, targets);
 * ```
 */
export function verifyAssignment(
  record: AssignmentRecord,
  inspectors: AssignRequest['inspectors'],
  targets: AssignRequest['targets'],
  anchors: AssignmentAnchors = {},
): AssignmentVerification {
  const problems: AssignmentProblem[] = [];
  for (const key of ['seed', 'date', 'drawDigest', 'digest'] as const) {
    const known = anchors[key];
    if (known !== undefined && known !== record[key])
      problems.push({ code: 'anchor-mismatch', message: `"${key}" is not the known ${key} ${known}` });
  }
  try {
    const lists = parseWith(
      listsSchema,
      { inspectors, targets },
      'inspectors and targets',
      'ASSIGN_INVALID_REQUEST',
    );
    if (assignmentDigest(record) !== record.digest)
      problems.push({ code: 'digest-mismatch', message: 'The digest does not match the record' });
    const digests = inputDigests(lists.inspectors, lists.targets);
    if (canonicalJson(digests) !== canonicalJson(record.inputs))
      problems.push({
        code: 'inputs-mismatch',
        message: 'The inspectors or targets are not those of the record',
      });
    let replay = assignInspectors({
      seed: record.seed,
      date: record.date,
      inspectors: lists.inspectors,
      targets: lists.targets,
      conflicts: record.conflicts,
      history: record.history,
      priorLoad: record.priorLoad,
      rulesByDepartment: record.rules,
      ...(record.drawDigest === null ? {} : { drawDigest: record.drawDigest }),
      ...(record.label === null ? {} : { label: record.label }),
      allowPartial: true,
    });
    for (const r of record.recusals)
      replay = recuse(replay, lists.inspectors, lists.targets, {
        targetId: r.targetId,
        department: r.department,
        inspectorId: r.removed,
        reason: r.reason,
      });
    compare(record, replay, problems);
  } catch (error) {
    if (!isSsjError(error) && !(error instanceof TypeError)) throw error;
    const code =
      isSsjError(error) && error.code !== 'CANONICAL_JSON_UNSUPPORTED' ? 'replay-failed' : 'malformed';
    problems.push({ code, message: `The record cannot be replayed: ${(error as Error).message}` });
  }
  return { valid: problems.length === 0, problems };
}

function compare(record: AssignmentRecord, replay: AssignmentRecord, problems: AssignmentProblem[]): void {
  for (const field of FIELDS) {
    if (canonicalJson(record[field]) !== canonicalJson(replay[field]))
      problems.push({ code: 'field-mismatch', message: `"${field}" differs from the replay` });
  }
  const given = new Map(
    record.visits.flatMap((v) => v.teams.map((t) => [`${v.targetId}\u0000${t.department}`, t])),
  );
  const visitsMatch =
    record.visits.length === replay.visits.length &&
    record.visits.every((v, i) => v.targetId === replay.visits[i]?.targetId);
  if (!visitsMatch)
    problems.push({ code: 'field-mismatch', message: '"visits" list other targets than the replay' });
  for (const v of replay.visits) {
    for (const t of v.teams) {
      const mine = given.get(`${v.targetId}\u0000${t.department}`);
      given.delete(`${v.targetId}\u0000${t.department}`);
      if (mine === undefined || canonicalJson(mine) !== canonicalJson(t))
        problems.push({
          code: 'team-mismatch',
          message: mine === undefined ? 'team missing from the record' : 'team differs from the replay',
          targetId: v.targetId,
          department: t.department,
        });
    }
  }
  for (const [key, t] of given)
    problems.push({
      code: 'team-mismatch',
      message: 'team not in the replay',
      targetId: key.split('\u0000')[0] as string,
      department: t.department,
    });
}
