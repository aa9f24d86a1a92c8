import * as z from 'zod/mini';
import {
  addDays,
  type IsoDate,
  type IsoInstant,
  instantSchema,
  SsjError,
  type SsjErrorCode,
  toChinaDate,
} from '../core/index.js';
import { addHours } from './approval.js';
import type { WorkflowContext } from './context.js';
import type { InspectionTask } from './task.js';
import type { EmergencyInspection, ItemMethod, ScanIn, VisitMethod } from './task-types.js';

/**
 * The ways an item of a visit may be inspected, non-on-site first (检查方式), as 国办发〔2024〕54号 asks: "能通过非现场
 * 方式实施的不得入企检查". Only `on-site` enters the enterprise.
 *
 * @example
 * ```ts
 * VISIT_METHODS['information-sharing'].zh; // '信息共享'
 * ```
 */
export const VISIT_METHODS = {
  written: { zh: '书面核查', onSite: false },
  'information-sharing': { zh: '信息共享', onSite: false },
  remote: { zh: '远程检查', onSite: false },
  'online-monitoring': { zh: '网络监测', onSite: false },
  'on-site': { zh: '现场检查', onSite: true },
} as const satisfies Record<VisitMethod, { readonly zh: string; readonly onSite: boolean }>;

/** Where the non-on-site-first rule comes from. */
export const VISIT_METHODS_SOURCE = '国办发〔2024〕54号 (能通过非现场方式实施的不得入企检查)';

const text = z.string().check(z.trim(), z.minLength(1));
const shownSchema = z.enum(['code', 'certificate']);

/** Zod schema of the 2024-rule parts of a visit input: methods, on-site reason, scan-in, emergency. @internal */
export const visitRulesShape = {
  methods: z.optional(
    z.readonly(
      z.array(
        z.object({
          itemId: text,
          method: z.enum(Object.keys(VISIT_METHODS) as [VisitMethod, ...VisitMethod[]]),
        }),
      ),
    ),
  ),
  onSiteReason: z.optional(text),
  scanIn: z.optional(
    z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('shown'), shown: shownSchema, at: instantSchema, place: text }),
      z.object({
        kind: z.literal('deferred'),
        cause: z.enum(['emergency', 'network-failure']),
        reason: text,
      }),
    ]),
  ),
  emergency: z.optional(z.object({ reason: text, startedAt: instantSchema })),
};

/** The parsed 2024-rule parts of a visit input. @internal */
export interface VisitRulesInput {
  readonly methods?: readonly ItemMethod[] | undefined;
  readonly onSiteReason?: string | undefined;
  readonly scanIn?:
    | {
        readonly kind: 'shown';
        readonly shown: 'code' | 'certificate';
        readonly at: IsoInstant;
        readonly place: string;
      }
    | { readonly kind: 'deferred'; readonly cause: 'emergency' | 'network-failure'; readonly reason: string }
    | undefined;
  readonly emergency?: { readonly reason: string; readonly startedAt: IsoInstant } | undefined;
}

function refuse(code: SsjErrorCode, path: string, message: string, expected: string): never {
  throw new SsjError(code, message, { issues: [{ path: [path], message, expected }] });
}

/**
 * Applies the 2024 rules to one visit (涉企检查规范): each department present is approved before the visit or the visit
 * is declared an emergency (approval then due within `rules.approvalBackfill`); every item of the departments present
 * has a method; an on-site item needs a stated reason; an on-site visit has a scan-in, or a deferral with its make-up
 * day. Returns the parts to store on the visit. @internal
 *
 * @throws {SsjError} `WORKFLOW_APPROVAL_MISSING`, `WORKFLOW_METHOD_MISSING`, `WORKFLOW_ONSITE_REASON_MISSING`,
 *   `WORKFLOW_SCAN_IN_MISSING`, in that order, for the first rule broken
 */
export function applyVisitRules(
  task: InspectionTask,
  visit: { readonly targetId: string; readonly date: IsoDate; readonly departments: readonly string[] },
  input: VisitRulesInput,
  ctx: WorkflowContext,
): {
  readonly methods: readonly ItemMethod[];
  readonly onSiteReason?: string;
  readonly scanIn?: ScanIn;
  readonly emergency?: EmergencyInspection;
} {
  const unapproved = visit.departments.filter(
    (d) => !task.approvals.some((a) => a.department === d && toChinaDate(a.approvedAt) <= visit.date),
  );
  let emergency: EmergencyInspection | undefined;
  if (unapproved.length > 0) {
    if (input.emergency === undefined) {
      refuse(
        'WORKFLOW_APPROVAL_MISSING',
        'departments',
        `${unapproved.join(', ')} inspect ${visit.targetId} without the approval of the body's head (须提前报主体负责人批准); record the approval first, or declare an emergency with its reason`,
        'an approval dated on or before the visit, or `emergency`',
      );
    }
    const startedAt = input.emergency.startedAt;
    const rule = ctx.rules.approvalBackfill;
    emergency = {
      reason: input.emergency.reason,
      startedAt,
      departments: unapproved,
      approvalDueBy: addHours(startedAt, rule.value),
    };
  }
  const items = task.items.filter((i) => visit.departments.includes(i.department)).map((i) => i.id);
  const methods = input.methods ?? [];
  const missing = items.filter((id) => !methods.some((m) => m.itemId === id));
  const stray = methods.filter((m) => !items.includes(m.itemId)).map((m) => m.itemId);
  if (missing.length > 0 || stray.length > 0) {
    const parts = [
      missing.length > 0 ? `no method for ${missing.join(', ')}` : '',
      stray.length > 0 ? `${stray.join(', ')} not inspected by the departments present` : '',
    ].filter((p) => p !== '');
    refuse(
      'WORKFLOW_METHOD_MISSING',
      'methods',
      `Visit to ${visit.targetId}: ${parts.join('; ')}`,
      items.join(', '),
    );
  }
  const onSite = methods.some((m) => VISIT_METHODS[m.method].onSite);
  if (onSite && input.onSiteReason === undefined) {
    refuse(
      'WORKFLOW_ONSITE_REASON_MISSING',
      'onSiteReason',
      `Visit to ${visit.targetId} enters the enterprise without a stated reason (${VISIT_METHODS_SOURCE})`,
      'why the items cannot be inspected off site',
    );
  }
  const scanIn = onSite ? scanInOf(visit, input.scanIn, ctx) : undefined;
  return {
    methods,
    ...(onSite && input.onSiteReason !== undefined ? { onSiteReason: input.onSiteReason } : {}),
    ...(scanIn === undefined ? {} : { scanIn }),
    ...(emergency === undefined ? {} : { emergency }),
  };
}

function scanInOf(
  visit: { readonly targetId: string; readonly date: IsoDate },
  scan: VisitRulesInput['scanIn'],
  ctx: WorkflowContext,
): ScanIn {
  if (scan === undefined) {
    return refuse(
      'WORKFLOW_SCAN_IN_MISSING',
      'scanIn',
      `On-site visit to ${visit.targetId} has no scan-in (扫码入企 / 亮码检查); without a code or certificates shown the enterprise may refuse the inspection (中华人民共和国行政处罚法 第五十五条)`,
      'scanIn { kind: "shown" } or { kind: "deferred" }',
    );
  }
  if (scan.kind === 'shown') return scan;
  const rule =
    scan.cause === 'emergency' ? ctx.rules.scanInEmergencyBackfill : ctx.rules.scanInNetworkBackfill;
  return { ...scan, dueOn: addDays(visit.date, rule.value) };
}
