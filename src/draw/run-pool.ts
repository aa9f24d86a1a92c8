import { type IdRows, releaseRows } from '../core/internal.js';
import { duplicateIds, forEachInOrder, type GroupedPool } from './canonical-pool.js';
import {
  type DrawEngine,
  drawEngine,
  type EngineOutcome,
  engineOutcome,
  enginePoolDigest,
  feed,
  type StratumState,
  stateFor,
} from './engine.js';
import { pushKey, pushRowKey } from './key-batch.js';
import { writeRow } from './pool-digest.js';
import { resolveSize, sizeForStratum } from './sample-size.js';
import type { SampleSpec } from './types.js';

/** Pool counts per stratum of a grouped pool. */
export function groupCounts(pool: GroupedPool): Map<string, number> {
  const counts = new Map<string, number>();
  pool.strata.forEach((s, i) => {
    counts.set(s, pool.counts[i] as number);
  });
  return counts;
}

/** The base size of a stratum before extensions, from the sample and the stratum's pool count. */
export function baseSize(sample: SampleSpec, stratum: string, poolCount: number): number {
  return resolveSize(sizeForStratum(sample, stratum) ?? { count: 0 }, poolCount);
}

/** Told how many entries of the pool the pass has gone through, every {@link TICK_EVERY} entries (internal). */
export type PassTick = (done: number) => void;

/** How often a pass tells its progress: often enough for a bar to move, rarely enough to cost nothing. */
export const TICK_EVERY = 1 << 16;

/** The pools whose rows a pass has read and handed back as scratch memory, which another draw may reuse. */
const ran = new WeakSet<GroupedPool>();

/**
 * Runs the engine over a grouped pool (internal): one pass in id byte order. A pool's byte rows are scratch memory,
 * handed back when the first pass over them ends.
 *
 * @param tick - told the entries done every {@link TICK_EVERY} entries
 * @returns the pool digest and the per-stratum outcome
 * @throws {SsjError} `DRAW_DUPLICATE_IDS` when an id occurs twice
 */
export function runPool(
  pool: GroupedPool,
  seed: string,
  excluded: ReadonlySet<string>,
  capacityOf: (stratum: string) => number,
  tick?: PassTick,
): { poolDigest: string; outcome: EngineOutcome } {
  const engine = drawEngine(seed, excluded, capacityOf);
  const { rows } = pool;
  // the rows are read by the first pass alone: a pool run again is walked by its ids
  if (rows !== undefined && !ran.has(pool)) {
    ran.add(pool);
    try {
      return runRows(pool, rows, engine, tick);
    } finally {
      releaseRows(rows);
    }
  }
  const names = pool.strata;
  let done = 0;
  forEachInOrder(pool, (id, s) => {
    feed(engine, id, names[s] as string);
    if (tick !== undefined && ++done % TICK_EVERY === 0) tick(done);
  });
  return { poolDigest: enginePoolDigest(engine), outcome: engineOutcome(engine) };
}

/**
 * The same pass when the ids are already byte rows (an ASCII pool, or one radix-sorted): one walk in id byte
 * order writes each row once into the pool digest and once into the key batch (the heap's tie-break is each
 * entry's position in that order).
 */
function runRows(
  pool: GroupedPool,
  rows: IdRows,
  engine: DrawEngine,
  tick: PassTick | undefined,
): { poolDigest: string; outcome: EngineOutcome } {
  const { matrix, words, width, lens } = rows;
  const { order, ids, stratumOf } = pool;
  const step = width >> 2;
  // a tagged row's last word holds its length and stratum: no other memory is read for them
  const tagged = rows.tagged === true;
  const idStep = tagged ? step - 1 : step;
  const n = order.length;
  const states = pool.strata.map((name) => stateFor(engine, name));
  const excluded = engine.excluded;
  const keys = engine.keys;
  const duplicates: string[] = [];
  let prev = -1;
  for (let p = 0; p < n; p++) {
    const k = order[p] as number;
    const tag = tagged ? (words[k * step + idStep] as number) : 0;
    const len = tagged ? tag & 0xff : (lens[k] as number);
    const at = k * width;
    if (prev >= 0 && sameRow(words, prev * step, k * step, idStep)) {
      const id = ids[k] as string;
      if (duplicates[duplicates.length - 1] !== id) duplicates.push(id);
    }
    prev = k;
    const s = states[tagged ? tag >>> 8 : (stratumOf[k] as number)] as StratumState;
    writeRow(engine.digester, matrix, at, len, s.field);
    s.pool++;
    if (excluded.size > 0 && excluded.has(ids[k] as string)) s.excluded++;
    else if (s.heap.capacity > 0) {
      // a small sample keeps few keys, so its ids are read only for them; a large one keeps most it is offered
      if (s.heap.select === undefined) pushRowKey(keys, s.lane, matrix, at, len, p, ids, k, words);
      else pushKey(keys, s.lane, matrix, at, at + len, p, ids[k] as string);
    }
    if (tick !== undefined && (p + 1) % TICK_EVERY === 0) tick(p + 1);
  }
  if (duplicates.length > 0) throw duplicateIds(duplicates);
  engine.seq = n;
  return { poolDigest: enginePoolDigest(engine), outcome: engineOutcome(engine) };
}

/**
 * Whether the zero-padded rows at words `a` and `b` (`step` words each) are the same id. Compared from the end:
 * neighbours in id order share their first bytes.
 */
function sameRow(words: Int32Array, a: number, b: number, step: number): boolean {
  for (let i = step - 1; i >= 0; i--) if (words[a + i] !== words[b + i]) return false;
  return true;
}
