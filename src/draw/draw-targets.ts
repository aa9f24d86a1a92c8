import { type SafeResult, SsjError } from '../core/index.js';
import { expectOptions, expectRecord, safely, summarizeIssues } from '../core/internal.js';
import { groupPool } from './canonical-pool.js';
import { runDraw } from './draw-core.js';
import { normalizeExclusions } from './exclusions.js';
import { drawInputIssues, seedIssues } from './request-guards.js';
import { checkStratumNames } from './stratum-names.js';
import type { DrawRecord, Exclusion, PoolEntry, SampleSpec } from './types.js';

/** The direct form of a draw: a pool, a sample and a seed already fixed. */
export interface DrawTargetsInput {
  readonly pool: readonly PoolEntry[];
  readonly sample: SampleSpec;
  /** The seed, 64 lower-case hex characters (e.g. from {@link deriveSeed}). */
  readonly seed: string;
  readonly exclude?: readonly Exclusion[];
}

/** Every key of the input, as a record over the interface's keys, so a key added there must be named here. */
const INPUT_KEYS = Object.keys({
  pool: true,
  sample: true,
  seed: true,
  exclude: true,
} as const satisfies Record<keyof DrawTargetsInput, true>);

/**
 * Draws inspection targets (随机抽取检查对象) with a fixed seed: every eligible entry gets the key
 * `SHA-256(prefixBlock(seed, stratum) ‖ id)` and each stratum takes the entries with the smallest keys, in key
 * order. The result does not depend on pool order; a stratum with fewer eligible entries than asked gives all of
 * them and records the shortfall. The record is marked `form: 'direct'`: the caller chose the seed, so
 * `verifyDraw` reports it as not a ceremony draw unless told `allowDirect`.
 *
 * @param input - pool, sample (`{ count }`, `{ ratio, rounding? }` or `{ strata }`), seed, exclusions
 * @returns the draw record, with its digest
 * @throws {SsjError} `DRAW_INVALID_REQUEST` when the pool, sample or exclusions are malformed, or the input names a
 *   key other than `pool`, `sample`, `seed` and `exclude`
 * @throws {SsjError} `DRAW_INVALID_STRATUM_NAME` when a stratum name of the sample is not NFC
 * @throws {SsjError} `DRAW_INVALID_SEED` when the seed is not 64 lower-case hex characters
 * @throws {SsjError} `DRAW_DUPLICATE_IDS` when the pool has an id twice (after NFC); the issues list each
 * @throws {SsjError} `DRAW_DUPLICATE_EXCLUSIONS` when an id is excluded twice
 * @example
 * ```ts
 * const record = drawTargets({
 *   pool: [{ id: 'a', stratum: 'A' }, { id: 'b', stratum: 'B' }, { id: 'c', stratum: 'B' }],
 *   sample: { strata: { A: { count: 1 }, B: { ratio: 0.5 } } },
 *   seed: '00'.repeat(32),
 * });
 * record.selected.map((t) => t.id);
 * ```
 */
export function drawTargets(input: DrawTargetsInput): DrawRecord {
  expectRecord(input, 'draw input', 'DRAW_INVALID_SEED');
  expectOptions(input, INPUT_KEYS, 'drawTargets', 'DRAW_INVALID_REQUEST');
  const seed = seedIssues(input.seed, ['seed']);
  if (seed.length > 0)
    throw new SsjError('DRAW_INVALID_SEED', summarizeIssues('seed', seed), { issues: seed });
  const issues = drawInputIssues(input as unknown as Record<string, unknown>);
  if (issues.length > 0)
    throw new SsjError('DRAW_INVALID_REQUEST', summarizeIssues('draw input', issues), { issues });
  checkStratumNames(input.sample);
  const { list, ids } = normalizeExclusions(input.exclude);
  const { record } = runDraw({
    pool: groupPool(input.pool),
    seed: input.seed,
    sample: input.sample,
    exclusions: list,
    excludedIds: ids,
    form: { version: 'ssj-draw/2', form: 'direct' },
  });
  return record;
}

/**
 * The non-throwing form of {@link drawTargets} (安全抽取): the record, or the `SsjError` it would throw.
 *
 * @param input - as for {@link drawTargets}
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example
 * ```ts
 * const result = safeDrawTargets({ pool, sample: { count: 3 }, seed });
 * if (!result.success) console.log(result.error.code, result.error.issues);
 * ```
 */
export function safeDrawTargets(input: DrawTargetsInput): SafeResult<DrawRecord> {
  return safely(() => drawTargets(input));
}
