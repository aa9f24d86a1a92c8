/**
 * A worker thread computing one shard of a sharded draw: it generates its own range of the benchmark pool (as a
 * machine would read its own partition) and posts the shard result back.
 */
import { parentPort } from 'node:worker_threads';
import { drawShard } from '../src/draw/index.js';
import { entryAt } from './draw-pool.js';

parentPort?.on('message', (job: { from: number; to: number; seed: string; keep: number }) => {
  const pool = Array.from({ length: job.to - job.from }, (_, i) => entryAt(job.from + i));
  parentPort?.postMessage(drawShard({ pool, seed: job.seed, keep: job.keep }));
});
