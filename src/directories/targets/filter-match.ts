import { SsjError, type SsjIssue } from '../../core/index.js';
import { expectDenseArray, formatPath, isPlainObject } from '../../core/internal.js';
import { parseTargetFilter, type TargetFilter } from './filter.js';
import type { Target } from './target.js';

const anyOf = <T>(allowed: readonly T[] | undefined, value: T | undefined) =>
  allowed === undefined || (value !== undefined && allowed.includes(value));

const anyPrefix = (prefixes: readonly string[] | undefined, value: string) =>
  prefixes === undefined || prefixes.some((p) => value.startsWith(p));

const optionalString = (v: unknown) => v === undefined || typeof v === 'string';

/**
 * Whether a target has the fields a filter reads, with their types: a cheap check per entry (a whole directory
 * may be filtered), so a broken entry is refused rather than silently left out of the pool.
 */
function hasFilterFields(t: unknown): t is Target {
  if (!isPlainObject(t)) return false;
  return (
    typeof t.kind === 'string' &&
    typeof t.industry === 'string' &&
    typeof t.region === 'string' &&
    typeof t.status === 'string' &&
    optionalString(t.scale) &&
    optionalString(t.creditClass) &&
    typeof t.abnormal === 'boolean' &&
    typeof t.active === 'boolean' &&
    Array.isArray(t.tags)
  );
}

const EXPECTED =
  '{ kind, industry, region, status, abnormal, active, tags, scale?, creditClass? } (a Target)';

function notATarget(path: readonly (string | number)[]): SsjError {
  const issues: SsjIssue[] = [{ path: [...path], message: 'not a target', expected: EXPECTED }];
  return new SsjError(
    'DIRECTORY_INVALID',
    `Invalid target${path.length > 0 ? ` at ${formatPath(path)}` : ''}: expected ${EXPECTED}`,
    {
      issues,
    },
  );
}

/** {@link matchesFilter} for a target and a filter already checked. */
function matches(target: Target, filter: TargetFilter): boolean {
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
 * Whether a target passes a filter (定向抽查筛选).
 *
 * @param target - a directory entry
 * @param filter - a {@link TargetFilter}, checked as {@link parseTargetFilter} checks it
 * @returns `true` when every field of the filter matches
 * @throws {SsjError} `DIRECTORY_INVALID` when the target lacks a field the filter reads, or the filter is
 *   malformed (`{ kinds: '' }`, an empty list, an unknown field, a `Date`)
 * @example
 * {@includeCode ../../../examples/target-filter.ts#match}
 */
export function matchesFilter(target: Target, filter: TargetFilter): boolean {
  const checked = parseTargetFilter(filter);
  if (!hasFilterFields(target)) throw notATarget([]);
  return matches(target, checked);
}

/**
 * The targets that pass a filter, in their order (a new array; the input is not changed).
 *
 * @param targets - directory entries (e.g. `snapshot.entries`)
 * @param filter - a {@link TargetFilter}, checked as {@link parseTargetFilter} checks it
 * @returns the matching targets
 * @throws {SsjError} `DIRECTORY_INVALID` when the targets are not an array without holes, an entry lacks a
 *   field the filter reads, or the filter is malformed (a filter that would silently empty the pool, such as
 *   `{ kinds: '' }`, is refused)
 * @example
 * {@includeCode ../../../examples/target-filter.ts#apply}
 */
export function applyFilter(targets: readonly Target[], filter: TargetFilter): Target[] {
  expectDenseArray(targets, 'targets', 'DIRECTORY_INVALID');
  const checked = parseTargetFilter(filter);
  const out: Target[] = [];
  for (let i = 0; i < targets.length; i++) {
    const t: unknown = targets[i];
    if (!hasFilterFields(t)) throw notATarget([i]);
    if (matches(t, checked)) out.push(t);
  }
  return out;
}
