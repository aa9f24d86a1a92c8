/**
 * The published artefacts (公示材料), written as JSON (and the pool as CSV) that anyone can check: the commitment,
 * the draw record with the pool it was drawn from, the inspector assignment, the announcement and the audit trail.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatPoolCsv } from '../../bin/pool-file.js';
import type { AssignInspector, AssignmentRecord, AssignTarget } from '../../src/assign/index.js';
import type { DrawCommitment, DrawRecord, PoolEntry } from '../../src/draw/index.js';
import type { AuditEvent, PublicationRecord } from '../../src/workflow/index.js';

/** Everything the demo publishes. */
export interface Artefacts {
  readonly commitment: DrawCommitment;
  readonly record: DrawRecord;
  readonly pool: readonly PoolEntry[];
  readonly assignment: AssignmentRecord;
  /** The inspector list and the target list the assignment was made from (docs/assignment-spec.md §8). */
  readonly inspectors: readonly AssignInspector[];
  readonly assignTargets: readonly AssignTarget[];
  readonly announcement: {
    readonly title: string;
    readonly text: string;
    readonly records: readonly PublicationRecord[];
  };
  readonly audit: readonly AuditEvent[];
}

/** The file names, in the order they are written. */
export const ARTEFACT_FILES = [
  'commitment.json',
  'draw-record.json',
  'pool.csv',
  'assignment.json',
  'inspectors.json',
  'assignment-targets.json',
  'announcement.json',
  'audit-log.json',
] as const;

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * Writes the artefacts into `dir` (created if needed), JSON indented by two spaces and the pool as CSV.
 *
 * @param dir - the output directory
 * @param a - the artefacts
 * @returns the paths written, in the order of {@link ARTEFACT_FILES}
 */
export async function writeArtefacts(dir: string, a: Artefacts): Promise<readonly string[]> {
  await mkdir(dir, { recursive: true });
  const contents = [
    json(a.commitment),
    json(a.record),
    formatPoolCsv(a.pool),
    json(a.assignment),
    json(a.inspectors),
    json(a.assignTargets),
    json(a.announcement),
    json(a.audit),
  ];
  const paths = ARTEFACT_FILES.map((name) => join(dir, name));
  await Promise.all(paths.map((p, i) => writeFile(p, contents[i] ?? '', 'utf8')));
  return paths;
}
