/**
 * What the other modules of the library share from `core` without promising it to hosts: schema parsing into
 * `SsjError`s, byte and day-number helpers, the radix sort of ids as byte rows, reused scratch memory, the SHA-256
 * compression steps and the 统一社会信用代码 tables. Not an entry point: nothing here is exported from the root or
 * a subpath, so it may change in any release.
 *
 * @internal
 * @module
 */
export { compareBytes, concatBytes, isWellFormedText, uint32be } from './bytes.js';
export { formatPath } from './errors.js';
export { fromDayNumber, toDayNumber } from './iso-date.js';
export {
  asciiRows,
  byteOrder,
  countsToStarts,
  type IdRows,
  MAX_ROW_TAG,
  releaseRows,
  rowOrder,
} from './radix-order.js';
export { borrowBuffer, returnBuffer } from './scratch.js';
export { digestAfterMidstate } from './sha256.js';
export { sha256CompressBlock, sha256Schedule } from './sha256-compress.js';
export { sha256Segments } from './sha256-segments.js';
export { sha256TextInto } from './sha256-text.js';
export { instantiateSha256, WASM_HEAP, type WasmSha256 } from './sha256-wasm.js';
export { USCC_CHARSET, USCC_WEIGHTS } from './uscc-tables.js';
export {
  expectDenseArray,
  expectOptions,
  expectRecord,
  expectString,
  isPlainObject,
  parseWith,
  safely,
  safeParseWith,
  summarizeIssues,
  toIssues,
} from './validate.js';
