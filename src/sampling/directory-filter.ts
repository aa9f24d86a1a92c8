import type { JsonValue } from '../core/index.js';
import { matchesFilter, parseTargetFilter, type Target } from '../directories/index.js';
import type { SamplingFilter } from './plan-input.js';

/**
 * Makes a `planSample` 定向 filter (定向抽查条件) from the directory's serialisable `TargetFilter`: the
 * checked conditions are stored in the draw request as given, and targets are tested with `matchesFilter`.
 *
 * @param filter - the conditions (企业类型、经营规模、所属行业、地理区域 …), untrusted
 * @returns the filter for `planSample`
 * @throws {SsjError} `DIRECTORY_INVALID` with every issue when the conditions are malformed
 * @example
 * ```ts
 * const plan = planSample({ targets, policy, asOf: '2026-03-02', randomnessSource: 'drand quicknet round 1',
 *   filter: directoryFilter({ regionPrefixes: ['150621'], kinds: ['enterprise'] }) });
 * ```
 *
 * @example
 * Run in `examples/sampling-arithmetic.ts`:
 *
 * {@includeCode ../../examples/sampling-arithmetic.ts#filter}
 */
export function directoryFilter(filter: unknown): SamplingFilter<Target> {
  const parsed = parseTargetFilter(filter);
  // A parsed filter is plain JSON data (arrays of strings and booleans), so it is stored as it is.
  const spec = parsed as unknown as JsonValue;
  return { spec, matches: (target) => matchesFilter(target, parsed) };
}
