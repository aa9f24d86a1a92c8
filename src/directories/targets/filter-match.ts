import type { TargetFilter } from './filter.js';
import type { Target } from './target.js';

const anyOf = <T>(allowed: readonly T[] | undefined, value: T | undefined) =>
  allowed === undefined || (value !== undefined && allowed.includes(value));

const anyPrefix = (prefixes: readonly string[] | undefined, value: string) =>
  prefixes === undefined || prefixes.some((p) => value.startsWith(p));

/**
 * Whether a target passes a filter (定向抽查筛选).
 *
 * @param target - a directory entry
 * @param filter - a validated {@link TargetFilter} (see {@link parseTargetFilter})
 * @returns `true` when every field of the filter matches
 * @example
 * ```ts
 * matchesFilter(target, { industryPrefixes: ['H'], statuses: ['operating'] });
 * ```
 */
export function matchesFilter(target: Target, filter: TargetFilter): boolean {
  return (
    anyOf(filter.kinds, target.kind) &&
    anyOf(filter.scales, target.scale) &&
    anyPrefix(filter.industryPrefixes, target.industry) &&
    anyPrefix(filter.regionPrefixes, target.region) &&
    anyOf(filter.statuses, target.status) &&
    anyOf(filter.creditClasses, target.creditClass) &&
    (filter.tags === undefined || filter.tags.every((t) => target.tags.includes(t))) &&
    (filter.anyTags === undefined || filter.anyTags.some((t) => target.tags.includes(t))) &&
    (filter.abnormal === undefined || filter.abnormal === target.abnormal) &&
    (filter.active === undefined || filter.active === target.active)
  );
}

/**
 * The targets that pass a filter, in their order (a new array; the input is not changed).
 *
 * @param targets - directory entries (e.g. `snapshot.entries`)
 * @param filter - a validated {@link TargetFilter}
 * @returns the matching targets
 * @example
 * ```ts
 * const pool = applyFilter(snapshot.entries, parseTargetFilter(record.filter));
 * ```
 */
export function applyFilter(targets: readonly Target[], filter: TargetFilter): Target[] {
  return targets.filter((t) => matchesFilter(t, filter));
}
