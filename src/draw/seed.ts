import { createSha256, SsjError, utf8 } from '../core/index.js';
import { concatBytes, summarizeIssues, uint32be } from '../core/internal.js';
import { seedInputIssues } from './request-guards.js';

/** The domain tag hashed first in every seed, so a seed can never be confused with another digest. */
export const SEED_TAG = 'shuangsuiji/seed/v1';

/** Refuses a malformed commitment digest or an empty or non-string list of inputs. */
function checkSeedInput(commitmentDigest: unknown, inputs: unknown): void {
  const issues = seedInputIssues(commitmentDigest, inputs);
  if (issues.length > 0)
    throw new SsjError('DRAW_INVALID_SEED_INPUT', summarizeIssues('seed input', issues), { issues });
}

/**
 * `uint32be(b.length) ‖ b` (长度前缀): how every variable-length field of the draw is hashed.
 *
 * @param bytes - the field
 * @returns the length-prefixed bytes
 * @example
 * ```ts
 * lengthPrefixed(utf8('A')); // Uint8Array [0, 0, 0, 1, 65]
 * ```
 */
export function lengthPrefixed(bytes: Uint8Array): Uint8Array {
  return concatBytes(uint32be(bytes.length), bytes);
}

/**
 * Derives the seed of a draw (随机种子) from the commitment digest and the public randomness revealed after it
 * (a beacon value, lottery numbers, dice rolled at a public ceremony), so nobody can choose the seed or re-roll it
 * unseen:
 * `hex(SHA-256(utf8("shuangsuiji/seed/v1") ‖ lp(utf8(digest)) ‖ lp(utf8(NFC(r1))) ‖ lp(utf8(NFC(r2))) …))`
 * with `lp(b) = uint32be(b.length) ‖ b`.
 *
 * @param commitmentDigest - the commitment's digest (64 lower-case hex)
 * @param randomness - the revealed values, in order (at least one)
 * @returns the seed, 64 lower-case hex characters
 * @throws {SsjError} `DRAW_INVALID_SEED_INPUT` when the digest is not 64 lower-case hex or no randomness is given
 * @example
 * ```ts
 * const seed = deriveSeed(commitment.digest, ['drand quicknet 1234567: 8f1c…']);
 * ```
 */
export function deriveSeed(commitmentDigest: string, randomness: readonly string[]): string {
  checkSeedInput(commitmentDigest, randomness);
  const hash = createSha256()
    .update(SEED_TAG)
    .update(lengthPrefixed(utf8(commitmentDigest)));
  for (const value of randomness) hash.update(lengthPrefixed(utf8(value.normalize('NFC'))));
  return hash.digestHex();
}

/** The domain tag of an `ssj-draw/2` seed: the revealed values enter in their canonical form. */
export const SEED_TAG_V2 = 'shuangsuiji/seed/v2';

/**
 * The `ssj-draw/2` seed (随机种子): `hex(SHA-256(utf8("shuangsuiji/seed/v2") ‖ lp(digest) ‖ lp(s1) ‖ lp(s2) …))`
 * where `s1, s2, …` are the seed inputs of the canonical revealed values (for drand, SHA-256 of the signature).
 *
 * @param commitmentDigest - the commitment's digest (64 lower-case hex)
 * @param seedInputs - the canonical seed inputs, in descriptor order (at least one)
 * @returns the seed, 64 lower-case hex characters
 * @throws {SsjError} `DRAW_INVALID_SEED_INPUT` when the digest is not 64 lower-case hex or no input is given
 * @example
 * {@includeCode ../../examples/describe-randomness.ts#seed}
 */
export function seedFromInputs(commitmentDigest: string, seedInputs: readonly string[]): string {
  checkSeedInput(commitmentDigest, seedInputs);
  const hash = createSha256()
    .update(SEED_TAG_V2)
    .update(lengthPrefixed(utf8(commitmentDigest)));
  for (const value of seedInputs) hash.update(lengthPrefixed(utf8(value)));
  return hash.digestHex();
}
