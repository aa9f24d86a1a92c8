import * as z from 'zod/mini';
import { canonicalDigest, SsjError, type SsjErrorCode, type SsjIssue } from '../../core/index.js';
import { parseWith, safeParseWith } from '../../core/internal.js';
import { type ConflictOfInterest, inspectorSchema } from '../inspectors/inspector.js';
import { targetSchema } from '../targets/target.js';
import { checkSnapshot } from './boundary.js';
import {
  type InspectorChange,
  inspectorChangeSchema,
  type TargetChange,
  targetChangeSchema,
} from './change.js';
import { keepState, SNAPSHOT_DIGEST, stateDigest, stateOf, updatedState } from './entry-hashes.js';
import type { InspectorSnapshot, TargetSnapshot } from './snapshot.js';
import { mergeOverlay, type SortedOverlay, sortedOverlay } from './sorted-overlay.js';

type Entry = { readonly id: string; readonly active: boolean };
type Problem = SsjIssue & { readonly code: SsjErrorCode };

/** Applies add / update / deactivate to a working map; returns the problems found. */
function applyEntryChanges<E extends Entry>(
  entries: SortedOverlay<E>,
  changes: readonly { readonly op: string; readonly [k: string]: unknown }[],
  schema: z.ZodMiniType<E, unknown>,
): Problem[] {
  const problems: Problem[] = [];
  const put = (index: number, value: unknown, id: string) => {
    const parsed = safeParseWith(schema, value, 'entry');
    if (parsed.success) entries.set(id, parsed.data);
    else
      for (const i of parsed.error.issues)
        problems.push({ ...i, path: [index, ...i.path], code: 'DIRECTORY_INVALID' });
  };
  changes.forEach((change, index) => {
    if (change.op === 'add') {
      const entry = change.entry as Record<string, unknown>;
      const id = String(entry.id);
      if (entries.has(id))
        problems.push({
          path: [index, 'entry', 'id'],
          message: `Id "${id}" is already in the directory`,
          code: 'DIRECTORY_ID_EXISTS',
        });
      else put(index, entry, id);
    } else if (change.op === 'update' || change.op === 'deactivate') {
      const id = change.id as string;
      const current = entries.get(id);
      if (current === undefined) {
        problems.push({
          path: [index, 'id'],
          message: `No entry with id "${id}"`,
          code: 'DIRECTORY_UNKNOWN_ID',
        });
      } else {
        put(
          index,
          change.op === 'update'
            ? { ...current, ...(change.set as object), id }
            : { ...current, active: false },
          id,
        );
      }
    }
  });
  return problems;
}

/** The next entry list and its digest state, re-hashing only the changed entries. */
function finish<E extends Entry>(before: readonly E[], changed: ReadonlyMap<string, E>) {
  const { entries, edits } = mergeOverlay(before, changed);
  const state = updatedState(stateOf(before), edits);
  keepState(entries, state);
  return { entries, state };
}

function fail(problems: readonly Problem[]): never {
  const code = (problems[0] as Problem).code;
  const issues = problems.map(({ code: _c, ...issue }) => issue);
  throw new SsjError(
    code,
    `Directory changes rejected: ${issues
      .map((i) => i.message)
      .slice(0, 3)
      .join('; ')}`,
    { issues },
  );
}

/**
 * Applies a list of changes (动态管理: 新增, 修改, 停用) to a directory snapshot, in order, and returns the next
 * snapshot with a new digest. All or nothing: when any change is rejected, nothing is applied. The input
 * snapshot is not changed.
 *
 * @param snapshot - a {@link TargetSnapshot} or {@link InspectorSnapshot}
 * @param changes - {@link TargetChange}s or {@link InspectorChange}s
 * @returns the next snapshot (`version + 1`, `previousDigest` set)
 * @throws {SsjError} `DIRECTORY_CHANGE_INVALID` when a change is malformed
 * @throws {SsjError} `DIRECTORY_ID_EXISTS` when an add uses an existing id
 * @throws {SsjError} `DIRECTORY_UNKNOWN_ID` when an update, deactivation or conflict names an unknown inspector
 * @throws {SsjError} `DIRECTORY_INVALID` when the snapshot is not shaped as one (kind, version, digest, entries
 *   with ids, conflicts), or an added or updated entry is not a valid entry
 * @example
 * {@includeCode ../../../examples/directory-changes.ts#apply}
 */
export function applyChanges(snapshot: TargetSnapshot, changes: readonly TargetChange[]): TargetSnapshot;
export function applyChanges(
  snapshot: InspectorSnapshot,
  changes: readonly InspectorChange[],
): InspectorSnapshot;
export function applyChanges(
  snapshot: TargetSnapshot | InspectorSnapshot,
  changes: readonly (TargetChange | InspectorChange)[],
): TargetSnapshot | InspectorSnapshot {
  checkSnapshot(snapshot);
  if (snapshot.kind === 'targets') {
    const list = parseWith(
      z.array(targetChangeSchema),
      changes,
      'target changes',
      'DIRECTORY_CHANGE_INVALID',
    );
    const map = sortedOverlay(snapshot.entries);
    const problems = applyEntryChanges(map, list, targetSchema);
    if (problems.length > 0) fail(problems);
    const { entries, state } = finish(snapshot.entries, map.changed);
    return {
      kind: 'targets',
      version: snapshot.version + 1,
      digest: stateDigest(SNAPSHOT_DIGEST, 'targets', state),
      digestAlgorithm: SNAPSHOT_DIGEST,
      previousDigest: snapshot.digest,
      entries,
    };
  }
  const list = parseWith(
    z.array(inspectorChangeSchema),
    changes,
    'inspector changes',
    'DIRECTORY_CHANGE_INVALID',
  );
  const map = sortedOverlay(snapshot.entries);
  const problems = applyEntryChanges(map, list, inspectorSchema);
  let conflicts: ConflictOfInterest[] = [...snapshot.conflicts];
  const same = (c: ConflictOfInterest, i: string, t: string) => c.inspectorId === i && c.targetId === t;
  list.forEach((change, index) => {
    if (change.op === 'declare-conflict') {
      const c = change.conflict;
      if (!map.has(c.inspectorId))
        problems.push({
          path: [index, 'conflict', 'inspectorId'],
          message: `No inspector "${c.inspectorId}"`,
          code: 'DIRECTORY_UNKNOWN_ID',
        });
      else conflicts = [...conflicts.filter((k) => !same(k, c.inspectorId, c.targetId)), c];
    } else if (change.op === 'withdraw-conflict') {
      if (!conflicts.some((k) => same(k, change.inspectorId, change.targetId))) {
        problems.push({
          path: [index],
          message: `No declared conflict of "${change.inspectorId}" with "${change.targetId}"`,
          code: 'DIRECTORY_UNKNOWN_ID',
        });
      }
      conflicts = conflicts.filter((k) => !same(k, change.inspectorId, change.targetId));
    }
  });
  if (problems.length > 0) fail(problems);
  const { entries, state } = finish(snapshot.entries, map.changed);
  return {
    kind: 'inspectors',
    version: snapshot.version + 1,
    digest: stateDigest(SNAPSHOT_DIGEST, 'inspectors', state, conflicts),
    digestAlgorithm: SNAPSHOT_DIGEST,
    previousDigest: snapshot.digest,
    entries,
    conflicts,
  };
}

/**
 * The digest of a list of changes (canonical JSON, SHA-256), to record what was applied between two snapshots.
 *
 * @param changes - the changes as given to {@link applyChanges}
 * @returns 64 hex characters
 * @throws {SsjError} `CANONICAL_JSON_UNSUPPORTED` when a change holds a value JSON cannot carry
 * @example
 * ```ts
 * changesDigest([{ op: 'deactivate', id, reason: '注销' }]);
 * ```
 */
export function changesDigest(changes: readonly (TargetChange | InspectorChange)[]): string {
  return canonicalDigest(changes);
}
