import { SsjError } from './errors.js';

/**
 * Makes ids for new records (audit events, tasks, publications). Passed in wherever a record is created, so a
 * test or a replay can use {@link sequentialIds} and get the same ids every time.
 */
export type IdGenerator = (kind: string) => string;

/** Digits and lower-case letters without `l` and `o`, which read as `1` and `0`. */
const ALPHABET = '0123456789abcdefghijkmnpqrstuvwxyz';
/** Random bytes at or above this are drawn again, so every character is equally likely (238 = 7 × 34). */
const UNBIASED_LIMIT = 256 - (256 % ALPHABET.length);

/**
 * The default id generator: `<kind>_<16 random characters>` from an unambiguous alphabet of 34 (about 81 bits),
 * drawn from `crypto.getRandomValues` (global in browsers and in Node ≥ 20).
 *
 * @param size - random characters per id, a whole number from 1 to 256 (default 16)
 * @returns a generator of fresh random ids
 * @throws {SsjError} `INVALID_INPUT` when `size` is not a whole number from 1 to 256
 * @example
 * ```ts
 * const newId = randomIds();
 * newId('task'); // e.g. 'task_3k9xq0f7w2m8p1za'
 * ```
 */
export function randomIds(size = 16): IdGenerator {
  if (!Number.isInteger(size) || size < 1 || size > 256) {
    const message = `Expected a whole number of characters from 1 to 256, received ${String(size)}`;
    throw new SsjError('INVALID_INPUT', message, {
      issues: [{ path: ['size'], message, expected: '1–256' }],
    });
  }
  return (kind) => `${kind}_${randomText(size)}`;
}

/** `size` characters of {@link ALPHABET}, each uniform: bytes of 238 or more are rejected and drawn again. */
function randomText(size: number): string {
  let text = '';
  const bytes = new Uint8Array(size * 2);
  while (text.length < size) {
    crypto.getRandomValues(bytes);
    for (let i = 0; i < bytes.length && text.length < size; i++) {
      const byte = bytes[i] as number;
      if (byte < UNBIASED_LIMIT) text += ALPHABET[byte % ALPHABET.length];
    }
  }
  return text;
}

/**
 * A deterministic id generator: `<kind>_<n>` with one counter per kind, starting at 1. For tests, examples and
 * replays.
 *
 * @example
 * ```ts
 * const newId = sequentialIds();
 * newId('task'); // 'task_1'
 * newId('task'); // 'task_2'
 * ```
 */
export function sequentialIds(): IdGenerator {
  const counters = new Map<string, number>();
  return (kind) => {
    const n = (counters.get(kind) ?? 0) + 1;
    counters.set(kind, n);
    return `${kind}_${n}`;
  };
}
