import * as z from 'zod/mini';
import { SsjError, type SsjIssue } from '../core/index.js';
import type { Team } from './task-types.js';

/**
 * Who may inspect (行政检查主体): only an administrative law-enforcement organ (行政执法机关), an organisation
 * authorised by law or regulation (法律法规授权组织), or an entrusted organisation (受委托组织) with its letter of
 * entrustment (委托书).
 *
 * @example
 * ```ts
 * INSPECTING_BODY_KINDS['entrusted-organisation'].needsEntrustment; // true
 * ```
 */
export const INSPECTING_BODY_KINDS = {
  'enforcement-agency': { zh: '行政执法机关', needsEntrustment: false },
  'authorised-organisation': { zh: '法律法规授权组织', needsEntrustment: false },
  'entrusted-organisation': { zh: '受委托组织', needsEntrustment: true },
} as const satisfies Record<string, { readonly zh: string; readonly needsEntrustment: boolean }>;

/** The kind of an inspecting body: see {@link INSPECTING_BODY_KINDS}. */
export type InspectingBodyKind = keyof typeof INSPECTING_BODY_KINDS;

/** Where the rule comes from. */
export const INSPECTING_MANDATE_SOURCE =
  '国办发〔2024〕54号 (除行政执法机关、法律法规授权组织、受委托组织外，任何组织和个人不得实施行政检查); 中华人民共和国行政处罚法 第四十二条';

/** The mandate of one department's inspecting body (检查主体资格). */
export interface InspectingMandate {
  readonly department: string;
  /** The body's name. */
  readonly body: string;
  readonly kind: InspectingBodyKind;
  /** The letter of entrustment's reference (委托书), required for an entrusted organisation. */
  readonly entrustment?: string;
  /** The body's level of government (层级, e.g. `county`), as frequency caps per level count it. */
  readonly level?: string;
}

const text = z.string().check(z.trim(), z.minLength(1));

/** Zod schema of an {@link InspectingMandate}. @internal */
export const mandateSchema = z.object({
  department: text,
  body: text,
  kind: z.enum(Object.keys(INSPECTING_BODY_KINDS) as [InspectingBodyKind, ...InspectingBodyKind[]]),
  entrustment: z.optional(text),
  level: z.optional(text),
});

/** Zod schema of an accompanying person of a team. @internal */
export const accompanyingSchema = z.object({
  id: text,
  role: z.enum(['auxiliary', 'grid-worker', 'third-party']),
});

/**
 * Checks the inspecting bodies of an assignment (检查主体资格): every department has a mandate of an allowed kind, an
 * entrusted organisation names its 委托书, and no accompanying person is counted as an officer. @internal
 *
 * @throws {SsjError} `WORKFLOW_MANDATE_INVALID` naming each problem
 */
export function checkMandates(
  departments: readonly string[],
  mandates: readonly InspectingMandate[],
  teams: readonly Team[],
): void {
  const issues: SsjIssue[] = departments.flatMap((d): SsjIssue[] => {
    const m = mandates.find((x) => x.department === d);
    if (m === undefined) return [{ path: ['mandates'], message: `${d} has no inspecting-body mandate` }];
    return INSPECTING_BODY_KINDS[m.kind].needsEntrustment && m.entrustment === undefined
      ? [{ path: ['mandates'], message: `${m.body} (${d}) is an entrusted organisation without its 委托书` }]
      : [];
  });
  teams.forEach((team, i) => {
    for (const p of team.accompanying ?? []) {
      if (team.inspectors.includes(p.id) || team.lead === p.id) {
        issues.push({
          path: ['teams', i],
          message: `${p.id} (${p.role}) accompanies the team for ${team.targetId}/${team.department} and cannot inspect or count as an officer`,
        });
      }
    }
  });
  if (issues.length === 0) return;
  const message = `Cannot assign the inspectors: ${issues.map((x) => x.message).join('; ')} (${INSPECTING_MANDATE_SOURCE})`;
  throw new SsjError('WORKFLOW_MANDATE_INVALID', message, { issues });
}
