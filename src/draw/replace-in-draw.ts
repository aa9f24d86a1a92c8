import { SsjError } from '../core/index.js';
import { nfc } from './canonical-pool.js';
import { nextStep, replacementRequests } from './draw-core.js';
import { redraw } from './extend-draw.js';
import type { DrawRecord, PoolEntry } from './types.js';

/**
 * Replaces a drawn target (替补), e.g. one found deregistered at the pre-visit check (检查前预查比对): the next
 * entry in its stratum's key order takes its place, so the replacement is verifiable. The replaced target and the
 * reason are recorded; when the stratum has no entry left, `replacedBy` is `null`.
 *
 * @param record - the record
 * @param pool - the record's pool
 * @param id - the selected target to replace
 * @param reason - why, in words
 * @returns a new record (the input is not changed)
 * @throws {SsjError} `DRAW_NOT_SELECTED` when `id` is not among the selected targets
 * @throws {SsjError} `DRAW_INVALID_REQUEST` when the reason is empty
 * @throws {SsjError} `DRAW_POOL_MISMATCH` when the pool is not the record's pool
 * @example
 * ```ts
 * const next = replaceInDraw(record, pool, '91150621MA0Q5XKD7B', '已注销 (deregistered)');
 * next.replacements.at(-1)?.replacedBy;
 * ```
 */
export function replaceInDraw(
  record: DrawRecord,
  pool: readonly PoolEntry[],
  id: string,
  reason: string,
): DrawRecord {
  if (typeof reason !== 'string' || reason.length === 0)
    throw new SsjError('DRAW_INVALID_REQUEST', 'A replacement needs a reason', {
      issues: [{ path: ['reason'], message: 'empty reason', expected: 'a non-empty string' }],
    });
  const target = typeof id === 'string' ? record.selected.find((t) => t.id === nfc(id)) : undefined;
  if (target === undefined)
    throw new SsjError('DRAW_NOT_SELECTED', `${JSON.stringify(id)} is not among the selected targets`, {
      issues: [{ path: ['id'], message: 'not selected', expected: 'the id of a selected target' }],
    });
  const replacements = [
    ...replacementRequests(record),
    { id: target.id, stratum: target.stratum, reason, step: nextStep(record) },
  ];
  return redraw(record, pool, { replacements });
}
