import { canonicalJson } from '../../core/index.js';
import { targetJson } from './target-json.js';
import { prototypeListsKeys } from './target-shape.js';

/** Checks that `value` is plain JSON data, adding every object key to `keys`. */
function collectKeys(value: unknown, keys: Set<string>, depth: number): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value);
    case 'object': {
      if (value === null) return true;
      if (depth > 64) return false;
      if (Array.isArray(value)) {
        for (const item of value) if (item === undefined || !collectKeys(item, keys, depth + 1)) return false;
        return true;
      }
      const proto: unknown = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) return false;
      for (const key of Object.keys(value)) {
        // JSON.stringify reads listed keys with [[Get]], so a listed "__proto__" would print the inherited
        // prototype of every object that lacks it as an own key: leave such entries to canonicalJson.
        if (key === '__proto__') return false;
        const v = (value as Record<string, unknown>)[key];
        if (v === undefined) continue;
        keys.add(key);
        if (!collectKeys(v, keys, depth + 1)) return false;
      }
      return true;
    }
    default:
      return false;
  }
}

/**
 * A writer of RFC 8785 canonical JSON for many entries of one directory: the same text as core's
 * `canonicalJson`, but written by the engine's `JSON.stringify` with the sorted list of keys seen so far as its
 * property list (which orders every object's keys that way), after a check that the entry is plain JSON data. A
 * directory digest serialises a million entries, so this matters; an entry shaped exactly like a target is
 * written field by field, faster still. Anything that is not plain JSON data (or nested deeper than 64 levels)
 * goes to `canonicalJson`, which throws with the path; so does every entry while `Object.prototype` has an
 * enumerable property (see {@link prototypeListsKeys}).
 *
 * @returns a function from an entry to its canonical JSON
 * @throws {SsjError} `CANONICAL_JSON_UNSUPPORTED` (from the returned function) for a value JSON cannot carry
 * @example
 * ```ts
 * createCanonicalWriter()({ b: 1, a: ['x'] }); // '{"a":["x"],"b":1}'
 * ```
 */
export function createCanonicalWriter(): (entry: unknown) => string {
  if (prototypeListsKeys()) return (entry) => canonicalJson(entry);
  const seen = new Set<string>();
  let sorted: string[] = [];
  return (entry) => {
    const target = targetJson(entry);
    if (target !== undefined) return target;
    const keys = new Set<string>();
    if (typeof entry !== 'object' || entry === null || !collectKeys(entry, keys, 0))
      return canonicalJson(entry);
    let grew = false;
    for (const k of keys) {
      if (!seen.has(k)) {
        seen.add(k);
        grew = true;
      }
    }
    if (grew) sorted = [...seen].sort();
    return JSON.stringify(entry, sorted);
  };
}
