import { forEachInOrder, type GroupedPool } from './canonical-pool.js';
import { drawEngine, type EngineOutcome, engineOutcome, enginePoolDigest, feed } from './engine.js';
import { resolveSize, sizeForStratum } from './sample-size.js';
import type { SampleSpec } from './types.js';

/** Pool counts per stratum of a grouped pool. */
export function groupCounts(pool: GroupedPool): Map<string, number> {
  const counts = new Map<string, number>();
  pool.strata.forEach((s, i) => {
    counts.set(s, pool.counts[i] as number);
  });
  return counts;
}

/** The base size of a stratum before extensions, from the sample and the stratum's pool count. */
export function baseSize(sample: SampleSpec, stratum: string, poolCount: number): number {
  return resolveSize(sizeForStratum(sample, stratum) ?? { count: 0 }, poolCount);
}

/**
 * Runs the engine over a grouped pool (internal): one pass in id byte order.
 *
 * @returns the pool digest and the per-stratum outcome
 * @throws {SsjError} `DRAW_DUPLICATE_IDS` when an id occurs twice
 */
export function runPool(
  pool: GroupedPool,
  seed: string,
  excluded: ReadonlySet<string>,
  capacityOf: (stratum: string) => number,
): { poolDigest: string; outcome: EngineOutcome } {
  const engine = drawEngine(seed, excluded, capacityOf);
  const names = pool.strata;
  forEachInOrder(pool, (id, s) => feed(engine, id, names[s] as string));
  return { poolDigest: enginePoolDigest(engine), outcome: engineOutcome(engine) };
}
