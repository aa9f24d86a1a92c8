import * as z from 'zod/mini';
import { DEFAULT_WORK_RULES, PROCESS_STEP_LIST, type ProcessStep } from './defaults.js';

const text = z.string().check(z.trim(), z.minLength(1, { message: 'Expected a non-empty text' }));
const source = text.check(z.describe('the document and section the value comes from'));
const rule = <T extends z.ZodMiniType>(value: T) => z.strictObject({ value, source });
const month = (max: number, what: string) =>
  z
    .number()
    .check(
      z.int(),
      z.gte(1),
      z.lte(max, { message: `${what} by the end of month ${max} at the latest (达政办发〔2023〕70号)` }),
    );

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
      scopes: z.readonly(z.array(z.enum(['undirected', 'directed'])).check(z.minLength(1))),
      jointTargetsDrawnOnceBy: z.literal('initiator'),
      avoidRepeatedDrawsInIndustry: z.boolean(),
      platform: text,
    }),
  ),
  processSteps: rule(
    z.readonly(z.array(z.enum(PROCESS_STEP_LIST))).check(
      z.refine((xs) => new Set(xs).size === xs.length, { message: 'Expected each step at most once' }),
      z.refine((xs) => REQUIRED_PROCESS_STEPS.every((s) => xs.includes(s)), {
        message: `Expected the steps ${REQUIRED_PROCESS_STEPS.join(', ')}`,
      }),
    ),
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
  taskApprover: rule(z.nullable(text)),
  publication: rule(
    z.strictObject({
      workdays: z.number().check(
        z.int(),
        z.gte(1),
        z.lte(MAX_PUBLICATION_WORKDAYS, {
          message: `Results are published within ${MAX_PUBLICATION_WORKDAYS} working days at most`,
        }),
      ),
      countedFrom: z.literal('inspection-date'),
      principle: text,
      channels: z.readonly(z.array(text).check(z.minLength(1))),
    }),
  ),
  archiving: rule(z.strictObject({ fullTrail: z.literal(true), archivedOn: text, standard: text })),
  jointTaskRules: rule(text),
} as const;

/** Zod schema of the overrides a department passes to `defineWorkRules`: any rule, each with its source. */
export const workRulesOverridesSchema = z.strictObject({
  drawMethod: z.optional(workRuleSchemas.drawMethod),
  processSteps: z.optional(workRuleSchemas.processSteps),
  annualPlan: z.optional(workRuleSchemas.annualPlan),
  planChanges: z.optional(workRuleSchemas.planChanges),
  taskApprover: z.optional(workRuleSchemas.taskApprover),
  publication: z.optional(workRuleSchemas.publication),
  archiving: z.optional(workRuleSchemas.archiving),
  jointTaskRules: z.optional(workRuleSchemas.jointTaskRules),
});
