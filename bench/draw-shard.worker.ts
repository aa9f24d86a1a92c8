/**
 * A worker thread computing one shard of a sharded draw: it generates its own range of the benchmark pool (as a
 * machine would read its own partition), as objects or as byte batches, and posts the shard result back.
 */
import { parentPort } from 'node:worker_threads';
import { drawShard } from '../src/draw/index.js';
import { entryAt, sortedBatches } from './draw-pool.js';

parentPort?.on(
  'message',
  (job: { from: number; to: number; seed: string; keep: number; batches?: boolean }) => {
    if (job.batches === true) {
      const batches = [...sortedBatches(job.from, job.to)];
      parentPort?.postMessage(drawShard({ batches, seed: job.seed, keep: job.keep }));
      return;
    }
    const pool = Array.from({ length: job.to - job.from }, (_, i) => entryAt(job.from + i));
    parentPort?.postMessage(drawShard({ pool, seed: job.seed, keep: job.keep }));
  },
);
