/**
 * The worker side of `examples/draw-on-workers.ts` (a Node worker thread; a Web Worker is the same with
 * `self.onmessage` and `self.postMessage`): it receives its range of the pool as byte batches, whose typed arrays
 * were transferred, not copied, draws its shard and posts the shard result back.
 */
import { parentPort } from 'node:worker_threads';
import { type DrawShardInput, drawShard } from '../../src/draw/index.js';

parentPort?.on('message', (input: DrawShardInput) => {
  try {
    parentPort?.postMessage({ ok: true, shard: drawShard(input) });
  } catch (error) {
    parentPort?.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
