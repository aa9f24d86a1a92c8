import * as z from 'zod/mini';
import { expectString } from '../../core/internal.js';

/** One registration status of a target (登记状态), with the Chinese terms a spreadsheet may use. */
export interface TargetStatusInfo {
  /** Stable ASCII id. */
  readonly status: string;
  /** The Chinese terms, the first the usual one. */
  readonly names: readonly string[];
}

/**
 * The registration statuses of a target (登记状态): 在营/存续 `operating`, 停业 `suspended`, 注销 `deregistered`,
 * 吊销 `revoked`, 撤销 `cancelled`, 迁出 `moved-out`.
 *
 * @example
 * ```ts
 * TARGET_STATUSES.find((s) => s.status === 'revoked')?.names[0]; // '吊销'
 * ```
 */
export const TARGET_STATUSES = [
  { status: 'operating', names: ['在营', '存续', '开业'] },
  { status: 'suspended', names: ['停业', '歇业'] },
  { status: 'deregistered', names: ['注销'] },
  { status: 'revoked', names: ['吊销', '被吊销'] },
  { status: 'cancelled', names: ['撤销', '被撤销'] },
  { status: 'moved-out', names: ['迁出'] },
] as const satisfies readonly TargetStatusInfo[];

/** A target's registration status (登记状态). */
export type TargetStatus = (typeof TARGET_STATUSES)[number]['status'];

/**
 * Every status id.
 *
 * @example
 * ```ts
 * TARGET_STATUS_IDS.includes('moved-out'); // true
 * ```
 */
export const TARGET_STATUS_IDS = TARGET_STATUSES.map((s) => s.status) as readonly TargetStatus[] as readonly [
  TargetStatus,
  ...TargetStatus[],
];

/**
 * The status named by `label` (an id or a Chinese term such as 存续), or `undefined`.
 *
 * @param label - `存续`, `operating`, …
 * @returns the status id
 * @example
 * ```ts
 * targetStatusFromLabel('存续'); // 'operating'
 * ```
 */
export function targetStatusFromLabel(label: string): TargetStatus | undefined {
  expectString(label, 'target status label');
  const t = label.trim();
  return TARGET_STATUSES.find((s) => s.status === t || (s.names as readonly string[]).includes(t))?.status;
}

/**
 * Zod schema of a {@link TargetStatus}.
 *
 * @example
 * ```ts
 * targetStatusSchema.parse('revoked');
 * ```
 */
export const targetStatusSchema = z.enum(TARGET_STATUS_IDS, {
  message: `Expected a status: ${TARGET_STATUSES.map((s) => `${s.status} (${s.names.join('/')})`).join(', ')}`,
});

/**
 * The enterprise scales (企业规模, 统计上大中小微型企业划分办法): `large` 大型, `medium` 中型, `small` 小型,
 * `micro` 微型.
 *
 * @example
 * ```ts
 * TARGET_SCALES.find((s) => s.scale === 'micro')?.name; // '微型'
 * ```
 */
export const TARGET_SCALES = [
  { scale: 'large', name: '大型' },
  { scale: 'medium', name: '中型' },
  { scale: 'small', name: '小型' },
  { scale: 'micro', name: '微型' },
] as const satisfies readonly { readonly scale: string; readonly name: string }[];

/** An enterprise scale (经营规模). */
export type TargetScale = (typeof TARGET_SCALES)[number]['scale'];

/**
 * Zod schema of a {@link TargetScale}.
 *
 * @example
 * ```ts
 * targetScaleSchema.safeParse('huge').success; // false
 * ```
 */
export const targetScaleSchema = z.enum(['large', 'medium', 'small', 'micro'], {
  message: 'Expected a scale: large (大型), medium (中型), small (小型) or micro (微型)',
});
