import { bls12_381 } from '@noble/curves/bls12-381.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { type BeaconQuestion, type BeaconVerdict, fromHex } from '../core/index.js';

/** The hash-to-curve tags of the two schemes (RFC 9380 suites), as drand signs with them. */
export const DRAND_DST = {
  'bls-unchained-g1-rfc9380': 'BLS_SIG_BLS12381G1_XMD:SHA-256_SSWU_RO_NUL_',
  'pedersen-bls-chained': 'BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_NUL_',
} as const;

const roundBytes = (round: number): Uint8Array => {
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, BigInt(round));
  return out;
};

const malformed = (message: string): BeaconVerdict => ({
  valid: false,
  problem: 'beacon-malformed',
  message,
});

/**
 * Verifies a drand beacon (核验 drand 随机信标): whether `signature` is the network's BLS12-381 signature of the
 * round. `quicknet` (`bls-unchained-g1-rfc9380`) signs SHA-256 of the round as 8 bytes big-endian, with the
 * signature on G1; `default` (`pedersen-bls-chained`) signs SHA-256 of the previous signature followed by the
 * round, with the signature on G2. A signature that is not a point, or of another round or network, is refused
 * with a named problem; this function never throws on bad input. Pass it to `verifyDraw` as `verifyBeacon`.
 *
 * @param question - the network, the round, the signature and (chained) the previous signature, in hex
 * @returns `{ valid: true }`, or `{ valid: false, problem, message }`
 * @example
 * {@includeCode ../../examples/beacon-check.ts#verify}
 */
export function verifyDrandBeacon(question: BeaconQuestion): BeaconVerdict {
  if (typeof question !== 'object' || question === null) return malformed('no beacon question given');
  const { network, round, signature, previousSignature } = question;
  if (typeof network !== 'object' || network === null) return malformed('no drand network given');
  if (!Number.isSafeInteger(round) || round < 1)
    return malformed(`round ${String(round)} is not a round number`);
  const sig = typeof signature === 'string' ? fromHex(signature.toLowerCase()) : undefined;
  const key = typeof network.publicKey === 'string' ? fromHex(network.publicKey) : undefined;
  if (sig === undefined) return malformed('the signature is not hex');
  if (key === undefined) return malformed('the network public key is not hex');
  const chained = network.scheme === 'pedersen-bls-chained';
  if (!chained && network.scheme !== 'bls-unchained-g1-rfc9380')
    return malformed(`unknown drand scheme ${JSON.stringify(network.scheme)}`);
  const previous = chained && typeof previousSignature === 'string' ? fromHex(previousSignature) : undefined;
  if (chained && previous === undefined)
    return malformed('a chained beacon needs the previous signature in hex');
  const message = sha256(
    previous === undefined ? roundBytes(round) : new Uint8Array([...previous, ...roundBytes(round)]),
  );
  try {
    const ok = chained
      ? bls12_381.longSignatures.verify(
          sig,
          bls12_381.longSignatures.hash(message, DRAND_DST[network.scheme]),
          key,
        )
      : bls12_381.shortSignatures.verify(
          sig,
          bls12_381.shortSignatures.hash(message, DRAND_DST[network.scheme]),
          key,
        );
    if (ok) return { valid: true };
  } catch (error) {
    return malformed(`the signature or key is not a valid curve point (${(error as Error).message})`);
  }
  return {
    valid: false,
    problem: 'beacon-signature',
    message: `the signature is not the network's signature of round ${round}`,
  };
}
