import { readFileSync } from 'node:fs';

/** A beacon of the fixture file (real drand mainnet beacons, see its `source`). */
export interface FixtureBeacon {
  readonly round: number;
  readonly signature: string;
  readonly previous_signature?: string;
  readonly randomness: string;
  readonly time_utc: string;
  readonly valid: boolean;
  readonly corruption?: string;
}

const file = new URL('../fixtures/drand-beacons.json', import.meta.url);
const data = JSON.parse(readFileSync(file, 'utf8')) as {
  networks: Record<'quicknet' | 'default', { beacons: FixtureBeacon[] }>;
};

/** The beacons of a network in the fixture file. */
export const fixtureBeacons = (network: 'quicknet' | 'default'): readonly FixtureBeacon[] =>
  data.networks[network].beacons;

/** The verified beacon of a round. */
export const beaconOf = (network: 'quicknet' | 'default', round: number): FixtureBeacon => {
  const b = fixtureBeacons(network).find((x) => x.round === round && x.valid);
  if (b === undefined) throw new Error(`no valid fixture beacon of ${network} round ${round}`);
  return b;
};
