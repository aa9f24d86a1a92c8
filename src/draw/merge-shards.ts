import { canonicalDigest, fromHex, SsjError, sha256, toHex, utf8 } from '../core/index.js';
import { concatBytes } from '../core/internal.js';
import { assembleRecord } from './assemble.js';
import type { ShardResult } from './draw-shard.js';
import type { StratumOutcome } from './engine.js';
import { normalizeExclusions } from './exclusions.js';
import { compareIdBytes } from './id-order.js';
import { checkMergeShardsInput } from './merge-shards-input.js';
import { POOL_TAG } from './pool-digest.js';
import { baseSize } from './run-pool.js';
import { resolveSizes } from './sizes.js';
import type { DrawRecord, Exclusion, SampleSpec } from './types.js';

/** Input of {@link mergeShards}. */
export interface MergeShardsInput {
  readonly shards: readonly ShardResult[];
  readonly sample: SampleSpec;
  readonly seed: string;
  readonly exclude?: readonly Exclusion[];
}

const bytes = (hex: string): Uint8Array<ArrayBuffer> => fromHex(hex) ?? new Uint8Array(0);

function keyWords(hex: string): Int32Array {
  const out = new Int32Array(8);
  for (let i = 0; i < 8; i++) out[i] = Number.parseInt(hex.slice(i * 8, i * 8 + 8), 16) | 0;
  return out;
}

/** Joins the shards' parts of the pool digest (docs/draw-spec.md §3). */
function mergedPoolDigest(shards: readonly ShardResult[]): string {
  const digests: Uint8Array[] = [];
  let carry = new Uint8Array(0);
  for (const s of shards) {
    if (s.head !== null) {
      digests.push(sha256(concatBytes(carry, bytes(s.head))));
      for (const c of s.chunks) digests.push(bytes(c));
      carry = bytes(s.tail);
    } else carry = concatBytes(carry, bytes(s.tail));
  }
  if (carry.length > 0) digests.push(sha256(carry));
  return toHex(sha256(concatBytes(utf8(POOL_TAG), ...digests)));
}

function fail(
  code: 'DRAW_SHARDS_OVERLAP' | 'DRAW_SHARD_TOO_SMALL' | 'DRAW_SHARD_SEED_MISMATCH',
  message: string,
): never {
  throw new SsjError(code, message, { issues: [{ path: ['shards'], message }] });
}

/**
 * Merges shard results into the record one pass over the whole pool would give (合并分片结果).
 *
 * @param input - the shard results (any order), the sample, the seed and the exclusions
 * @returns the draw record
 * @throws {SsjError} `DRAW_INVALID_REQUEST` when the input is malformed (a shard's fields, hex or kept keys, the
 *   sample, the seed, the exclusions) or names a key other than `shards`, `sample`, `seed` and `exclude`
 * @throws {SsjError} `DRAW_SHARD_SEED_MISMATCH` when a shard used another seed or other exclusions
 * @throws {SsjError} `DRAW_SHARDS_OVERLAP` when shards are not disjoint ranges of the id byte order
 * @throws {SsjError} `DRAW_SHARD_TOO_SMALL` when a shard kept too few keys for the merged sizes
 * @example
 * ```ts
 * const record = mergeShards({ shards: await Promise.all(workers), sample: { count: 1000 }, seed });
 * ```
 */
export function mergeShards(input: MergeShardsInput): DrawRecord {
  checkMergeShardsInput(input);
  const { list } = normalizeExclusions(input.exclude);
  const exclusionsDigest = canonicalDigest(list);
  for (const s of input.shards)
    if (s.seed !== input.seed || s.exclusionsDigest !== exclusionsDigest)
      fail('DRAW_SHARD_SEED_MISMATCH', 'a shard was computed with another seed or other exclusions');
  const shards = input.shards
    .filter((s) => s.count > 0)
    .sort((a, b) => compareIdBytes(a.first ?? '', b.first ?? ''));
  for (let i = 1; i < shards.length; i++)
    if (compareIdBytes(shards[i - 1]?.last ?? '', shards[i]?.first ?? '') >= 0)
      fail('DRAW_SHARDS_OVERLAP', `shards ${i - 1} and ${i} overlap in id byte order`);
  const names = new Set<string>();
  for (const s of shards) for (const name of Object.keys(s.strata)) names.add(name);
  const strata = new Map<string, StratumOutcome>();
  for (const name of names) {
    let pool = 0;
    let excluded = 0;
    for (const s of shards) {
      pool += s.strata[name]?.pool ?? 0;
      excluded += s.strata[name]?.excluded ?? 0;
    }
    const need = baseSize(input.sample, name, pool) + 1;
    const all: { id: string; key: string }[] = [];
    for (const s of shards) {
      const part = s.strata[name];
      if (part === undefined) continue;
      if (part.kept.length < need && part.kept.length < part.pool - part.excluded)
        fail(
          'DRAW_SHARD_TOO_SMALL',
          `a shard kept ${part.kept.length} keys of stratum ${JSON.stringify(name)}, ${need} needed`,
        );
      all.push(...part.kept);
    }
    all.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : compareIdBytes(a.id, b.id)));
    const top = all.slice(0, need);
    const keys = new Int32Array(top.length * 8);
    top.forEach((e, i) => {
      keys.set(keyWords(e.key), i * 8);
    });
    const ranked = { size: top.length, ids: top.map((e) => e.id), keys };
    strata.set(name, { pool, excluded, ranked });
  }
  const count = shards.reduce((n, s) => n + s.count, 0);
  const { record } = assembleRecord({
    seed: input.seed,
    poolDigest: mergedPoolDigest(shards),
    count,
    outcome: strata,
    sizes: resolveSizes(input.sample, strata),
    exclusions: list,
    replacements: [],
    extensions: [],
    form: { version: 'ssj-draw/2', form: 'direct' },
  });
  return record;
}
