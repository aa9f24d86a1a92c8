/**
 * The SHA-256 cores alone, in million compressions per second: long messages (one stream of 64 KiB windows, as
 * the pool and record digests hash) on the TypeScript core, the scalar WebAssembly core and the WebAssembly core
 * that computes the schedules of four blocks in SIMD lanes, and one-block messages after a midstate (as the
 * draw's keys are hashed) on every core `createSha256Batch` offers. Anchor: `node:crypto` (OpenSSL) on the same
 * long message, and `createHash` once per 64-byte message, the draw benchmarks' baseline.
 * Run alone: `npx tsx bench/hash.bench.ts`.
 */
import { createHash } from 'node:crypto';
import { createSha256Batch, sha256Cores } from '../src/core/index.js';
import { typescriptBlocks, wasmBlocks } from '../src/core/sha256-blocks.js';
import { type BenchResult, measure, runIfMain } from './harness.js';

const BLOCKS = 200_000;

/** `blocks` compressions in `ms` milliseconds, as millions a second. */
const rate = (r: BenchResult, blocks: number) =>
  `${Math.round((blocks / r.medianMs / 1000) * 100) / 100} M compressions/s`;

/** Runs the hash-core benchmarks. */
export async function run(): Promise<BenchResult[]> {
  const message = new Uint8Array(BLOCKS * 64);
  for (let i = 0; i < message.length; i++) message[i] = (i * 131) & 255;
  const state = new Int32Array(8);
  const results: BenchResult[] = [];
  const long = async (name: string, fn: () => void) => {
    const r = await measure(`hash: ${name}, ${BLOCKS / 1000}k blocks in one stream`, fn, { runs: 7 });
    results.push({ ...r, note: rate(r, BLOCKS) });
  };
  await long('node:crypto (OpenSSL)', () => createHash('sha256').update(message).digest());
  await long('TypeScript core', () => typescriptBlocks.compress(state, message, 0, BLOCKS));
  const wasm = wasmBlocks(false);
  if (wasm !== undefined)
    await long('scalar WebAssembly core', () => wasm.compress(state, message, 0, BLOCKS));
  const simd = wasmBlocks();
  if (simd !== undefined)
    await long('WebAssembly core, schedules of 4 blocks in SIMD lanes', () =>
      simd.compress(state, message, 0, BLOCKS),
    );
  const perCall = await measure(
    `hash: node:crypto createHash per 64-byte message, ${BLOCKS / 1000}k messages`,
    () => {
      for (let i = 0; i < BLOCKS; i++)
        createHash('sha256')
          .update(message.subarray(i * 64, i * 64 + 55))
          .digest();
    },
    { runs: 7 },
  );
  results.push({ ...perCall, note: `${rate(perCall, BLOCKS)}, the draw benchmarks' baseline` });
  const capacity = 2048;
  for (const core of sha256Cores()) {
    const batch = createSha256Batch({ capacity, states: 4, core });
    batch.blocks.set(message.subarray(0, capacity * 64));
    for (let i = 0; i < capacity; i++) batch.lanes[i] = i & 3;
    const r = await measure(
      `hash: one-block messages after a midstate, ${core} batch of ${capacity}, ${BLOCKS / 1000}k messages`,
      () => {
        for (let done = 0; done < BLOCKS; done += capacity) batch.run(Math.min(capacity, BLOCKS - done));
      },
      { runs: 7 },
    );
    results.push({ ...r, note: rate(r, BLOCKS) });
  }
  return results;
}

await runIfMain(import.meta.url, run);
