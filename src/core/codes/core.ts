/** Error codes of the `core` module: input validation, dates, USCC, canonical JSON. */
export const CORE_ERROR_CODES = {
  INVALID_INPUT:
    'The input does not match the expected shape; `issues` lists each path and what was expected.',
  INVALID_DATE: 'Not a real calendar date in the form YYYY-MM-DD.',
  INVALID_INSTANT: 'Not an ISO-8601 instant with a time zone offset (e.g. 2025-01-20T09:30:00+08:00).',
  INVALID_USCC: 'Not a valid 统一社会信用代码 (GB 32100-2015); the message says which rule failed.',
  CANONICAL_JSON_UNSUPPORTED:
    'A value cannot be serialised canonically (non-finite number, bigint, function, symbol, undefined in an array, or a cycle).',
} as const;
