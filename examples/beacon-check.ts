/**
 * Checking a drand beacon (核验 drand 随机信标): the real quicknet round 7788475 verifies against the network's
 * public key, the same signature asked as another round does not, and the round's time follows from the network.
 *
 * Run: `npx tsx examples/beacon-check.ts`
 */
import { pathToFileURL } from 'node:url';
import { verifyDrandBeacon } from '../src/beacon/index.js';
import { DRAND_NETWORKS, drandRoundTime } from '../src/core/index.js';

/** The verdicts for the true round and for the round after it, and the round's time. */
export function main(): string[] {
  const signature =
    'a17b758d8ef1a88a1e7f2db59634d5bc40f779ad44d41fe01cc0862bafb23f1510afdb12ff90985c5ed495434e4a19e5';
  // #region verify
  const network = DRAND_NETWORKS.quicknet;
  const verdict = verifyDrandBeacon({ network, round: 7788475, signature });
  const otherRound = verifyDrandBeacon({ network, round: 7788476, signature });
  // #endregion verify
  // #region time
  const time = drandRoundTime(DRAND_NETWORKS.quicknet, 7788475);
  // #endregion time
  return [
    `round 7788475: ${JSON.stringify(verdict)}`,
    `as round 7788476: ${JSON.stringify(otherRound)}`,
    `published ${time}`,
  ];
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(main().join('\n'));
}
