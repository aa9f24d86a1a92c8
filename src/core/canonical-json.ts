import { SsjError } from './errors.js';
import { sha256Hex } from './sha256.js';

/** Plain JSON data: what can be hashed canonically and stored in a record. */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue };

/**
 * The canonical JSON text of a value, per RFC 8785 (JSON Canonicalization Scheme, JCS): object keys sorted by
 * their UTF-16 code units, no white space, numbers in the ECMAScript shortest form, strings escaped as
 * `JSON.stringify` does. Two values that are equal as JSON give the same text whatever their key order, so
 * every hashed record in the library goes through this function.
 *
 * Object properties whose value is `undefined` are left out (as in JSON). Everything JSON cannot represent
 * exactly is rejected rather than changed silently.
 *
 * @param value - plain data: objects, arrays, strings, finite numbers, booleans, null
 * @returns the canonical text
 * @throws {SsjError} `CANONICAL_JSON_UNSUPPORTED` for a non-finite number, bigint, function, symbol,
 *   `undefined` inside an array, a class instance other than a plain object or array, or a cycle
 * @example
 * ```ts
 * canonicalJson({ b: 1, a: [true, null, 'x'] }); // '{"a":[true,null,"x"],"b":1}'
 * ```
 */
export function canonicalJson(value: unknown): string {
  return write(value, [], new Set());
}

/**
 * The SHA-256 (hex) of the canonical JSON of `value`, as UTF-8: the digest of a record.
 *
 * @example
 * ```ts
 * canonicalDigest({ a: 1, b: 2 }) === canonicalDigest({ b: 2, a: 1 }); // true
 * ```
 */
export function canonicalDigest(value: unknown): string {
  return sha256Hex(canonicalJson(value));
}

function fail(path: readonly (string | number)[], what: string): never {
  const where = path.length === 0 ? 'the root' : path.join('.');
  const message = `Cannot serialise ${what} at ${where} as canonical JSON`;
  throw new SsjError('CANONICAL_JSON_UNSUPPORTED', message, {
    issues: [{ path, message, expected: 'JSON data (object, array, string, finite number, boolean, null)' }],
  });
}

function write(value: unknown, path: (string | number)[], seen: Set<object>): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) return fail(path, String(value));
      return JSON.stringify(value);
    case 'object': {
      if (value === null) return 'null';
      if (seen.has(value)) return fail(path, 'a cycle');
      const proto: unknown = Object.getPrototypeOf(value);
      seen.add(value);
      let out: string;
      if (Array.isArray(value)) {
        out = `[${value
          .map((item: unknown, i) =>
            item === undefined ? fail([...path, i], 'undefined') : write(item, [...path, i], seen),
          )
          .join(',')}]`;
      } else if (proto === Object.prototype || proto === null) {
        const record = value as Record<string, unknown>;
        const keys = Object.keys(record)
          .filter((k) => record[k] !== undefined)
          .sort();
        out = `{${keys.map((k) => `${JSON.stringify(k)}:${write(record[k], [...path, k], seen)}`).join(',')}}`;
      } else {
        return fail(path, `an instance of ${(value as object).constructor?.name ?? 'a class'}`);
      }
      seen.delete(value);
      return out;
    }
    default:
      return fail(path, typeof value);
  }
}
