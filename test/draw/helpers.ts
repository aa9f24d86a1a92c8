import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { groupPool } from '../../src/draw/canonical-pool.js';
import { runDraw } from '../../src/draw/draw-core.js';
import { normalizeExclusions } from '../../src/draw/exclusions.js';
import type { DrawRecord, Exclusion, PoolEntry, SampleSpec } from '../../src/draw/index.js';

/** SHA-256 by node:crypto, as an independent check of the TypeScript implementation. */
export const nodeSha = (...parts: (Uint8Array | string)[]): Buffer => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest();
};

/** uint32be(len) ‖ bytes. */
export const lp = (data: Uint8Array | string): Buffer => {
  const b = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data);
  const n = Buffer.alloc(4);
  n.writeUInt32BE(b.length);
  return Buffer.concat([n, b]);
};

/** The key of an entry, computed from the spec with node:crypto only. */
export const referenceKey = (seed: string, stratum: string, id: string): string => {
  const s = nodeSha('shuangsuiji/stratum/v1', lp(stratum.normalize('NFC')));
  return nodeSha(s, Buffer.from(seed, 'hex'), Buffer.from(id.normalize('NFC'), 'utf8')).toString('hex');
};

/** A deterministic pool of `n` entries over the given strata. */
export const makePool = (n: number, strata: readonly string[] = ['A', 'B', 'C', 'D']): PoolEntry[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `T${String(i).padStart(6, '0')}`,
    stratum: strata[i % strata.length] as string,
  }));

/** A 64-hex seed. */
export const seedArb = fc
  .uint8Array({ minLength: 32, maxLength: 32 })
  .map((b) => Buffer.from(b).toString('hex'));

/** A small pool with unique ids over up to 3 strata. */
export const poolArb = fc
  .uniqueArray(fc.string({ minLength: 1, maxLength: 6, unit: 'grapheme-ascii' }), {
    minLength: 0,
    maxLength: 40,
  })
  .chain((ids) =>
    fc.tuple(
      fc.constant(ids),
      fc.array(fc.constantFrom('', 'A', 'B类'), { minLength: ids.length, maxLength: ids.length }),
    ),
  )
  .map(([ids, strata]) => ids.map((id, i) => ({ id, stratum: strata[i] as string })));

/** A Fisher–Yates shuffle driven by fast-check's random. */
export const shuffled = <T>(items: readonly T[], order: readonly number[]): T[] => {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = (order[i % Math.max(order.length, 1)] ?? 0) % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
};

/**
 * An `ssj-draw/1` direct record, as `drawTargets` gave before `ssj-draw/2`: the engine's record unchanged. Kept to
 * show that records of the earlier version keep verifying.
 */
export function drawV1(input: {
  readonly pool: readonly PoolEntry[];
  readonly sample: SampleSpec;
  readonly seed: string;
  readonly exclude?: readonly Exclusion[];
}): DrawRecord {
  const { list, ids } = normalizeExclusions(input.exclude);
  return runDraw({
    pool: groupPool(input.pool),
    seed: input.seed,
    sample: input.sample,
    exclusions: list,
    excludedIds: ids,
  }).record;
}
