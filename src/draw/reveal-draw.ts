import type { BeaconVerifier } from '../core/index.js';
import { SsjError } from '../core/index.js';
import { expectOptions } from '../core/internal.js';
import { groupPool } from './canonical-pool.js';
import { ceremonySeed } from './ceremony-seed.js';
import { commitmentDigest } from './commitment-digest.js';
import { runDraw } from './draw-core.js';
import { normalizeExclusions } from './exclusions.js';
import type { RevealedValue } from './randomness-types.js';
import { deriveSeed } from './seed.js';
import type { DrawCommitment, DrawRecord, PoolEntry } from './types.js';
import { beaconProblems } from './verify-randomness.js';

/** Options of {@link revealDraw}. */
export interface RevealOptions {
  /** Checks each drand beacon before the draw (the `beacon` module's `verifyDrandBeacon`); refuses a bad one. */
  readonly verifyBeacon?: BeaconVerifier;
}

/** Every option key, as a record over the interface's keys, so an option added there must be named here. */
const OPTION_KEYS = Object.keys({ verifyBeacon: true } as const satisfies Record<keyof RevealOptions, true>);

/** Refuses options that are not an object, name an unknown key, or give a `verifyBeacon` that is not a function. */
function checkOptions(options: RevealOptions): void {
  expectOptions(options, OPTION_KEYS, 'revealDraw', 'DRAW_INVALID_REQUEST');
  if (options.verifyBeacon !== undefined && typeof options.verifyBeacon !== 'function') {
    const message = 'Invalid reveal options: verifyBeacon must be a function';
    throw new SsjError('DRAW_INVALID_REQUEST', message, {
      issues: [{ path: ['options', 'verifyBeacon'], message, expected: 'a function' }],
    });
  }
}

function seedOf(commitment: DrawCommitment, revealed: readonly RevealedValue[], options: RevealOptions) {
  if (commitment.algorithm === 'ssj-draw/1') {
    if (!revealed.every((r) => typeof r === 'string'))
      throw new SsjError('DRAW_RANDOMNESS_MISMATCH', 'An ssj-draw/1 commitment is revealed with text values');
    const text = revealed as readonly string[];
    return { seed: deriveSeed(commitment.digest, text), values: text };
  }
  const { seed, values } = ceremonySeed(commitment, revealed);
  const stored = values.map((v) => v.value);
  if (options.verifyBeacon !== undefined) {
    const problems = beaconProblems(commitment, stored, options.verifyBeacon);
    if (problems.length > 0)
      throw new SsjError('DRAW_BEACON_INVALID', problems.map((p) => p.message).join('; '), {
        issues: problems.map((p) => ({ path: ['randomness', p.index], message: p.message })),
      });
  }
  return { seed, values: stored };
}

/**
 * Draws after the randomness is revealed (揭示随机数并抽取): the seed follows from the commitment digest and
 * the revealed values, and the draw uses exactly the committed sample and exclusions. For an `ssj-draw/2`
 * commitment each value is first put into the one spelling its descriptor fixes (or refused), and drand beacons
 * are checked when a verifier is given. The record holds the commitment and the canonical values.
 *
 * @param commitment - the published commitment
 * @param pool - the committed pool (any order)
 * @param randomness - the revealed values, in descriptor order: text, numbers, or drand beacon objects
 * @param options - `verifyBeacon` to check drand signatures before drawing
 * @returns the draw record (`form: 'ceremony'`)
 * @throws {SsjError} `DRAW_COMMITMENT_TAMPERED` when the commitment's digest does not match its content
 * @throws {SsjError} `DRAW_RANDOMNESS_MISMATCH` when a value does not fit its descriptor or the count differs
 * @throws {SsjError} `DRAW_BEACON_INVALID` when a beacon's signature does not verify
 * @throws {SsjError} `DRAW_POOL_MISMATCH` when the pool's digest is not the committed one
 * @throws {SsjError} `DRAW_INVALID_SEED_INPUT` when no randomness is given
 * @throws {SsjError} `DRAW_INVALID_REQUEST` / `DRAW_DUPLICATE_IDS` for a malformed pool; `DRAW_INVALID_REQUEST` for
 *   options that are not an object, name a key other than `verifyBeacon`, or give a `verifyBeacon` that is not
 *   a function
 * @example
 * The whole flow, from `examples/draw-ceremony.ts`:
 *
 * {@includeCode ../../examples/draw-ceremony.ts#reveal}
 */
export function revealDraw(
  commitment: DrawCommitment,
  pool: readonly PoolEntry[],
  randomness: readonly RevealedValue[],
  options: RevealOptions = {},
): DrawRecord {
  checkOptions(options);
  if (
    typeof commitment !== 'object' ||
    commitment === null ||
    commitmentDigest(commitment) !== commitment.digest
  )
    throw new SsjError('DRAW_COMMITMENT_TAMPERED', 'The commitment digest does not match its content');
  if (!Array.isArray(randomness))
    throw new SsjError('DRAW_RANDOMNESS_MISMATCH', 'The revealed randomness must be a list of values');
  const { seed, values } = seedOf(commitment, randomness, options);
  const { list, ids } = normalizeExclusions(commitment.exclusions);
  const { record } = runDraw({
    pool: groupPool(pool),
    seed,
    sample: commitment.sample,
    exclusions: list,
    excludedIds: ids,
    commitment,
    randomness: [...values],
    form: { version: commitment.algorithm, form: 'ceremony' },
  });
  if (record.pool.digest !== commitment.pool.digest)
    throw new SsjError(
      'DRAW_POOL_MISMATCH',
      `The pool digest ${record.pool.digest} is not the committed ${commitment.pool.digest}`,
    );
  return record;
}
