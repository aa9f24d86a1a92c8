import { compareIdBytes } from './id-order.js';
import { resolveSize, sizeForStratum } from './sample-size.js';
import type { SampleSpec, StratumSize } from './types.js';

/**
 * Resolves the size of every stratum (各层抽取数量): the strata of the pool and those the sample names. A stratum
 * of the pool that a per-stratum sample does not name is asked for `{ count: 0 }`.
 *
 * @param sample - the sample spec
 * @param counts - per stratum: entries in the pool and entries excluded
 * @returns the sizes, keyed by stratum, in stratum byte order
 */
export function resolveSizes(
  sample: SampleSpec,
  counts: ReadonlyMap<string, { readonly pool: number; readonly excluded: number }>,
): Record<string, StratumSize> {
  const names = new Set<string>(counts.keys());
  if ('strata' in sample) for (const name of Object.keys(sample.strata)) names.add(name.normalize('NFC'));
  const out: Record<string, StratumSize> = {};
  for (const name of [...names].sort(compareIdBytes)) {
    const c = counts.get(name) ?? { pool: 0, excluded: 0 };
    const requested = sizeForStratum(sample, name) ?? { count: 0 };
    out[name] = {
      pool: c.pool,
      excluded: c.excluded,
      eligible: c.pool - c.excluded,
      requested,
      size: resolveSize(requested, c.pool),
    };
  }
  return out;
}
