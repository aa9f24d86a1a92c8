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

/** One edit of a sorted list: at index `at` of the old list, a new entry inserted before it, or it replaced. */
export interface Edit<E> {
  readonly at: number;
  readonly insert: boolean;
  readonly entry: E;
}

/**
 * The next sorted list: `before` with the changed entries replaced and the new ones inserted in id order, and
 * the edits that made it, in order. The unchanged runs are copied by the engine (`slice`), not entry by entry.
 */
export function mergeOverlay<E extends { readonly id: string }>(
  before: readonly E[],
  changed: ReadonlyMap<string, E>,
): { entries: E[]; edits: Edit<E>[] } {
  const ids = [...changed.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const edits: Edit<E>[] = ids.map((id) => {
    const entry = changed.get(id) as E;
    const at = indexOfId(before, id);
    return at >= 0 ? { at, insert: false, entry } : { at: insertionPoint(before, id), insert: true, entry };
  });
  if (edits.every((e) => !e.insert)) {
    // Only replacements: one copy of the list (a million entries is 8 MB the collector must not see twice).
    const entries = before.slice();
    for (const edit of edits) entries[edit.at] = edit.entry;
    return { entries, edits };
  }
  const pieces: E[][] = [];
  let from = 0;
  for (const edit of edits) {
    pieces.push(before.slice(from, edit.at), [edit.entry]);
    from = edit.insert ? edit.at : edit.at + 1;
  }
  pieces.push(before.slice(from));
  return { entries: pieces.length === 1 ? (pieces[0] as E[]) : ([] as E[]).concat(...pieces), edits };
}

/** The index before which `id` (not in `entries`) belongs. */
function insertionPoint(entries: readonly { readonly id: string }[], id: string): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((entries[mid] as { readonly id: string }).id < id) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
