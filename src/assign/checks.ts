import { SsjError, type SsjIssue } from '../core/index.js';
import type { UnstaffedUnit } from './record.js';
import type { ParsedAssignRequest } from './schema.js';

/**
 * Rejects repeated ids: two inspectors or two targets with one id, or a target listing a department twice.
 * Nothing is merged silently.
 *
 * @param req - the checked request
 * @throws {SsjError} `ASSIGN_DUPLICATE_IDS` naming each repeat
 */
export function checkUniqueIds(req: ParsedAssignRequest): void {
  const issues: SsjIssue[] = [];
  const repeats = (ids: readonly string[], path: (i: number) => (string | number)[], what: string) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) issues.push({ path: path(i), message: `${what} "${id}" appears more than once` });
      seen.add(id);
    });
  };
  repeats(
    req.inspectors.map((p) => p.id),
    (i) => ['inspectors', i, 'id'],
    'inspector id',
  );
  repeats(
    req.targets.map((t) => t.id),
    (i) => ['targets', i, 'id'],
    'target id',
  );
  req.targets.forEach((t, ti) => {
    repeats(t.departments, (i) => ['targets', ti, 'departments', i], `department of target ${t.id}`);
  });
  if (issues.length > 0)
    throw new SsjError('ASSIGN_DUPLICATE_IDS', `Repeated ids in the assignment request: ${issues.length}`, {
      issues,
    });
}

/**
 * Unstaffed units in the order of the targets given, and of each target's departments.
 *
 * @param list - unstaffed units in processing order
 * @param targets - the targets as given
 * @returns a new, sorted list
 */
export function sortUnstaffed(
  list: readonly UnstaffedUnit[],
  targets: ParsedAssignRequest['targets'],
): UnstaffedUnit[] {
  const index = new Map(targets.map((t, i) => [t.id, i]));
  const position = (u: UnstaffedUnit): [number, number] => {
    const i = index.get(u.targetId) ?? 0;
    return [i, targets[i]?.departments.indexOf(u.department) ?? 0];
  };
  return [...list].sort((a, b) => {
    const [ta, da] = position(a);
    const [tb, db] = position(b);
    return ta - tb || da - db;
  });
}

/**
 * The error for teams that cannot be formed (无法组建检查组): one issue per (target, department) and reason.
 *
 * @param unstaffed - every unit that cannot be staffed
 * @returns an {@link SsjError} with code `ASSIGN_CANNOT_STAFF`
 */
export function unstaffedError(unstaffed: readonly UnstaffedUnit[]): SsjError {
  const issues: SsjIssue[] = unstaffed.flatMap((u) =>
    u.reasons.map((r) => ({
      path: ['targets', u.targetId, u.department],
      message: `${u.targetId} / ${u.department}: ${r.message}`,
      expected: r.code,
    })),
  );
  const shown = unstaffed
    .slice(0, 3)
    .map((u) => `${u.targetId}/${u.department}`)
    .join(', ');
  const more = unstaffed.length > 3 ? ` and ${unstaffed.length - 3} more` : '';
  return new SsjError(
    'ASSIGN_CANNOT_STAFF',
    `${unstaffed.length} team(s) cannot be staffed: ${shown}${more}`,
    { issues },
  );
}
