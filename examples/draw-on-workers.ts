/**
 * A sharded draw on worker threads (分片并行抽取), the adapter a host copies: the pool is cut into contiguous
 * ranges of id byte order (as a database partition or a `WHERE id >= … AND id < …` cursor gives them), each
 * range goes to its own worker as byte batches (`PoolBatch`: typed arrays, transferred without copying), every
 * worker posts back its `ShardResult`, and `mergeShards` joins them into the record `drawTargets` gives for the
 * whole pool. On two cores two workers draw at once.
 *
 * Run: `npx tsx examples/draw-on-workers.ts`
 */
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  type DrawRecord,
  type DrawShardInput,
  drawTargets,
  mergeShards,
  type PoolBatch,
  type PoolEntry,
  type SampleSpec,
  type ShardResult,
} from '../src/draw/index.js';

const encoder = new TextEncoder();

/**
 * Entries already in id byte order (ASCII ids, as 统一社会信用代码 are, compare like their bytes) as one byte
 * batch: the ids' bytes back to back, where each ends, and each one's stratum.
 */
export function toBatch(entries: readonly PoolEntry[]): PoolBatch {
  const strata = [...new Set(entries.map((e) => e.stratum ?? ''))];
  const ids = encoder.encode(entries.map((e) => e.id).join(''));
  const ends = new Uint32Array(entries.length);
  const stratumOf = new Uint8Array(entries.length);
  let end = 0;
  entries.forEach((e, i) => {
    end += encoder.encode(e.id).length;
    ends[i] = end;
    stratumOf[i] = strata.indexOf(e.stratum ?? '');
  });
  return { ids, ends, strata, stratumOf };
}

/**
 * Starts a worker thread running `draw-on-workers/shard-worker.ts`. Under `tsx` (these examples) the worker
 * registers tsx's loader itself, since Node 20 does not pass `--import` on to workers; a host running compiled
 * JavaScript starts `new Worker(new URL('./shard-worker.js', import.meta.url))` instead.
 */
function startWorker(): Worker {
  const url = new URL('./draw-on-workers/shard-worker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(url)}); })`;
  return new Worker(boot, { eval: true });
}

/** Sends one shard to a worker and waits for its result; the batches' typed arrays are transferred. */
function runShard(worker: Worker, input: DrawShardInput): Promise<ShardResult> {
  return new Promise((resolve, reject) => {
    worker.once('error', reject);
    worker.once('message', (reply: { ok: true; shard: ShardResult } | { ok: false; message: string }) => {
      if (reply.ok) resolve(reply.shard);
      else reject(new Error(reply.message));
    });
    const transfer = (input.batches ?? []).flatMap((b) => [b.ids.buffer, b.ends.buffer, b.stratumOf.buffer]);
    worker.postMessage(input, transfer as ArrayBuffer[]);
  });
}

/**
 * Draws `count` per stratum from a pool sorted by id, on `workers` worker threads.
 *
 * Every shard keeps `count + 1` keys per stratum: the merged draw needs each stratum's size and the next key.
 * (With a ratio sample, resolve each stratum's size from the pool counts first, e.g. a `COUNT(*) … GROUP BY`,
 * and keep that size + 1.)
 */
export async function drawOnWorkers(
  sorted: readonly PoolEntry[],
  count: number,
  seed: string,
  workers: number,
): Promise<DrawRecord> {
  const pool = Array.from({ length: workers }, startWorker);
  try {
    const size = Math.ceil(sorted.length / workers);
    const shards = await Promise.all(
      pool.map((worker, i) =>
        runShard(worker, {
          batches: [toBatch(sorted.slice(i * size, (i + 1) * size))],
          seed,
          keep: count + 1,
        }),
      ),
    );
    const sample: SampleSpec = { count };
    return mergeShards({ shards, sample, seed });
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}

/** Runs the example and returns what it prints. */
export async function main(): Promise<string> {
  const strata = ['A', 'B', 'C', 'D'];
  const sorted = Array.from({ length: 20_000 }, (_, i) => ({
    id: `91150621MA${String(i).padStart(8, '0')}`,
    stratum: strata[i % 4] as string,
  }));
  const seed = 'ab'.repeat(32);
  const record = await drawOnWorkers(sorted, 3, seed, 2);
  const whole = drawTargets({ pool: sorted, sample: { count: 3 }, seed });
  return [
    `pool ${record.pool.count}, selected ${record.selected.length}`,
    `same record as drawTargets: ${record.digest === whole.digest}`,
    ...record.selected.slice(0, 2).map((t) => `${t.stratum} #${t.rank} ${t.id}`),
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) console.log(await main());
