import { readBlock, sha256CompressBlock } from './sha256-compress.js';
import { instantiateSha256, WASM_HEAP, type WasmSha256 } from './sha256-wasm.js';

/**
 * Compressing runs of whole 64-byte blocks (internal): the TypeScript loop, or a WebAssembly core, which copies
 * the blocks into its memory a window at a time and compresses each window in one call (with SIMD, the schedules
 * of four blocks are computed side by side). All give the same bytes; {@link blocksFor} picks WebAssembly, SIMD
 * where the runtime has it, for runs long enough to repay the copy.
 */

/** Compresses `count` blocks of `bytes` from `offset` into the 8-word `state` (mutated). */
export interface BlockCompressor {
  readonly kind: 'typescript' | 'wasm' | 'wasm-simd';
  compress(state: Int32Array, bytes: Uint8Array, offset: number, count: number): void;
}

/** The TypeScript core. */
export const typescriptBlocks: BlockCompressor = {
  kind: 'typescript',
  compress(state, bytes, offset, count) {
    for (let k = 0; k < count; k++) {
      readBlock(bytes, offset + k * 64);
      sha256CompressBlock(state, state);
    }
  },
};

/** Blocks copied per call: 64 KiB. */
const WINDOW_BLOCKS = 1024;
const STATE_AT = WASM_HEAP;
const DATA_AT = WASM_HEAP + 64;

const shared = new Map<boolean, BlockCompressor | null>();

function wasmCompressor(core: WasmSha256, kind: 'wasm' | 'wasm-simd'): BlockCompressor {
  const heap = new Uint8Array(core.memory.buffer);
  const state32 = new Int32Array(core.memory.buffer, STATE_AT, 8);
  return {
    kind,
    compress(state, bytes, offset, count) {
      state32.set(state);
      for (let done = 0; done < count; done += WINDOW_BLOCKS) {
        const n = Math.min(WINDOW_BLOCKS, count - done);
        const from = offset + done * 64;
        heap.set(bytes.subarray(from, from + n * 64), DATA_AT);
        core.compress(STATE_AT, DATA_AT, n);
      }
      state.set(state32);
    },
  };
}

/**
 * The shared WebAssembly compressor, with SIMD unless `simd` is `false`; `undefined` where WebAssembly (or SIMD,
 * when asked for) is not available.
 */
export function wasmBlocks(simd = true): BlockCompressor | undefined {
  let compressor = shared.get(simd);
  if (compressor === undefined) {
    const core = instantiateSha256(simd, 64 + WINDOW_BLOCKS * 64);
    compressor = core === undefined ? null : wasmCompressor(core, simd ? 'wasm-simd' : 'wasm');
    shared.set(simd, compressor);
  }
  return compressor ?? undefined;
}

/** Runs shorter than this stay in TypeScript: a call and a copy cost about one compression. */
const MIN_WASM_BLOCKS = 4;

/** The compressor for a run of `count` blocks. */
export function blocksFor(count: number): BlockCompressor {
  if (count < MIN_WASM_BLOCKS) return typescriptBlocks;
  return wasmBlocks() ?? wasmBlocks(false) ?? typescriptBlocks;
}
