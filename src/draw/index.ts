/**
 * The verifiable seeded draw of inspection targets (双随机抽取检查对象). The inspector assignment is its own
 * module, `assign`.
 *
 * @module draw
 */

export { commitDraw } from './commit-draw.js';
export { type DrawShardInput, drawShard, type ShardResult, type ShardStratum } from './draw-shard.js';
export { type DrawStreamInput, drawTargetsFromStream } from './draw-stream.js';
export { type DrawTargetsInput, drawTargets, safeDrawTargets } from './draw-targets.js';
export { extendDraw } from './extend-draw.js';
export { compareIdBytes } from './id-order.js';
export { type MergeShardsInput, mergeShards } from './merge-shards.js';
export { CHUNK_BITS, POOL_TAG } from './pool-digest.js';
export { replaceInDraw } from './replace-in-draw.js';
export { revealDraw } from './reveal-draw.js';
export { RATIO_ROUNDING, resolveSize } from './sample-size.js';
export { deriveSeed, hexDigestSchema, lengthPrefixed, SEED_TAG } from './seed.js';
export { prefixBlock, STRATUM_TAG, targetKey } from './target-key.js';
export type {
  DrawCommitment,
  DrawProblem,
  DrawProblemCode,
  DrawRecord,
  DrawRequest,
  DrawVerification,
  Exclusion,
  Extension,
  PoolEntry,
  Replacement,
  SampleSize,
  SampleSpec,
  SelectedTarget,
  StratumResult,
  StratumSize,
} from './types.js';
export { verifyDraw } from './verify-draw.js';
