import { en } from 'zod/locales';
import * as z from 'zod/mini';
import type { SsjErrorCode } from './codes/index.js';
import { formatPath, SsjError, type SsjIssue } from './errors.js';

/**
 * The non-throwing form of a parse (as zod's `safeParse`): the data, or the error that `parse…` would throw.
 */
export type SafeResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly error: SsjError };

/** Turns zod issues into library issues (path, message, expected). */
export function toIssues(error: z.core.$ZodError): SsjIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const expected = 'expected' in issue && typeof issue.expected === 'string' ? issue.expected : undefined;
    return expected === undefined
      ? { path, message: issue.message }
      : { path, message: issue.message, expected };
  });
}

let englishMessages: z.core.$ZodErrorMap | undefined;

/**
 * The messages zod's English locale writes (`Too small: expected string to have >=1 characters`), passed to each
 * parse rather than set globally: `zod/mini` loads no locale, and a host's own zod configuration stays its own.
 */
function english(): z.core.$ZodErrorMap {
  englishMessages ??= en().localeError;
  return englishMessages;
}

/**
 * Builds the one-line summary of a list of issues: `what: path: message; path: message`.
 */
export function summarizeIssues(what: string, issues: readonly SsjIssue[]): string {
  const shown = issues.slice(0, 5).map((i) => `${formatPath(i.path)}: ${i.message}`);
  const more = issues.length > 5 ? `; and ${issues.length - 5} more` : '';
  return `Invalid ${what}: ${shown.join('; ')}${more}`;
}

/**
 * Validates `input` against a zod schema and returns the parsed value, or throws {@link SsjError} with `code`
 * and every issue. The one place where zod errors become library errors.
 *
 * @param schema - the zod schema
 * @param input - untrusted input
 * @param what - what the input is, for the message (e.g. `draw request`)
 * @param code - the error code to throw (default `INVALID_INPUT`)
 * @throws {SsjError} `code` when the input does not match
 */
export function parseWith<S extends z.core.$ZodType>(
  schema: S,
  input: unknown,
  what: string,
  code: SsjErrorCode = 'INVALID_INPUT',
): z.output<S> {
  const result = safeParseWith(schema, input, what, code);
  if (!result.success) throw result.error;
  return result.data;
}

/**
 * The non-throwing form of {@link parseWith}.
 */
export function safeParseWith<S extends z.core.$ZodType>(
  schema: S,
  input: unknown,
  what: string,
  code: SsjErrorCode = 'INVALID_INPUT',
): SafeResult<z.output<S>> {
  const result = z.safeParse(schema, input, { error: english() });
  if (result.success) return { success: true, data: result.data };
  const issues = toIssues(result.error);
  return { success: false, error: new SsjError(code, summarizeIssues(what, issues), { issues }) };
}

/**
 * Runs a throwing parse and returns its {@link SafeResult}: the `safe…` twin of any `parse…` function.
 * Errors other than {@link SsjError} are not caught (they are bugs, not bad input).
 */
export function safely<T>(parse: () => T): SafeResult<T> {
  try {
    return { success: true, data: parse() };
  } catch (error) {
    if (error instanceof SsjError) return { success: false, error };
    throw error;
  }
}

/**
 * Whether a value is plain data: an object literal, a parsed JSON object or an object without prototype. A
 * `Date`, `Map` or class instance is not (its fields are not data a schema can read, so `{}`-shaped checks would
 * take it for an empty object).
 *
 * @param value - untrusted input
 * @returns `true` for a plain object
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Refuses, in constant work, anything but a plain object (not `null`, an array, a `Date`, a `Map`…): the first check of an export that reads
 * fields or spreads its input, so a string is never walked as an object and `0` never digests as `{}`.
 *
 * @param value - untrusted input
 * @param what - what the input is, for the message (e.g. `audit event`)
 * @param code - the error code to throw (default `INVALID_INPUT`)
 * @param path - where the value is, for the issue
 * @throws {SsjError} `code` when `value` is not an object
 */
export function expectRecord(
  value: unknown,
  what: string,
  code: SsjErrorCode = 'INVALID_INPUT',
  path: readonly (string | number)[] = [],
): asserts value is Record<string, unknown> {
  if (isPlainObject(value)) return;
  const shown = describeValue(value);
  const message = `Expected the ${what} to be an object, received ${shown}`;
  throw new SsjError(code, message, { issues: [{ path: [...path], message, expected: 'object' }] });
}

/** How a value that is not plain data reads in a message: `null`, `an array`, `a Date`, `string`… */
function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value !== 'object') return typeof value;
  const name = (Object.getPrototypeOf(value) as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof name === 'string' && name !== '' ? `a ${name}` : 'an object with a prototype';
}

/**
 * Refuses, in constant work, anything but a string: the first check of an export that reads text.
 *
 * @param value - untrusted input
 * @param what - what the input is, for the message (e.g. `label`)
 * @param code - the error code to throw (default `INVALID_INPUT`)
 * @param path - where the value is, for the issue
 * @throws {SsjError} `code` when `value` is not a string
 */
export function expectString(
  value: unknown,
  what: string,
  code: SsjErrorCode = 'INVALID_INPUT',
  path: readonly (string | number)[] = [],
): asserts value is string {
  if (typeof value === 'string') return;
  const message = `Expected the ${what} to be a string, received ${value === null ? 'null' : typeof value}`;
  throw new SsjError(code, message, { issues: [{ path: [...path], message, expected: 'string' }] });
}

/**
 * Refuses what is not an array, or an array with holes (a sparse array would have entries silently skipped).
 *
 * @param value - untrusted input
 * @param what - what the input is, for the message (e.g. `audit log`)
 * @param code - the error code to throw (default `INVALID_INPUT`)
 * @throws {SsjError} `code` when `value` is not a dense array
 */
export function expectDenseArray(
  value: unknown,
  what: string,
  code: SsjErrorCode = 'INVALID_INPUT',
): asserts value is readonly unknown[] {
  if (Array.isArray(value)) {
    let hole = -1;
    for (let i = 0; i < value.length && hole < 0; i++) if (!(i in value)) hole = i;
    if (hole < 0) return;
    const message = `Expected the ${what} to be an array without holes; entry ${hole} is missing`;
    throw new SsjError(code, message, { issues: [{ path: [hole], message, expected: 'an entry' }] });
  }
  const message = `Expected the ${what} to be an array, received ${value === null ? 'null' : typeof value}`;
  throw new SsjError(code, message, { issues: [{ path: [], message, expected: 'array' }] });
}

/**
 * Refuses an options argument that is not an object, or that names a key the function does not know: a
 * misspelt or misplaced option (`verifyAuditLog(log, head)`) must not be silently ignored.
 *
 * @param value - the options given (`undefined` is allowed: the defaults)
 * @param known - the keys the function reads
 * @param what - the function, for the message
 * @param code - the error code to throw (default `INVALID_INPUT`)
 * @throws {SsjError} `code` naming the unknown keys
 */
export function expectOptions(
  value: unknown,
  known: readonly string[],
  what: string,
  code: SsjErrorCode = 'INVALID_INPUT',
): void {
  if (value === undefined) return;
  if (!isPlainObject(value)) {
    const message = `Expected the options of ${what} to be an object, received ${describeValue(value)}`;
    throw new SsjError(code, message, {
      issues: [{ path: ['options'], message, expected: 'object' }],
    });
  }
  const unknown = Object.keys(value).filter((k) => !known.includes(k));
  if (unknown.length === 0) return;
  const message = `Unknown option${unknown.length > 1 ? 's' : ''} of ${what}: ${unknown.slice(0, 5).join(', ')}; known: ${known.join(', ')}`;
  throw new SsjError(code, message, {
    issues: unknown.slice(0, 5).map((k) => ({ path: ['options', k], message, expected: known.join(' | ') })),
  });
}
