import * as z from 'zod/mini';
import type { ClassRule } from './policy-types.js';
import { isExactRatio } from './ratio-arithmetic.js';

const ratio = z
  .number()
  .check(
    z.refine(isExactRatio, { message: 'Expected a ratio between 0 and 1 with at most six decimal places' }),
  );
const count = z.number().check(z.int(), z.gte(0), z.lte(1_000_000_000));
const source = z.optional(z.string().check(z.minLength(1)));

const frequencyCapSchema = z.strictObject({
  max: z.number().check(z.int(), z.gte(0)),
  years: z.number().check(z.int(), z.gte(1), z.lte(10)),
  source,
  note: z.optional(z.string().check(z.minLength(1))),
});

const exclusionWindowSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('none') }),
  z.strictObject({ kind: z.literal('days'), days: z.number().check(z.int(), z.gte(1), z.lte(3660)), source }),
  z.strictObject({ kind: z.literal('same-calendar-year'), source }),
]);

/** Zod schema of one {@link ClassRule}: a ratio and/or a count, bounds with min ≤ max, ratio inside its range. */
export const classRuleSchema = z
  .strictObject({
    label: z.string().check(z.minLength(1)),
    ratio: z.optional(ratio),
    count: z.optional(count),
    min: z.optional(count),
    max: z.optional(count),
    ratioRange: z.optional(z.strictObject({ min: ratio, max: ratio })),
    frequencyCap: z.optional(frequencyCapSchema),
    exclusionWindow: z.optional(exclusionWindowSchema),
    source,
  })
  .check(
    z.superRefine((rule, ctx) => {
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
    }),
  );

const priorityCeilingSchema = z.strictObject({ maxRatio: ratio, source });

/** Zod schema of a {@link SamplingPolicy} (input form: `rounding`, `combine`, `itemPriority` have defaults). */
export const samplingPolicySchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  source,
  classes: z.strictObject({ A: classRuleSchema, B: classRuleSchema, C: classRuleSchema, D: classRuleSchema }),
  rounding: z._default(z.enum(['ceil', 'floor', 'round']), 'ceil'),
  combine: z._default(z.enum(['larger', 'smaller']), 'larger'),
  overallFloor: z.optional(z.strictObject({ ratio, source })),
  itemPriority: z._default(z.strictObject({ key: priorityCeilingSchema, general: priorityCeilingSchema }), {
    key: { maxRatio: 1 },
    general: { maxRatio: 1 },
  }),
  excludeTargetedFromDraw: z._default(z.boolean(), true),
  adjustment: z.optional(
    z
      .strictObject({
        raiseAbove: ratio,
        lowerBelow: ratio,
        step: ratio,
        minInspected: z._default(count, 1),
        source,
      })
      .check(
        z.refine((a) => a.lowerBelow <= a.raiseAbove, {
          message: 'lowerBelow must not be above raiseAbove',
          path: ['lowerBelow'],
        }),
      ),
  ),
});

/** The input form of a sampling policy: what `parseSamplingPolicy` accepts (defaults may be left out). */
export type SamplingPolicyInput = z.input<typeof samplingPolicySchema>;
