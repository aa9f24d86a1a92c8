import * as z from 'zod/mini';
import type { Brand, IsoDate, Uscc } from '../../core/index.js';
import { isoDateSchema, safeParseUscc } from '../../core/index.js';
import { departmentRefSchema } from '../shared/departments.js';
import { industryCodeSchema } from '../shared/industry-codes.js';
import { regionCodeSchema } from '../shared/region-codes.js';
import { type CreditRiskClass, creditRiskClassSchema } from './credit-class.js';
import { isMarketSubjectKind, TARGET_KIND_IDS, TARGET_KINDS, type TargetKind } from './kinds.js';
import { type TargetScale, type TargetStatus, targetScaleSchema, targetStatusSchema } from './status.js';

/**
 * The id of an inspection target (检查对象标识). For market subjects it is the 统一社会信用代码 itself; other
 * kinds carry their own ids (a product code, a project number, …).
 */
export type TargetId = Brand<string, 'TargetId'>;

/** One past inspection of a target (检查记录). */
export interface InspectionHistoryEntry {
  /** The inspection date (China civil date). */
  readonly date: IsoDate;
  /** The department that inspected (抽查主体). */
  readonly department: string;
  /** The checklist item codes inspected (抽查事项). */
  readonly items: readonly string[];
  /** The task it belonged to (抽查任务). */
  readonly taskId: string;
  /** The result category as recorded (检查结果), e.g. 未发现问题. */
  readonly result: string;
}

/**
 * An inspection target (检查对象), one entry of the target directory (检查对象名录库).
 */
export interface Target {
  /** The USCC for market subjects, otherwise the target's own id. */
  readonly id: TargetId;
  /** The kind (检查对象类型). */
  readonly kind: TargetKind;
  /** The name (名称). */
  readonly name: string;
  /** The 6-digit 行政区划代码 of its location. */
  readonly region: string;
  /** Its GB/T 4754 industry code (所属行业). */
  readonly industry: string;
  /** Its scale (经营规模), where one applies. */
  readonly scale?: TargetScale;
  /** Its credit-risk class (信用风险分类) … */
  readonly creditClass: CreditRiskClass;
  /** … as classed on this date (the class is recomputed monthly). */
  readonly creditAsOf: IsoDate;
  /** Its registration status (登记状态). */
  readonly status: TargetStatus;
  /** Whether it is on the abnormal-operation list (经营异常名录). */
  readonly abnormal: boolean;
  /** Whether the directory keeps it available for draws (`false` after a deactivate change). */
  readonly active: boolean;
  /** Free tags for 定向 draws (e.g. `食品`, `特种设备`). */
  readonly tags: readonly string[];
  /** Past inspections (检查记录). */
  readonly history: readonly InspectionHistoryEntry[];
}

/** A target of a market-subject kind: its id is a validated USCC. */
export type MarketSubjectTarget = Target & { readonly id: TargetId & Uscc };

const text = (what: string, max: number) =>
  z
    .string({
      error: (issue) => (issue.input === undefined ? `Missing ${what}` : `Expected the ${what} as text`),
    })
    .check(
      z.trim(),
      z.minLength(1, `Expected a non-empty ${what}`),
      z.maxLength(max, `A ${what} has at most ${max} characters`),
    );

/**
 * Zod schema of an {@link InspectionHistoryEntry}.
 *
 * @example
 * ```ts
 * inspectionHistoryEntrySchema.parse({ date: '2024-05-10', department: 'samr', items: ['SAMR-001'], taskId: 't1', result: '未发现问题' });
 * ```
 */
export const inspectionHistoryEntrySchema = z.object({
  date: isoDateSchema,
  department: departmentRefSchema,
  items: z.readonly(z.array(text('checklist item code', 100))),
  taskId: text('task id', 200),
  result: text('result', 200),
});

/**
 * Zod schema of a target id: 1–64 characters without spaces at the ends.
 *
 * @example
 * ```ts
 * targetIdSchema.parse('product-0001'); // TargetId
 * ```
 */
export const targetIdSchema = z.pipe(
  text('target id', 64),
  z.transform((s) => s as TargetId),
);

/**
 * Zod schema of a {@link Target}: every field checked, and for market subjects the id must be a valid
 * 统一社会信用代码 (GB 32100-2015).
 * @example
 * ```ts
 * targetSchema.safeParse({ ...target, id: '91150621MA0Q000000' }).success; // false: wrong check character
 * ```
 */
export const targetSchema: z.ZodMiniType<Target, unknown> = z.pipe(
  z
    .object({
      id: targetIdSchema,
      kind: z.enum(TARGET_KIND_IDS, {
        message: `Expected a target kind: ${TARGET_KINDS.map((k) => `${k.kind} (${k.name})`).join(', ')}`,
      }),
      name: text('name', 200),
      region: regionCodeSchema,
      industry: industryCodeSchema,
      scale: z.optional(targetScaleSchema),
      creditClass: creditRiskClassSchema,
      creditAsOf: isoDateSchema,
      status: targetStatusSchema,
      abnormal: z.boolean(),
      active: z.boolean(),
      tags: z.readonly(z.array(text('tag', 50))),
      history: z.readonly(z.array(inspectionHistoryEntrySchema)),
    })
    .check(
      z.superRefine((t, ctx) => {
        if (!isMarketSubjectKind(t.kind)) return;
        const uscc = safeParseUscc(t.id);
        if (!uscc.success) {
          const why = uscc.error.issues.map((i) => i.message).join('; ');
          const name = TARGET_KINDS.find((k) => k.kind === t.kind)?.name ?? t.kind;
          ctx.addIssue({
            code: 'custom',
            path: ['id'],
            message: `A ${name} (${t.kind}) is keyed by its 统一社会信用代码: ${why}`,
            input: t.id,
          });
        }
      }),
    ),
  z.transform((t) => {
    const { scale, ...rest } = t;
    return (scale === undefined ? rest : { ...rest, scale }) as Target;
  }),
);
