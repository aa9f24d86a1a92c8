import type { SsjIssue } from '../core/index.js';
import type { TaskTarget } from './task-types.js';

/** Issues with a list of targets: empty, or an id repeated. @internal */
export function checkTargets(targets: readonly TaskTarget[]): SsjIssue[] {
  const issues: SsjIssue[] = [];
  if (targets.length === 0) issues.push({ path: ['targets'], message: 'At least one target is needed' });
  const seen = new Set<string>();
  targets.forEach((t, i) => {
    if (seen.has(t.id))
      issues.push({ path: ['targets', i, 'id'], message: `Target ${t.id} is listed twice` });
    seen.add(t.id);
  });
  return issues;
}
