import * as z from 'zod/mini';
import { canonicalDigest, SsjError, toHex } from '../core/index.js';
import { parseWith } from '../core/internal.js';
import { forEachInOrder, groupPool, nfc } from './canonical-pool.js';
import { type DrawEngine, drawEngine, engineOutcome, feed } from './engine.js';
import { normalizeExclusions } from './exclusions.js';
import { keysHex } from './fast-key.js';
import { checkPoolBatch, feedBatch, type PoolBatch, type StreamPosition } from './pool-batch.js';
import { settleChunks } from './pool-digest.js';
import { exclusionSchema, seedSchema } from './schemas.js';
import type { Exclusion, PoolEntry } from './types.js';

/** One stratum of a shard: its counts and its smallest keys, in key order. */
export interface ShardStratum {
  readonly pool: number;
  readonly excluded: number;
  readonly kept: readonly { readonly id: string; readonly key: string }[];
}

/**
 * The partial result of one shard (分片结果): a contiguous range of the pool in id byte order. JSON data, so it
 * can come from a worker thread or another machine. The pool digest is carried as the shard's whole chunk
 * digests plus the raw bytes before its first chunk boundary (`head`) and after its last (`tail`).
 */
export interface ShardResult {
  readonly algorithm: 'ssj-draw/1';
  readonly seed: string;
  /** Canonical digest of the normalised exclusions the shard applied. */
  readonly exclusionsDigest: string;
  readonly count: number;
  /** First and last id of the shard (NFC), `null` when empty. */
  readonly first: string | null;
  readonly last: string | null;
  /** Hex of the entry bytes up to and including the first boundary entry; `null` when the shard has none. */
  readonly head: string | null;
  /** Hex SHA-256 of each whole chunk after the head. */
  readonly chunks: readonly string[];
  /** Hex of the entry bytes after the last boundary entry. */
  readonly tail: string;
  readonly strata: Readonly<Record<string, ShardStratum>>;
}

/** Input of {@link drawShard}. */
export interface DrawShardInput {
  /** The shard's entries (any order): all ids of the pool between its first and last id. */
  readonly pool?: readonly PoolEntry[];
  /**
   * Instead of `pool`, the same entries as byte batches ({@link PoolBatch}) in strictly increasing id byte order:
   * typed arrays, which a worker receives without copying (transferred) and reads without an object per entry.
   */
  readonly batches?: readonly PoolBatch[];
  readonly seed: string;
  readonly exclude?: readonly Exclusion[];
  /** How many of the smallest keys to keep per stratum: at least the merged draw's size + 1. */
  readonly keep: number | Readonly<Record<string, number>>;
}

const inputSchema = z.strictObject({
  pool: z.optional(z.unknown()),
  batches: z.optional(z.unknown()),
  seed: seedSchema,
  exclude: z.optional(z.array(exclusionSchema)),
  keep: z.union([
    z.number().check(z.int(), z.gte(0)),
    z.record(z.string(), z.number().check(z.int(), z.gte(0))),
  ]),
});

function feedPool(engine: DrawEngine, entries: readonly PoolEntry[]) {
  const pool = groupPool(entries);
  let first: string | null = null;
  let last: string | null = null;
  forEachInOrder(pool, (id, s) => {
    if (first === null) first = id;
    last = id;
    feed(engine, id, pool.strata[s] as string);
  });
  return { first, last };
}

function feedBatches(engine: DrawEngine, batches: readonly PoolBatch[]) {
  const at: StreamPosition = { previous: undefined, index: 0 };
  let first: string | null = null;
  for (const item of batches) {
    const batch = checkPoolBatch(item, at.index);
    feedBatch(engine, batch, at);
    if (first === null && at.previous !== undefined)
      first = nfc(decoder.decode(batch.ids.subarray(0, batch.ends[0])));
  }
  return { first, last: at.previous === undefined ? null : decoder.decode(at.previous) };
}

const decoder = new TextDecoder();

/**
 * Computes one shard of a sharded draw (分片抽取): keys and smallest keys per stratum, counts, and the shard's
 * part of the pool digest. Run shards in parallel (worker threads, Web Workers, machines), then
 * {@link mergeShards}: the input (with `batches`, typed arrays that can be transferred) and the result (JSON data)
 * both pass through `postMessage` as they are.
 *
 * @param input - the shard's entries, the seed, the exclusions, and how many keys to keep per stratum
 * @returns the shard result (JSON data)
 * @throws {SsjError} `DRAW_INVALID_REQUEST` for a malformed input, or both or neither of `pool` and `batches`
 * @throws {SsjError} `DRAW_STREAM_UNSORTED` when `batches` are not in strictly increasing id byte order
 * @throws {SsjError} `DRAW_DUPLICATE_IDS` when an id repeats
 * @example
 * ```ts
 * const part = drawShard({ pool: rowsFromAtoM, seed, keep: 1001 });
 * ```
 */
export function drawShard(input: DrawShardInput): ShardResult {
  parseWith(inputSchema, input, 'shard input', 'DRAW_INVALID_REQUEST');
  if ((input.pool === undefined) === (input.batches === undefined) || !Array.isArray(input.batches ?? []))
    throw new SsjError(
      'DRAW_INVALID_REQUEST',
      'A shard takes its entries as `pool` or as `batches`, one of them',
      {
        issues: [
          {
            path: ['batches'],
            message: 'pool and batches both given or both missing',
            expected: 'one of them',
          },
        ],
      },
    );
  if (input.pool !== undefined && !Array.isArray(input.pool))
    throw new SsjError('DRAW_INVALID_REQUEST', 'A shard pool must be an array of { id, stratum? }', {
      issues: [{ path: ['pool'], message: 'not an array', expected: 'array' }],
    });
  const { list, ids } = normalizeExclusions(input.exclude);
  const keep = input.keep;
  const engine = drawEngine(input.seed, ids, (s) => (typeof keep === 'number' ? keep : (keep[s] ?? 0)), true);
  const { first, last } =
    input.batches === undefined ? feedPool(engine, input.pool ?? []) : feedBatches(engine, input.batches);
  const d = engine.digester;
  settleChunks(d);
  const chunks: string[] = [];
  for (let i = 0; i < d.digests.length; i += 32) chunks.push(toHex(d.digests.bytes.subarray(i, i + 32)));
  const outcome = engineOutcome(engine);
  const strata: Record<string, ShardStratum> = {};
  for (const [name, s] of outcome.strata) {
    const keys = keysHex(s.ranked.keys, 0, s.ranked.size);
    strata[name] = {
      pool: s.pool,
      excluded: s.excluded,
      kept: s.ranked.ids.map((id, i) => ({ id, key: keys[i] as string })),
    };
  }
  return {
    algorithm: 'ssj-draw/1',
    seed: input.seed,
    exclusionsDigest: canonicalDigest(list),
    count: outcome.count,
    first,
    last,
    head: d.head === undefined ? null : toHex(d.head),
    chunks,
    tail: toHex(d.chunk.bytes.subarray(0, d.chunk.length)),
    strata,
  };
}
