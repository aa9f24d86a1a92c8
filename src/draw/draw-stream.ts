import * as z from 'zod/mini';
import { SsjError, utf8 } from '../core/index.js';
import { parseWith } from '../core/internal.js';
import { assembleRecord, capacityNeeded } from './assemble.js';
import { isWellFormedId, nfc } from './canonical-pool.js';
import { drawEngine, engineOutcome, enginePoolDigest, feed } from './engine.js';
import { normalizeExclusions } from './exclusions.js';
import { compareIdBytes } from './id-order.js';
import { checkPoolBatch, feedBatch, isPoolBatchLike, orderError, type PoolBatch } from './pool-batch.js';
import { baseSize } from './run-pool.js';
import { exclusionSchema, sampleSpecSchema, seedSchema } from './schemas.js';
import { resolveSizes } from './sizes.js';
import type { DrawRecord, Exclusion, PoolEntry, SampleSize, SampleSpec } from './types.js';

/** A streamed draw: entries arrive in strictly increasing id byte order (as `ORDER BY id` on bytes gives). */
export interface DrawStreamInput {
  /**
   * The entries as objects, or as byte batches ({@link PoolBatch}: millions of entries without an object each),
   * or both mixed; all in one strictly increasing id byte order.
   */
  readonly entries: AsyncIterable<PoolEntry | PoolBatch> | Iterable<PoolEntry | PoolBatch>;
  readonly sample: SampleSpec;
  readonly seed: string;
  readonly exclude?: readonly Exclusion[];
  /** The pool count of each stratum, needed up front when a size is a ratio; checked at the end. */
  readonly poolCounts?: Readonly<Record<string, number>>;
}

const optionsSchema = z.strictObject({
  entries: z.optional(z.unknown()),
  sample: sampleSpecSchema,
  seed: seedSchema,
  exclude: z.optional(z.array(exclusionSchema)),
  poolCounts: z.optional(z.record(z.string(), z.number().check(z.int(), z.gte(0)))),
});

const sizesOf = (sample: SampleSpec): SampleSize[] =>
  'strata' in sample ? Object.values(sample.strata) : [sample];

/**
 * Draws from a stream of entries sorted by id bytes (流式抽取), e.g. rows of a database cursor with
 * `ORDER BY id COLLATE "C"`: one pass, memory bounded by the sample size, and the same record as
 * {@link drawTargets} on the same pool and seed. At national scale give the entries as byte batches
 * ({@link PoolBatch}): each id's bytes are hashed where they lie, and no object or string is made per entry.
 *
 * @param input - the entries, sample, seed, exclusions and (for ratios) the pool count of each stratum
 * @returns the draw record
 * @throws {SsjError} `DRAW_INVALID_REQUEST` for a malformed option or entry
 * @throws {SsjError} `DRAW_INVALID_SEED` when the seed is not 64 lower-case hex characters
 * @throws {SsjError} `DRAW_STREAM_UNSORTED` when an id is not greater (in byte order) than the one before
 * @throws {SsjError} `DRAW_DUPLICATE_IDS` when an id repeats
 * @throws {SsjError} `DRAW_STREAM_NEEDS_COUNTS` when a size is a ratio and `poolCounts` is missing
 * @throws {SsjError} `DRAW_STREAM_COUNT_MISMATCH` when the entries do not match `poolCounts`
 * @example
 * ```ts
 * const record = await drawTargetsFromStream({ entries: cursor(), sample: { count: 100 }, seed });
 * ```
 */
export async function drawTargetsFromStream(input: DrawStreamInput): Promise<DrawRecord> {
  parseWith(z.object({ seed: seedSchema }), input, 'seed', 'DRAW_INVALID_SEED');
  parseWith(optionsSchema, input, 'streamed draw', 'DRAW_INVALID_REQUEST');
  const { sample, seed, poolCounts } = input;
  if (poolCounts === undefined && sizesOf(sample).some((s) => 'ratio' in s))
    throw new SsjError('DRAW_STREAM_NEEDS_COUNTS', 'A ratio needs the pool count of each stratum up front', {
      issues: [{ path: ['poolCounts'], message: 'missing', expected: 'the pool count of each stratum' }],
    });
  const { list, ids } = normalizeExclusions(input.exclude);
  const engine = drawEngine(seed, ids, (s) =>
    capacityNeeded(baseSize(sample, s, poolCounts?.[s] ?? 0), s, [], []),
  );
  let previous: string | undefined;
  let index = 0;
  const step = (entry: PoolEntry): void => {
    const id = entry?.id;
    const stratum = entry?.stratum ?? '';
    if (typeof id !== 'string' || id.length === 0 || typeof stratum !== 'string')
      throw new SsjError('DRAW_INVALID_REQUEST', `Entry ${index} is not a pool entry`, {
        issues: [{ path: ['entries', index], message: 'not a pool entry', expected: '{ id, stratum? }' }],
      });
    const nid = nfc(id);
    if (!isWellFormedId(nid))
      throw new SsjError('DRAW_INVALID_REQUEST', `Entry ${index} has a lone surrogate in its id`, {
        issues: [
          {
            path: ['entries', index, 'id'],
            message: 'a lone surrogate is not a character',
            expected: 'well-formed Unicode',
          },
        ],
      });
    if (previous !== undefined) {
      const order = compareIdBytes(previous, nid);
      if (order >= 0) throw orderError(previous, nid, index, order === 0);
    }
    previous = nid;
    feed(engine, nid, nfc(stratum));
    index++;
  };
  const batch = (item: unknown): void => {
    const checked = checkPoolBatch(item, index);
    const at = { previous: previous === undefined ? undefined : utf8(previous), index };
    feedBatch(engine, checked, at);
    index = at.index;
    if (at.previous !== undefined) previous = new TextDecoder().decode(at.previous);
  };
  const next = (item: PoolEntry | PoolBatch): void => {
    if (isPoolBatchLike(item)) batch(item);
    else step(item as PoolEntry);
  };
  const entries = input.entries;
  if (Symbol.iterator in entries) for (const entry of entries) next(entry);
  else for await (const entry of entries) next(entry);
  const outcome = engineOutcome(engine);
  if (poolCounts !== undefined) {
    const wrong = [...new Set([...Object.keys(poolCounts), ...outcome.strata.keys()])].filter(
      (s) => (poolCounts[s] ?? 0) !== (outcome.strata.get(s)?.pool ?? 0),
    );
    if (wrong.length > 0)
      throw new SsjError(
        'DRAW_STREAM_COUNT_MISMATCH',
        `Pool counts differ for strata ${JSON.stringify(wrong)}`,
        {
          issues: wrong.map((s) => ({
            path: ['poolCounts', s],
            message: `streamed ${outcome.strata.get(s)?.pool ?? 0}`,
          })),
        },
      );
  }
  const { record } = assembleRecord({
    seed,
    poolDigest: enginePoolDigest(engine),
    count: outcome.count,
    outcome: outcome.strata,
    sizes: resolveSizes(sample, outcome.strata),
    exclusions: list,
    replacements: [],
    extensions: [],
    form: { version: 'ssj-draw/2', form: 'direct' },
  });
  return record;
}
