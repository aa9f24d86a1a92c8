import { fromHex, type Sha256Midstate, sha256, sha256Midstate, toHex, utf8 } from '../core/index.js';
import { concatBytes } from '../core/internal.js';
import { lengthPrefixed } from './seed.js';

/** The domain tag of the stratum half of the prefix block. */
export const STRATUM_TAG = 'shuangsuiji/stratum/v1';

/**
 * The 64-byte prefix block of a stratum (分层前缀块): `SHA-256(utf8("shuangsuiji/stratum/v1") ‖
 * lp(utf8(NFC(stratum)))) ‖ seed` (32 + 32 bytes). It binds the algorithm version, the stratum and the seed, and
 * is compressed once per stratum.
 *
 * @param seed - the seed, 64 lower-case hex characters (already validated)
 * @param stratum - the stratum name
 * @returns the 64 bytes
 * @throws {RangeError} when the seed is not 64 hex characters (validated inputs never are)
 * @example
 * ```ts
 * prefixBlock('00'.repeat(32), 'A').length; // 64
 * ```
 */
export function prefixBlock(seed: string, stratum: string): Uint8Array {
  const seedBytes = fromHex(seed);
  if (seedBytes === undefined || seedBytes.length !== 32)
    throw new RangeError('seed must be 32 bytes of hex');
  const tagged = sha256(concatBytes(utf8(STRATUM_TAG), lengthPrefixed(utf8(stratum.normalize('NFC')))));
  return concatBytes(tagged, seedBytes);
}

/** The SHA-256 state after a stratum's prefix block. */
export function stratumMidstate(seed: string, stratum: string): Sha256Midstate {
  return sha256Midstate(prefixBlock(seed, stratum));
}

/**
 * The key of one entry (排序键): `SHA-256(prefixBlock(seed, stratum) ‖ utf8(NFC(id)))`, as hex. Each stratum
 * takes the entries with the smallest keys. The fast engine computes the same value from the midstate.
 *
 * @param seed - the seed (64 lower-case hex)
 * @param stratum - the entry's stratum (`''` for none)
 * @param id - the entry's id
 * @returns the key, 64 lower-case hex characters
 * @throws {RangeError} when the seed is not 64 hex characters
 * @example
 * ```ts
 * targetKey('00'.repeat(32), 'A', '91150621MA0Q5XKD7B');
 * ```
 */
export function targetKey(seed: string, stratum: string, id: string): string {
  return toHex(sha256(concatBytes(prefixBlock(seed, stratum), utf8(id.normalize('NFC')))));
}
