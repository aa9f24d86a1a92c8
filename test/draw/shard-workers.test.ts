import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { entryAt } from '../../bench/draw-pool.js';
import { drawTargets, mergeShards, type ShardResult } from '../../src/draw/index.js';

const SEED = '7c'.repeat(32);

describe('a sharded draw on worker threads', () => {
  it('merges shards computed by three workers into the record of one pass', async () => {
    const n = 30_000;
    const url = new URL('../../bench/draw-shard.worker.ts', import.meta.url).href;
    const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(url)}); })`;
    const ranges = [
      [0, 7_000],
      [7_000, 19_999],
      [19_999, n],
    ] as const;
    const shards = await Promise.all(
      ranges.map(
        ([from, to]) =>
          new Promise<ShardResult>((resolve, reject) => {
            const worker = new Worker(boot, { eval: true });
            worker.once('message', (result: ShardResult) => {
              void worker.terminate();
              resolve(result);
            });
            worker.once('error', reject);
            worker.postMessage({ from, to, seed: SEED, keep: 51 });
          }),
      ),
    );
    const pool = Array.from({ length: n }, (_, i) => entryAt(i)).reverse();
    const sample = { count: 50 };
    expect(mergeShards({ shards, sample, seed: SEED })).toEqual(drawTargets({ pool, sample, seed: SEED }));
  });
});
