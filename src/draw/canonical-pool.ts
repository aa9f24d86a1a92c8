import { SsjError, type SsjIssue } from '../core/index.js';
import { asciiRows, byteOrder, formatPath, type IdRows, MAX_ROW_TAG, rowOrder } from '../core/internal.js';
import { compareIdBytes, compareUtf16, hasSurrogate } from './id-order.js';

/** The NFC form of a string, skipping the work for ASCII. */
export function nfc(text: string): string {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) return text.normalize('NFC');
  return text;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) return false;
  return true;
}

/** A validated pool in NFC with its id byte order (internal). */
export interface GroupedPool {
  /** Stratum names in byte order. */
  readonly strata: readonly string[];
  /** Entries per stratum, aligned with `strata`. */
  readonly counts: readonly number[];
  /** NFC ids, in input order. */
  readonly ids: readonly string[];
  /** Stratum index of each id. */
  readonly stratumOf: Int32Array;
  /** Input indexes in id byte order. */
  readonly order: Uint32Array;
  /** The ids as byte rows, when they were built: for every pool of ASCII ids, and for the radix sort. */
  readonly rows?: IdRows;
  readonly count: number;
}

/** Stratum values remembered as given, so that each entry's is found by a few comparisons. */
const SEEN = 8;

const LONE_SURROGATE = /\p{Cs}/u;

/** Whether an NFC id is well-formed Unicode (no lone surrogate, which UTF-8 cannot encode). */
export function isWellFormedId(id: string): boolean {
  return !hasSurrogate(id) || !LONE_SURROGATE.test(id.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, ''));
}

/**
 * Validates a pool, normalises ids and strata to NFC, and orders it by id bytes. Duplicate ids (after NFC) are
 * found by {@link forEachInOrder}.
 *
 * @throws {SsjError} `DRAW_INVALID_REQUEST` when an entry is not `{ id: non-empty string, stratum?: string }` or
 *   an id is not well-formed Unicode (a lone surrogate)
 */
export function groupPool(pool: unknown, path: readonly (string | number)[] = ['pool']): GroupedPool {
  if (!Array.isArray(pool)) {
    const message = 'the pool must be an array of { id, stratum? }';
    throw new SsjError('DRAW_INVALID_REQUEST', message, { issues: [{ path, message, expected: 'array' }] });
  }
  const issues: SsjIssue[] = [];
  const n = pool.length;
  const ids = new Array<string>(n);
  const stratumOf = new Int32Array(n);
  const index = new Map<string, number>();
  const names: string[] = [];
  // the stratum values met first, as given, with their index: a pool's few strata are found without hashing
  const seen: unknown[] = [];
  const seenIndex: number[] = [];
  let lastName: unknown = Symbol('none');
  let lastIndex = -1;
  let maxLength = 0;
  for (let i = 0; i < n; i++) {
    const e: unknown = pool[i];
    const id = typeof e === 'object' && e !== null ? (e as { id?: unknown }).id : undefined;
    const st = typeof e === 'object' && e !== null ? (e as { stratum?: unknown }).stratum : undefined;
    if (typeof id !== 'string' || id.length === 0 || (st !== undefined && typeof st !== 'string')) {
      if (issues.length < 100)
        issues.push({
          path: [...path, i],
          message: 'not a pool entry',
          expected: '{ id: non-empty string, stratum?: string }',
        });
      continue;
    }
    ids[i] = id;
    if (id.length > maxLength) maxLength = id.length;
    if (st !== lastName) {
      let k = -1;
      for (let j = 0; j < seen.length; j++)
        if (seen[j] === st) {
          k = seenIndex[j] as number;
          break;
        }
      if (k < 0) {
        const ns = st === undefined ? '' : nfc(st);
        k = index.get(ns) ?? -1;
        if (k < 0) {
          k = names.length;
          index.set(ns, k);
          names.push(ns);
        }
        if (seen.length < SEEN) {
          seen.push(st);
          seenIndex.push(k);
        }
      }
      lastName = st;
      lastIndex = k;
    }
    stratumOf[i] = lastIndex;
  }
  const sortedNames = [...names].sort(compareIdBytes);
  const remap = new Int32Array(names.map((name) => sortedNames.indexOf(name)));
  const counts = sortedNames.map(() => 0);
  if (issues.length === 0)
    for (let i = 0; i < n; i++) {
      const k = remap[stratumOf[i] as number] as number;
      stratumOf[i] = k;
      counts[k] = (counts[k] as number) + 1;
    }
  // in scratch memory: the pass over the pool (`runPool`) hands it back; each row carries its stratum
  const tags = names.length <= MAX_ROW_TAG + 1 ? stratumOf : undefined;
  const rows = issues.length === 0 ? asciiRows(ids, maxLength, true, tags) : undefined;
  const surrogates = rows === undefined && normalizeIds(ids, path, issues);
  if (issues.length > 0) {
    const at = (issue: SsjIssue) => issue.path[path.length] as number;
    const first = issues.sort((x, y) => at(x) - at(y)).slice(0, 100);
    // at most 100 of each kind were kept, so these are the first hundred of all
    throw new SsjError(
      'DRAW_INVALID_REQUEST',
      `Invalid pool: ${first.length} bad entries, first at ${formatPath(first[0]?.path ?? [])}`,
      { issues: first },
    );
  }
  const sorted =
    rows === undefined
      ? byteOrder(ids, surrogates ? compareIdBytes : compareUtf16)
      : { order: rowOrder(ids, rows), rows };
  return {
    strata: sortedNames,
    counts,
    ids,
    stratumOf,
    order: sorted.order,
    count: n,
    ...(sorted.rows === undefined ? {} : { rows: sorted.rows }),
  };
}

/**
 * Puts every id (`ids` holds only the well-shaped entries) into NFC in place, adding an issue for each that holds
 * a lone surrogate. Returns whether any id holds a surrogate pair (which changes how ids compare).
 */
function normalizeIds(ids: string[], path: readonly (string | number)[], issues: SsjIssue[]): boolean {
  let surrogates = false;
  let added = 0;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    if (id === undefined || isAscii(id)) continue;
    const nid = id.normalize('NFC');
    ids[i] = nid;
    if (!hasSurrogate(nid)) continue;
    surrogates = true;
    if (!isWellFormedId(nid) && added++ < 100)
      issues.push({
        path: [...path, i, 'id'],
        message: 'a lone surrogate is not a character',
        expected: 'well-formed Unicode',
      });
  }
  return surrogates;
}

/**
 * Calls `visit(id, stratumIndex)` for every entry in id byte order.
 *
 * @throws {SsjError} `DRAW_DUPLICATE_IDS` listing every id that occurs more than once
 */
export function forEachInOrder(pool: GroupedPool, visit: (id: string, stratum: number) => void): void {
  const { ids, order, stratumOf } = pool;
  const duplicates: string[] = [];
  let previous: string | undefined;
  for (let i = 0; i < order.length; i++) {
    const k = order[i] as number;
    const id = ids[k] as string;
    if (id === previous) {
      if (duplicates[duplicates.length - 1] !== id) duplicates.push(id);
      continue;
    }
    previous = id;
    visit(id, stratumOf[k] as number);
  }
  if (duplicates.length > 0) throw duplicateIds(duplicates);
}

/** The error for duplicate ids, naming each. */
export function duplicateIds(ids: readonly string[]): SsjError {
  const shown = ids.slice(0, 10).join(', ');
  return new SsjError('DRAW_DUPLICATE_IDS', `The pool lists ${ids.length} id(s) more than once: ${shown}`, {
    issues: ids.map((id) => ({
      path: ['pool'],
      message: `duplicate id ${JSON.stringify(id)}`,
      expected: 'unique ids',
    })),
  });
}
