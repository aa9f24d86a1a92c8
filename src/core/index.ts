/**
 * The shared building blocks: the library's error class and codes, dates and instants, the 统一社会信用代码,
 * SHA-256, canonical JSON and id generation.
 *
 * The public promise of `shuangsuiji/core` (and of the root), pinned by `test/surface/exported-names.test.ts`. The
 * helpers the other modules share (schema parsing, byte and day-number helpers, the SHA-256 compression steps) are
 * in `./internal.ts`, which is not an entry point.
 *
 * @module core
 */

// biome-ignore-all assist/source/organizeImports: the exports are grouped by concept, in reading order

// Errors (错误): the one error class, its stable codes, and the shape of each issue.
export { ERROR_CODES, type SsjErrorCode } from './codes/index.js';
export { type IssuePath, isSsjError, SsjError, type SsjErrorOptions, type SsjIssue } from './errors.js';
export type { SafeResult } from './validate.js';

// Civil dates (日期, `YYYY-MM-DD` in China) and instants (时刻, ISO-8601 with offset); the clock is a parameter.
export {
  type Clock,
  fixedClock,
  type IsoInstant,
  instantSchema,
  isInstant,
  parseInstant,
  systemClock,
  toChinaDate,
  toChinaInstant,
} from './instant.js';
export {
  addDays,
  addMonths,
  compareDates,
  daysBetween,
  daysInMonth,
  endOfMonth,
  type IsoDate,
  type IsoWeekday,
  isIsoDate,
  isLeapYear,
  isoDateSchema,
  isoWeekday,
  makeDate,
  parseIsoDate,
  yearOf,
} from './iso-date.js';

// The 统一社会信用代码 (GB 32100-2015).
export {
  isValidUscc,
  parseUscc,
  safeParseUscc,
  type Uscc,
  type UsccParts,
  usccCheckCharacter,
} from './uscc.js';
export { USCC_AUTHORITIES, type UsccAuthority } from './uscc-tables.js';

// Hashing and canonical JSON, as a verifier re-computes digests; batch hashing starts from a prefix's midstate.
export { fromHex, toHex, utf8 } from './bytes.js';
export { canonicalDigest, canonicalJson, type JsonValue } from './canonical-json.js';
export {
  createSha256,
  type HashInput,
  type Sha256,
  type Sha256Midstate,
  sha256,
  sha256Hex,
  sha256Midstate,
} from './sha256.js';
export {
  createSha256Batch,
  type Sha256Batch,
  type Sha256BatchOptions,
  type Sha256CoreKind,
  sha256Cores,
} from './sha256-batch.js';

// Public randomness: the drand networks a draw may name, and the verifier a host plugs in for their beacons.
export {
  type BeaconQuestion,
  type BeaconVerdict,
  type BeaconVerifier,
  DRAND_NETWORKS,
  type DrandNetwork,
  type DrandScheme,
  drandRoundTime,
} from './drand.js';

// Shared vocabulary and generated parameters: inspector roles, ids, the brand helper.
export type { Brand } from './brand.js';
export type { TargetedInspectionTrigger } from './targeted-trigger.js';
export { type IdGenerator, randomIds, sequentialIds } from './ids.js';
export { INSPECTOR_ROLES, type InspectorRole } from './inspector-roles.js';
