/**
 * Keeping the target directory current (名录库动态管理): a change set applied to a snapshot gives the next
 * version, chained to the one before by its digest; a change set with one bad change applies nothing.
 *
 * Run: `npx tsx examples/directory-changes.ts`
 */
import { pathToFileURL } from 'node:url';
import { isSsjError } from '../src/core/index.js';
import {
  applyChanges,
  createTargetSnapshot,
  type TargetChange,
  type TargetId,
} from '../src/directories/index.js';
import { TARGETS } from './target-filter.js';

/** Deactivates a closed business, re-applies a change that names no target, and shows what each gives. */
export function main(): string[] {
  const lines: string[] = [];
  const snapshot = createTargetSnapshot(TARGETS);
  // #region apply
  const closed = '91150621MA0Q99999B' as TargetId;
  const next = applyChanges(snapshot, [{ op: 'deactivate', id: closed, reason: '注销登记' }]);
  // #endregion apply
  lines.push(
    `version ${snapshot.version} -> ${next.version}, chained: ${next.previousDigest === snapshot.digest}`,
  );
  lines.push(`active: ${next.entries.filter((t) => t.active).length} of ${next.entries.length}`);
  const changes: TargetChange[] = [
    { op: 'deactivate', id: '91150621MA0Q5XKD7K' as TargetId, reason: '注销登记' },
    { op: 'deactivate', id: '91150621MA0Q000000' as TargetId, reason: '注销登记' },
  ];
  try {
    applyChanges(next, changes);
  } catch (error) {
    if (isSsjError(error))
      lines.push(
        `${error.code}; the snapshot is unchanged: ${next.entries.filter((t) => t.active).length} active`,
      );
  }
  return lines;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(main().join('\n'));
}
