import { DRAND_NETWORKS, drandRoundTime } from '../core/index.js';
import type { RandomnessDescriptor } from './randomness-types.js';

/** Names of the League of Entropy networks by chain hash, for messages. */
const DRAND_NAMES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(DRAND_NETWORKS).map(([name, n]) => [n.chainHash, name]),
);

/**
 * The words for one descriptor already known to be valid (the verifier's descriptors are parsed before): the
 * unchecked core of `describeDescriptor`.
 */
export function descriptorText(d: RandomnessDescriptor): string {
  switch (d.kind) {
    case 'drand': {
      const name = DRAND_NAMES[d.network.chainHash] ?? 'network';
      const time = drandRoundTime(d.network, d.round);
      return `drand ${name} round ${d.round} (chain ${d.network.chainHash.slice(0, 8)}…), published ${time}`;
    }
    case 'lottery':
      return `${d.game} 第${d.issue}期: ${d.count} number(s) ${d.min}–${d.max}, ${d.order === 'drawn' ? 'in drawn order' : 'as a set'}`;
    case 'dice':
      return `${d.dice} dice of ${d.faces} faces thrown at ${d.event}`;
    case 'hex':
      return `${d.bytes} bytes in hex from ${d.source}`;
    default: {
      const never: never = d;
      return never;
    }
  }
}
