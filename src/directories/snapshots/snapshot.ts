import * as z from 'zod/mini';
import { SsjError, type SsjIssue } from '../../core/index.js';
import { parseWith } from '../../core/internal.js';
import {
  type ConflictOfInterest,
  conflictOfInterestSchema,
  type Inspector,
  inspectorSchema,
} from '../inspectors/inspector.js';
import { type Target, targetSchema } from '../targets/target.js';
import type { DirectoryDigestAlgorithm } from './digest.js';
import { type DigestState, digestState, keepState, SNAPSHOT_DIGEST, stateDigest } from './entry-hashes.js';
import { idOrder } from './id-order.js';

/** A frozen state of the target directory (检查对象名录库快照): what a draw cites by its digest. */
export interface TargetSnapshot {
  readonly kind: 'targets';
  /** 1 for a new directory, +1 for each {@link applyChanges}. */
  readonly version: number;
  /** {@link directoryDigest} of the entries. */
  readonly digest: string;
  /** The digest's version; a snapshot stored without it has an `ssj-directory/1` digest. */
  readonly digestAlgorithm?: DirectoryDigestAlgorithm;
  /** The digest of the snapshot the changes were applied to. */
  readonly previousDigest?: string;
  /** The entries, sorted by id (code-unit order). */
  readonly entries: readonly Target[];
}

/** A frozen state of the inspector directory (执法检查人员名录库快照), with the declared conflicts of interest. */
export interface InspectorSnapshot {
  readonly kind: 'inspectors';
  /** 1 for a new directory, +1 for each {@link applyChanges}. */
  readonly version: number;
  /** {@link directoryDigest} of the entries and conflicts. */
  readonly digest: string;
  /** The digest's version; a snapshot stored without it has an `ssj-directory/1` digest. */
  readonly digestAlgorithm?: DirectoryDigestAlgorithm;
  /** The digest of the snapshot the changes were applied to. */
  readonly previousDigest?: string;
  /** The inspectors, sorted by id (code-unit order). */
  readonly entries: readonly Inspector[];
  /** Declared conflicts of interest (利害关系声明). */
  readonly conflicts: readonly ConflictOfInterest[];
}

/** Either directory's snapshot. */
export type DirectorySnapshot = TargetSnapshot | InspectorSnapshot;

/**
 * The entries sorted by id, and the digest state of that list (hashed in the given order, then put in id
 * order); throws `DIRECTORY_DUPLICATE_IDS` when ids repeat (entries are never merged).
 */
function sortUnique<E extends { readonly id: string }>(
  entries: readonly E[],
  what: string,
): { sorted: E[]; state: DigestState } {
  const order = idOrder(entries);
  const sorted = order === undefined ? [...entries] : Array.from(order, (i) => entries[i] as E);
  const issues: SsjIssue[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const id = (sorted[i] as E).id;
    if (id === (sorted[i - 1] as E).id)
      issues.push({ path: [id], message: `Id "${id}" appears more than once` });
  }
  if (issues.length > 0) {
    throw new SsjError('DIRECTORY_DUPLICATE_IDS', `Duplicate ${what} ids: ${issues.length}`, { issues });
  }
  const state = digestState(entries, SNAPSHOT_DIGEST, order);
  keepState(sorted, state);
  return { sorted, state };
}

/**
 * Takes the first snapshot of a target directory (建立检查对象名录库): validates every entry, refuses duplicate
 * ids, sorts by id and computes the digest.
 *
 * @param targets - the entries, in any order
 * @returns version 1 of the directory
 * @throws {SsjError} `DIRECTORY_INVALID` with every issue when an entry is malformed
 * @throws {SsjError} `DIRECTORY_DUPLICATE_IDS` when two entries share an id
 * @example
 * ```ts
 * const snapshot = createTargetSnapshot(generateTargets({ seed: 'demo', count: 100 }));
 * snapshot.digest; // 64 hex characters
 * ```
 */
export function createTargetSnapshot(targets: unknown): TargetSnapshot {
  const { sorted: entries, state } = sortUnique(
    parseWith(z.array(targetSchema), targets, 'targets', 'DIRECTORY_INVALID'),
    'target',
  );
  const digest = stateDigest(SNAPSHOT_DIGEST, 'targets', state);
  return { kind: 'targets', version: 1, digest, digestAlgorithm: SNAPSHOT_DIGEST, entries };
}

/**
 * Takes the first snapshot of an inspector directory (建立执法检查人员名录库), with its declared conflicts.
 *
 * @param input - `{ inspectors, conflicts? }`
 * @returns version 1 of the directory
 * @throws {SsjError} `DIRECTORY_INVALID` with every issue when an entry or conflict is malformed
 * @throws {SsjError} `DIRECTORY_DUPLICATE_IDS` when two inspectors share an id
 * @throws {SsjError} `DIRECTORY_UNKNOWN_ID` when a conflict names an inspector not in the directory
 * @example
 * ```ts
 * const snapshot = createInspectorSnapshot({ inspectors, conflicts: [] });
 * ```
 */
export function createInspectorSnapshot(input: unknown): InspectorSnapshot {
  const parsed = parseWith(
    z.object({
      inspectors: z.array(inspectorSchema),
      conflicts: z._default(z.array(conflictOfInterestSchema), []),
    }),
    input,
    'inspector directory',
    'DIRECTORY_INVALID',
  );
  const { sorted: entries, state } = sortUnique(parsed.inspectors, 'inspector');
  const conflicts = parsed.conflicts;
  const ids = new Set<string>(entries.map((e) => e.id));
  const unknown: SsjIssue[] = conflicts.flatMap((c, i) =>
    ids.has(c.inspectorId)
      ? []
      : [
          {
            path: ['conflicts', i, 'inspectorId'],
            message: `No inspector "${c.inspectorId}" in the directory`,
          },
        ],
  );
  if (unknown.length > 0) {
    throw new SsjError('DIRECTORY_UNKNOWN_ID', 'A conflict names an inspector the directory does not have', {
      issues: unknown,
    });
  }
  return {
    kind: 'inspectors',
    version: 1,
    digest: stateDigest(SNAPSHOT_DIGEST, 'inspectors', state, conflicts),
    digestAlgorithm: SNAPSHOT_DIGEST,
    entries,
    conflicts,
  };
}
