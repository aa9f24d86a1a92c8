/**
 * The target draw at scale: pool digest and draw of 100k and 1M entries in 4 strata (pool digest included),
 * verification, a streamed draw, a sharded draw on 2 worker threads, and a streamed draw of 10M entries in its own
 * process (for its own peak memory). Baseline: `node:crypto` `createHash` per entry. Targets: 1M under 1 s, 10M
 * under 10 s within 1 GB, verification no slower than drawing.
 *
 * Run alone: `npx tsx bench/draw.bench.ts`.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  commitDraw,
  drawTargets,
  drawTargetsFromStream,
  mergeShards,
  type ShardResult,
  verifyDraw,
} from '../src/draw/index.js';
import { scrambledPool, sortedEntries } from './draw-pool.js';
import { type BenchResult, measure, peakRssMiB, runIfMain } from './harness.js';

const SEED = 'ab'.repeat(32);
const SAMPLE = { count: 1000 } as const;

async function sharded(n: number, workers: number): Promise<BenchResult> {
  // Workers load TypeScript through tsx's loader (Node 20 does not pass `--import` on to workers).
  const url = new URL('./draw-shard.worker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(url)}); })`;
  const pool = Array.from({ length: workers }, () => new Worker(boot, { eval: true }));
  const once = async () => {
    const size = Math.ceil(n / workers);
    const shards = await Promise.all(
      pool.map(
        (w, i) =>
          new Promise<ShardResult>((resolve) => {
            w.once('message', resolve);
            w.postMessage({
              from: i * size,
              to: Math.min(n, (i + 1) * size),
              seed: SEED,
              keep: SAMPLE.count + 1,
            });
          }),
      ),
    );
    return mergeShards({ shards, sample: SAMPLE, seed: SEED });
  };
  const result = await measure(
    `draw ${n / 1e6}M entries, 4 strata, ${workers} worker threads (sharded)`,
    once,
    {
      runs: 5,
      note: 'each worker generates its own range, as a machine reads its partition',
    },
  );
  await Promise.all(pool.map((w) => w.terminate()));
  return result;
}

async function streamInChild(n: number): Promise<BenchResult> {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(import.meta.url), `--stream=${n}`],
    {
      encoding: 'utf8',
    },
  );
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as BenchResult;
}

async function streamOnly(n: number): Promise<void> {
  const result = await measure(
    `streamed draw ${n / 1e6}M entries, 4 strata (own process)`,
    () => drawTargetsFromStream({ entries: sortedEntries(0, n), sample: SAMPLE, seed: SEED }),
    { runs: 3, warmup: 0, targetMs: 10_000, note: `peak RSS of the whole process; target < 1024 MiB` },
  );
  process.stdout.write(`${JSON.stringify({ ...result, peakRssMiB: peakRssMiB() })}\n`);
}

/** Every draw benchmark. */
export async function run(): Promise<BenchResult[]> {
  const all: BenchResult[] = [];
  const results = {
    push(r: BenchResult) {
      process.stderr.write(`${r.name}: median ${r.medianMs} ms, peak ${r.peakRssMiB} MiB\n`);
      all.push(r);
    },
  };
  const million = scrambledPool(1_000_000);
  results.push(
    await measure(
      'baseline: node:crypto createHash per entry, 1M',
      () => {
        for (const e of million) createHash('sha256').update(e.id).digest();
      },
      { runs: 3 },
    ),
  );
  for (const n of [100_000, 1_000_000]) {
    const pool = n === 1_000_000 ? million : scrambledPool(n);
    results.push(
      await measure(`pool digest ${n / 1e6}M entries, 4 strata (commitDraw)`, () =>
        commitDraw({ pool, sample: SAMPLE, randomnessSource: 'bench' }),
      ),
    );
    results.push(
      await measure(
        `draw ${n / 1e6}M entries, 4 strata, 1000 per stratum, digest included`,
        () => drawTargets({ pool, sample: SAMPLE, seed: SEED }),
        n === 1_000_000 ? { targetMs: 1000 } : {},
      ),
    );
  }
  const record = drawTargets({ pool: million, sample: SAMPLE, seed: SEED });
  results.push(
    await measure('verify 1M entries, 4 strata', () => verifyDraw(record, million), { targetMs: 1000 }),
  );
  results.push(
    await measure('streamed draw 1M entries (sorted iterable), 4 strata', () =>
      drawTargetsFromStream({ entries: sortedEntries(0, 1_000_000), sample: SAMPLE, seed: SEED }),
    ),
  );
  results.push(await sharded(1_000_000, 2));
  results.push(await streamInChild(10_000_000));
  return all;
}

const streamArg = process.argv.find((a) => a.startsWith('--stream='));
if (streamArg !== undefined) await streamOnly(Number(streamArg.slice('--stream='.length)));
else await runIfMain(import.meta.url, run);
