import * as z from 'zod/mini';
import { isIsoDate, isoDateSchema, type JsonValue } from '../core/index.js';
import { parseWith } from '../core/internal.js';
import type { RandomnessDescriptor } from '../draw/index.js';
import { capInspectionSchema, inspectionCapSchema, plannedInspectionSchema } from './cap-schema.js';
import type { CapInspection, PlannedInspection } from './cap-usage.js';
import type { InspectionCap } from './inspection-caps.js';
import type { ItemPriority, SamplingPolicy } from './policy-types.js';
import type { SamplingTarget, TargetHistoryEntry } from './sampling-target.js';
import { type TargetedInspection, targetedInspectionSchema } from './targeted.js';

/**
 * A 定向 filter (定向抽查条件) as sampling uses it: the serialisable conditions, stored in the draw request as
 * given, and the test that applies them to one target (e.g. built with the directory's `applyFilter`).
 */
export interface SamplingFilter<T> {
  /** The conditions as data (企业类型、经营规模、所属行业、地理区域 …). */
  readonly spec: JsonValue;
  /** Whether a target meets the conditions. */
  readonly matches: (target: T) => boolean;
}

/** The input of `planSample`. */
export interface PlanSampleInput<T extends SamplingTarget> {
  /** The directory snapshot (检查对象名录), ids unique. */
  readonly targets: readonly T[];
  /** The sampling policy. */
  readonly policy: SamplingPolicy;
  /** The date of the planned inspections (`YYYY-MM-DD`); caps and windows are checked against it. */
  readonly asOf: string;
  /** Past inspections not yet recorded on the targets themselves. */
  readonly history?: readonly TargetHistoryEntry[];
  /** The 定向 filter; absent = 不定向, the whole directory. */
  readonly filter?: SamplingFilter<T>;
  /** Targets named for targeted inspections (重点监管 / 个案处置), listed apart. */
  readonly targeted?: readonly TargetedInspection[];
  /** The priority of the task's items: `key` or `general` (default). */
  readonly priority?: ItemPriority;
  /**
   * The public randomness to be revealed, each with its one spelling (an `ssj-draw/2` request): a drand round, a
   * lottery draw, dice or a hex value. Give this or `randomnessSource`.
   */
  readonly randomness?: readonly RandomnessDescriptor[];
  /** @deprecated Free text (an `ssj-draw/1` request, spelling not fixed); use `randomness`. */
  readonly randomnessSource?: string;
  /** A label for the draw request, e.g. the task id. */
  readonly label?: string;
  /** Annual frequency caps per enterprise (年度检查频次上限), published ones and the host's own. */
  readonly caps?: readonly InspectionCap[];
  /** Past inspections of the targets, by every department, as the caps count them. */
  readonly inspections?: readonly CapInspection[];
  /** The inspection being planned (kind, trigger, inspecting bodies): required with `caps`. */
  readonly planned?: PlannedInspection;
}

const historyEntrySchema = z.looseObject({ date: isoDateSchema });

const CLASSES = ['A', 'B', 'C', 'D'] as const;
const STATUSES = ['operating', 'suspended', 'deregistered', 'revoked', 'cancelled', 'moved-out'] as const;

const targetSchema = z.looseObject({
  id: z.string().check(z.minLength(1)),
  creditClass: z.enum(CLASSES),
  status: z.enum(STATUSES),
  active: z.optional(z.boolean()),
  history: z.optional(z.array(historyEntrySchema)),
});

/** Zod schema of the data fields of a {@link PlanSampleInput} (the policy is checked on its own). */
export const planSampleInputSchema = z
  .looseObject({
    targets: z.array(targetSchema),
    asOf: isoDateSchema,
    history: z.optional(
      z.array(z.extend(historyEntrySchema, { targetId: z.string().check(z.minLength(1)) })),
    ),
    filter: z.optional(
      z.looseObject({
        spec: z.json(),
        matches: z.custom<(t: unknown) => boolean>((f) => typeof f === 'function'),
      }),
    ),
    targeted: z.optional(z.array(targetedInspectionSchema)),
    priority: z.optional(z.enum(['key', 'general'])),
    randomnessSource: z.optional(z.string().check(z.minLength(1))),
    randomness: z.optional(z.array(z.unknown()).check(z.minLength(1))),
    label: z.optional(z.string().check(z.minLength(1))),
    caps: z.optional(z.array(inspectionCapSchema)),
    inspections: z.optional(z.array(capInspectionSchema)),
    planned: z.optional(plannedInspectionSchema),
  })
  .check(
    z.refine((i) => (i.randomness === undefined) !== (i.randomnessSource === undefined), {
      message: 'give randomness descriptors (or, for ssj-draw/1, randomnessSource), not both',
      path: ['randomness'],
    }),
    z.refine((input) => input.caps === undefined || input.caps.length === 0 || input.planned !== undefined, {
      message: 'Frequency caps need the planned inspection (its kind and inspecting bodies)',
      path: ['planned'],
    }),
  );

/** The same checks as the target schema, without building new objects: the fast path for large directories. */
function isValidTarget(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const t = value as Record<string, unknown>;
  if (typeof t.id !== 'string' || t.id.length === 0) return false;
  if (!(CLASSES as readonly unknown[]).includes(t.creditClass)) return false;
  if (!(STATUSES as readonly unknown[]).includes(t.status)) return false;
  if (t.active !== undefined && typeof t.active !== 'boolean') return false;
  if (t.history === undefined) return true;
  return (
    Array.isArray(t.history) &&
    t.history.every(
      (h: unknown) => typeof h === 'object' && h !== null && isIsoDate((h as { date?: unknown }).date),
    )
  );
}

/**
 * Validates the data of a {@link PlanSampleInput} with {@link planSampleInputSchema}. The targets are checked
 * in place first; only when one fails does the schema run over all of them, to report every issue with its path.
 *
 * @param input - the input as given
 * @returns nothing: a valid input passes without a change
 * @throws {SsjError} `SAMPLING_INPUT_INVALID` with every issue
 * @example
 * ```ts
 * checkPlanSampleInput({ targets: [], asOf: '2025-02-30', randomnessSource: 'x' }); // throws: asOf
 * ```
 *
 * @example
 * Run in `examples/sampling-arithmetic.ts`:
 *
 * {@includeCode ../../examples/sampling-arithmetic.ts#plan-input}
 */
export function checkPlanSampleInput(input: unknown): void {
  const targets = (input as { targets?: unknown } | null)?.targets;
  if (Array.isArray(targets) && targets.every(isValidTarget)) {
    parseWith(
      planSampleInputSchema,
      { ...(input as object), targets: [] },
      'sample plan input',
      'SAMPLING_INPUT_INVALID',
    );
    return;
  }
  parseWith(planSampleInputSchema, input, 'sample plan input', 'SAMPLING_INPUT_INVALID');
}
