/**
 * The verifiable seeded draw of inspection targets (双随机抽取检查对象). The inspector assignment is its own
 * module, `assign`.
 *
 * The public promise of `shuangsuiji/draw`, pinned by `test/surface/exported-names.test.ts`. The byte-level
 * primitives of the specification (key derivation, id byte order, tags) are internal: a verifier reads
 * `docs/draw-spec.md`, or calls `verifyDraw`.
 *
 * @module draw
 */

// biome-ignore-all assist/source/organizeImports: the exports are grouped by concept, in reading order

// The ceremony: commit before the randomness is known, reveal after, verify anywhere (承诺、揭示、核验).
export { type CeremonySeed, ceremonySeed } from './ceremony-seed.js';
export { commitDraw } from './commit-draw.js';
export { commitmentDigest } from './commitment-digest.js';
export { deriveSeed, seedFromInputs } from './seed.js';
export { type RevealOptions, revealDraw } from './reveal-draw.js';
export { type VerifyDrawOptions, verifyDraw } from './verify-draw.js';

// Public randomness (公开随机源): what a draw names as its source, and how it reads to people.
export { describeDescriptor, describeRandomness } from './describe-randomness.js';
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

// Pool files (抽取池文件): the formats of the specification, read in any of the encodings hosts export.
export {
  formatPoolCsv,
  POOL_FILE_COLUMNS,
  type PoolFileFormat,
  type PoolFileOptions,
  parsePoolFile,
} from './pool-file.js';
export type { PoolFileEncoding } from './pool-file-decode.js';

// Drawing directly, from a stream, or in shards merged afterwards.
export { type DrawTargetsInput, drawTargets, safeDrawTargets } from './draw-targets.js';
export { type DrawStreamInput, drawTargetsFromStream } from './draw-stream.js';
export type { PoolBatch } from './pool-batch.js';
export { type DrawShardInput, drawShard, type ShardResult, type ShardStratum } from './draw-shard.js';
export { type MergeShardsInput, mergeShards } from './merge-shards.js';

// After the draw: more targets (补抽) and a recorded replacement (递补).
export { extendDraw } from './extend-draw.js';
export { replaceInDraw } from './replace-in-draw.js';

// Sample sizes: a count or a ratio, and how a ratio rounds.
export { resolveSize } from './resolve-size.js';
export { RATIO_ROUNDING } from './sample-size.js';

// The data in and out.
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
