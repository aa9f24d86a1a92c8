import * as z from 'zod/mini';
import type { Brand, IsoDate } from '../../core/index.js';
import { compareDates, type InspectorRole, isoDateSchema } from '../../core/index.js';
import { parseWith } from '../../core/internal.js';
import { departmentRefSchema } from '../shared/departments.js';
import { regionCodeSchema } from '../shared/region-codes.js';
import { type TargetId, targetIdSchema } from '../targets/target.js';

/** The id of an inspector (执法检查人员标识). Not interchangeable with a {@link TargetId}. */
export type InspectorId = Brand<string, 'InspectorId'>;

/** Where an expert comes from: 检测机构 testing body, 科研院所 research institute, 行业专家 industry. */
export type ExpertAffiliationKind = 'testing-body' | 'research-institute' | 'industry';

/** An enforcement certificate (执法证): its number and validity dates (both inclusive). */
export interface Certificate {
  /** The certificate number (执法证号). */
  readonly number: string;
  /** First valid day. */
  readonly validFrom: IsoDate;
  /** Last valid day. */
  readonly validTo: IsoDate;
}

/** An entry of the inspector directory (执法检查人员名录库). */
export interface Inspector {
  /** Stable id. */
  readonly id: InspectorId;
  /** Full name (姓名). */
  readonly name: string;
  /** Department id (所属部门), e.g. `samr`. */
  readonly department: string;
  /** Role (人员类别). */
  readonly role: InspectorRole;
  /** Enforcement certificates (执法证); experts usually have none. */
  readonly certificates: readonly Certificate[];
  /** Specialties (业务专长), e.g. `食品安全`. */
  readonly specialties: readonly string[];
  /** The 行政区划代码s the inspector works in; empty means the whole jurisdiction. */
  readonly regions: readonly string[];
  /** Whether the inspector can be drawn (`false` after a deactivate change). */
  readonly active: boolean;
  /** For experts: the body they come from (检测机构、科研院所、行业). */
  readonly affiliation?: { readonly kind: ExpertAffiliationKind; readonly name: string };
}

/** A declared conflict of interest (利害关系, 回避): the inspector must not inspect the target. */
export interface ConflictOfInterest {
  /** The inspector who declared it. */
  readonly inspectorId: InspectorId;
  /** The target concerned. */
  readonly targetId: TargetId;
  /** Why (e.g. 近亲属任法定代表人). */
  readonly reason: string;
}

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
 * Zod schema of an inspector id: 1–64 characters.
 *
 * @example
 * ```ts
 * inspectorIdSchema.parse('samr-001'); // InspectorId
 * ```
 */
export const inspectorIdSchema = z.pipe(
  text('inspector id', 64),
  z.transform((s) => s as InspectorId),
);

/**
 * Zod schema of a {@link Certificate}; `validTo` may not be before `validFrom`.
 *
 * @example
 * ```ts
 * certificateSchema.safeParse({ number: 'N1', validFrom: '2025-01-01', validTo: '2024-12-31' }).success; // false
 * ```
 */
export const certificateSchema = z
  .object({ number: text('certificate number', 64), validFrom: isoDateSchema, validTo: isoDateSchema })
  .check(
    z.refine((c) => compareDates(c.validFrom, c.validTo) <= 0, {
      message: 'A certificate cannot end before it starts',
      path: ['validTo'],
    }),
  );

/**
 * Zod schema of an {@link Inspector}; experts must name their affiliation, and only experts have one.
 *
 * @example
 * ```ts
 * inspectorSchema.safeParse({ ...officer, role: 'expert' }).success; // false: an expert needs an affiliation
 * ```
 */
export const inspectorSchema: z.ZodMiniType<Inspector, unknown> = z.pipe(
  z
    .object({
      id: inspectorIdSchema,
      name: text('name', 100),
      department: departmentRefSchema,
      role: z.enum(['enforcement', 'staff', 'expert'], {
        message: 'Expected a role: enforcement, staff or expert',
      }),
      certificates: z.readonly(z.array(certificateSchema)),
      specialties: z.readonly(z.array(text('specialty', 50))),
      regions: z.readonly(z.array(regionCodeSchema)),
      active: z.boolean(),
      affiliation: z.optional(
        z.object({
          kind: z.enum(['testing-body', 'research-institute', 'industry']),
          name: text('affiliation name', 200),
        }),
      ),
    })
    .check(
      z.superRefine((i, ctx) => {
        if ((i.role === 'expert') !== (i.affiliation !== undefined)) {
          ctx.addIssue({
            code: 'custom',
            path: ['affiliation'],
            message:
              i.role === 'expert'
                ? 'An expert must name the testing body, research institute or industry they come from'
                : 'Only experts have an affiliation',
            input: i.affiliation,
          });
        }
      }),
    ),
  z.transform((i) => {
    const { affiliation, ...rest } = i;
    return (affiliation === undefined ? rest : { ...rest, affiliation }) as Inspector;
  }),
);

/**
 * Zod schema of a {@link ConflictOfInterest}.
 *
 * @example
 * ```ts
 * conflictOfInterestSchema.parse({ inspectorId: 'samr-001', targetId: '91150621MA0Q7C1X0B', reason: '近亲属任法定代表人' });
 * ```
 */
export const conflictOfInterestSchema: z.ZodMiniType<ConflictOfInterest, unknown> = z.object({
  inspectorId: inspectorIdSchema,
  targetId: targetIdSchema,
  reason: text('reason', 500),
});

const certificateArgsSchema = z.object({
  inspector: z.object({ certificates: z.array(certificateSchema) }),
  date: isoDateSchema,
});

/**
 * Whether the inspector holds a certificate valid on `date` (inclusive at both ends).
 *
 * @param inspector - an inspector (or anything with certificates)
 * @param date - the inspection date
 * @returns `true` when some certificate covers `date`
 * @throws {SsjError} `DIRECTORY_INVALID` when the certificates are not a list of valid certificates, or the date
 *   is not a real `YYYY-MM-DD` date
 * @example
 * ```ts
 * hasValidCertificate({ certificates: [{ number: 'N1', validFrom: d('2024-01-01'), validTo: d('2028-12-31') }] }, d('2025-06-01')); // true
 * ```
 */
export function hasValidCertificate(inspector: Pick<Inspector, 'certificates'>, date: IsoDate): boolean {
  const args = parseWith(
    certificateArgsSchema,
    { inspector, date },
    'inspector and date',
    'DIRECTORY_INVALID',
  );
  return args.inspector.certificates.some(
    (c) => compareDates(c.validFrom, date) <= 0 && compareDates(date, c.validTo) <= 0,
  );
}
