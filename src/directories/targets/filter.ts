import * as z from 'zod/mini';
import type { SafeResult } from '../../core/index.js';
import { isPlainObject, parseWith, safeParseWith } from '../../core/internal.js';
import { regionPrefixSchema } from '../shared/region-codes.js';
import { type CreditRiskClass, creditRiskClassSchema } from './credit-class.js';
import { TARGET_KIND_IDS, type TargetKind } from './kinds.js';
import { type TargetScale, type TargetStatus, targetScaleSchema, targetStatusSchema } from './status.js';

/**
 * A serializable target filter for 定向 draws (定向抽查: 按企业类型、经营规模、所属行业、地理区域等筛选): plain
 * JSON that a draw record stores and anyone can re-apply. Every field given must match (AND); within a field
 * any listed value matches (OR). `{}` matches every target. A type alias (not an interface), so it is a
 * `JsonValue` and fits a draw record's `filter` field.
 *
 * @example
 * ```ts
 * const filter: TargetFilter = { kinds: ['enterprise'], creditClasses: ['C', 'D'] };
 * ```
 */
export type TargetFilter = {
  /** Target kinds (企业类型 / 检查对象类型). */
  readonly kinds?: readonly TargetKind[];
  /** Scales (经营规模); targets without a scale never match. */
  readonly scales?: readonly TargetScale[];
  /** GB/T 4754 prefixes (所属行业): `C` takes all manufacturing, `C13` its division 13. */
  readonly industryPrefixes?: readonly string[];
  /** 行政区划代码 prefixes (地理区域): `1506` is 鄂尔多斯市, `150621` 达拉特旗. */
  readonly regionPrefixes?: readonly string[];
  /** Registration statuses (登记状态). */
  readonly statuses?: readonly TargetStatus[];
  /** Credit-risk classes (信用风险分类). */
  readonly creditClasses?: readonly CreditRiskClass[];
  /** Tags the target must all have. */
  readonly tags?: readonly string[];
  /** Tags of which the target must have at least one. */
  readonly anyTags?: readonly string[];
  /** On the abnormal-operation list (经营异常名录) or not. */
  readonly abnormal?: boolean;
  /** Active in the directory or not. */
  readonly active?: boolean;
};

const list = <T extends z.ZodMiniType>(item: T, what: string) =>
  z.readonly(
    z
      .array(item)
      .check(z.minLength(1, `An empty list of ${what} would match nothing; leave the field out instead`)),
  );

const filterFieldsSchema = z.strictObject({
  kinds: z.optional(list(z.enum(TARGET_KIND_IDS), 'kinds')),
  scales: z.optional(list(targetScaleSchema, 'scales')),
  industryPrefixes: z.optional(
    list(
      z.string().check(z.regex(/^[A-T]\d{0,4}$/, 'Expected a GB/T 4754 prefix such as C, C13 or C1311')),
      'industry prefixes',
    ),
  ),
  regionPrefixes: z.optional(list(regionPrefixSchema, 'region prefixes')),
  statuses: z.optional(list(targetStatusSchema, 'statuses')),
  creditClasses: z.optional(list(creditRiskClassSchema, 'credit classes')),
  tags: z.optional(list(z.string().check(z.minLength(1)), 'tags')),
  anyTags: z.optional(list(z.string().check(z.minLength(1)), 'tags')),
  abnormal: z.optional(z.boolean()),
  active: z.optional(z.boolean()),
});

/**
 * Zod schema of a {@link TargetFilter}; unknown fields are rejected so a stored filter means one thing, and so
 * is anything but plain data (a `Date` or `Map` has no fields a filter reads, and would match every target).
 *
 * @example
 * ```ts
 * targetFilterSchema.safeParse({ kinds: [] }).success; // false
 * ```
 */
export const targetFilterSchema: z.ZodMiniType<TargetFilter, unknown> = z.pipe(
  z.custom<object>(
    isPlainObject,
    'Expected a filter object (plain JSON data, not a Date, Map or class instance)',
  ),
  z.pipe(
    filterFieldsSchema,
    z.transform(
      (f) => Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined)) as TargetFilter,
    ),
  ),
);

/**
 * Validates a filter (e.g. read back from a stored draw record).
 *
 * @param input - untrusted JSON
 * @returns the {@link TargetFilter}
 * @throws {SsjError} `DIRECTORY_INVALID` with every issue when it is malformed
 * @example
 * ```ts
 * const filter = parseTargetFilter({ kinds: ['enterprise'], regionPrefixes: ['150621'], creditClasses: ['C', 'D'] });
 * ```
 */
export function parseTargetFilter(input: unknown): TargetFilter {
  return parseWith(targetFilterSchema, input, 'target filter', 'DIRECTORY_INVALID');
}

/**
 * The non-throwing form of {@link parseTargetFilter}.
 *
 * @param input - untrusted JSON
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example
 * ```ts
 * safeParseTargetFilter({ kinds: [] }).success; // false
 * ```
 */
export function safeParseTargetFilter(input: unknown): SafeResult<TargetFilter> {
  return safeParseWith(targetFilterSchema, input, 'target filter', 'DIRECTORY_INVALID');
}
