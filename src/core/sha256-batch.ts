import { SsjError } from './errors.js';
import { readBlock, sha256CompressBlock } from './sha256-compress.js';
import { instantiateSha256, WASM_HEAP, wasmSupport } from './sha256-wasm.js';

/** A SHA-256 core (SHA-256 计算核心): WebAssembly with 4-lane SIMD, scalar WebAssembly, or TypeScript. */
export type Sha256CoreKind = 'wasm-simd' | 'wasm' | 'typescript';

/**
 * The SHA-256 cores this runtime can run, fastest first (可用的 SHA-256 计算核心). Every core gives the same bytes;
 * `typescript` is always there, WebAssembly where the runtime allows it, SIMD where a probe module validates.
 *
 * @returns the available cores, e.g. `['wasm-simd', 'wasm', 'typescript']` in Node 20
 * @throws never
 * @example
 * {@includeCode ../../examples/sha256-batch.ts#cores}
 */
export function sha256Cores(): Sha256CoreKind[] {
  const { scalar, simd } = wasmSupport();
  return [...(simd ? (['wasm-simd'] as const) : []), ...(scalar ? (['wasm'] as const) : []), 'typescript'];
}

/**
 * Many one-block SHA-256 messages compressed in one call (批量 SHA-256 压缩): the fast path of keys such as the
 * draw's, `SHA-256(prefix ‖ short suffix)` with the prefix's midstate reused. Write the chaining states (8 words
 * each, e.g. midstates) into `states`, and for message `i` its state's index into `lanes[i]` and its one block
 * (message bytes with the padding, as the standard lays it out) into `blocks[64 i, 64 i + 64)`; then `run(n)`
 * writes the 8 chaining words after each block into `out[8 i, 8 i + 8)`. The buffers live in the core's memory,
 * are reused by every run, and belong to this batch alone.
 */
export interface Sha256Batch {
  /** The core that runs this batch. */
  readonly core: Sha256CoreKind;
  /** Messages per run at most. */
  readonly capacity: number;
  /** Chaining states, 8 words each. */
  readonly states: Int32Array;
  /** The state index of each message. */
  readonly lanes: Int32Array;
  /** One 64-byte block per message. */
  readonly blocks: Uint8Array;
  /** The 8 result words of each message. */
  readonly out: Int32Array;
  /**
   * Compresses messages `[0, count)`.
   *
   * @throws {SsjError} `INVALID_INPUT` when `count` is not an integer in `[0, capacity]` or a lane names no state
   */
  run(count: number): void;
}

/** Options of {@link createSha256Batch}. */
export interface Sha256BatchOptions {
  /** Messages per run at most (1 to 1,048,576). */
  readonly capacity: number;
  /** How many chaining states (1 to 65,536). */
  readonly states: number;
  /** The core; the fastest available by default (see {@link sha256Cores}). */
  readonly core?: Sha256CoreKind;
}

const MAX_CAPACITY = 1 << 20;
const MAX_STATES = 1 << 16;

function invalid(path: string, message: string, expected: string): SsjError {
  return new SsjError('INVALID_INPUT', `Invalid SHA-256 batch: ${message}`, {
    issues: [{ path: [path], message, expected }],
  });
}

function checkCount(value: unknown, max: number, path: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > max)
    throw invalid(path, `${String(value)} is not a whole number from 1 to ${max}`, `integer in [1, ${max}]`);
  return value;
}

/**
 * A reusable batch of one-block SHA-256 compressions on the chosen core (SHA-256 批量压缩器).
 *
 * @param options - capacity, number of chaining states, and the core
 * @returns the batch, its buffers zeroed
 * @throws {SsjError} `INVALID_INPUT` when the options are not an object, the capacity or state count is out of
 *   range, or the core is not one of {@link sha256Cores}
 * @example
 * {@includeCode ../../examples/sha256-batch.ts#batch}
 */
export function createSha256Batch(options: Sha256BatchOptions): Sha256Batch {
  if (typeof options !== 'object' || options === null)
    throw invalid('options', 'the options are not an object', '{ capacity, states, core? }');
  const capacity = checkCount(options.capacity, MAX_CAPACITY, 'capacity');
  const stateCount = checkCount(options.states, MAX_STATES, 'states');
  const cores = sha256Cores();
  const core = options.core ?? cores[0];
  if (typeof core !== 'string' || !(cores as string[]).includes(core))
    throw invalid('core', `${String(core)} is not available here`, cores.join(' | '));
  const check = (count: number, lanes: Int32Array): void => {
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0 || count > capacity)
      throw invalid('count', `${String(count)} messages do not fit`, `integer in [0, ${capacity}]`);
    for (let i = 0; i < count; i++)
      if ((lanes[i] as number) >>> 0 >= stateCount)
        throw invalid('lanes', `message ${i} names state ${lanes[i]}`, `a state index below ${stateCount}`);
  };
  return core === 'typescript'
    ? typescriptBatch(capacity, stateCount, check)
    : wasmBatch(core, capacity, stateCount, check);
}

type Check = (count: number, lanes: Int32Array) => void;

function wasmBatch(kind: Sha256CoreKind, capacity: number, stateCount: number, check: Check): Sha256Batch {
  const statesAt = WASM_HEAP;
  const lanesAt = statesAt + stateCount * 32;
  const blocksAt = lanesAt + capacity * 4;
  const outAt = blocksAt + capacity * 64;
  // the core finds block i at the address listed for it: here, always the i-th block of the batch
  const addressesAt = outAt + capacity * 32;
  const core = instantiateSha256(kind === 'wasm-simd', addressesAt + capacity * 4 - WASM_HEAP);
  if (core === undefined) throw invalid('core', `${kind} is not available here`, sha256Cores().join(' | '));
  const buffer = core.memory.buffer;
  const addresses = new Int32Array(buffer, addressesAt, capacity);
  for (let i = 0; i < capacity; i++) addresses[i] = blocksAt + i * 64;
  const lanes = new Int32Array(buffer, lanesAt, capacity);
  return {
    core: kind,
    capacity,
    states: new Int32Array(buffer, statesAt, stateCount * 8),
    lanes,
    blocks: new Uint8Array(buffer, blocksAt, capacity * 64),
    out: new Int32Array(buffer, outAt, capacity * 8),
    run(count) {
      check(count, lanes);
      core.many(statesAt, lanesAt, addressesAt, outAt, count);
    },
  };
}

function typescriptBatch(capacity: number, stateCount: number, check: Check): Sha256Batch {
  const states = new Int32Array(stateCount * 8);
  const lanes = new Int32Array(capacity);
  const blocks = new Uint8Array(capacity * 64);
  const out = new Int32Array(capacity * 8);
  const state = new Int32Array(8);
  return {
    core: 'typescript',
    capacity,
    states,
    lanes,
    blocks,
    out,
    run(count) {
      check(count, lanes);
      for (let m = 0; m < count; m++) {
        readBlock(blocks, m * 64);
        const from = (lanes[m] as number) * 8;
        for (let w = 0; w < 8; w++) state[w] = states[from + w] as number;
        sha256CompressBlock(state, state);
        out.set(state, m * 8);
      }
    },
  };
}
