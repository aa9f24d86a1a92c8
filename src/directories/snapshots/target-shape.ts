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
/** A set of keys, and the keys in the order the last object checked against it listed them. */
export interface KnownKeys {
  readonly set: ReadonlySet<string>;
  readonly last: string[];
}
const knownKeys = (keys: readonly string[]): KnownKeys => ({ set: new Set(keys), last: [] });
export const TARGET_SET: KnownKeys = knownKeys(TARGET_KEYS);
export const HISTORY_SET: KnownKeys = knownKeys(HISTORY_KEYS);
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
 * allocates nothing; an inherited enumerable key makes the entry go the general way, which is always safe). A key
 * where the last object checked had the same key is known to be in the set without looking it up: objects
 * built alike list their keys alike.
 */
export function hasKeys(value: object, known: KnownKeys, count: number): boolean {
  const last = known.last;
  let n = 0;
  for (const k in value) {
    if (k !== last[n]) {
      if (!known.set.has(k)) return false;
      last[n] = k;
    }
    n++;
  }
  return n === count;
}

/**
 * Whether `Object.prototype` has an enumerable property (a polluted prototype). The target writers check an
 * entry's keys with `for … in`, which would list such a property as the entry's own key, and `JSON.stringify`
 * with a list of keys reads the listed keys through the prototype; the general encoders list own keys only.
 * While it has one, entries go the general way.
 */
export function prototypeListsKeys(): boolean {
  for (const _ in Object.prototype) return true;
  return false;
}
