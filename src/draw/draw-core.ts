import { assembleRecord, capacityNeeded, type RecordParts, type ReplacementRequest } from './assemble.js';
import type { GroupedPool } from './canonical-pool.js';
import { baseSize, groupCounts, type PassTick, runPool } from './run-pool.js';
import { resolveSizes } from './sizes.js';
import type { DrawCommitment, DrawRecord, Exclusion, Extension, SampleSpec } from './types.js';

/** Everything one in-memory draw needs (internal). */
export interface DrawPlan {
  readonly pool: GroupedPool;
  readonly seed: string;
  readonly sample: SampleSpec;
  readonly exclusions: readonly Exclusion[];
  readonly excludedIds: ReadonlySet<string>;
  readonly replacements?: readonly ReplacementRequest[];
  readonly extensions?: readonly Extension[];
  readonly commitment?: DrawCommitment | undefined;
  readonly randomness?: readonly string[] | undefined;
  readonly form?: RecordParts['form'];
  readonly digest?: RecordParts['digest'];
  /** Told the entries gone through during the pass over the pool. */
  readonly tick?: PassTick | undefined;
}

/**
 * Runs one in-memory draw (internal): a single pass over the pool keeping, per stratum, just enough of the
 * smallest keys for the sample, its replacements and extensions, and the next key; then builds the record.
 *
 * @returns the record and any problems found replaying replacements
 */
export function runDraw(plan: DrawPlan): { record: DrawRecord; problems: string[] } {
  const replacements = plan.replacements ?? [];
  const extensions = plan.extensions ?? [];
  const counts = groupCounts(plan.pool);
  const { poolDigest, outcome } = runPool(
    plan.pool,
    plan.seed,
    plan.excludedIds,
    (s) => capacityNeeded(baseSize(plan.sample, s, counts.get(s) ?? 0), s, replacements, extensions),
    plan.tick,
  );
  return assembleRecord({
    seed: plan.seed,
    poolDigest,
    count: outcome.count,
    outcome: outcome.strata,
    sizes: resolveSizes(plan.sample, outcome.strata),
    exclusions: plan.exclusions,
    replacements,
    extensions,
    commitment: plan.commitment,
    randomness: plan.randomness,
    form: plan.form,
    ...(plan.digest === undefined ? {} : { digest: plan.digest }),
  });
}

/** The sample a record was drawn with, rebuilt from its strata (before extensions). */
export function sampleOfRecord(record: DrawRecord): SampleSpec {
  const strata: Record<string, DrawRecord['strata'][string]['requested']> = {};
  for (const [name, s] of Object.entries(record.strata)) strata[name] = s.requested;
  return { strata };
}

/** The replacements of a record without their outcomes. */
export function replacementRequests(record: DrawRecord): ReplacementRequest[] {
  return record.replacements.map((r) => ({ id: r.id, stratum: r.stratum, reason: r.reason, step: r.step }));
}

/** The next step number of a record's changes. */
export function nextStep(record: DrawRecord): number {
  let step = 0;
  for (const r of record.replacements) step = Math.max(step, r.step);
  for (const e of record.extensions) step = Math.max(step, e.step);
  return step + 1;
}
