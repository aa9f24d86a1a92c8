/**
 * Checks an inspector assignment (随机匹配执法检查人员) from its published files: its digest, that it names this draw,
 * and, when the inspector and target lists are given, a full replay with the library's `verifyAssignment`.
 */
import {
  type AssignInspector,
  type AssignmentRecord,
  type AssignTarget,
  assignmentDigest,
  verifyAssignment,
} from '../src/assign/index.js';
import type { DrawRecord } from '../src/draw/index.js';
import type { AssignmentSummary, Finding } from './protocol.js';

/** What the assignment check needs. */
export interface AssignmentFiles {
  readonly assignment: AssignmentRecord;
  readonly inspectors?: readonly AssignInspector[];
  readonly targets?: readonly AssignTarget[];
  /** The draw record the assignment follows, if given. */
  readonly record?: DrawRecord;
}

/**
 * Checks the assignment and summarises it.
 *
 * @param files - the assignment record, the lists it was made from, and the draw record it follows
 * @returns the problems found and the summary to show
 */
export function verifyAssignmentFiles(files: AssignmentFiles): {
  problems: Finding[];
  summary: AssignmentSummary;
} {
  const { assignment, inspectors, targets, record } = files;
  const problems: Finding[] = [];
  const replayed = inspectors !== undefined && targets !== undefined;
  const anchors = record === undefined ? {} : { drawDigest: record.digest, seed: record.seed };
  if (replayed) {
    for (const p of verifyAssignment(assignment, inspectors, targets, anchors).problems)
      problems.push({
        source: 'assignment',
        code: p.code,
        message: p.message,
        ...(p.targetId === undefined ? {} : { id: p.targetId }),
        ...(p.department === undefined ? {} : { department: p.department }),
      });
  } else {
    if (assignmentDigest(assignment) !== assignment.digest)
      problems.push({
        source: 'assignment',
        code: 'digest-mismatch',
        message: 'The digest does not match the record',
      });
    const known =
      record === undefined
        ? []
        : ([
            ['drawDigest', record.digest],
            ['seed', record.seed],
          ] as const);
    for (const [field, value] of known)
      if (assignment[field] !== value)
        problems.push({
          source: 'assignment',
          code: 'anchor-mismatch',
          message: `"${field}" is not the known ${field} ${value}`,
          expected: value,
          found: String(assignment[field]),
        });
  }
  if (record !== undefined) {
    const drawn = new Set(record.selected.map((t) => t.id));
    for (const v of assignment.visits)
      if (!drawn.has(v.targetId))
        problems.push({
          source: 'assignment',
          code: 'not-drawn',
          message: `${v.targetId} is visited but was not drawn`,
          id: v.targetId,
        });
  }
  return {
    problems,
    summary: {
      digest: assignment.digest,
      drawDigestMatches: record === undefined ? null : assignment.drawDigest === record.digest,
      replayed,
      visits: assignment.visits,
      unstaffed: assignment.unstaffed.length,
    },
  };
}
