import { customAlphabet } from 'nanoid';

/**
 * Makes ids for new records (audit events, tasks, publications). Passed in wherever a record is created, so a
 * test or a replay can use {@link sequentialIds} and get the same ids every time.
 */
export type IdGenerator = (kind: string) => string;

const ALPHABET = '0123456789abcdefghijkmnpqrstuvwxyz';

/**
 * The default id generator: `<kind>_<16 random characters>` (nanoid with an unambiguous alphabet, about 82 bits).
 *
 * @example
 * ```ts
 * const newId = randomIds();
 * newId('task'); // e.g. 'task_3k9xq0f7w2m8p1za'
 * ```
 */
export function randomIds(size = 16): IdGenerator {
  const nano = customAlphabet(ALPHABET, size);
  return (kind) => `${kind}_${nano()}`;
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
