import type { Sha256Midstate } from '../core/index.js';
import { addLane, flushKeys, type KeyBatch, keyBatch, pushKey } from './key-batch.js';
import { drain, type KeyHeap, keyHeap, type Ranked } from './key-heap.js';
import {
  endEntry,
  finishPoolDigest,
  type PoolDigester,
  poolDigester,
  stratumField,
  writeEntry,
} from './pool-digest.js';
import { stratumMidstate } from './target-key.js';

/**
 * The one-pass draw engine (internal, mutable, wrapped by every public form): for each entry in id byte order it
 * adds the entry to the pool digest and, unless excluded, queues its key (one SHA-256 compression after the
 * stratum's midstate, computed a batch at a time) for the stratum's bounded heap.
 */
/** One stratum's running state. */
export interface StratumState {
  readonly field: Uint8Array;
  readonly mid: Sha256Midstate;
  readonly heap: KeyHeap;
  /** The stratum's lane in the key batch. */
  readonly lane: number;
  pool: number;
  excluded: number;
}

/** The engine's state. */
export interface DrawEngine {
  readonly seed: string;
  readonly digester: PoolDigester;
  readonly strata: Map<string, StratumState>;
  readonly excluded: ReadonlySet<string>;
  readonly capacityOf: (stratum: string) => number;
  readonly keys: KeyBatch;
  seq: number;
  lastName: string | undefined;
  last: StratumState | undefined;
}

/** What one stratum yielded: counts and its smallest keys in order. */
export interface StratumOutcome {
  readonly pool: number;
  readonly excluded: number;
  readonly ranked: Ranked;
}

/** What the engine yielded. */
export interface EngineOutcome {
  readonly count: number;
  readonly strata: ReadonlyMap<string, StratumOutcome>;
}

/** A new engine; `capacityOf(stratum)` says how many of the smallest keys to keep. */
export function drawEngine(
  seed: string,
  excluded: ReadonlySet<string>,
  capacityOf: (stratum: string) => number,
  shard = false,
): DrawEngine {
  return {
    seed,
    digester: poolDigester(shard),
    strata: new Map(),
    excluded,
    capacityOf,
    keys: keyBatch(),
    seq: 0,
    lastName: undefined,
    last: undefined,
  };
}

/** The state of a stratum, created on first use. */
export function stateFor(e: DrawEngine, stratum: string): StratumState {
  if (e.lastName === stratum && e.last !== undefined) return e.last;
  let s = e.strata.get(stratum);
  if (s === undefined) {
    const mid = stratumMidstate(e.seed, stratum);
    const heap = keyHeap(e.capacityOf(stratum));
    s = { field: stratumField(stratum), mid, heap, lane: addLane(e.keys, heap, mid), pool: 0, excluded: 0 };
    e.strata.set(stratum, s);
  }
  e.lastName = stratum;
  e.last = s;
  return s;
}

/** Feeds one entry (NFC id and stratum), in id byte order. */
export function feed(e: DrawEngine, id: string, stratum: string): void {
  const s = stateFor(e, stratum);
  const d = e.digester;
  const start = writeEntry(d, id, s.field);
  const end = start + (d.chunk.length - start - s.field.length);
  s.pool++;
  const seq = e.seq++;
  if (e.excluded.size > 0 && e.excluded.has(id)) s.excluded++;
  else if (s.heap.capacity > 0) pushKey(e.keys, s.lane, d.chunk.bytes, start, end, seq, id);
  endEntry(d, start, end);
}

/** Per-stratum counts and smallest keys. */
export function engineOutcome(e: DrawEngine): EngineOutcome {
  flushKeys(e.keys);
  const strata = new Map<string, StratumOutcome>();
  for (const [name, s] of e.strata)
    strata.set(name, { pool: s.pool, excluded: s.excluded, ranked: drain(s.heap) });
  return { count: e.seq, strata };
}

/** The pool digest (hex) of everything fed. */
export function enginePoolDigest(e: DrawEngine): string {
  return finishPoolDigest(e.digester);
}
