/**
 * The verifiable seeded draw of inspection targets (双随机抽取检查对象). The inspector assignment is its own
 * module, `assign`.
 *
 * @module draw
 */

export { type CeremonySeed, ceremonySeed } from './ceremony-seed.js';
export { commitDraw, commitmentDigest } from './commit-draw.js';
export { describeDescriptor, describeRandomness } from './describe-randomness.js';
export { type DrawShardInput, drawShard, type ShardResult, type ShardStratum } from './draw-shard.js';
export { type DrawStreamInput, drawTargetsFromStream } from './draw-stream.js';
export { type DrawTargetsInput, drawTargets, safeDrawTargets } from './draw-targets.js';
export { extendDraw } from './extend-draw.js';
export { compareIdBytes } from './id-order.js';
export { type MergeShardsInput, mergeShards } from './merge-shards.js';
export { CHUNK_BITS, POOL_TAG } from './pool-digest.js';
export {
  formatPoolCsv,
  POOL_FILE_COLUMNS,
  type PoolFileFormat,
  type PoolFileOptions,
  parsePoolFile,
} from './pool-file.js';
export type { PoolFileEncoding } from './pool-file-decode.js';
export type { CanonicalValue } from './randomness-canonical.js';
export { randomnessDescriptorSchema } from './randomness-schema.js';
export type {
  DiceDescriptor,
  DrandBeacon,
  DrandDescriptor,
  HexDescriptor,
  LotteryDescriptor,
  RandomnessDescriptor,
  RevealedValue,
} from './randomness-types.js';
export { replaceInDraw } from './replace-in-draw.js';
export { type RevealOptions, revealDraw } from './reveal-draw.js';
export { RATIO_ROUNDING, resolveSize } from './sample-size.js';
export {
  deriveSeed,
  hexDigestSchema,
  lengthPrefixed,
  SEED_TAG,
  SEED_TAG_V2,
  seedFromInputs,
} from './seed.js';
export { prefixBlock, STRATUM_TAG, targetKey } from './target-key.js';
export type {
  DrawAlgorithm,
  DrawCommitment,
  DrawForm,
  DrawProblem,
  DrawProblemCode,
  DrawRecord,
  DrawRequest,
  DrawVerification,
  Exclusion,
  Extension,
  PoolEntry,
  RandomnessCheck,
  Replacement,
  SampleSize,
  SampleSpec,
  SelectedTarget,
  StratumResult,
  StratumSize,
} from './types.js';
export { type VerifyDrawOptions, verifyDraw } from './verify-draw.js';
