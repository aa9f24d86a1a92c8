/**
 * The shared building blocks: the library's error class and codes, dates and instants, the 统一社会信用代码,
 * SHA-256, canonical JSON and id generation.
 *
 * @module core
 */
export type { Brand } from './brand.js';
export { compareBytes, concatBytes, fromHex, toHex, uint32be, utf8 } from './bytes.js';
export { canonicalDigest, canonicalJson, type JsonValue } from './canonical-json.js';
export { ERROR_CODES, type SsjErrorCode } from './codes/index.js';
export {
  type BeaconQuestion,
  type BeaconVerdict,
  type BeaconVerifier,
  DRAND_NETWORKS,
  type DrandNetwork,
  type DrandScheme,
  drandRoundTime,
} from './drand.js';
export {
  formatPath,
  type IssuePath,
  isSsjError,
  SsjError,
  type SsjErrorOptions,
  type SsjIssue,
} from './errors.js';
export { type IdGenerator, randomIds, sequentialIds } from './ids.js';
export { INSPECTOR_ROLES, type InspectorRole } from './inspector-roles.js';
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
  fromDayNumber,
  type IsoDate,
  type IsoWeekday,
  isIsoDate,
  isLeapYear,
  isoDateSchema,
  isoWeekday,
  makeDate,
  parseIsoDate,
  toDayNumber,
  yearOf,
} from './iso-date.js';
export {
  createSha256,
  digestAfterMidstate,
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
export { sha256CompressBlock, sha256Schedule } from './sha256-compress.js';
export {
  isValidUscc,
  parseUscc,
  safeParseUscc,
  type Uscc,
  type UsccParts,
  usccCheckCharacter,
} from './uscc.js';
export { USCC_AUTHORITIES, USCC_CHARSET, USCC_WEIGHTS, type UsccAuthority } from './uscc-tables.js';
export { parseWith, type SafeResult, safely, safeParseWith, summarizeIssues, toIssues } from './validate.js';
