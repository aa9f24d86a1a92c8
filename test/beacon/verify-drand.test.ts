import { describe, expect, it } from 'vitest';
import { verifyDrandBeacon } from '../../src/beacon/index.js';
import { DRAND_NETWORKS } from '../../src/core/index.js';
import { commitDraw, revealDraw, verifyDraw } from '../../src/draw/index.js';
import { beaconOf, fixtureBeacons } from '../draw/fixture-beacons.js';

const ask = (
  net: 'quicknet' | 'default',
  b: { round: number; signature: string; previous_signature?: string },
) =>
  verifyDrandBeacon({
    network: DRAND_NETWORKS[net],
    round: b.round,
    signature: b.signature,
    ...(b.previous_signature === undefined ? {} : { previousSignature: b.previous_signature }),
  });

describe('drand beacons of the League of Entropy (real fixtures)', () => {
  for (const net of ['quicknet', 'default'] as const) {
    for (const b of fixtureBeacons(net).filter((x) => x.valid))
      it(`${net} round ${b.round} verifies`, () => expect(ask(net, b)).toEqual({ valid: true }));
    for (const b of fixtureBeacons(net).filter((x) => !x.valid))
      it(`${net} round ${b.round} corrupted (${b.corruption?.slice(0, 22)}) is refused with a named problem`, () => {
        const verdict = ask(net, b);
        expect(verdict.valid).toBe(false);
        expect(verdict).toHaveProperty(
          'problem',
          b.corruption?.includes('sign bit') ? 'beacon-signature' : 'beacon-malformed',
        );
      });
  }

  it('a beacon of another round is refused: quicknet round 3 asked as round 2, default round 2 as round 3', () => {
    expect(ask('quicknet', { ...beaconOf('quicknet', 3), round: 2 })).toMatchObject({
      valid: false,
      problem: 'beacon-signature',
    });
    const d2 = beaconOf('default', 2);
    expect(ask('default', { ...d2, round: 3 })).toMatchObject({ valid: false, problem: 'beacon-signature' });
  });

  it('a beacon of the other network is refused', () => {
    const q = beaconOf('quicknet', 123);
    const verdict = verifyDrandBeacon({
      network: { ...DRAND_NETWORKS.quicknet, publicKey: DRAND_NETWORKS.default.publicKey },
      round: 123,
      signature: q.signature,
    });
    expect(verdict.valid).toBe(false);
  });

  it('garbage is refused, never thrown', () => {
    expect(verifyDrandBeacon(null as never)).toMatchObject({ problem: 'beacon-malformed' });
    expect(ask('quicknet', { round: 0, signature: 'ab' })).toMatchObject({ problem: 'beacon-malformed' });
    expect(ask('quicknet', { round: 2, signature: 'xyz' })).toMatchObject({ problem: 'beacon-malformed' });
    expect(ask('default', { round: 2, signature: beaconOf('default', 2).signature })).toMatchObject({
      problem: 'beacon-malformed',
    });
  });
});

describe('a ceremony on a drand round, verified with the injected beacon check', () => {
  const pool = Array.from({ length: 50 }, (_, i) => ({ id: `T${i}` }));
  const commitment = commitDraw({
    pool,
    sample: { count: 5 },
    randomness: [{ kind: 'drand', network: DRAND_NETWORKS.default, round: 1337 }],
  });
  const beacon = beaconOf('default', 1337);
  const record = revealDraw(commitment, pool, [beacon], { verifyBeacon: verifyDrandBeacon });

  it('verifies the beacon, reports its round time, and is valid against the published digest', () => {
    const check = verifyDraw(record, pool, {
      commitment: commitment.digest,
      verifyBeacon: verifyDrandBeacon,
    });
    expect(check.valid).toBe(true);
    expect(check.randomness[0]).toMatchObject({
      status: 'verified',
      round: 1337,
      time: '2020-07-23T02:25:30Z',
    });
  });

  it('a record revealing a corrupted beacon is a beacon problem (and revealDraw refuses it up front)', () => {
    const bad = fixtureBeacons('default').find((b) => !b.valid && b.corruption?.includes('sign bit'));
    const forged = {
      round: 1337,
      signature: `${bad?.signature}`,
      previous_signature: beacon.previous_signature ?? '',
    };
    expect(() => revealDraw(commitment, pool, [forged], { verifyBeacon: verifyDrandBeacon })).toThrow(
      expect.objectContaining({ code: 'DRAW_BEACON_INVALID' }),
    );
    const unchecked = revealDraw(commitment, pool, [forged]);
    const check = verifyDraw(unchecked, pool, { verifyBeacon: verifyDrandBeacon });
    expect(check.problems.map((p) => p.code)).toEqual(['beacon']);
    expect(check.randomness[0]?.status).toBe('refused');
  });
});
