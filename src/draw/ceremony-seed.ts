import { SsjError } from '../core/index.js';
import { type CanonicalValue, canonicalValues } from './randomness-canonical.js';
import type { RevealedValue } from './randomness-types.js';
import { seedFromInputs } from './seed.js';
import type { DrawCommitment } from './types.js';

/** The seed of a ceremony and the revealed values in their one spelling. */
export interface CeremonySeed {
  /** The seed, 64 lower-case hex characters. */
  readonly seed: string;
  /** Each revealed value, canonical (`value`, as the record stores it) with what entered the seed. */
  readonly values: readonly CanonicalValue[];
}

/**
 * The seed of an `ssj-draw/2` ceremony (由承诺与公开随机数得出种子): each revealed value is put in the one
 * canonical spelling its descriptor fixes (or refused), then hashed with the commitment digest. Two spellings of
 * one result give one seed.
 *
 * @param commitment - an `ssj-draw/2` commitment (its `randomness` descriptors)
 * @param revealed - the revealed values in descriptor order: text, numbers, or drand beacon objects
 * @returns the seed and the canonical values
 * @throws {SsjError} `DRAW_RANDOMNESS_MISMATCH` when a value does not fit its descriptor or the count differs
 * @throws {SsjError} `DRAW_INVALID_REQUEST` when the commitment is not an `ssj-draw/2` commitment
 * @example
 * {@includeCode ../../examples/randomness-spellings.ts#seed}
 */
export function ceremonySeed(commitment: DrawCommitment, revealed: readonly RevealedValue[]): CeremonySeed {
  const descriptors =
    typeof commitment === 'object' && commitment !== null ? commitment.randomness : undefined;
  if (commitment?.algorithm !== 'ssj-draw/2' || !Array.isArray(descriptors))
    throw new SsjError(
      'DRAW_INVALID_REQUEST',
      'An ssj-draw/2 commitment with randomness descriptors is needed',
      {
        issues: [{ path: ['commitment'], message: 'not ssj-draw/2', expected: 'an ssj-draw/2 commitment' }],
      },
    );
  const values = canonicalValues(descriptors, revealed);
  return {
    seed: seedFromInputs(
      commitment.digest,
      values.map((v) => v.seedInput),
    ),
    values,
  };
}
