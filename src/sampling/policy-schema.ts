import { z } from 'zod';
import type { ClassRule } from './policy-types.js';
import { isExactRatio } from './ratio-arithmetic.js';

const ratio = z
  .number()
  .refine(isExactRatio, { message: 'Expected a ratio between 0 and 1 with at most six decimal places' });
const count = z.number().int().min(0).max(1_000_000_000);
const source = z.string().min(1).optional();

const frequencyCapSchema = z.strictObject({
  max: z.number().int().min(0),
  years: z.number().int().min(1).max(10),
  source,
  note: z.string().min(1).optional(),
});

const exclusionWindowSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('none') }),
  z.strictObject({ kind: z.literal('days'), days: z.number().int().min(1).max(3660), source }),
  z.strictObject({ kind: z.literal('same-calendar-year'), source }),
]);

/** Zod schema of one {@link ClassRule}: a ratio and/or a count, bounds with min ≤ max, ratio inside its range. */
export const classRuleSchema = z
  .strictObject({
    label: z.string().min(1),
    ratio: ratio.optional(),
    count: count.optional(),
    min: count.optional(),
    max: count.optional(),
    ratioRange: z.strictObject({ min: ratio, max: ratio }).optional(),
    frequencyCap: frequencyCapSchema.optional(),
    exclusionWindow: exclusionWindowSchema.optional(),
    source,
  })
  .superRefine((rule, ctx) => {
    if (rule.ratio === undefined && rule.count === undefined) {
      ctx.addIssue({ code: 'custom', message: 'A class rule needs a ratio, a count, or both', path: [] });
    }
    if (rule.min !== undefined && rule.max !== undefined && rule.min > rule.max) {
      ctx.addIssue({ code: 'custom', message: `min ${rule.min} is above max ${rule.max}`, path: ['min'] });
    }
    const range = rule.ratioRange;
    if (range !== undefined && range.min > range.max) {
      ctx.addIssue({
        code: 'custom',
        message: 'ratioRange.min is above ratioRange.max',
        path: ['ratioRange'],
      });
    }
    if (
      range !== undefined &&
      rule.ratio !== undefined &&
      (rule.ratio < range.min || rule.ratio > range.max)
    ) {
      ctx.addIssue({ code: 'custom', message: 'ratio lies outside ratioRange', path: ['ratio'] });
    }
  });

const priorityCeilingSchema = z.strictObject({ maxRatio: ratio, source });

/** Zod schema of a {@link SamplingPolicy} (input form: `rounding`, `combine`, `itemPriority` have defaults). */
export const samplingPolicySchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  source,
  classes: z.strictObject({ A: classRuleSchema, B: classRuleSchema, C: classRuleSchema, D: classRuleSchema }),
  rounding: z.enum(['ceil', 'floor', 'round']).default('ceil'),
  combine: z.enum(['larger', 'smaller']).default('larger'),
  overallFloor: z.strictObject({ ratio, source }).optional(),
  itemPriority: z
    .strictObject({ key: priorityCeilingSchema, general: priorityCeilingSchema })
    .default({ key: { maxRatio: 1 }, general: { maxRatio: 1 } }),
  excludeTargetedFromDraw: z.boolean().default(true),
  adjustment: z
    .strictObject({
      raiseAbove: ratio,
      lowerBelow: ratio,
      step: ratio,
      minInspected: count.default(1),
      source,
    })
    .refine((a) => a.lowerBelow <= a.raiseAbove, {
      message: 'lowerBelow must not be above raiseAbove',
      path: ['lowerBelow'],
    })
    .optional(),
});

/** The input form of a sampling policy: what `parseSamplingPolicy` accepts (defaults may be left out). */
export type SamplingPolicyInput = z.input<typeof samplingPolicySchema>;
