import type { SafeResult } from '../core/index.js';
import { parseWith, safely } from '../core/internal.js';
import { samplingPolicySchema } from './policy-schema.js';
import type { SamplingPolicy } from './policy-types.js';

/**
 * Checks a sampling policy (信用风险分类抽查规则) and returns it with its defaults filled in: `rounding`
 * `ceil`, `combine` `larger`, no item-priority ceiling, targeted inspections left out of the draw.
 *
 * @param input - untrusted policy data (e.g. read from JSON)
 * @returns the policy, with defaults
 * @throws {SsjError} `SAMPLING_POLICY_INVALID` with every problem (path, message, expected): a class without a
 *   ratio or count, a ratio outside [0, 1] or with more than six decimals, min above max, a ratio outside its range
 * @example
 * ```ts
 * const policy = parseSamplingPolicy({
 *   id: 'county-2025', name: '2025 年度抽查',
 *   classes: { A: { label: '信用风险低', ratio: 0.02 }, B: { label: '信用风险一般', ratio: 0.05 },
 *              C: { label: '信用风险较高', ratio: 0.2 }, D: { label: '信用风险高', ratio: 1 } },
 * });
 * ```
 *
 * @example
 * Run in `examples/sampling-arithmetic.ts`:
 *
 * {@includeCode ../../examples/sampling-arithmetic.ts#policy}
 */
export function parseSamplingPolicy(input: unknown): SamplingPolicy {
  return parseWith(
    samplingPolicySchema,
    input,
    'sampling policy',
    'SAMPLING_POLICY_INVALID',
  ) as SamplingPolicy;
}

/**
 * The non-throwing form of {@link parseSamplingPolicy}.
 *
 * @param input - untrusted policy data
 * @returns `{ success: true, data }` or `{ success: false, error }` with the `SAMPLING_POLICY_INVALID` error
 * @example
 * ```ts
 * const result = safeParseSamplingPolicy(json);
 * if (!result.success) console.log(result.error.issues);
 * ```
 *
 * @example
 * Run in `examples/sampling-arithmetic.ts`:
 *
 * {@includeCode ../../examples/sampling-arithmetic.ts#policy}
 */
export function safeParseSamplingPolicy(input: unknown): SafeResult<SamplingPolicy> {
  return safely(() => parseSamplingPolicy(input));
}
