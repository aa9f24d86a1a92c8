/**
 * The vocabulary shared by the draw and the beacon check (drand 随机信标): a drand network, and the verdict of a
 * beacon check. Plain data, no cryptography: the BLS check lives in its own module so other bundles stay light.
 */
import { SsjError } from './errors.js';

/** The two drand signature schemes in use: `quicknet` (unchained, G1 signatures) and `default` (chained). */
export type DrandScheme = 'bls-unchained-g1-rfc9380' | 'pedersen-bls-chained';

/** A drand network (随机信标网络), as its `/info` endpoint states it. */
export interface DrandNetwork {
  /** The chain hash (64 hex), the network's name on the wire. */
  readonly chainHash: string;
  /** The group public key, compressed, in hex (96 bytes on G2 for quicknet, 48 bytes on G1 for default). */
  readonly publicKey: string;
  /** The signature scheme. */
  readonly scheme: DrandScheme;
  /** Round 1's time, in seconds since 1970-01-01T00:00:00Z. */
  readonly genesisTime: number;
  /** Seconds between rounds. */
  readonly period: number;
}

/** What a beacon check is asked: is `signature` the network's signature of `round`? */
export interface BeaconQuestion {
  readonly network: DrandNetwork;
  readonly round: number;
  /** The round's signature, hex. */
  readonly signature: string;
  /** For a chained network: the previous round's signature (for round 1, the genesis seed), hex. */
  readonly previousSignature?: string;
}

/** The answer of a beacon check (信标核验结论): valid, or the named reason it is not. */
export type BeaconVerdict =
  | { readonly valid: true }
  | {
      readonly valid: false;
      readonly problem: 'beacon-signature' | 'beacon-malformed';
      readonly message: string;
    };

/** A beacon check, injected where a draw is verified (see the `beacon` module's `verifyDrandBeacon`). */
export type BeaconVerifier = (question: BeaconQuestion) => BeaconVerdict;

/**
 * The time a drand round is published (信标轮次时间): `genesisTime + (round − 1) × period`, as an ISO-8601 instant
 * in UTC.
 *
 * @param network - the network's genesis time and period
 * @param round - the round, 1 or more
 * @returns e.g. `2023-08-23T15:15:33Z`
 * @throws {SsjError} `INVALID_INPUT` when the genesis time, period or round is not a whole number in range
 * @example
 * {@includeCode ../../examples/beacon-check.ts#time}
 */
export function drandRoundTime(network: Pick<DrandNetwork, 'genesisTime' | 'period'>, round: number): string {
  const whole = (n: unknown, min: number) => Number.isSafeInteger(n) && (n as number) >= min;
  if (
    typeof network !== 'object' ||
    network === null ||
    !whole(network.genesisTime, 0) ||
    !whole(network.period, 1)
  )
    throw new SsjError(
      'INVALID_INPUT',
      'A drand network needs a whole genesisTime ≥ 0 and period ≥ 1 (seconds)',
      {
        issues: [
          { path: ['network'], message: 'no usable genesisTime and period', expected: 'whole seconds' },
        ],
      },
    );
  if (!whole(round, 1))
    throw new SsjError('INVALID_INPUT', `A drand round is a whole number ≥ 1, not ${String(round)}`, {
      issues: [{ path: ['round'], message: 'not a round number', expected: 'a whole number ≥ 1' }],
    });
  const seconds = network.genesisTime + (round - 1) * network.period;
  return `${new Date(seconds * 1000).toISOString().slice(0, 19)}Z`;
}

/**
 * The League of Entropy mainnet networks (drand 网络): `quicknet` (3 s, unchained, G1 signatures) and `default`
 * (30 s, chained). Source: each network's `/info` as published by drand (also in drand-client's defaults); the
 * public keys are trusted because the beacons of the test fixtures verify against them.
 */
export const DRAND_NETWORKS = {
  quicknet: {
    chainHash: '52db9ba70e0cc0f6eaf7803dd07447a1f5477735fd3f661792ba94600c84e971',
    publicKey:
      '83cf0f2896adee7eb8b5f01fcad3912212c437e0073e911fb90022d3e760183c8c4b450b6a0a6c3ac6a5776a2d1064510d1fec758c921cc22b0e17e63aaf4bcb5ed66304de9cf809bd274ca73bab4af5a6e9c76a4bc09e76eae8991ef5ece45a',
    scheme: 'bls-unchained-g1-rfc9380',
    genesisTime: 1692803367,
    period: 3,
  },
  default: {
    chainHash: '8990e7a9aaed2ffed73dbd7092123d6f289930540d7651336225dc172e51b2ce',
    publicKey:
      '868f005eb8e6e4ca0a47c8a77ceaa5309a47978a7c71bc5cce96366b5d7a569937c529eeda66c7293784a9402801af31',
    scheme: 'pedersen-bls-chained',
    genesisTime: 1595431050,
    period: 30,
  },
} as const satisfies Readonly<Record<string, DrandNetwork>>;
