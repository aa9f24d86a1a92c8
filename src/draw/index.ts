/**
 * The verifiable seeded draw of inspection targets (双随机抽取检查对象).
 *
 * @module draw
 */
export { deriveSeed, hexDigestSchema, lengthPrefixed, SEED_TAG } from './seed.js';
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
