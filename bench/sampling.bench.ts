/**
 * Sampling: planning a draw for a directory of the size of 鄂尔多斯 2024 (87,015 targets, with history) under
 * 大庆林甸 2024, and committing the request. Run alone: `npx tsx bench/sampling.bench.ts`.
 */
import { commitDraw } from '../src/draw/index.js';
import { planSample, SAMPLING_PRESETS } from '../src/sampling/index.js';
import { generateTargets } from '../src/testing/index.js';
import { type BenchResult, measure, runIfMain } from './harness.js';

/** Runs the sampling benchmarks. */
export async function run(): Promise<BenchResult[]> {
  const targets = generateTargets({ seed: 'ordos-2024', count: 87_015, asOf: '2025-12-01' });
  const policy = SAMPLING_PRESETS['daqing-lindian-2024'];
  const input = { targets, policy, asOf: '2026-03-02', randomnessSource: 'drand quicknet round 1' } as const;
  let sink = 0;
  const plan = planSample(input);
  const results = [
    await measure(
      'sampling: planSample 87k targets, 4 classes',
      () => {
        sink += planSample(input).totals.planned;
      },
      { runs: 5, targetMs: 1000, note: 'with history, caps and exclusion reasons' },
    ),
    await measure(
      'sampling: planSample 87k targets + 定向 filter',
      () => {
        const filter = {
          spec: { region: '150621' },
          matches: (t: (typeof targets)[number]) => t.region === '150621',
        };
        sink += planSample({ ...input, filter }).totals.planned;
      },
      { runs: 5 },
    ),
    await measure(
      'sampling: commitDraw(plan.request), 87k pool',
      () => {
        sink += commitDraw(plan.request).digest.length;
      },
      { runs: 5, note: 'the draw module hashing the request the plan built' },
    ),
  ];
  if (sink === -1) console.log(sink);
  return results;
}

await runIfMain(import.meta.url, run);
