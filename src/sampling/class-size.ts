import * as z from 'zod/mini';
import { parseWith } from '../core/internal.js';
import { classRuleSchema } from './policy-schema.js';
import type { ClassRule, RoundingRule } from './policy-types.js';
import { formatPercent, isExactRatio, MAX_STRATUM_SIZE, ratioProduct } from './ratio-arithmetic.js';

/** A limit that changed a class's size: its `min`, its `max`, the item-priority ceiling, or the eligible count. */
export type SizeBound = 'min' | 'max' | 'priority-ceiling' | 'eligible';

/** How a class's size is computed: the rounding rule, how ratio and count combine, the item-priority ceiling. */
export interface ClassSizeOptions {
  /** The rounding rule applied to `eligible × ratio`. */
  readonly rounding: RoundingRule;
  /** Whether the larger or the smaller of the rounded ratio and the count is taken when a rule has both. */
  readonly combine: 'larger' | 'smaller';
  /** The item-priority ceiling ratio (1 when there is none). */
  readonly ceilingRatio: number;
}

/**
 * The arithmetic of one class's sample size (抽查数量计算), every step shown so that a reader can redo it:
 * `ratio` capped by the item-priority ceiling, `raw = eligible × ratio`, rounded, combined with `count`,
 * then held within `min`/`max`, the priority ceiling and the eligible count.
 */
export interface ClassSize {
  /** Targets that may be drawn in this class. */
  readonly eligible: number;
  /** The class's ratio, when it has one. */
  readonly ratio?: number;
  /** The ratio after the item-priority ceiling (`min(ratio, ceiling)`). */
  readonly effectiveRatio?: number;
  /** `eligible × effectiveRatio`, exact. */
  readonly raw?: number;
  /** The rounding rule applied to `raw`. */
  readonly rounding: RoundingRule;
  /** `raw` rounded. */
  readonly rounded?: number;
  /** The class's count, when it has one. */
  readonly count?: number;
  /** The count before bounds: `rounded`, `count`, or the larger/smaller of both. */
  readonly base: number;
  /** The item-priority ceiling ratio. */
  readonly ceilingRatio: number;
  /** Each bound that changed the size, in the order applied. */
  readonly boundsApplied: readonly SizeBound[];
  /** The size after all bounds. */
  readonly size: number;
  /** The whole computation in one line, e.g. `ceil(107 × 5% = 5.35) = 6; min 8 → 8`. */
  readonly formula: string;
}

/**
 * Computes one class's sample size from its rule (分类抽查数量). The documented formula:
 * 1. `effectiveRatio = min(ratio, ceilingRatio)`; `rounded = rounding(eligible × effectiveRatio)`;
 * 2. `base` = `rounded`, or `count`, or both combined by `combine` (larger by default);
 * 3. raise to `min`, lower to `max`, lower to `rounding(eligible × ceilingRatio)`, lower to `eligible`.
 *
 * @param eligible - targets of the class that may be drawn
 * @param rule - the class's rule
 * @param options - the rounding rule, how ratio and count combine, and the item-priority ceiling ratio
 * @returns the size with the arithmetic shown
 * @throws {SsjError} `SAMPLING_INPUT_INVALID` for an eligible count that is not a whole number in range, an
 *   invalid rule (no ratio or count, min above max, …) or invalid options
 * @example
 * ```ts
 * computeClassSize(107, { label: '信用风险一般', ratio: 0.05 }, { rounding: 'ceil', combine: 'larger', ceilingRatio: 1 });
 * // { size: 6, raw: 5.35, rounded: 6, formula: 'ceil(107 × 5% = 5.35) = 6', … }
 * ```
 *
 * @example
 * Run in `examples/sampling-arithmetic.ts`:
 *
 * {@includeCode ../../examples/sampling-arithmetic.ts#class-size}
 */
export function computeClassSize(eligible: number, rule: ClassRule, options: ClassSizeOptions): ClassSize {
  parseWith(classSizeSchema, { eligible, rule, options }, 'class size input', 'SAMPLING_INPUT_INVALID');
  return sizeClass(eligible, rule, options);
}

const classSizeSchema = z.object({
  eligible: z.number().check(z.int(), z.gte(0), z.lte(MAX_STRATUM_SIZE)),
  rule: classRuleSchema,
  options: z.object({
    rounding: z.enum(['ceil', 'floor', 'round']),
    combine: z.enum(['larger', 'smaller']),
    ceilingRatio: z
      .number()
      .check(z.refine(isExactRatio, 'Expected a ratio between 0 and 1 with at most six decimals')),
  }),
});

/** {@link computeClassSize} without input checks, for callers whose inputs are already validated. */
export function sizeClass(eligible: number, rule: ClassRule, options: ClassSizeOptions): ClassSize {
  const { rounding, combine, ceilingRatio } = options;
  const parts: string[] = [];
  let ratioPart: { effectiveRatio: number; raw: number; rounded: number } | undefined;
  if (rule.ratio !== undefined) {
    const effectiveRatio = Math.min(rule.ratio, ceilingRatio);
    const { raw, rounded } = ratioProduct(eligible, effectiveRatio, rounding);
    ratioPart = { effectiveRatio, raw, rounded };
    const capped = effectiveRatio < rule.ratio ? ` (ratio ${formatPercent(rule.ratio)} capped)` : '';
    parts.push(`${rounding}(${eligible} × ${formatPercent(effectiveRatio)} = ${raw}) = ${rounded}${capped}`);
  }
  let base: number;
  if (ratioPart !== undefined && rule.count !== undefined) {
    base =
      combine === 'larger'
        ? Math.max(ratioPart.rounded, rule.count)
        : Math.min(ratioPart.rounded, rule.count);
    parts.push(`${combine} of that and count ${rule.count} = ${base}`);
  } else if (ratioPart !== undefined) {
    base = ratioPart.rounded;
  } else {
    base = rule.count ?? 0;
    parts.push(`count ${base}`);
  }
  const boundsApplied: SizeBound[] = [];
  let size = base;
  const limit = (bound: SizeBound, value: number, raise: boolean): void => {
    if (raise ? size < value : size > value) {
      size = value;
      boundsApplied.push(bound);
      parts.push(`${bound} → ${value}`);
    }
  };
  if (rule.min !== undefined) limit('min', rule.min, true);
  if (rule.max !== undefined) limit('max', rule.max, false);
  if (ceilingRatio < 1)
    limit('priority-ceiling', ratioProduct(eligible, ceilingRatio, rounding).rounded, false);
  limit('eligible', eligible, false);
  return {
    eligible,
    ...(rule.ratio === undefined ? {} : { ratio: rule.ratio }),
    ...(ratioPart ?? {}),
    rounding,
    ...(rule.count === undefined ? {} : { count: rule.count }),
    base,
    ceilingRatio,
    boundsApplied,
    size,
    formula: parts.join('; '),
  };
}
