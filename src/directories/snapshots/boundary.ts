import { SsjError, type SsjIssue } from '../../core/index.js';
import { expectDenseArray, expectRecord, isPlainObject } from '../../core/internal.js';

/**
 * The boundary checks of the functions that take a snapshot or a list of entries someone else holds: the
 * shape, before any entry is sorted, hashed or copied. A list to be hashed gets one plain pass (the hashing
 * reads every entry anyway); a snapshot's entries, each checked when it entered, only a constant-work check.
 */

const KINDS = ['targets', 'inspectors'] as const;
const HEX64 = /^[0-9a-f]{64}$/;

function invalid(path: (string | number)[], message: string, expected: string): SsjError {
  return new SsjError('DIRECTORY_INVALID', `Invalid directory input at ${path.join('.')}: ${message}`, {
    issues: [{ path, message, expected }],
  });
}

/** Refuses a kind that is not `targets` or `inspectors`. */
export function checkKind(kind: unknown, path: (string | number)[] = ['kind']): void {
  if (!(KINDS as readonly unknown[]).includes(kind))
    throw invalid(
      path,
      `unknown directory kind ${typeof kind === 'string' ? JSON.stringify(kind.slice(0, 40)) : typeof kind}`,
      KINDS.join(' | '),
    );
}

/** Refuses what is not an array without holes of objects with a non-empty string `id`. */
export function checkEntries(entries: unknown, path: (string | number)[] = ['entries']): void {
  expectDenseArray(entries, 'entries', 'DIRECTORY_INVALID');
  const issues: SsjIssue[] = [];
  for (let i = 0; i < entries.length && issues.length < 100; i++) {
    const e: unknown = entries[i];
    if (!isPlainObject(e) || typeof e.id !== 'string' || e.id.length === 0)
      issues.push({
        path: [...path, i],
        message: 'not a directory entry',
        expected: '{ id: non-empty string, … }',
      });
  }
  if (issues.length > 0)
    throw new SsjError('DIRECTORY_INVALID', `Invalid entries: ${issues.length} without a string id`, {
      issues,
    });
}

/** Refuses what is not an array without holes of `{ inspectorId, targetId, … }`. */
export function checkConflicts(conflicts: unknown, path: (string | number)[] = ['conflicts']): void {
  expectDenseArray(conflicts, 'conflicts', 'DIRECTORY_INVALID');
  conflicts.forEach((c, i) => {
    if (!isPlainObject(c) || typeof c.inspectorId !== 'string' || typeof c.targetId !== 'string')
      throw invalid([...path, i], 'not a declared conflict', '{ inspectorId, targetId, reason }');
  });
}

/**
 * Refuses entries that are not an array, or whose first or last entry has no string id: constant work, since a
 * snapshot's entries were each checked when they entered it and a change set to a million entries must not pay a
 * pass over all of them.
 */
function checkEnds(entries: unknown): void {
  const path = ['snapshot', 'entries'];
  if (!Array.isArray(entries)) throw invalid(path, 'not an array', 'array of entries');
  for (const i of entries.length === 0 ? [] : [0, entries.length - 1]) {
    const e: unknown = entries[i];
    if (!isPlainObject(e) || typeof e.id !== 'string')
      throw invalid([...path, i], 'not a directory entry', '{ id: non-empty string, … }');
  }
}

/** Refuses what is not shaped as a target or inspector snapshot (the entries in constant work). */
export function checkSnapshot(snapshot: unknown): void {
  expectRecord(snapshot, 'snapshot', 'DIRECTORY_INVALID', ['snapshot']);
  checkKind(snapshot.kind, ['snapshot', 'kind']);
  const v = snapshot.version;
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 1)
    throw invalid(['snapshot', 'version'], 'not a version number', 'a whole number ≥ 1');
  if (typeof snapshot.digest !== 'string' || !HEX64.test(snapshot.digest))
    throw invalid(['snapshot', 'digest'], 'not a digest', '64 lower-case hex characters');
  checkEnds(snapshot.entries);
  if (snapshot.kind === 'inspectors') checkConflicts(snapshot.conflicts, ['snapshot', 'conflicts']);
}
