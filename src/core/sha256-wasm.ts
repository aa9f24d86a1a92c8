import { SHA256_SIMD_WASM, SHA256_WASM, SIMD_PROBE_WASM } from './sha256-wasm-bytes.js';

/**
 * The WebAssembly SHA-256 cores (internal): compiled once, lazily, from the bytes of `wasm/*.wat`. Both modules
 * are under the 4 KB that browsers compile synchronously on the main thread. Where WebAssembly is missing
 * or forbidden (a page whose content security policy refuses it) nothing is compiled and the TypeScript core is
 * used; SIMD is used where a tiny probe module validates.
 */

/** The first byte of an instance's memory that is the host's: below are the round constants and schedules. */
export const WASM_HEAP = 2048;

const PAGE = 65536;

/** One instance: its memory and its two entry points (addresses are byte offsets into `memory`). */
export interface WasmSha256 {
  readonly memory: WebAssembly.Memory;
  /**
   * Compresses `count` consecutive blocks at `data` into the 8-word state at `state` (with SIMD, the schedules of
   * four blocks at a time side by side).
   */
  readonly compress: (state: number, data: number, count: number) => void;
  /**
   * `out[i] = compress(states[lanes[i]], block i)` for `i < count` (4 lanes at a time with SIMD), block `i` being
   * the 64 bytes at the address the 32-bit word `blocks + 4 i` holds.
   */
  readonly many: (states: number, lanes: number, blocks: number, out: number, count: number) => void;
}

interface Compiled {
  readonly scalar: WebAssembly.Module;
  readonly simd: WebAssembly.Module | undefined;
}

let compiled: Compiled | null | undefined;

function decode(base64: string): Uint8Array<ArrayBuffer> {
  const text = atob(base64);
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}

function modules(): Compiled | null {
  if (compiled !== undefined) return compiled;
  try {
    const scalar = new WebAssembly.Module(decode(SHA256_WASM));
    const simd = WebAssembly.validate(decode(SIMD_PROBE_WASM))
      ? new WebAssembly.Module(decode(SHA256_SIMD_WASM))
      : undefined;
    compiled = { scalar, simd };
  } catch {
    compiled = null;
  }
  return compiled;
}

/** Which WebAssembly cores this runtime can run. */
export function wasmSupport(): { readonly scalar: boolean; readonly simd: boolean } {
  const m = modules();
  return { scalar: m !== null, simd: m?.simd !== undefined };
}

/**
 * A new instance with at least `bytes` of host memory from {@link WASM_HEAP}, using SIMD when asked and
 * available; `undefined` when WebAssembly (or SIMD, if asked) is not available.
 */
export function instantiateSha256(simd: boolean, bytes: number): WasmSha256 | undefined {
  const m = modules();
  if (m === null || (simd && m.simd === undefined)) return undefined;
  const scalar = new WebAssembly.Instance(m.scalar, {}).exports;
  const memory = scalar.memory as WebAssembly.Memory;
  const pages = Math.ceil((WASM_HEAP + bytes) / PAGE) - memory.buffer.byteLength / PAGE;
  if (pages > 0) memory.grow(pages);
  const compress = scalar.compress as WasmSha256['compress'];
  const many = scalar.many as WasmSha256['many'];
  if (!simd || m.simd === undefined) return { memory, compress, many };
  const lanes = new WebAssembly.Instance(m.simd, { sha256: { memory, many, compress } }).exports;
  return {
    memory,
    compress: lanes.compress as WasmSha256['compress'],
    many: lanes.many as WasmSha256['many'],
  };
}
