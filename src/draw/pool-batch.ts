import { SsjError } from '../core/index.js';
import { nfc } from './canonical-pool.js';
import { type DrawEngine, type StratumState, stateFor } from './engine.js';
import { flushKeys, pushKey } from './key-batch.js';
import { writeRow } from './pool-digest.js';
import { firstInvalidUtf8 } from './pool-file-decode.js';

/**
 * A batch of pool entries as columns (名录字节批): the ids' UTF-8 bytes back to back and where each ends, and
 * each id's stratum as an index into the batch's stratum names. A streamed draw reads millions of entries this
 * way without making an object or a string per entry (a string is made only for an id whose key is kept).
 */
export interface PoolBatch {
  /** The ids' UTF-8 bytes, back to back, in strictly increasing id byte order. */
  readonly ids: Uint8Array;
  /** Where each id ends in `ids`: id `i` is `ids[ends[i - 1] ?? 0, ends[i])`; the last end is `ids.length`. */
  readonly ends: Uint32Array;
  /** The stratum names the batch uses (`''` for no stratum). */
  readonly strata: readonly string[];
  /** Each id's stratum, an index into `strata`; as long as `ends`. */
  readonly stratumOf: Uint8Array | Uint16Array | Uint32Array;
}

/** Whether a streamed item is meant as a batch (it has `ends`); {@link checkPoolBatch} then checks it. */
export function isPoolBatchLike(item: unknown): boolean {
  return typeof item === 'object' && item !== null && 'ends' in item;
}

function bad(index: number, field: string, message: string, expected: string): never {
  throw new SsjError('DRAW_INVALID_REQUEST', `Batch at entry ${index}: ${field} ${message}`, {
    issues: [{ path: ['entries', index, field], message, expected }],
  });
}

/**
 * Checks a batch's shape: typed columns of one length, ends increasing (no empty id) up to the byte length,
 * stratum indexes in range, well-formed UTF-8 with every id starting on a character.
 *
 * @throws {SsjError} `DRAW_INVALID_REQUEST` naming the field, at the stream position `index` of its first entry
 */
export function checkPoolBatch(item: unknown, index: number): PoolBatch {
  const b = item as Partial<Record<keyof PoolBatch, unknown>>;
  if (!(b.ids instanceof Uint8Array)) bad(index, 'ids', 'is not a Uint8Array', 'UTF-8 bytes');
  if (!(b.ends instanceof Uint32Array)) bad(index, 'ends', 'is not a Uint32Array', 'end offsets');
  const { ids, ends } = b as { ids: Uint8Array; ends: Uint32Array };
  const names = b.strata;
  if (!Array.isArray(names) || names.some((s) => typeof s !== 'string'))
    bad(index, 'strata', 'is not a list of names', 'string[]');
  const of = b.stratumOf;
  if (!(of instanceof Uint8Array || of instanceof Uint16Array || of instanceof Uint32Array))
    bad(index, 'stratumOf', 'is not an unsigned typed array', 'Uint8Array, Uint16Array or Uint32Array');
  if (of.length !== ends.length) bad(index, 'stratumOf', 'differs in length from ends', 'one index per id');
  let start = 0;
  for (let i = 0; i < ends.length; i++) {
    const end = ends[i] as number;
    if (end <= start) bad(index + i, 'ends', 'gives an empty id or goes back', 'increasing ends');
    if (((ids[start] as number) & 0xc0) === 0x80)
      bad(index + i, 'ids', 'starts an id inside a character', 'each id well-formed UTF-8');
    if ((of[i] as number) >= names.length)
      bad(index + i, 'stratumOf', 'is out of range', 'an index into strata');
    start = end;
  }
  if (start !== ids.length) bad(index, 'ends', 'does not end at the last byte', 'the last end is ids.length');
  const invalid = firstInvalidUtf8(ids);
  if (invalid >= 0) bad(index, 'ids', `has malformed UTF-8 at byte ${invalid}`, 'well-formed UTF-8');
  return b as PoolBatch;
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

function compareRange(a: Uint8Array, as: number, ae: number, b: Uint8Array, bs: number, be: number): number {
  const n = Math.min(ae - as, be - bs);
  for (let i = 0; i < n; i++) {
    const d = (a[as + i] as number) - (b[bs + i] as number);
    if (d !== 0) return d;
  }
  return ae - as - (be - bs);
}

/** The previous id of a stream, as bytes (the stream's order is checked on them). */
export interface StreamPosition {
  previous: Uint8Array | undefined;
  index: number;
}

/** The error of an id not after the one before it: a duplicate, or out of order. */
export function orderError(previous: string, id: string, index: number, duplicate: boolean): SsjError {
  if (duplicate)
    return new SsjError('DRAW_DUPLICATE_IDS', `The pool lists ${JSON.stringify(id)} more than once`, {
      issues: [{ path: ['entries', index], message: `duplicate id ${JSON.stringify(id)}` }],
    });
  return new SsjError(
    'DRAW_STREAM_UNSORTED',
    `Entry ${index} (${JSON.stringify(id)}) comes after ${JSON.stringify(previous)} in id byte order`,
    {
      issues: [
        { path: ['entries', index], message: 'out of order', expected: 'strictly increasing id bytes' },
      ],
    },
  );
}

/**
 * Feeds a checked batch into the engine, in order: each id's bytes go once into the pool digest and once into
 * the key batch; an id is decoded only when excluded ids must be looked up, when it is not ASCII (to bring it to
 * NFC, as entries given as objects are) or when its key is kept.
 *
 * @throws {SsjError} `DRAW_STREAM_UNSORTED` / `DRAW_DUPLICATE_IDS` when an id is not after the one before
 */
export function feedBatch(e: DrawEngine, batch: PoolBatch, at: StreamPosition): void {
  const { ends, stratumOf } = batch;
  const states = batch.strata.map((name) => stateFor(e, nfc(name)));
  let bytes = batch.ids;
  let prev = at.previous ?? new Uint8Array(0);
  let ps = 0;
  let pe = at.previous === undefined ? -1 : prev.length;
  let start = 0;
  for (let i = 0; i < ends.length; i++) {
    const end = ends[i] as number;
    let s0 = start;
    let e0 = end;
    let id: string | undefined;
    let ascii = true;
    for (let k = start; k < end && ascii; k++) if ((bytes[k] as number) >= 0x80) ascii = false;
    if (!ascii) {
      const text = decoder.decode(batch.ids.subarray(start, end));
      id = nfc(text);
      if (id !== text) {
        bytes = encoder.encode(id);
        s0 = 0;
        e0 = bytes.length;
      }
    }
    if (pe >= 0) {
      const order = compareRange(prev, ps, pe, bytes, s0, e0);
      if (order >= 0)
        throw orderError(
          decoder.decode(prev.subarray(ps, pe)),
          decoder.decode(bytes.subarray(s0, e0)),
          at.index,
          order === 0,
        );
    }
    const s = states[stratumOf[i] as number] as StratumState;
    writeRow(e.digester, bytes, s0, e0 - s0, s.field);
    s.pool++;
    const seq = e.seq++;
    if (e.excluded.size > 0) id ??= decoder.decode(bytes.subarray(s0, e0));
    if (id !== undefined && e.excluded.has(id)) s.excluded++;
    else if (s.heap.capacity > 0) pushKey(e.keys, s.lane, bytes, s0, e0, seq, id);
    prev = bytes;
    ps = s0;
    pe = e0;
    bytes = batch.ids;
    start = end;
    at.index++;
  }
  flushKeys(e.keys);
  if (pe >= 0) at.previous = prev.slice(ps, pe);
}
