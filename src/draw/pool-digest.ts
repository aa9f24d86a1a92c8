import { sha256, toHex, utf8 } from '../core/index.js';
import { sha256Segments } from '../core/internal.js';
import { type ByteSink, byteSink, ensureRoom, writeBytes, writeUint32, writeUtf8 } from './utf8-writer.js';

/**
 * The pool digest (检查对象名录摘要), specified in `docs/draw-spec.md` §3. Entries in id byte order, each as
 * `lp(utf8(id)) ‖ lp(utf8(stratum))`, are cut into chunks after every entry whose id is a chunk boundary; the
 * digest is `SHA-256(utf8("shuangsuiji/pool/v1") ‖ SHA-256(chunk1) ‖ SHA-256(chunk2) ‖ …)`. Chunk boundaries
 * depend only on the ids, so disjoint shards of the pool can hash their whole chunks separately and be merged.
 */
export const POOL_TAG = 'shuangsuiji/pool/v1';

/**
 * An id closes a chunk when the top {@link CHUNK_BITS} bits of `fmix32(FNV-1a-32(utf8(id)))` are zero (about one
 * id in 1,024). `fmix32` is MurmurHash3's finaliser, which spreads FNV's bits so short, similar ids still cut.
 */
export const CHUNK_BITS = 10;

/** FNV-1a, 32 bits, of `bytes[start, end)`. */
export function fnv1a32(bytes: Uint8Array, start = 0, end = bytes.length): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ (bytes[i] as number), 0x01000193);
  return h >>> 0;
}

/** MurmurHash3's 32-bit finaliser. */
export function fmix32(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Whether the id bytes `bytes[start, end)` close a chunk. */
export function isChunkBoundary(bytes: Uint8Array, start = 0, end = bytes.length): boolean {
  return fmix32(fnv1a32(bytes, start, end)) >>> (32 - CHUNK_BITS) === 0;
}

/**
 * The incremental state of a pool digest (mutable, private to the draw engine). In shard mode the bytes before
 * the first boundary are kept raw (`head`), since the chunk they belong to starts in the previous shard.
 */
export interface PoolDigester {
  /** The closed chunks not yet hashed, back to back, then the open chunk. */
  readonly chunk: ByteSink;
  /** Where each closed chunk in `chunk` ends: they are hashed together, {@link SETTLE_AT} at a time. */
  readonly closed: number[];
  readonly digests: ByteSink;
  readonly shard: boolean;
  head: Uint8Array | undefined;
  count: number;
}

/**
 * Closed chunks hashed in one go: enough to keep the SIMD core's lanes busy, as chunk lengths vary widely (32
 * hash about 10 % faster than 16; 128 no faster than 32).
 */
const SETTLE_AT = 32;

/** Starts a digest (in shard mode, keeping the head of the first chunk raw). */
export function poolDigester(shard = false): PoolDigester {
  return { chunk: byteSink(4096), closed: [], digests: byteSink(1024), shard, head: undefined, count: 0 };
}

/** The `lp(utf8(stratum))` bytes of a stratum name (NFC already). */
export function stratumField(stratum: string): Uint8Array {
  const bytes = utf8(stratum);
  const out = new Uint8Array(4 + bytes.length);
  new DataView(out.buffer).setUint32(0, bytes.length, false);
  out.set(bytes, 4);
  return out;
}

/**
 * Appends one entry (NFC id, pre-encoded stratum field) and returns the offset of its id bytes in
 * `digester.chunk.bytes`, valid until the next call. The caller reads them, then calls {@link endEntry}.
 */
export function writeEntry(d: PoolDigester, id: string, stratumBytes: Uint8Array): number {
  const sink = d.chunk;
  const lengthAt = sink.length;
  writeUint32(sink, 0);
  const start = sink.length;
  const n = writeUtf8(sink, id);
  const b = sink.bytes;
  b[lengthAt] = n >>> 24;
  b[lengthAt + 1] = n >>> 16;
  b[lengthAt + 2] = n >>> 8;
  b[lengthAt + 3] = n;
  writeBytes(sink, stratumBytes);
  return start;
}

/** Closes the chunk when the id at `start, end` is a boundary. */
export function endEntry(d: PoolDigester, start: number, end: number): void {
  d.count++;
  if (isChunkBoundary(d.chunk.bytes, start, end)) closeChunk(d);
}

/**
 * Closes the chunk written so far (in shard mode the first one is kept raw); it is hashed with the next closed
 * ones, so that several chunks share the hash core's lanes.
 */
function closeChunk(d: PoolDigester): void {
  if (d.shard && d.head === undefined) {
    d.head = d.chunk.bytes.slice(0, d.chunk.length);
    d.chunk.length = 0;
    return;
  }
  d.closed.push(d.chunk.length);
  if (d.closed.length === SETTLE_AT) settleChunks(d);
}

/** Hashes every closed chunk not yet hashed, in order, leaving only the open chunk in `d.chunk`. */
export function settleChunks(d: PoolDigester): void {
  const n = d.closed.length;
  if (n === 0) return;
  const end = d.closed[n - 1] as number;
  writeBytes(d.digests, sha256Segments(d.chunk.bytes, 0, d.closed));
  d.chunk.bytes.copyWithin(0, end, d.chunk.length);
  d.chunk.length -= end;
  d.closed.length = 0;
}

/** The finished pool digest (hex). */
export function finishPoolDigest(d: PoolDigester): string {
  settleChunks(d);
  if (d.chunk.length > 0) writeBytes(d.digests, sha256(d.chunk.bytes.subarray(0, d.chunk.length)));
  d.chunk.length = 0;
  const tag = utf8(POOL_TAG);
  const all = new Uint8Array(tag.length + d.digests.length);
  all.set(tag, 0);
  all.set(d.digests.bytes.subarray(0, d.digests.length), tag.length);
  return toHex(sha256(all));
}

/**
 * Appends one entry whose id bytes are `row[start, start + len)` and closes the chunk at a boundary: one loop
 * copies the id and computes its FNV-1a for {@link isChunkBoundary}.
 */
export function writeRow(
  d: PoolDigester,
  row: Uint8Array,
  start: number,
  len: number,
  stratumBytes: Uint8Array,
): void {
  const sink = d.chunk;
  const field = stratumBytes.length;
  const bytes = ensureRoom(sink, 4 + len + field);
  let o = sink.length;
  bytes[o] = len >>> 24;
  bytes[o + 1] = len >>> 16;
  bytes[o + 2] = len >>> 8;
  bytes[o + 3] = len;
  o += 4;
  let h = 0x811c9dc5;
  for (let i = 0; i < len; i++) {
    const b = row[start + i] as number;
    bytes[o++] = b;
    h = Math.imul(h ^ b, 0x01000193);
  }
  for (let i = 0; i < field; i++) bytes[o++] = stratumBytes[i] as number;
  sink.length = o;
  d.count++;
  if (fmix32(h >>> 0) >>> (32 - CHUNK_BITS) === 0) closeChunk(d);
}
