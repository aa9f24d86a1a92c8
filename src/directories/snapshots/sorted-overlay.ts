/**
 * A working copy of a sorted entry list that changes only what is set (internal to `applyChanges`): reads look
 * in the changes, then binary-search the list, so a hundred changes to a million entries cost a hundred
 * look-ups, not a map of a million.
 */
export interface SortedOverlay<E extends { readonly id: string }> {
  get(id: string): E | undefined;
  has(id: string): boolean;
  set(id: string, entry: E): void;
}

/** The index of `id` in `entries` (sorted by code units), or -1. */
export function indexOfId(entries: readonly { readonly id: string }[], id: string): number {
  let lo = 0;
  let hi = entries.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = (entries[mid] as { readonly id: string }).id;
    if (at === id) return mid;
    if (at < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** An overlay on `before` and the changes set on it. */
export function sortedOverlay<E extends { readonly id: string }>(
  before: readonly E[],
): SortedOverlay<E> & { readonly changed: Map<string, E> } {
  const changed = new Map<string, E>();
  return {
    changed,
    get: (id) => changed.get(id) ?? before[indexOfId(before, id)],
    has: (id) => changed.has(id) || indexOfId(before, id) >= 0,
    set: (id, entry) => {
      changed.set(id, entry);
    },
  };
}

/**
 * The next sorted list: `before` with the changed entries replaced and the new ones inserted in id order, and
 * for each next entry its index in `before` when unchanged, `-1` otherwise.
 */
export function mergeOverlay<E extends { readonly id: string }>(
  before: readonly E[],
  changed: ReadonlyMap<string, E>,
): { entries: E[]; from: Int32Array } {
  const ids = [...changed.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const entries: E[] = [];
  const from = new Int32Array(before.length + ids.length);
  let k = 0;
  for (let i = 0; i < before.length; i++) {
    const e = before[i] as E;
    while (k < ids.length && (ids[k] as string) < e.id) {
      entries.push(changed.get(ids[k++] as string) as E);
      from[entries.length - 1] = -1;
    }
    if (k < ids.length && ids[k] === e.id) {
      entries.push(changed.get(ids[k++] as string) as E);
      from[entries.length - 1] = -1;
    } else {
      entries.push(e);
      from[entries.length - 1] = i;
    }
  }
  while (k < ids.length) {
    entries.push(changed.get(ids[k++] as string) as E);
    from[entries.length - 1] = -1;
  }
  return { entries, from: from.subarray(0, entries.length) };
}
