/**
 * The exact shape of a `Target` as the digest writers take it (internal): the keys in code-unit order and the
 * checks that an entry has those keys and is a plain object. Both writers for the target shape (canonical JSON
 * and the `ssj-directory/3` and `/4` encodings) read them, and hand anything else to the general way.
 */

/** Target keys in code-unit order; `scale` may be absent. */
export const TARGET_KEYS = [
  'abnormal',
  'active',
  'creditAsOf',
  'creditClass',
  'history',
  'id',
  'industry',
  'kind',
  'name',
  'region',
  'scale',
  'status',
  'tags',
] as const;
/** History-entry keys in code-unit order. */
export const HISTORY_KEYS = ['date', 'department', 'items', 'result', 'taskId'] as const;
export const TARGET_SET: ReadonlySet<string> = new Set(TARGET_KEYS);
export const HISTORY_SET: ReadonlySet<string> = new Set(HISTORY_KEYS);
/**
 * The keys `ssj-directory/4` writes as one byte, their index in this list: today's target keys, then the history
 * entry's. Part of the published format, so written out and not derived from the lists above: a key the target
 * gains later is written as text, never added here within the version.
 */
export const KEY_TABLE: readonly string[] = [
  'abnormal',
  'active',
  'creditAsOf',
  'creditClass',
  'history',
  'id',
  'industry',
  'kind',
  'name',
  'region',
  'scale',
  'status',
  'tags',
  'date',
  'department',
  'items',
  'result',
  'taskId',
];

/** Whether `value` is an object whose prototype is `Object.prototype` or `null`. */
export function isPlain(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Whether the enumerable keys of `value` are all in `known` and there are `count` of them (`for … in`, which
 * allocates nothing; an inherited enumerable key makes the entry go the general way, which is always safe).
 */
export function hasKeys(value: object, known: ReadonlySet<string>, count: number): boolean {
  let n = 0;
  for (const k in value) {
    if (!known.has(k)) return false;
    n++;
  }
  return n === count;
}
