import { toHex, utf8 } from './bytes.js';
import { SsjError } from './errors.js';
import { type BlockCompressor, blocksFor, typescriptBlocks } from './sha256-blocks.js';

/**
 * SHA-256 (FIPS 180-4) in plain TypeScript, for browsers and Node alike. One-shot ({@link sha256},
 * {@link sha256Hex}), incremental ({@link createSha256}), and a midstate fast path ({@link sha256Midstate},
 * {@link digestAfterMidstate}) that hashes `prefix ‖ suffix` for many suffixes while compressing the shared
 * prefix only once.
 */

const IV = new Int32Array([
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
]);

/** Compresses one 64-byte block of `bytes` at `offset` into `state` (8 words). */
function compress(state: Int32Array, bytes: Uint8Array, offset: number): void {
  typescriptBlocks.compress(state, bytes, offset, 1);
}

/** Writes the 8 state words big-endian into `out` at `offset`: the digest (internal to core). */
export function writeDigest(state: Int32Array, out: Uint8Array, offset: number): void {
  for (let i = 0; i < 8; i++) {
    const w = state[i] as number;
    out[offset + i * 4] = w >>> 24;
    out[offset + i * 4 + 1] = w >>> 16;
    out[offset + i * 4 + 2] = w >>> 8;
    out[offset + i * 4 + 3] = w;
  }
}

/** Bytes to hash: a `Uint8Array` as it is, a string as its UTF-8 bytes. */
export type HashInput = Uint8Array | string;

const asBytes = (data: HashInput): Uint8Array => {
  if (typeof data === 'string') return utf8(data);
  if (data instanceof Uint8Array) return data;
  const message = `Expected a string or a Uint8Array to hash, received ${data === null ? 'null' : typeof data}`;
  throw new SsjError('INVALID_INPUT', message, {
    issues: [{ path: [], message, expected: 'string | Uint8Array' }],
  });
};

/** An incremental SHA-256 computation. Methods return new values; `update` mutates only this hasher. */
export interface Sha256 {
  /** Adds bytes (a string is hashed as UTF-8). Returns the same hasher, for chaining. */
  update(data: HashInput): Sha256;
  /** The 32-byte digest of everything added so far. The hasher can go on being updated afterwards. */
  digest(): Uint8Array<ArrayBuffer>;
  /** The digest as 64 lower-case hex characters. */
  digestHex(): string;
  /** An independent copy of the current state: hash a shared prefix once, then branch. */
  clone(): Sha256;
}

class Sha256Hasher implements Sha256 {
  constructor(
    private readonly state: Int32Array = new Int32Array(IV),
    private readonly buffer: Uint8Array = new Uint8Array(64),
    private buffered = 0,
    private length = 0,
  ) {}

  update(data: HashInput): Sha256 {
    const bytes = asBytes(data);
    let i = 0;
    this.length += bytes.length;
    if (this.buffered > 0) {
      const take = Math.min(64 - this.buffered, bytes.length);
      this.buffer.set(bytes.subarray(0, take), this.buffered);
      this.buffered += take;
      i = take;
      if (this.buffered < 64) return this;
      compress(this.state, this.buffer, 0);
      this.buffered = 0;
    }
    const blocks = (bytes.length - i) >> 6;
    blocksFor(blocks).compress(this.state, bytes, i, blocks);
    i += blocks * 64;
    if (i < bytes.length) {
      this.buffer.set(bytes.subarray(i), 0);
      this.buffered = bytes.length - i;
    }
    return this;
  }

  digest(): Uint8Array<ArrayBuffer> {
    const state = new Int32Array(this.state);
    const out = new Uint8Array(32);
    finish(state, this.buffer, this.buffered, this.length, out, 0);
    return out;
  }

  digestHex(): string {
    return toHex(this.digest());
  }

  clone(): Sha256 {
    return new Sha256Hasher(
      new Int32Array(this.state),
      new Uint8Array(this.buffer),
      this.buffered,
      this.length,
    );
  }
}

const PAD = new Uint8Array(128);

/** Pads and compresses the tail, writing the digest to `out` at `offset`. Mutates `state`. */
function finish(
  state: Int32Array,
  tail: Uint8Array,
  tailLength: number,
  totalLength: number,
  out: Uint8Array,
  offset: number,
): void {
  const blocks = tailLength < 56 ? 1 : 2;
  PAD.fill(0);
  PAD.set(tail.subarray(0, tailLength), 0);
  PAD[tailLength] = 0x80;
  const end = blocks * 64;
  const bits = totalLength * 8;
  const hi = Math.floor(bits / 0x100000000);
  const lo = bits >>> 0;
  PAD[end - 8] = hi >>> 24;
  PAD[end - 7] = hi >>> 16;
  PAD[end - 6] = hi >>> 8;
  PAD[end - 5] = hi;
  PAD[end - 4] = lo >>> 24;
  PAD[end - 3] = lo >>> 16;
  PAD[end - 2] = lo >>> 8;
  PAD[end - 1] = lo;
  compress(state, PAD, 0);
  if (blocks === 2) compress(state, PAD, 64);
  writeDigest(state, out, offset);
}

/**
 * Starts an incremental SHA-256.
 *
 * @example
 * ```ts
 * const hex = createSha256().update('双随机').update('一公开').digestHex();
 * ```
 */
export function createSha256(): Sha256 {
  return new Sha256Hasher();
}

/**
 * The SHA-256 digest of `data` (a string is hashed as UTF-8).
 *
 * @example
 * ```ts
 * sha256('abc').length; // 32
 * ```
 */
export function sha256(data: HashInput): Uint8Array<ArrayBuffer> {
  const bytes = asBytes(data);
  return sha256Using(blocksFor(bytes.length >> 6), bytes);
}

/** {@link sha256} with the whole blocks compressed by a chosen core (internal: tests compare the cores). */
export function sha256Using(core: BlockCompressor, bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const state = new Int32Array(IV);
  const full = bytes.length - (bytes.length % 64);
  core.compress(state, bytes, 0, full >> 6);
  const out = new Uint8Array(32);
  finish(state, bytes.subarray(full), bytes.length - full, bytes.length, out, 0);
  return out;
}

/**
 * The SHA-256 digest of `data` as 64 lower-case hex characters.
 *
 * @example
 * ```ts
 * sha256Hex('abc'); // 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 * ```
 */
export function sha256Hex(data: HashInput): string {
  return toHex(sha256(data));
}

/**
 * The state of SHA-256 after a prefix whose length is a multiple of 64 bytes: hashing `prefix ‖ suffix` then
 * costs only the blocks of the suffix (one compression for a suffix of up to 55 bytes).
 */
export interface Sha256Midstate {
  /** The eight chaining words after the prefix. */
  readonly state: Int32Array;
  /** The prefix length in bytes (a multiple of 64). */
  readonly prefixLength: number;
}

/**
 * Compresses `prefix` (a whole number of 64-byte blocks) once, so that many inputs sharing it are hashed from
 * there (`createSha256Batch` starts from this state).
 *
 * @throws {SsjError} `INVALID_INPUT` when the prefix is not a `Uint8Array` of a whole number of 64-byte blocks
 * @example
 * {@includeCode ../../examples/bytes-and-codes.ts#midstate}
 */
export function sha256Midstate(prefix: Uint8Array): Sha256Midstate {
  if (!(prefix instanceof Uint8Array) || prefix.length % 64 !== 0)
    throw new SsjError(
      'INVALID_INPUT',
      'A midstate prefix must be a Uint8Array of a whole number of 64-byte blocks',
      {
        issues: [
          {
            path: [],
            message: 'Expected a Uint8Array whose length is a multiple of 64',
            expected: 'Uint8Array',
          },
        ],
      },
    );
  const state = new Int32Array(IV);
  blocksFor(prefix.length >> 6).compress(state, prefix, 0, prefix.length >> 6);
  return { state, prefixLength: prefix.length };
}

const SCRATCH = new Int32Array(8);

/**
 * Writes SHA-256(`prefix ‖ suffix`) into `out` at `offset`, where `midstate` came from
 * {@link sha256Midstate}(`prefix`). Allocation-free: the fast path of the draw engine.
 *
 * @param midstate - the state after the prefix
 * @param suffix - the bytes after the prefix
 * @param out - where to write the 32-byte digest
 * @param offset - position in `out`
 */
export function digestAfterMidstate(
  midstate: Sha256Midstate,
  suffix: Uint8Array,
  out: Uint8Array,
  offset = 0,
): void {
  SCRATCH.set(midstate.state);
  const full = suffix.length - (suffix.length % 64);
  blocksFor(full >> 6).compress(SCRATCH, suffix, 0, full >> 6);
  finish(
    SCRATCH,
    suffix.subarray(full),
    suffix.length - full,
    midstate.prefixLength + suffix.length,
    out,
    offset,
  );
}
