import { z } from 'zod';
import { DEFAULT_WORK_RULES, PROCESS_STEP_LIST, type ProcessStep } from './defaults.js';

const text = z.string().trim().min(1, { message: 'Expected a non-empty text' });
const source = text.describe('the document and section the value comes from');
const rule = <T extends z.ZodType>(value: T) => z.strictObject({ value, source });
const month = (max: number, what: string) =>
  z
    .number()
    .int()
    .min(1)
    .max(max, { message: `${what} by the end of month ${max} at the latest (达政办发〔2023〕70号)` });

/** The steps no department's rules may leave out: both random draws, publication, and archiving. */
export const REQUIRED_PROCESS_STEPS = [
  'draw-targets',
  'assign-inspectors',
  'record-and-publish',
  'archive',
] as const satisfies readonly ProcessStep[];

/** The longest time to publish results the regulation allows; a department may set a shorter one. */
const MAX_PUBLICATION_WORKDAYS = DEFAULT_WORK_RULES.publication.value.workdays;

/** Zod schemas of each work rule a department may set (each with its source). */
export const workRuleSchemas = {
  drawMethod: rule(
    z.strictObject({
      targets: z.literal('random'),
      inspectors: z.literal('random'),
      scopes: z
        .array(z.enum(['undirected', 'directed']))
        .min(1)
        .readonly(),
      jointTargetsDrawnOnceBy: z.literal('initiator'),
      avoidRepeatedDrawsInIndustry: z.boolean(),
      platform: text,
    }),
  ),
  processSteps: rule(
    z
      .array(z.enum(PROCESS_STEP_LIST))
      .readonly()
      .refine((xs) => new Set(xs).size === xs.length, { message: 'Expected each step at most once' })
      .refine((xs) => REQUIRED_PROCESS_STEPS.every((s) => xs.includes(s)), {
        message: `Expected the steps ${REQUIRED_PROCESS_STEPS.join(', ')}`,
      }),
  ),
  annualPlan: rule(
    z.strictObject({
      madeByEndOfMonth: month(1, 'The annual plan is made'),
      filedWith: text,
      filedByEndOfMonth: month(2, 'The annual plan is filed'),
      published: z.literal(true),
    }),
  ),
  planChanges: rule(
    z.strictObject({ atWill: z.literal(false), reasonRecorded: z.literal(true), published: z.literal(true) }),
  ),
  taskApprover: rule(text.nullable()),
  publication: rule(
    z.strictObject({
      workdays: z
        .number()
        .int()
        .min(1)
        .max(MAX_PUBLICATION_WORKDAYS, {
          message: `Results are published within ${MAX_PUBLICATION_WORKDAYS} working days at most`,
        }),
      countedFrom: z.literal('inspection-date'),
      principle: text,
      channels: z.array(text).min(1).readonly(),
    }),
  ),
  archiving: rule(z.strictObject({ fullTrail: z.literal(true), archivedOn: text, standard: text })),
  jointTaskRules: rule(text),
} as const;

/** Zod schema of the overrides a department passes to `defineWorkRules`: any rule, each with its source. */
export const workRulesOverridesSchema = z.strictObject({
  drawMethod: workRuleSchemas.drawMethod.optional(),
  processSteps: workRuleSchemas.processSteps.optional(),
  annualPlan: workRuleSchemas.annualPlan.optional(),
  planChanges: workRuleSchemas.planChanges.optional(),
  taskApprover: workRuleSchemas.taskApprover.optional(),
  publication: workRuleSchemas.publication.optional(),
  archiving: workRuleSchemas.archiving.optional(),
  jointTaskRules: workRuleSchemas.jointTaskRules.optional(),
});
