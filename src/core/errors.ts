import type { ERROR_CODES, SsjErrorCode } from './codes/index.js';

/** Where in the input a problem was found: property names and array indexes from the root, as zod reports them. */
export type IssuePath = readonly (string | number)[];

/**
 * One problem with an input: where it is, what was wrong, and what was expected.
 */
export interface SsjIssue {
  /** Path from the root of the input to the offending value (`[]` for the input itself). */
  readonly path: IssuePath;
  /** What was wrong, in plain words. */
  readonly message: string;
  /** What was expected there, when that can be said briefly. */
  readonly expected?: string;
}

/** Options for {@link SsjError}. */
export interface SsjErrorOptions {
  /** Each problem found; when omitted, one issue at the root with the message. */
  readonly issues?: readonly SsjIssue[];
  /** The error that caused this one, if any. */
  readonly cause?: unknown;
}

/**
 * The library's one error class (错误). Every function that rejects input throws an `SsjError` with a stable
 * {@link SsjErrorCode} and the list of {@link SsjIssue}s, never a raw `TypeError` or `ZodError`. What a code means
 * in general is `ERROR_CODES[error.code]` (kept out of the class, so a bundle carries the table only if it reads it).
 *
 * @example
 * ```ts
 * try {
 *   parseUscc('91150621MA0Q000000');
 * } catch (error) {
 *   if (error instanceof SsjError && error.code === 'INVALID_USCC') console.log(error.issues[0]?.message);
 * }
 * ```
 */
export class SsjError extends Error {
  override readonly name = 'SsjError';
  /** Stable, documented code: switch on this, not on the message. */
  readonly code: SsjErrorCode;
  /** Each problem found, with its path. */
  readonly issues: readonly SsjIssue[];

  /**
   * @param code - a stable code from {@link ERROR_CODES}
   * @param message - what was wrong, where, and what was expected
   * @param options - the issues and the cause
   */
  constructor(code: SsjErrorCode, message: string, options: SsjErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.issues = options.issues ?? [{ path: [], message }];
  }
}

/**
 * Whether `value` is an {@link SsjError}, optionally with the given code.
 *
 * @param value - anything caught
 * @param code - when given, the error must also have this code
 * @returns `true` for an `SsjError` (with that code)
 * @example
 * ```ts
 * if (isSsjError(error, 'INVALID_DATE')) retryWithAnotherDate();
 * ```
 */
export function isSsjError(value: unknown, code?: SsjErrorCode): value is SsjError {
  return value instanceof SsjError && (code === undefined || value.code === code);
}

/** Formats a path the way messages show it: `rows[3].uscc`. */
export function formatPath(path: IssuePath): string {
  let out = '';
  for (const part of path) {
    out += typeof part === 'number' ? `[${part}]` : out === '' ? part : `.${part}`;
  }
  return out === '' ? '(root)' : out;
}
