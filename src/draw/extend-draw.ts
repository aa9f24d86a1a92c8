import { SsjError } from '../core/index.js';
import { parseWith } from '../core/internal.js';
import { groupPool } from './canonical-pool.js';
import { nextStep, replacementRequests, runDraw, sampleOfRecord } from './draw-core.js';
import { normalizeExclusions } from './exclusions.js';
import { resolveSize, sizeForStratum } from './sample-size.js';
import { sampleSpecSchema } from './schemas.js';
import { checkStratumNames } from './stratum-names.js';
import type { DrawRecord, Extension, PoolEntry, SampleSpec } from './types.js';

/**
 * Extends a draw consistently (扩大抽取): each stratum takes its next entries in key order, so the first targets
 * stay and the extension is verifiable. A ratio is of the stratum's pool. The extension is recorded.
 *
 * @param record - the record to extend
 * @param pool - the record's pool
 * @param more - how many more: `{ count }`, `{ ratio }` for every stratum, or `{ strata: { … } }`
 * @returns a new record (the input is not changed)
 * @throws {SsjError} `DRAW_INVALID_REQUEST` when `more` is malformed
 * @throws {SsjError} `DRAW_INVALID_STRATUM_NAME` when a stratum name is not NFC
 * @throws {SsjError} `DRAW_POOL_MISMATCH` when the pool is not the record's pool
 * @example
 * ```ts
 * const bigger = extendDraw(record, pool, { strata: { C: { count: 5 } } });
 * ```
 */
export function extendDraw(record: DrawRecord, pool: readonly PoolEntry[], more: SampleSpec): DrawRecord {
  parseWith(sampleSpecSchema, more, 'extension', 'DRAW_INVALID_REQUEST');
  checkStratumNames(more);
  const step = nextStep(record);
  const added: Extension[] = [];
  for (const [name, s] of Object.entries(record.strata)) {
    const size = sizeForStratum(more, name);
    const n = size === undefined ? 0 : resolveSize(size, s.pool);
    if (n > 0) added.push({ stratum: name, added: n, step });
  }
  return redraw(record, pool, { extensions: [...record.extensions, ...added] });
}

/** Re-runs a record's draw with changed extensions or replacements (internal to extend and replace). */
export function redraw(
  record: DrawRecord,
  pool: readonly PoolEntry[],
  changes: {
    readonly extensions?: DrawRecord['extensions'];
    readonly replacements?: ReturnType<typeof replacementRequests>;
  },
): DrawRecord {
  const { list, ids } = normalizeExclusions(record.exclusions);
  const c = record.commitment;
  const { record: next } = runDraw({
    pool: groupPool(pool),
    seed: record.seed,
    sample: c?.algorithm === 'ssj-draw/2' ? c.sample : sampleOfRecord(record),
    exclusions: list,
    excludedIds: ids,
    replacements: changes.replacements ?? replacementRequests(record),
    extensions: changes.extensions ?? record.extensions,
    commitment: record.commitment,
    randomness: record.randomness,
    form: { version: record.algorithm, form: c === undefined ? 'direct' : 'ceremony' },
  });
  if (next.pool.digest !== record.pool.digest)
    throw new SsjError(
      'DRAW_POOL_MISMATCH',
      `The pool digest ${next.pool.digest} is not the record's ${record.pool.digest}`,
    );
  return next;
}
